"""What the public corrections page shows, as plain records the history store hands over."""

from __future__ import annotations

from dataclasses import dataclass

from corrections.notices.model import Notice, NoticeRecord
from corrections.receipts import Receipt


@dataclass(frozen=True)
class PublishedNotice:
    """A notice readers were shown (superseded wordings left out): an entry of the index and the feed."""

    uid: str
    article_uid: str
    article_title: str
    published_at: str
    """When the notice was published (a revised wording: when it was revised), UTC ISO 8601."""
    notice: Notice
    record: NoticeRecord

    @property
    def kinds(self) -> str:
        """The notice's labels in its own order: 'Correction', or 'Correction, Clarification'."""
        return ", ".join(section.label for section in self.notice.sections)


@dataclass(frozen=True)
class PublishedChange:
    """A version readers were shown after the first: what changed since the one before it, and why."""

    version: int
    previous: int
    published_at: str
    chain_sha256: str
    """The version's record hash: the chain hash its receipt and its notice's record carry."""
    diff: tuple[tuple[int, str], ...]
    notices: tuple[PublishedNotice, ...]


@dataclass(frozen=True)
class PublicArticle:
    """An article with a page on the site: its first publication and every published change, oldest first."""

    uid: str
    title: str
    first_published: str
    changes: tuple[PublishedChange, ...]


@dataclass(frozen=True)
class PublicRecord:
    """Everything the site is made of."""

    notices: tuple[PublishedNotice, ...]
    """Newest first."""
    articles: tuple[PublicArticle, ...]
    receipts: tuple[Receipt, ...]
    identity: str
    """A UUID that stays the same for a history (its oldest article's): what the feed's id is made from."""
