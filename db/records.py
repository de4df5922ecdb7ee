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
    uid: str | None = None
    rebased_from: str | None = None
    """The UUID of the offline version this one was rebased from (see db.sync.rebase)."""
    pushed_by: str | None = None
    """Who pushed it to the newsroom server (its login role), and when the server received it; None until synced."""
    received_at: str | None = None

    def to_json(self) -> dict:
        shown = {
            "number": self.number, "parent": self.parent_number, "created_at": self.created_at,
            "author": self.author, "message": self.message, "content_sha256": self.content_sha256,
            "chain_sha256": self.chain_sha256, "uid": self.uid,
        }
        if self.rebased_from:
            shown["rebased_from"] = self.rebased_from
        if self.pushed_by is not None:
            shown.update(pushed_by=self.pushed_by, received_at=self.received_at)
        return shown


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
