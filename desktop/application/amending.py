"""Corrections to an article: attach one to a passage, edit, withdraw or reinstate it; the rules
(a correction must change its passage, a note-only one needs a note) live in the history store."""

from __future__ import annotations

from corrections.correction import Correction, Kind, Status
from db.history import History


def attach(history: History, article_id: int, *, kind: Kind | str, replacement: str, author: str,
           quote: str | None = None, span: tuple[int, int] | None = None, public_note: str = "",
           internal_note: str = "", text: str | None = None) -> Correction:
    """A pending correction on the latest version, anchored by the exact `quote` or by `span` in `text`
    (the editor's working text, when it has unsaved edits)."""
    return history.add_correction(article_id, kind=kind, replacement=replacement, author=author, quote=quote,
                                  span=span, public_note=public_note, internal_note=internal_note, text=text)


def edit(history: History, correction_id: int, **changes) -> Correction:
    """Change a pending correction's kind, replacement or notes."""
    return history.update_correction(correction_id, **changes)


def set_status(history: History, correction_id: int, status: Status) -> Correction:
    """Withdraw a pending correction (it stays on record, marked withdrawn) or reinstate a withdrawn one."""
    return history.set_correction_status(correction_id, status)


def withdraw(history: History, correction_id: int) -> Correction:
    """Withdraw a pending correction: it stays on record, marked withdrawn."""
    return set_status(history, correction_id, Status.WITHDRAWN)


def corrections(history: History, article_id: int) -> list[Correction]:
    """An article's corrections in the order they were recorded."""
    return history.corrections(article_id)
