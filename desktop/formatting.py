"""How stored values read in the window: local times, one-line excerpts, hidden characters shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from corrections.clock import parse_utc
from corrections.visible_text import reveal

FULL = QT_TRANSLATE_NOOP("Formatting", "dd MMM yyyy HH:mm")
TODAY = QT_TRANSLATE_NOOP("Formatting", "HH:mm")
THIS_YEAR = QT_TRANSLATE_NOOP("Formatting", "dd MMM")
OTHER_YEAR = QT_TRANSLATE_NOOP("Formatting", "dd MMM yyyy")


def _shown(moment: datetime, pattern: str) -> str:
    """`moment` with the user's month names, in a QLocale date pattern a translator may reorder."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(when, QCoreApplication.translate("Formatting", pattern))


def local_time(stamp: str) -> str:
    """A stored UTC timestamp in the user's local time, e.g. '25 Nov 2025 14:02'."""
    if not stamp:
        return ""
    try:
        return _shown(parse_utc(stamp), FULL)
    except ValueError:
        return stamp


def utc_time(stamp: str) -> str:
    """A stored UTC timestamp to the second, as a record gives it: '2025-11-25 14:02:09'."""
    try:
        return parse_utc(stamp).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


def short_time(stamp: str) -> str:
    """A stored UTC timestamp, compact: '14:02' today, '25 Nov' this year, '25 Nov 2024' before."""
    if not stamp:
        return ""
    try:
        moment = parse_utc(stamp).astimezone()
    except ValueError:
        return stamp
    now = datetime.now().astimezone()
    if moment.date() == now.date():
        return _shown(moment, TODAY)
    return _shown(moment, THIS_YEAR if moment.year == now.year else OTHER_YEAR)


def one_line(text: str, limit: int = 80) -> str:
    """A text on one line, shortened with an ellipsis when longer than `limit`."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def shown_line(text: str, limit: int = 80) -> str:
    """`one_line` of stored text with control and bidi characters shown as escapes (`\\u202e`), so
    an editor sees a direction override in a note or title rather than its effect."""
    return one_line(reveal(text), limit)
