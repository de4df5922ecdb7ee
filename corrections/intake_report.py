"""A correction's intake as the audit report states it: short phrases, each user string escaped and isolated."""

from __future__ import annotations

from html import escape

from corrections.html_isolation import isolated
from corrections.intake import Intake


def intake_parts(intake: Intake) -> list[str]:
    """'raised by reader', 'on 2026-11-24T09:30:00.000000Z' (as stored), 'via email', 'severity legal', 'contact ref …',
    as HTML; none for a correction recorded before intake."""
    parts = []
    if intake.raised_by:
        parts.append(f"raised by {escape(intake.raised_by.value)}")
    if intake.raised_at:
        parts.append(f"on {escape(intake.raised_at)}")
    if intake.channel:
        parts.append(f"via {isolated(intake.channel)}")
    if intake.severity:
        parts.append(f"severity {escape(intake.severity.value)}")
    if intake.contact_ref:
        parts.append(f"contact ref {isolated(intake.contact_ref)} (internal)")
    return parts

