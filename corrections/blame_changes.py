"""The changes blame credits words to: each hunk of a version's word diff against its parent.

A hunk is a run of deletions and insertions between two unchanged words, so the words it removed are
exactly what the words it inserted replaced. Blame records every hunk as it meets it and works out the
text of only those a word of the blamed version still comes from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True)
class Change:
    """One hunk of version `version`'s word diff: the exact text it removed and which words it inserted.

    `replaced` is "" for a pure insertion and None for the first version, which replaced nothing;
    `words` are the indices [first, last) of the inserted words among that version's words.
    """

    version: int
    replaced: str | None
    words: tuple[int, int]


def replaced_text(changes: Sequence[Change]) -> str | None:
    """What a span's changes replaced: one change's text, or several (rare) joined by an ellipsis."""
    if len(changes) == 1:
        return changes[0].replaced
    words = [change.replaced for change in changes if change.replaced]
    if not words:
        return None if all(change.replaced is None for change in changes) else ""
    return " … ".join(words)


class ChangeLog:
    """The hunks of every version's diff by id, as blame meets them; their texts worked out on demand."""

    def __init__(self, texts: Sequence[str], numbers: Sequence[int], words: re.Pattern[str]) -> None:
        self._texts, self._numbers, self._words = texts, numbers, words
        self._hunks: list[tuple[int, int, int, int, int]] = []  # version index, old words [a, b), new words [c, d)
        self._lines: dict[int, tuple[list[str], list[int], list[int]]] = {}  # lines, words and characters to each end
        self._counts: dict[str, int] = {}  # words in each distinct line
        self._line_spans: dict[str, list[tuple[int, int]]] = {}  # where the words of each line searched sit

    def record(self, ops: Iterable[tuple[str, int]], index: int) -> list[int]:
        """The hunk id of each insertion in `ops`, the word diff of text `index` against the one before."""
        ids: list[int] = []
        at = to = 0
        opened: tuple[int, int] | None = None  # where the hunk being read began: old and new word
        for op, length in ops:
            if op == "=" and opened is not None:
                self._hunks[-1] = (index, opened[0], at, opened[1], to)
                opened = None
            elif op != "=":
                if opened is None:
                    opened = (at, to)
                    self._hunks.append((index, at, at, to, to))
                if op == "+":
                    ids.append(len(self._hunks) - 1)
            if op != "+":
                at += length
            if op != "-":
                to += length
        if opened is not None:
            self._hunks[-1] = (index, opened[0], at, opened[1], to)
        return ids

    def version_index(self, hunk: int) -> int:
        """The index of the text whose diff the hunk is part of."""
        return self._hunks[hunk][0]

    def change(self, hunk: int) -> Change:
        """The hunk with the exact text it replaced."""
        index, old_from, old_to, new_from, new_to = self._hunks[hunk]
        replaced = None if index == 0 else self._slice(index - 1, old_from, old_to)
        return Change(self._numbers[index], replaced, (new_from, new_to))

    def changes(self, hunks: Iterable[int]) -> tuple[Change, ...]:
        """The distinct changes of a run of words' hunk ids, in the order the words meet them."""
        return tuple(self.change(hunk) for hunk in dict.fromkeys(hunks))

    def _slice(self, index: int, first: int, last: int) -> str:
        """The exact text of words [first, last) of text `index`, the spaces between them kept."""
        if first >= last:
            return ""
        return self._texts[index][self._word(index, first)[0] : self._word(index, last - 1)[1]]

    def _word(self, index: int, word: int) -> tuple[int, int]:
        """Where word `word` of text `index` starts and ends. No word spans a line break, so only lines are
        counted, each distinct line once, and only the line holding the word is searched."""
        lines = self._lines.get(index)
        if lines is None:
            parts = self._texts[index].split("\n")
            counts = [self._count(line) for line in parts]
            lines = self._lines[index] = (parts, list(accumulate(counts)), list(accumulate(len(p) + 1 for p in parts)))
        parts, words_through, chars_through = lines
        line = bisect_right(words_through, word)
        first_word = words_through[line - 1] if line else 0
        first_char = chars_through[line - 1] if line else 0
        start, end = self._spans(parts[line])[word - first_word]
        return first_char + start, first_char + end

    def _spans(self, line: str) -> list[tuple[int, int]]:
        spans = self._line_spans.get(line)
        if spans is None:
            spans = self._line_spans[line] = [match.span() for match in self._words.finditer(line)]
        return spans

    def _count(self, line: str) -> int:
        count = self._counts.get(line)
        if count is None:
            count = self._counts[line] = len(self._words.findall(line))
        return count
