"""Make a sample corrections page and look at it in a real browser: `make corrections-page-screenshot`.

The bundled sample article gets three published corrections in a throwaway history; `emend corrections-page`
writes the site to build/corrections-page/, and headless Chromium renders its index and article page, light and
dark, to docs/screenshots/17-02-*.png. Without Chromium the site is still made and the script says how to
install a browser (no test needs one).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "corrections-page"
SHOTS = ROOT / "docs" / "screenshots"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CORRECTIONS = (
    ("48,000 vehicles", "84,000 vehicles", "correction",
     "An earlier version of this article misstated the bridge's daily traffic."),
    ("opened in 1932", "first opened in 1932", "clarification",
     "This article has been updated to make clear that 1932 is when the bridge first opened."),
    ("from Wednesday", "from Thursday", "update", "The council moved the opening of the cycle lane."),
)


def emend(*args: str | os.PathLike) -> str:
    """Run an `emend` command in this process; its standard output, or exit with its message."""
    from desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    if code != 0:
        raise SystemExit(f"emend {' '.join(map(str, args))} failed: {err.getvalue().strip()}")
    return out.getvalue()


def make_site(folder: Path) -> None:
    """A throwaway history with the sample article corrected and published three times, as a site in `folder`."""
    from resources import sample_article_path

    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "history.sqlite"
        os.environ["EMEND_AUTHOR"] = "Standards desk"
        emend("--db", db, "import", sample_article_path())
        for quote, replacement, kind, note in CORRECTIONS:
            emend("--db", db, "correct", "1", "--quote", quote, "--replace", replacement, "--kind", kind,
                  "--note", note)
            emend("--db", db, "save", "1", "-m", f"{kind.capitalize()}: {replacement}")
            emend("--db", db, "publish", "1")
        print(emend("--db", db, "corrections-page", "-o", folder, "--force"), end="")


def browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def screenshot(chromium: str, page: Path, target: Path, *, dark: bool) -> None:
    """`page` as headless Chromium draws it at 1280×900, in the light or dark colour scheme."""
    with tempfile.TemporaryDirectory() as profile:
        command = [chromium, "--headless", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
                   "--window-size=1280,900", f"--screenshot={target}",
                   f"--blink-settings=preferredColorScheme={0 if dark else 1}"]
        if dark:
            command.append("--force-dark-mode")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--no-sandbox")  # Chromium refuses to run its sandbox as root (a container)
        subprocess.run([*command, page.as_uri()], check=True, capture_output=True, timeout=180)
    print(f"wrote {target.relative_to(ROOT)}")


def main() -> int:
    SITE.parent.mkdir(exist_ok=True)
    make_site(SITE)
    chromium = browser()
    if chromium is None:
        print("No Chromium found to render the sample corrections page, which is in "
              f"{SITE.relative_to(ROOT)}/.\nInstall one and run this again: on Debian `sudo apt-get install "
              "chromium`, on Ubuntu `sudo snap install chromium`, on Fedora `sudo dnf install chromium`.",
              file=sys.stderr)
        return 1
    article = next((SITE / "articles").glob("*.html"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, page in (("index", SITE / "index.html"), ("article", article)):
        for scheme in ("light", "dark"):
            screenshot(chromium, page, SHOTS / f"17-02-corrections-page-{name}-{scheme}.png", dark=scheme == "dark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
