"""Corrections to an article: attach one to a passage, edit, withdraw or reinstate it; the rules
(a correction must change its passage, a note-only one needs a note) live in the history store."""

from __future__ import annotations

from corrections.correction import SILENT_KINDS, Correction, Kind, Status
from corrections.intake import Intake
from corrections.triage import style_reason
from db.history import History


def attach(history: History, article_id: int, *, kind: Kind | str, replacement: str, author: str,
           quote: str | None = None, span: tuple[int, int] | None = None, public_note: str = "",
           internal_note: str = "", text: str | None = None, intake: Intake | None = None) -> Correction:
    """A pending correction on the latest version, anchored by the exact `quote` or by `span` in `text`
    (the editor's working text, when it has unsaved edits); `intake` says who raised it and how. A style fix
    given no reason records triage's."""
    if _silent(kind) and not internal_note.strip():
        passage = quote if quote is not None or span is None else \
            (text if text is not None else history.text(article_id))[span[0]:span[1]]
        internal_note = style_reason(passage or "", replacement)
    return history.add_correction(article_id, kind=kind, replacement=replacement, author=author, quote=quote,
                                  span=span, public_note=public_note, internal_note=internal_note, text=text,
                                  intake=intake)


def edit(history: History, correction_id: int, **changes) -> Correction:
    """Change a pending correction's kind, replacement, notes or intake; one made a style fix with no reason
    records triage's."""
    if "kind" in changes and _silent(changes["kind"]) and not changes.get("internal_note", "").strip():
        before = history.correction(correction_id)
        if not before.internal_note.strip():
            changes["internal_note"] = style_reason(before.quote, changes.get("replacement", before.replacement))
    return history.update_correction(correction_id, **changes)


def _silent(kind: Kind | str) -> bool:
    """Whether `kind` (as a Kind or as the CLI spells it) is a style fix, which readers are never told of."""
    return (kind if isinstance(kind, Kind) else Kind.parse(kind)) in SILENT_KINDS


def set_status(history: History, correction_id: int, status: Status) -> Correction:
    """Withdraw a pending correction (it stays on record, marked withdrawn) or reinstate a withdrawn one."""
    return history.set_correction_status(correction_id, status)


def withdraw(history: History, correction_id: int) -> Correction:
    """Withdraw a pending correction: it stays on record, marked withdrawn."""
    return set_status(history, correction_id, Status.WITHDRAWN)


def corrections(history: History, article_id: int) -> list[Correction]:
    """An article's corrections in the order they were recorded."""
    return history.corrections(article_id)
