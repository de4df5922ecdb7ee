"""How stored values read in the window: local times, one-line excerpts."""

from __future__ import annotations

from datetime import datetime

from corrections.clock import parse_utc


def local_time(stamp: str) -> str:
    """A stored UTC timestamp in the user's local time, e.g. '25 Nov 2025 14:02'."""
    if not stamp:
        return ""
    try:
        return parse_utc(stamp).astimezone().strftime("%d %b %Y %H:%M")
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
        return moment.strftime("%H:%M")
    return moment.strftime("%d %b" if moment.year == now.year else "%d %b %Y")


def one_line(text: str, limit: int = 80) -> str:
    """A text on one line, shortened with an ellipsis when longer than `limit`."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
