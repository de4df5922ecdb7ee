"""The one place Emend reads the time, so that every stored timestamp is UTC ISO 8601."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    """Now, in UTC, as an ISO 8601 string with microseconds and a 'Z'."""
    return format_utc(datetime.now(timezone.utc))


def format_utc(moment: datetime) -> str:
    """A moment as stored: UTC ISO 8601, the year in four digits (strftime's %Y drops the zeros of year 1)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S.%f}Z"


def parse_utc(value: str) -> datetime:
    """Parse a stored timestamp or a user's ISO date/time (naive ones are taken as UTC)."""
    moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
