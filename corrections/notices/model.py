"""The plain data a correction notice is drafted from, and the notice it becomes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices.dates import iso_8601, parse_moment

_TEXT_FIELDS = ("before", "after", "public_note", "applied_at", "context")


@dataclass(frozen=True)
class NoticeItem:
    """One published amendment: the passage readers saw, what replaced it, the editor's public note.

    `after` may be empty (a deletion); `applied_at` is a UTC ISO timestamp or empty when unknown.
    """

    kind: Kind
    before: str
    after: str = ""
    public_note: str = ""
    applied_at: str = ""
    context: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):
            if not isinstance(self.kind, str):
                raise InputError(f"notice item kind must be text, not {type(self.kind).__name__}")
            object.__setattr__(self, "kind", Kind.parse(self.kind))
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, str):
                raise InputError(f"notice item {name} must be text, not {type(value).__name__}")
        if self.applied_at.strip():
            parse_moment(self.applied_at, "applied_at")

    @property
    def applied_moment(self) -> datetime | None:
        """When the amendment was published, or None when the store did not say."""
        return parse_moment(self.applied_at, "applied_at") if self.applied_at.strip() else None


@dataclass(frozen=True)
class NoticeArticle:
    """What the structured outputs (JSON-LD, NewsML-G2) say about the corrected article."""

    title: str
    url: str = ""
    date_published: str | date = ""
    date_modified: str | date = ""

    def __post_init__(self) -> None:
        if not isinstance(self.title, str) or not self.title.strip():
            raise InputError("the article needs a headline for its notice metadata")
        if not isinstance(self.url, str):
            raise InputError(f"article url must be text, not {type(self.url).__name__}")
        object.__setattr__(self, "date_published", iso_8601(self.date_published, "date_published"))
        object.__setattr__(self, "date_modified", iso_8601(self.date_modified, "date_modified"))


@dataclass(frozen=True)
class NoticeSection:
    """One labelled paragraph: every sentence of one kind, e.g. 'Correction: …'."""

    kind: Kind
    label: str
    sentences: tuple[str, ...]
    items: tuple[NoticeItem, ...]

    @property
    def text(self) -> str:
        return f"{self.label}: {' '.join(self.sentences)}"

    @property
    def published_at(self) -> datetime | None:
        """The latest time any of this paragraph's amendments was published, if known."""
        moments = [m for m in (item.applied_moment for item in self.items) if m is not None]
        return max(moments) if moments else None


@dataclass(frozen=True)
class Notice:
    """A drafted notice: labelled paragraphs in house-style order, then one date line.

    `items` are in notice order and `sentences[i]` is the sentence drafted for `items[i]`;
    a paragraph states a sentence shared by several items only once.
    """

    items: tuple[NoticeItem, ...]
    sentences: tuple[str, ...]
    sections: tuple[NoticeSection, ...]
    date: date
    date_line: str

    @property
    def label(self) -> str:
        """The label of the leading paragraph, e.g. 'Correction'."""
        return self.sections[0].label

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(section.text for section in self.sections) + (self.date_line,)

    @property
    def text(self) -> str:
        """The whole notice as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)
