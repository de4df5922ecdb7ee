"""A correction's intake for both front ends: reading what was typed, and the Library's filter by it."""

from __future__ import annotations

from corrections.intake import Intake, RaisedBy, Severity, parse_intake
from db.history import History
from db.intake_filter import articles_raised

__all__ = ["Intake", "RaisedBy", "Severity", "matching_articles", "parse_intake"]


def matching_articles(history: History, *, severity: Severity | None = None,
                      raised_by: RaisedBy | None = None) -> set[int] | None:
    """The ids of articles with a correction matching both; None when neither is chosen (every article)."""
    if severity is None and raised_by is None:
        return None
    return articles_raised(history.db, severity=severity, raised_by=raised_by)
