"""How version texts are stored: periodic full snapshots, patches in between.

Like Mercurial's revlog or Etherpad's "snapshot every N", a version is kept either as its
full text (version 1, every SNAPSHOT_EVERY-th version, and whenever the patch would be
large) or as a zlib-compressed patch against its parent's text. Callers never see this:
`VersionTexts` hands out full texts, and every text is checked against its content hash.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

from sqlite_utils import Database

from corrections.diff import word_diff
from corrections.errors import EmendError

SNAPSHOT_EVERY = 32
FULL, PATCH = "full", "patch"


class StorageError(EmendError):
    """A stored version cannot be reconstructed (its row or a row before it was altered)."""


@dataclass(frozen=True)
class StoredText:
    """The columns a version's text occupies: storage kind, full text or compressed patch."""

    storage: str
    text: str | None
    patch: bytes | None


def encode(number: int, parent_text: str | None, text: str, diff: list | None = None) -> StoredText:
    """Choose how to store `text`: a snapshot, or a patch against the parent's text (`diff` is
    their word diff when the caller has it already)."""
    if parent_text is None or number % SNAPSHOT_EVERY == 1:
        return StoredText(FULL, text, None)
    patch = zlib.compress(json.dumps(make_patch(parent_text, text, diff), ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8"), 6)
    if len(patch) > len(text.encode("utf-8")) // 2:
        return StoredText(FULL, text, None)
    return StoredText(PATCH, None, patch)


def make_patch(old: str, new: str, diff: list | None = None) -> list:
    """A patch as a list: n copies n characters, -n skips n, a string is inserted."""
    ops: list = []
    for op, part in diff if diff is not None else word_diff(old, new):
        ops.append(len(part) if op == 0 else -len(part) if op < 0 else part)
    return ops


def apply_patch(old: str, ops: list) -> str:
    """Rebuild the new text from the old one and a patch made by make_patch."""
    out, at = [], 0
    for op in ops:
        if isinstance(op, str):
            out.append(op)
        elif op >= 0:
            out.append(old[at:at + op])
            at += op
        else:
            at -= op
    if at != len(old):
        raise StorageError("a stored patch does not fit the version before it")
    return "".join(out)


def decode(previous_text: str | None, storage: str, text: str | None, patch: bytes | None) -> str:
    """A version's full text from its stored columns and (for patches) the parent's text."""
    if storage == FULL:
        return text if text is not None else ""
    if previous_text is None or patch is None:
        raise StorageError("a stored patch has no version before it to apply to")
    try:
        ops = json.loads(zlib.decompress(patch).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError):
        raise StorageError("a stored patch is damaged") from None
    return apply_patch(previous_text, ops)


class VersionTexts:
    """Reads full version texts of one article, from the nearest snapshot forward."""

    def __init__(self, db: Database):
        self.db = db

    def text(self, article_id: int, number: int) -> str:
        """The full text of one version: its snapshot, then the patches up to it."""
        start = self.db.execute(
            "select max(number) from versions where article_id = ? and number <= ? and storage = ?",
            [article_id, number, FULL],
        ).fetchone()[0]
        if start is None:
            raise StorageError(f"article {article_id} has no snapshot before version {number}")
        text = None
        for row in self.db.execute(
            "select number, storage, text, patch from versions where article_id = ? and number between ? and ?"
            " order by number", [article_id, start, number],
        ):
            text = decode(text, row[1], row[2], row[3])
        if text is None:
            raise StorageError(f"article {article_id} has no version {number}")
        return text

    def walk(self, article_id: int):
        """Every version's row (as a dict) with its full text under "text", oldest first, in one pass."""
        cursor = self.db.execute("select * from versions where article_id = ? order by number", [article_id])
        names = [d[0] for d in cursor.description]
        text = None
        for values in cursor:
            row = dict(zip(names, values))
            try:
                text = decode(text, row["storage"], row["text"], row["patch"])
            except StorageError:
                text = None
            row["text"] = text
            yield row
