"""Reading an article's record: the library, timeline, texts, diffs, blame and search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.history import History
from db.records import ArticleSummary

if TYPE_CHECKING:  # the audit and search modules load on first use: a quicker start for the window
    from db import audit
    from db.search import SearchHit


def articles(history: History) -> list[ArticleSummary]:
    """Every article, most recently changed first."""
    return history.articles()


def timeline(history: History, article_id: int, *, skip_trivial: bool = False) -> list["audit.TimelineEntry"]:
    """Every version oldest first, with its corrections, publish marker and notices."""
    from db import audit

    return audit.timeline(history, article_id, skip_trivial=skip_trivial)


def blame(history: History, article_id: int, number: int | None = None):
    """Which version introduced each word of version `number` (default the latest)."""
    from db import audit

    return audit.blame_article(history, article_id, number)


def search(history: History, query: str, *, limit: int = 100) -> list["SearchHit"]:
    """Full-text search over every version's additions and every correction note."""
    return history.search(query, limit=limit)


def diff(history: History, article_id: int, old: int | None = None, new: int | None = None):
    """The word diff between two versions; default the latest against its parent."""
    return history.diff(article_id, old, new)


def text(history: History, article_id: int, number: int | None = None) -> str:
    """The full text of a version (default the latest)."""
    return history.text(article_id, number)


def as_published_at(history: History, article_id: int, moment: str) -> "audit.AsPublished":
    """What readers saw at `moment`, with the notices then in force."""
    from db import audit

    return audit.as_published_at(history, article_id, moment)
