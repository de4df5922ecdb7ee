"""One version of an article as a NewsML-G2 news item, before it is written as XML (render_newsml).

Every version of an article is a version of one item: the guid comes from the article's UUID, which every copy of
the history shares, and the item's version is the article's version number. The notices readers are shown with the
version go to the editors receiving it as the item's edNote; its signals say what this version itself changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices.dates import parse_moment
from corrections.notices.model import Notice, NoticeRecord

CORRECTION_SIGNAL = "sig:correction"
UPDATE_SIGNAL = "sig:update"
_UPDATE_KINDS = frozenset({Kind.CLARIFICATION, Kind.UPDATE, Kind.EDITORS_NOTE})
"""Kinds that change an article without correcting an error: IPTC's sig:update, not sig:correction."""


@dataclass(frozen=True)
class NewsItem:
    """What a newsItem says of one version: identity, times, status, the notices, the text and who provides it.

    `notice` is every notice readers are shown with the version, as one; `changed` the kinds of the notice this
    version itself adds (none for version 1 or a style fix, which readers are never told of). `record` is the
    version's record when it is published; `published` is False for a version readers have not been shown.
    """

    article_uid: str
    version: int
    headline: str
    text: str
    first_created: str
    version_created: str
    published: bool = True
    notice: Notice | None = None
    changed: frozenset[Kind] = frozenset()
    record: NoticeRecord | None = None
    provider: str = "Newsroom"
    provider_uri: str = ""
    language: str = "en"

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "article_uid", str(uuid.UUID(str(self.article_uid))))
        except ValueError:
            raise InputError(f"a news item needs the article's UUID, not {self.article_uid!r}") from None
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise InputError(f"a news item's version must be a positive whole number, not {self.version!r}")
        if not isinstance(self.headline, str) or not self.headline.strip():
            raise InputError("a news item needs the article's headline")
        for name in ("first_created", "version_created"):
            parse_moment(getattr(self, name), name)
        object.__setattr__(self, "changed", frozenset(self.changed))

    @property
    def guid(self) -> str:
        """The item's identity across all its versions: the article's UUID as a URN (RFC 9562)."""
        return f"urn:uuid:{self.article_uid}"

    @property
    def signals(self) -> tuple[str, ...]:
        """sig:correction when this version corrects an error, sig:update when it clarifies, updates or adds an
        editor's note (both when it does both); none when it adds no notice."""
        return tuple(signal for signal, present in (
            (CORRECTION_SIGNAL, Kind.CORRECTION in self.changed),
            (UPDATE_SIGNAL, bool(self.changed & _UPDATE_KINDS)),
        ) if present)
