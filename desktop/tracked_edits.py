"""The working text's changes against the saved version as word-diff ops, kept current keystroke by keystroke.

A keystroke re-diffs only the few hundred characters around it (TrackedEdits.edit), so its change can be
drawn at once; the exact word diff of the whole text, computed off the GUI thread after a pause, then
replaces the ops (TrackedEdits.reset). Both keep whole words together, so the marks rarely move when it lands.
Offsets are Python string indices into the working text; ops follow corrections.diff's convention.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from corrections.diff import DELETE, EQUAL, INSERT

CONTEXT = 200
"""Unchanged characters on each side of a keystroke that its local re-diff may take into a change."""


@dataclass(frozen=True)
class Hunk:
    """One typed change: working[start:end] stands where base[base_start:base_end] stood."""

    start: int
    end: int
    base_start: int
    base_end: int
    deleted: str
    inserted: str


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


def _splits_word(text: str, at: int) -> bool:
    """Whether cutting `text` at `at` would cut a word in two."""
    return 0 < at < len(text) and _wordy(text[at - 1]) and _wordy(text[at])


def common_prefix(first: str, second: str, hint: int = 0) -> int:
    """How many leading characters the texts share; `hint`, a guess at most that, makes it quicker."""
    hint = min(hint, len(first), len(second))
    if first[:hint] != second[:hint]:
        hint = 0
    low, high = hint, min(len(first), len(second))
    if low < high and first[low] == second[low]:
        while low < high:  # binary search: slices compare in C, a character loop would not
            middle = (low + high + 1) // 2
            if first[low:middle] == second[low:middle]:
                low = middle
            else:
                high = middle - 1
    return low


def common_suffix(first: str, second: str, limit: int, hint: int = 0) -> int:
    """How many trailing characters the texts share, at most `limit`; `hint` as for common_prefix."""
    top = min(limit, len(first), len(second))
    hint = min(hint, top)
    if hint and first[len(first) - hint:] != second[len(second) - hint:]:
        hint = 0
    low, high = hint, top
    while low < high:
        middle = (low + high + 1) // 2
        if first[len(first) - middle:len(first) - low] == second[len(second) - middle:len(second) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def text_edit(old: str, new: str, hint: int = 0, added: int = 0) -> tuple[int, int, int]:
    """(start, old_end, new_end): the one stretch in which `new` differs from `old`.

    `hint` and `added`, the position and length Qt reported, make it quick; a wrong hint costs only time.
    """
    start = common_prefix(old, new, hint)
    tail = common_suffix(old, new, min(len(old), len(new)) - start, len(new) - hint - added)
    return start, len(old) - tail, len(new) - tail


def _local_diff(base: str, work: str) -> list[tuple[int, str]]:
    """The two texts as at most one change between shared ends, never cutting a word at its edges."""
    head = common_prefix(base, work)
    while head and (_splits_word(base, head) or _splits_word(work, head)):
        head -= 1
    tail = common_suffix(base, work, min(len(base), len(work)) - head)
    while tail and (_splits_word(base, len(base) - tail) or _splits_word(work, len(work) - tail)):
        tail -= 1
    ops = [(EQUAL, base[:head]), (DELETE, base[head:len(base) - tail]), (INSERT, work[head:len(work) - tail]),
           (EQUAL, base[len(base) - tail:])]
    return [(op, text) for op, text in ops if text]


def _cut_left(text: str, at: int) -> int:
    """A place at or before `at` in `text` that cuts no word."""
    while at > 0 and _splits_word(text, at):
        at -= 1
    return at


def _cut_right(text: str, at: int) -> int:
    """A place at or after `at` in `text` that cuts no word."""
    while at < len(text) and _splits_word(text, at):
        at += 1
    return at


class TrackedEdits:
    """The ops turning the base text into the working text, edited in place as the editor types."""

    def __init__(self, ops: list[tuple[int, str]]):
        self.ops: list[tuple[int, str]] = []
        self.reset(ops)

    def reset(self, ops: list[tuple[int, str]]) -> None:
        """Take the exact word diff, computed for the working text as it is now."""
        self.ops = [(op, text) for op, text in ops if text]
        self._hunks: list[Hunk] | None = None

    @property
    def working(self) -> str:
        """The working text the ops lead to."""
        return "".join(text for op, text in self.ops if op != DELETE)

    @property
    def base(self) -> str:
        """The saved text the ops start from."""
        return "".join(text for op, text in self.ops if op != INSERT)

    def edit(self, start: int, end: int, text: str) -> None:
        """working[start:end] was replaced by `text`: re-diff that stretch with some unchanged text round it."""
        ops = self.ops
        first = last = None
        at = origin = 0
        for index, (op, piece) in enumerate(ops):
            length = 0 if op == DELETE else len(piece)
            if first is None and at + length >= start:
                first, origin = index, at
            if at > end:
                break
            last = index
            at += length
        if first is None:  # at the very end, or no ops at all
            first, origin = len(ops), at
            last = len(ops) - 1
        while first > 0 and (first >= len(ops) or ops[first][0] != EQUAL):
            first -= 1
            origin -= 0 if ops[first][0] == DELETE else len(ops[first][1])
        while last < len(ops) - 1 and ops[last][0] != EQUAL:
            last += 1
        window = ops[first:last + 1]
        before: list[tuple[int, str]] = []
        after: list[tuple[int, str]] = []
        if window and window[0][0] == EQUAL:  # keep only the end of a long unchanged run in the window
            piece = window[0][1]
            cut = _cut_left(piece, max(0, min(len(piece), start - origin) - CONTEXT))
            if cut:
                before, window[0] = [(EQUAL, piece[:cut])], (EQUAL, piece[cut:])
                origin += cut
        if window and window[-1][0] == EQUAL:
            piece = window[-1][1]
            offset = origin + sum(0 if op == DELETE else len(p) for op, p in window[:-1])
            cut = _cut_right(piece, max(0, min(len(piece), end - offset + CONTEXT)))
            if cut < len(piece):
                after, window[-1] = [(EQUAL, piece[cut:])], (EQUAL, piece[:cut])
        base = "".join(piece for op, piece in window if op != INSERT)
        work = "".join(piece for op, piece in window if op != DELETE)
        work = work[:start - origin] + text + work[end - origin:]
        merged = _merge(ops[:first] + before, _local_diff(base, work), after + ops[last + 1:])
        self.ops = merged
        self._hunks = None

    def hunks(self) -> list[Hunk]:
        """Every typed change, in order."""
        if self._hunks is None:
            found = []
            work = base = 0
            deleted: list[str] = []
            inserted: list[str] = []
            start = base_start = 0
            for op, piece in self.ops + [(EQUAL, "")]:
                if op == EQUAL:
                    if deleted or inserted:
                        found.append(Hunk(start, work, base_start, base, "".join(deleted), "".join(inserted)))
                        deleted, inserted = [], []
                    work += len(piece)
                    base += len(piece)
                    start, base_start = work, base
                elif op == DELETE:
                    deleted.append(piece)
                    base += len(piece)
                else:
                    inserted.append(piece)
                    work += len(piece)
            self._hunks = found
        return self._hunks


def _merge(left: list[tuple[int, str]], middle: list[tuple[int, str]],
           right: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The three runs of ops joined, with ops of a kind merged and deletions before insertions where they meet."""
    result = list(left)
    for index, item in enumerate(middle + right):
        if index >= len(middle) and item[0] == EQUAL and result and result[-1][0] == EQUAL:
            result[-1] = (EQUAL, result[-1][1] + item[1])
            return result + right[index - len(middle) + 1:]
        if result and result[-1][0] == item[0]:
            result[-1] = (item[0], result[-1][1] + item[1])
        elif result and result[-1][0] == INSERT and item[0] == DELETE:
            if len(result) > 1 and result[-2][0] == DELETE:
                result[-2] = (DELETE, result[-2][1] + item[1])
            else:
                result.insert(len(result) - 1, item)
        else:
            result.append(item)
            if index >= len(middle) and item[0] == EQUAL:
                return result + right[index - len(middle) + 1:]
    return result
