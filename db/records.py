"""Plain records the store hands out: what callers read, never live database rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    """One saved version of an article (its text is read separately, on demand)."""

    id: int
    article_id: int
    number: int
    parent_number: int | None
    author: str
    created_at: str
    message: str
    content_sha256: str
    chain_sha256: str

    def to_json(self) -> dict:
        return {
            "number": self.number, "parent": self.parent_number, "created_at": self.created_at,
            "author": self.author, "message": self.message, "content_sha256": self.content_sha256,
            "chain_sha256": self.chain_sha256,
        }


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the Library: an article with its version count and last change."""

    id: int
    title: str
    versions: int
    last_change: str
    last_author: str
    pending: int

    def to_json(self) -> dict:
        """As `emend list --json` prints it."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class Problem:
    """One place where the stored history no longer matches its hash chain."""

    article_id: int
    version_number: int | None
    message: str

    def __str__(self) -> str:
        where = f"article {self.article_id}"
        if self.version_number is not None:
            where += f", version {self.version_number}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class VerifyReport:
    """The result of walking the hash chains: ok, or the problems found in order."""

    checked_articles: int
    checked_versions: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems
