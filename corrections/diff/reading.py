"""Reading a diff: the two texts it was made from, its change hunks and what they changed."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff
from corrections.diff.tokens import is_word, tokenize


def old_text(diff: Diff) -> str:
    """The old text a diff was made from: its equal and deleted parts."""
    return "".join(text for op, text in diff if op != INSERT)


def new_text(diff: Diff) -> str:
    """The new text a diff was made from: its equal and inserted parts."""
    return "".join(text for op, text in diff if op != DELETE)


@dataclass(frozen=True)
class Change:
    """One change hunk: the old text's [old_start, old_end) became the new text's [new_start, new_end)."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    deleted: str
    inserted: str


def changes(diff: Diff) -> list[Change]:
    """The change hunks of a diff, in order, with their character offsets in both texts."""
    hunks: list[Change] = []
    old_at = new_at = 0
    deleted = inserted = ""
    for op, text in chain(diff, [(EQUAL, "")]):
        if op == DELETE:
            deleted += text
        elif op == INSERT:
            inserted += text
        else:
            if deleted or inserted:
                hunks.append(
                    Change(old_at, old_at + len(deleted), new_at, new_at + len(inserted), deleted, inserted)
                )
                old_at += len(deleted)
                new_at += len(inserted)
                deleted = inserted = ""
            old_at += len(text)
            new_at += len(text)
    return hunks


def change_count(diff: Diff) -> int:
    """How many change hunks a diff has."""
    return len(changes(diff))


@dataclass(frozen=True)
class DiffStats:
    """What a diff changed, counted in words, characters and hunks."""

    words_deleted: int
    words_inserted: int
    chars_deleted: int
    chars_inserted: int
    changes: int


def diff_stats(diff: Diff) -> DiffStats:
    """Words and characters deleted and inserted by a diff, and its number of change hunks."""

    def words(op: int) -> int:
        return sum(is_word(token) for kind, text in diff if kind == op for token in tokenize(text))

    return DiffStats(
        words_deleted=words(DELETE),
        words_inserted=words(INSERT),
        chars_deleted=sum(len(text) for op, text in diff if op == DELETE),
        chars_inserted=sum(len(text) for op, text in diff if op == INSERT),
        changes=change_count(diff),
    )
