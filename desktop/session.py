"""The article open in the editor: the version it started from, the working text, its corrections.

Widgets never talk to the history directly; they ask the session, which calls db.history.History
and announces what changed with Qt signals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from corrections.apply import apply_placed, place
from corrections.article import Article
from corrections.change_summary import default_message
from corrections.correction import Correction, Kind, Status
from corrections.intake import Intake
from db.history import History
from db.records import Version
from desktop.application import amending
from desktop.application import versions as saving
from desktop.application.articles import Opened

__all__ = ["CorrectionFields", "EditorSession", "Opened"]

NAMED_CORRECTIONS = 2
"""A save's suggested message names this many corrections ("Correction: NATO → the European Union; Style:
Eastern → eastern"); more are counted."""


@dataclass(frozen=True)
class CorrectionFields:
    """What a user fills in for a correction: its kind, replacement, notes and intake."""

    kind: Kind
    replacement: str
    public_note: str = ""
    internal_note: str = ""
    intake: Intake = Intake()

    @classmethod
    def of(cls, correction: Correction) -> "CorrectionFields":
        """The fields of an existing correction, to edit them."""
        return cls(correction.kind, correction.replacement, correction.public_note, correction.internal_note,
                   correction.intake)

    def as_changes(self) -> dict:
        """The fields as keyword arguments for the history."""
        return {"kind": self.kind, "replacement": self.replacement, "public_note": self.public_note,
                "internal_note": self.internal_note, "intake": self.intake}


class EditorSession(QObject):
    """One article being corrected; every change is written to the history at once."""

    articleChanged = Signal()
    correctionsChanged = Signal()
    workingTextChanged = Signal()
    versionsChanged = Signal()

    def __init__(self, history: History, author: str, parent: QObject | None = None):
        super().__init__(parent)
        self.history = history
        self.author = author
        self.article: Article | None = None
        self.base: Version | None = None
        self.base_text = ""
        self.working_text = ""
        self._corrections: list[Correction] = []
        self.attached_here: set[int] = set()

    # Opening

    @property
    def has_article(self) -> bool:
        """Whether an article is open."""
        return self.article is not None

    def open_article(self, article_id: int) -> None:
        """Start editing the latest version of an article."""
        article = self.history.article(article_id)
        base = self.history.latest(article_id)
        text = self.history.text(article_id, base.number)
        self.article, self.base, self.base_text, self.working_text = article, base, text, text
        self.attached_here = set()
        self._corrections = self.history.corrections(article_id)
        self.articleChanged.emit()
        self.correctionsChanged.emit()
        self.versionsChanged.emit()

    def reload(self) -> None:
        """Open the latest version again, dropping direct text edits; pending corrections stay, and those
        attached in this session are still this session's to discard."""
        if self.article is not None:
            attached = set(self.attached_here)
            self.open_article(self.article.id)
            self.attached_here = attached & {c.id for c in self.pending}

    def claim(self, correction_ids) -> None:
        """Count these pending corrections as attached in this session (recovered unsaved work)."""
        self.attached_here = {c.id for c in self.pending if c.id in set(correction_ids)}

    def published(self) -> None:
        """A version of the open article was published: its versions now carry a publish marker."""
        self.versionsChanged.emit()

    def set_working_text(self, text: str) -> None:
        """The editor typed: the text the next save starts from."""
        if text != self.working_text:
            self.working_text = text
            self.workingTextChanged.emit()

    @property
    def edited(self) -> bool:
        """Whether the working text differs from the saved version."""
        return self.working_text != self.base_text

    # Corrections

    @property
    def corrections(self) -> list[Correction]:
        """Every correction of the open article, in the order recorded."""
        return list(self._corrections)

    @property
    def pending(self) -> list[Correction]:
        """The corrections the next save would apply."""
        return [c for c in self._corrections if c.status is Status.PENDING]

    def refresh_corrections(self) -> None:
        """Re-read the article's corrections and announce them."""
        if self.article is not None:
            self._corrections = self.history.corrections(self.article.id)
        self.correctionsChanged.emit()

    def attach(self, span: tuple[int, int], fields: CorrectionFields) -> Correction:
        """Record a pending correction on the passage working_text[start:end]."""
        correction = amending.attach(self.history, self._article_id(), span=span, text=self.working_text,
                                     author=self.author, **fields.as_changes())
        self.attached_here.add(correction.id)
        self.refresh_corrections()
        return correction

    def update(self, correction_id: int, fields: CorrectionFields) -> Correction:
        """Change a pending correction's fields."""
        correction = amending.edit(self.history, correction_id, **fields.as_changes())
        self.refresh_corrections()
        return correction

    def set_status(self, correction_id: int, status: Status) -> Correction:
        """Withdraw or reinstate a correction."""
        correction = amending.set_status(self.history, correction_id, status)
        self.refresh_corrections()
        return correction

    # Versions

    @property
    def dirty(self) -> bool:
        """Whether there is work a save would store."""
        return self.has_article and (self.edited or bool(self.pending))

    def unsaved_summary(self) -> str:
        """What a save would store, in words: '2 pending corrections and text edits'."""
        count = len(self.pending)
        corrections = self.tr("%n pending correction(s)", "", count) if count else ""
        if corrections and self.edited:
            return self.tr("{corrections} and text edits").format(corrections=corrections)
        return corrections or (self.tr("text edits") if self.edited else "")

    def suggested_message(self) -> str:
        """A first draft of the version message, from what the save would store."""
        pending = self.pending
        if 0 < len(pending) <= NAMED_CORRECTIONS and not self.edited:
            limit = 80 if len(pending) == 1 else 60
            return "; ".join(default_message(correction, limit) for correction in pending)
        if self.edited:
            return self.tr("Edited the text and applied %n correction(s)", "", len(pending)) if pending \
                else self.tr("Edited the text")
        return self.tr("Applied %n correction(s)", "", len(pending)) if pending else ""

    def save(self, message: str) -> Version:
        """Store the working text with the pending corrections applied as a new version."""
        version = saving.save(self.history, self._article_id(), message=message, author=self.author,
                                text=self.working_text if self.edited else None, expected_parent=self.base)
        self._moved_to(version)
        return version

    def accept(self, correction_id: int, message: str) -> Version:
        """Apply just one pending correction to the saved text and store that as a new version; text edits
        stay unsaved on top of it, with the correction made in them too."""
        kept = self.with_correction(correction_id) if self.edited else None
        version = saving.accept(self.history, self._article_id(), correction_id, message=message,
                                  author=self.author, expected_parent=self.base)
        self._moved_to(version)
        if kept is not None:
            self.set_working_text(kept)
        return version

    def accept_edit(self, text: str, message: str) -> Version:
        """Store `text`, the saved text with one of the typed changes made, as a new version; the other typed
        changes and the pending corrections stay unsaved."""
        working = self.working_text
        version = saving.accept_edit(self.history, self._article_id(), text, message=message, author=self.author,
                                     expected_parent=self.base)
        self._moved_to(version)
        self.set_working_text(working)
        return version

    def with_correction(self, correction_id: int) -> str:
        """The working text with one pending correction made; EmendError when its passage was typed over."""
        chosen = [c for c in self.pending if c.id == correction_id]
        return apply_placed(self.working_text, place(self.working_text, chosen))

    def restore(self, number: int, message: str = "") -> Version:
        """Store a new version equal to an older one (history is never rewritten)."""
        version = saving.restore(self.history, self._article_id(), number, author=self.author, message=message)
        self._moved_to(version)
        return version

    def versions(self) -> list[Version]:
        """Every version of the open article, oldest first."""
        return self.history.versions(self._article_id()) if self.article else []

    def version_text(self, number: int) -> str:
        """The full text of one version of the open article."""
        return self.history.text(self._article_id(), number)

    def discard(self) -> None:
        """Drop direct edits and withdraw the corrections attached in this session (kept, marked withdrawn)."""
        for correction in self.pending:
            if correction.id in self.attached_here:
                amending.withdraw(self.history, correction.id)
        self.attached_here = set()
        self.working_text = self.base_text
        self.refresh_corrections()
        self.workingTextChanged.emit()

    def _moved_to(self, version: Version) -> None:
        """After a save: the new version is the base, and corrections it applied are no longer ours to discard."""
        self.base = version
        self.base_text = self.history.text(self._article_id(), version.number)
        self.working_text = self.base_text
        self.refresh_corrections()
        self.attached_here &= {c.id for c in self.pending}
        self.articleChanged.emit()
        self.versionsChanged.emit()

    def _article_id(self) -> int:
        if self.article is None:
            raise RuntimeError("no article is open")
        return self.article.id
