"""The intake of a correction: who raised the error, when, through which channel, how serious it is, and a
contact reference the newsroom keeps to itself (never in a notice or an exported article)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from corrections.clock import format_utc, parse_utc, utc_now
from corrections.errors import InputError


class RaisedBy(str, enum.Enum):
    """Who told the newsroom about the error."""

    READER = "reader"
    SOURCE = "source"
    STAFF = "staff"
    LEGAL = "legal"
    OTHER = "other"


class Severity(str, enum.Enum):
    """How serious the error is: a legal one may need a lawyer before the notice goes out."""

    MINOR = "minor"
    SIGNIFICANT = "significant"
    LEGAL = "legal"


FIELDS = ("raised_by", "raised_at", "channel", "severity", "contact_ref")
"""The intake's columns, in the order the corrections log appends them."""

MAX_CHANNEL = 60
MAX_CONTACT_REF = 200
FUTURE_SLACK = timedelta(days=1)
"""A report time may run ahead of this machine's clock by a time zone mistake, not by more."""

_REORDERING = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
"""Direction embeddings, overrides and isolates: they reorder the text after them (the marks LRM, RLM do not)."""
_LINE_BREAKS = ("\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@dataclass(frozen=True)
class Intake:
    """How an error came in; every part optional (corrections recorded before intake have none)."""

    raised_by: RaisedBy | None = None
    raised_at: str | None = None
    channel: str = ""
    severity: Severity | None = None
    contact_ref: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(self.to_row().values())

    def to_row(self) -> dict:
        """As the history stores it: names by value, None for what was not given."""
        return {"raised_by": self.raised_by.value if self.raised_by else None, "raised_at": self.raised_at or None,
                "channel": self.channel or None, "severity": self.severity.value if self.severity else None,
                "contact_ref": self.contact_ref or None}

    @classmethod
    def from_row(cls, row: dict) -> "Intake":
        """From a stored row (a history of an older schema has no intake columns: an empty intake)."""
        raised_by, severity = row.get("raised_by"), row.get("severity")
        return cls(raised_by=RaisedBy(raised_by) if raised_by in _VALUES[RaisedBy] else None,
                   raised_at=row.get("raised_at") or None, channel=row.get("channel") or "",
                   severity=Severity(severity) if severity in _VALUES[Severity] else None,
                   contact_ref=row.get("contact_ref") or "")


_VALUES = {RaisedBy: {m.value for m in RaisedBy}, Severity: {m.value for m in Severity}}


def parse_intake(*, raised_by: str | RaisedBy | None = None, raised_at: str | None = None, channel: str | None = None,
                 severity: str | Severity | None = None, contact_ref: str | None = None) -> Intake:
    """An intake from what a user gave, checked: the fixed choices, a real UTC time not a day ahead, and one
    short line for the channel and contact reference. Raises InputError naming what is wrong."""
    return Intake(
        raised_by=_choice(RaisedBy, raised_by, "raised by"), raised_at=report_time(raised_at),
        channel=_one_line(channel, "channel", MAX_CHANNEL),
        severity=_choice(Severity, severity, "severity"),
        contact_ref=_one_line(contact_ref, "contact reference", MAX_CONTACT_REF))


def checked(intake: Intake) -> Intake:
    """An intake built elsewhere (the window's), checked as parse_intake checks what was typed."""
    return parse_intake(raised_by=intake.raised_by, raised_at=intake.raised_at, channel=intake.channel,
                        severity=intake.severity, contact_ref=intake.contact_ref)


def with_report_time(intake: Intake, now: str | None = None) -> Intake:
    """The intake of a correction being recorded: reported now unless it says when; none at all when nobody said
    who raised it, how or how badly (a correction the desk found itself)."""
    if intake.raised_at or intake.is_empty:
        return intake
    return Intake(intake.raised_by, now or utc_now(), intake.channel, intake.severity, intake.contact_ref)


def report_time(value: str | None) -> str | None:
    """An ISO date or time (naive ones are UTC) as the history stores times; None when not given."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        moment = parse_utc(text)
    except (ValueError, OverflowError):
        raise InputError(f"the time the error was raised, {text[:40]!r}, is not an ISO date or time such as "
                         "2026-11-24T12:00Z") from None
    if moment - parse_utc(utc_now()) > FUTURE_SLACK:
        raise InputError(f"the time the error was raised, {text[:40]!r}, is in the future")
    return format_utc(moment)


def _choice(enum_type, value, name: str):
    if value is None or isinstance(value, enum_type):
        return value
    key = str(value).strip().lower()
    if not key:
        return None
    if key in _VALUES[enum_type]:
        return enum_type(key)
    choices = ", ".join(m.value for m in enum_type)
    raise InputError(f"unknown {name} {str(value)[:40]!r}; choose one of: {choices}")


def _one_line(value: str | None, name: str, limit: int) -> str:
    text = (value or "").strip()
    if any(mark in text for mark in _LINE_BREAKS):
        raise InputError(f"the {name} must be one line")
    if any(ord(ch) < 32 or 127 <= ord(ch) <= 159 for ch in text):
        raise InputError(f"the {name} holds a control character")
    if not _REORDERING.isdisjoint(text):
        raise InputError(f"the {name} holds a direction control (such as U+202E), which reorders how the log "
                         "and the audit show it")
    if len(text) > limit:
        raise InputError(f"the {name} is {len(text)} characters long; keep it to {limit}")
    return text
