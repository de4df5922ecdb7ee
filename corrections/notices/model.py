"""The plain data a correction notice is drafted from, and the notice it becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices.dates import iso_8601, parse_moment

_TEXT_FIELDS = ("before", "after", "public_note", "applied_at", "context")
_SHA256 = re.compile("[0-9a-f]{64}")


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
class NoticeRecord:
    """Which saved version a published notice speaks for: the article, the version, its chain hash.

    Published with the notice, it lets anyone check later that the history still holds that version.
    """

    article_id: int
    version: int
    chain_sha256: str

    def __post_init__(self) -> None:
        for name in ("article_id", "version"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InputError(f"a notice record's {name} must be a positive whole number, not {value!r}")
        if not isinstance(self.chain_sha256, str) or not _SHA256.fullmatch(self.chain_sha256):
            raise InputError("a notice record's chain_sha256 must be 64 lowercase hexadecimal digits")


@dataclass(frozen=True)
class NoticeArticle:
    """What the structured outputs (JSON-LD, NewsML-G2) say about the corrected article.

    `record` is the published version's record; a draft carries none.
    """

    title: str
    url: str = ""
    date_published: str | date = ""
    date_modified: str | date = ""
    record: NoticeRecord | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.title, str) or not self.title.strip():
            raise InputError("the article needs a headline for its notice metadata")
        if not isinstance(self.url, str):
            raise InputError(f"article url must be text, not {type(self.url).__name__}")
        if self.record is not None and not isinstance(self.record, NoticeRecord):
            raise InputError(f"article record must be a NoticeRecord, not {type(self.record).__name__}")
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
