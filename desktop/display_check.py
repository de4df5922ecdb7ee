"""Before Qt starts: a Linux session with no display to open the window on is told what to do, in one line,
instead of Qt's own abort."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

NO_DISPLAY = ("there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): run Emend "
              "from a desktop session, use `ssh -X`, set QT_QPA_PLATFORM=offscreen for a window nobody sees, "
              "or use the commands without a window (emend --help)")


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, or None: on Linux it needs an X11 or Wayland display, or a Qt
    platform named in QT_QPA_PLATFORM."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name, "").strip() for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return NO_DISPLAY
