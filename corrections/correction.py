"""A correction attached to a passage of an article: what is wrong, what is right, why."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from corrections.anchor import Anchor
from corrections.errors import InputError
from corrections.intake import Intake


class Kind(str, enum.Enum):
    """The four kinds newsrooms label their amendments with, and the style fix they make silently."""

    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    EDITORS_NOTE = "editors-note"
    UPDATE = "update"
    STYLE = "style"
    """A silent fix of case, punctuation, spelling or spacing: in the audit and the log, never in a notice."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> "Kind":
        """Accept the CLI spelling ('editors-note') and friendly ones ("Editor's note")."""
        key = value.strip().lower().replace("'", "").replace("’", "").replace("_", "-").replace(" ", "-")
        aliases = {"editors-note": cls.EDITORS_NOTE, "editor-note": cls.EDITORS_NOTE, "note": cls.EDITORS_NOTE,
                   "style-fix": cls.STYLE, "silent": cls.STYLE, "silent-fix": cls.STYLE}
        if key in aliases:
            return aliases[key]
        for kind in cls:
            if kind.value == key:
                return kind
        choices = ", ".join(k.value for k in cls)
        raise InputError(f"unknown correction kind {value!r}; choose one of: {choices}")


_LABELS = {
    Kind.CORRECTION: "Correction",
    Kind.CLARIFICATION: "Clarification",
    Kind.EDITORS_NOTE: "Editor's note",
    Kind.UPDATE: "Update",
    Kind.STYLE: "Style",
}

SILENT_KINDS = frozenset({Kind.STYLE})
"""Kinds readers are never told about: no notice drafts a sentence for them."""
NOTICE_KINDS = tuple(kind for kind in Kind if kind not in SILENT_KINDS)
"""The kinds a notice labels its paragraphs with, in declaration order."""


class Status(str, enum.Enum):
    """Pending until a saved version applies it; withdrawn corrections are kept, not deleted."""

    PENDING = "pending"
    APPLIED = "applied"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Correction:
    """One correction: the passage it targets (anchor), its replacement and its notes."""

    kind: Kind
    anchor: Anchor
    replacement: str
    public_note: str = ""
    internal_note: str = ""
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    status: Status = Status.PENDING
    id: int | None = None
    article_id: int | None = None
    base_version: int | None = None
    applied_version: int | None = None
    extra: dict = field(default_factory=dict, compare=False)
    uid: str | None = None
    """Its identity in every copy of the record (the integer id is this history's own)."""
    intake: Intake = Intake()
    """Who raised the error, when, how and how serious (see corrections.intake); internal, never in a notice."""

    @property
    def quote(self) -> str:
        return self.anchor.exact

    def to_json(self) -> dict:
        """As `emend corrections --json` prints it: kinds and statuses by name, the anchor's span, the kind
        triage suggests."""
        return {
            "id": self.id, "kind": self.kind.value, "status": self.status.value, "quote": self.quote,
            "replacement": self.replacement, "public_note": self.public_note, "internal_note": self.internal_note,
            "author": self.author, "created_at": self.created_at, "base_version": self.base_version,
            "applied_version": self.applied_version, "start": self.anchor.start, "end": self.anchor.end,
            "suggested_kind": self.suggested_kind.value,
            **self.intake.to_row(),
        }

    @property
    def changes_text(self) -> bool:
        """False for a note-only editor's note or update, which leaves its passage as it is."""
        return self.replacement != self.anchor.exact

    @property
    def suggested_kind(self) -> Kind:
        """The kind triage proposes (corrections.triage): a style fix for a change of style only, else a
        correction; a note-only amendment keeps its own kind."""
        return suggest_kind(self.quote, self.replacement) if self.changes_text else self.kind


TEXT_CHANGING_KINDS = frozenset({Kind.CORRECTION, Kind.CLARIFICATION, Kind.STYLE})
"""Kinds that say the text was wrong, unclear or off style, so they must change it."""


def suggest_kind(passage: str, replacement: str) -> Kind:
    """Style for a change triage finds to be style only (case, punctuation, spelling, spacing), else correction."""
    from corrections.triage import classify  # the diff it reads loads on first use

    return Kind.STYLE if classify(passage, replacement).is_style else Kind.CORRECTION


def check_changes_something(kind: Kind, passage: str, replacement: str, public_note: str) -> None:
    """Refuse an amendment that would store the same text and draft a notice about nothing.

    A correction or clarification must change its passage; an editor's note or update may leave
    it as it is (a note-only amendment), but then its public note is all the notice can say. A style
    fix may change spacing alone, but readers never see a note of it, so it has none.
    """
    if kind in SILENT_KINDS:
        if replacement == passage:
            raise InputError("the replacement is the same as the passage")
        if public_note.strip():
            raise InputError("a style fix is never shown to readers, so it has no public note; give its reason "
                             "in the internal note")
        return
    if as_readers_see(replacement) != as_readers_see(passage):
        return
    if kind in TEXT_CHANGING_KINDS:
        if replacement == passage:
            raise InputError("the replacement is the same as the passage")
        raise InputError("the replacement differs from the passage only in spacing or edge punctuation, which "
                         "readers would not see corrected; edit the text directly instead")
    if not note_beyond_label(public_note):
        raise InputError(f"this {kind.label.lower()} leaves the passage as it is; write the public note readers "
                         "should see")


def as_readers_see(passage: str) -> str:
    """A passage as a notice would quote it: one line, single spaces, no dangling commas or colons; two
    passages alike in this form read the same to readers."""
    return " ".join(passage.split()).strip(",;: ")


def note_beyond_label(note: str) -> str:
    """A public note without a leading kind label ('Correction:', 'Editor's note:'), which the notice adds."""
    text = " ".join(note.split())
    folded = text.casefold()
    for kind in NOTICE_KINDS:
        if folded.startswith(kind.label.casefold() + ":"):
            return text[len(kind.label) + 1:].strip()
    return text
