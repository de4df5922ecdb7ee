"""Dates as notices take them in (date, datetime or ISO text) and give them out (ISO 8601)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from corrections.clock import parse_utc
from corrections.errors import InputError

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_moment(value: str, what: str) -> datetime:
    """A stored or user-typed ISO timestamp as an aware UTC datetime; bad text is an InputError."""
    try:
        return parse_utc(value)
    except ValueError:
        raise InputError(f"{what} {value!r} is not an ISO 8601 date or time") from None


def as_date(value: date | datetime | str, what: str = "correction date") -> date:
    """The calendar day of a date, a datetime (in its own time zone) or ISO text (in UTC)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _DATE_ONLY.match(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise InputError(f"{what} {value!r} is not a real calendar date") from None
        return parse_moment(text, what).date()
    raise InputError(f"{what} must be a date, not {type(value).__name__}")


def iso_8601(value: date | datetime | str, what: str = "date") -> str:
    """A date as 'YYYY-MM-DD', a moment as 'YYYY-MM-DDTHH:MM:SSZ' in UTC; empty stays empty."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return ""
        if _DATE_ONLY.match(text):
            return as_date(text, what).isoformat()
        value = parse_moment(text, what)
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    raise InputError(f"{what} must be a date or ISO 8601 text, not {type(value).__name__}")
