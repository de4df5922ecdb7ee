"""Reading an article's record: the library, timeline, texts, diffs, blame and search."""

from __future__ import annotations

from db import audit
from db.history import History
from db.records import ArticleSummary
from db.search import SearchHit
from db.search import search as search_history


def articles(history: History) -> list[ArticleSummary]:
    """Every article, most recently changed first."""
    return history.articles()


def timeline(history: History, article_id: int, *, skip_trivial: bool = False) -> list[audit.TimelineEntry]:
    """Every version oldest first, with its corrections, publish marker and notices."""
    return audit.timeline(history, article_id, skip_trivial=skip_trivial)


def blame(history: History, article_id: int, number: int | None = None):
    """Which version introduced each word of version `number` (default the latest)."""
    return audit.blame_article(history, article_id, number)


def search(history: History, query: str, *, limit: int = 100) -> list[SearchHit]:
    """Full-text search over every version's additions and every correction note."""
    return search_history(history.db, query, limit=limit)


def diff(history: History, article_id: int, old: int | None = None, new: int | None = None):
    """The word diff between two versions; default the latest against its parent."""
    return history.diff(article_id, old, new)


def text(history: History, article_id: int, number: int | None = None) -> str:
    """The full text of a version (default the latest)."""
    return history.text(article_id, number)


def as_published_at(history: History, article_id: int, moment: str) -> audit.AsPublished:
    """What readers saw at `moment`, with the notices then in force."""
    return audit.as_published_at(history, article_id, moment)
