"""Word-level blame: which version of an article introduced each word of a chosen version.

One pass over the history, oldest first. Each version is diffed against its predecessor at word
level (each word mapped to one character; diff-match-patch with no time limit and no clean-up, so
the diff is minimal and two corrections a word apart stay two); words the diff keeps equal carry
their attribution forward, even a "the" left standing in a rewritten sentence. Inserted words are
first looked up among recently removed ones, so text deleted and later restored (vandalism and its
revert, a withdrawn correction, a moved paragraph) keeps the version that first wrote it, as in
WikiWho.

Restore rule: removed runs are kept with the word either side of them, and an inserted run is
looked up with its own neighbours; every stretch of 3 or more words matching consecutive words of
such a removed run takes their attributions. So a single word comes back only when it returns
between both neighbours it left (two words: next to one of them), and a lone "the" is never
resurrected from elsewhere. The pool of removed words is bounded (`_POOL_WORDS`, newest kept),
and so is each look-up (`_CANDIDATES` places per 3-word key).

Whitespace is not a word: it goes with the word before it (leading whitespace with the first
word), so the spans of `blame` tile the text exactly and re-wrapping a line changes nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from corrections.blame_changes import Change, ChangeLog, replaced_text
from corrections.errors import InputError

from diff_match_patch import diff_match_patch

try:
    import fast_diff_match_patch
except ImportError:  # the pure-Python library gives the same diffs, about ten times slower
    fast_diff_match_patch = None

_POOL_WORDS = 200_000
_CANDIDATES = 8
_SHINGLE = 3
_EDGE = "\x00"
_NO_ORIGIN = -1
_DMP_OPS = {-1: "-", 0: "=", 1: "+"}

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK): a word a character.
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)


@dataclass(frozen=True)
class VersionInfo:
    """One version of an article as blame needs it: its text and who made it, when, why."""

    number: int
    text: str
    author: str
    created_at: str
    note: str = ""


@dataclass(frozen=True)
class BlameSpan:
    """A stretch of a version's text whose words were all introduced by one version."""

    start: int
    end: int
    text: str
    version: int
    author: str
    created_at: str
    note: str
    replaced: str | None = field(default=None, compare=False)
    """The words the change that wrote the span replaced: "" for a pure insertion, None in the first version."""
    correction_note: str | None = field(default=None, compare=False)
    """The public note of the correction that made the change ("" if it has none); None when no correction did."""
    correction_kind: str | None = field(default=None, compare=False)
    """That correction's kind ("correction", "style"…); None when no correction did."""
    notice: str | None = field(default=None, compare=False)
    """The wording of the published notice that told readers of that correction; None if none did."""
    changes: tuple[Change, ...] = field(default=(), compare=False, repr=False)


def blame(versions: list[VersionInfo], upto: int | None = None) -> list[BlameSpan]:
    """Spans tiling the text of version `upto` (default the last), each naming its introducing version."""
    history = _history_upto(versions, upto)
    text = history[-1].text
    changes = ChangeLog([version.text for version in history], [version.number for version in history],
                        _token_pattern())
    hunks = _attribute((version.text for version in history), changes)
    origins = [changes.version_index(hunk) for hunk in hunks]
    starts = [match.start() for match in _token_pattern().finditer(text)]
    if not starts:
        return [_span(text, 0, len(text), history[-1])] if text else []
    starts[0] = 0
    bounds = starts + [len(text)]
    spans = []
    first = 0
    for index in range(1, len(origins) + 1):
        if index == len(origins) or origins[index] != origins[first]:
            spans.append(_span(text, bounds[first], bounds[index], history[origins[first]],
                               changes.changes(hunks[first:index])))
            first = index
    return spans


def who_changed(spans: list[BlameSpan], start: int, end: int) -> list[BlameSpan]:
    """The spans overlapping the selection [start, end); an empty selection gives the span at `start`."""
    if start < 0 or end < start:
        raise InputError(f"a selection must run forwards from 0, not from {start} to {end}")
    if start == end:
        return [span for span in spans if span.start <= start < span.end]
    return [span for span in spans if span.start < end and span.end > start]


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of `text` starts and ends, as blame counts words (a Change's `words` index these)."""
    return [match.span() for match in _token_pattern().finditer(text)]


def to_json(spans: list[BlameSpan]) -> list[dict]:
    """The spans as plain dicts (start, end, text, version, author, created_at, note, then replaced,
    correction_note, correction_kind, notice); the changes stay out: `replaced` says what they removed."""
    return [{name: value for name, value in asdict(span).items() if name != "changes"} for span in spans]


def _history_upto(versions: list[VersionInfo], upto: int | None) -> list[VersionInfo]:
    if not versions:
        raise InputError("there is no version to blame")
    numbers = [version.number for version in versions]
    if any(later <= earlier for earlier, later in zip(numbers, numbers[1:])):
        raise InputError("versions must be listed oldest first, each number once")
    if upto is None:
        return list(versions)
    if upto not in numbers:
        raise InputError(f"there is no version {upto} in this history")
    return list(versions[: numbers.index(upto) + 1])


def _span(text: str, start: int, end: int, version: VersionInfo, changes: tuple[Change, ...] = ()) -> BlameSpan:
    return BlameSpan(start, end, text[start:end], version.number, version.author, version.created_at, version.note,
                     replaced_text(changes) if changes else None, changes=changes)


def _attribute(texts: Iterable[str], changes: ChangeLog | None = None) -> list[int]:
    """For each word of the last text, the index of the text that introduced it (with `changes`, the id
    of the hunk of that text's diff that did, recorded there)."""
    vocabulary = _Vocabulary()
    pool = _RemovedPool(_POOL_WORDS)
    old, origins = "", []
    for index, text in enumerate(texts):
        new = vocabulary.encode(text)
        ops = _diff(old, new)
        hunks = iter(changes.record(ops, index)) if changes is not None else itertools.repeat(index)
        at = 0
        for op, length in ops:  # pool every removal first, so a paragraph moved in one edit is found
            if op == "-":
                pool.add(_bordered(old, at, length, _EDGE), _bordered(origins, at, length, [_NO_ORIGIN]))
            if op != "+":
                at += length
        kept: list[int] = []
        at = to = 0
        for op, length in ops:
            if op == "=":
                kept += origins[at : at + length]
            elif op == "+":
                kept += pool.restore(_bordered(new, to, length, _EDGE), next(hunks))
            if op != "+":
                at += length
            if op != "-":
                to += length
        old, origins = new, kept
    return origins


def _bordered(items: Sequence, at: int, length: int, edge: Sequence) -> Sequence:
    """A run with the item either side of it (`edge` at an end): the unit removal and restoring match."""
    return (items[at - 1 : at] or edge) + items[at : at + length] + (items[at + length : at + length + 1] or edge)


def _diff(old: str, new: str) -> list[tuple[str, int]]:
    """Exact diff of two word-character strings as ('=' | '-' | '+', length) pairs."""
    if fast_diff_match_patch is not None:
        return fast_diff_match_patch.diff(old, new, timelimit=0, checklines=False, cleanup="No", counts_only=True)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(old, new, False)
    return [(_DMP_OPS[op], len(text)) for op, text in diffs]


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    """Words with their combining marks, single characters of unspaced scripts, symbols with what clings to them."""
    marks = "".join(f"{chr(first)}-{chr(last)}" for first, last in _mark_ranges())
    clinging = marks + "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"  # marks, skin tones, emoji tags
    return re.compile(
        rf"(?:[^\W{_UNSPACED}]|[{marks}])+"
        rf"|[{_UNSPACED}][{clinging}]*"
        "|[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
        rf"|[^\w\s](?:[{clinging}]|\u200d[^\s])*"  # emoji joined by zero-width joiners stay whole
    )


def _mark_ranges() -> list[tuple[int, int]]:
    """Runs of combining marks; beyond plane 1 only the variation selectors of plane 14 are marks."""
    ranges: list[tuple[int, int]] = []
    for code in itertools.chain(range(0x20000), range(0xE0000, 0xE1000)):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


class _Vocabulary(dict):
    """Maps each distinct word to one private character, so a diff of characters is a diff of words.

    No word spans a line break, so each line is encoded on its own and the lines of the previous
    text are remembered: only the lines an edit touched are tokenized again.
    """

    def __init__(self) -> None:
        super().__init__()
        self._next = 0x100
        self._lines: dict[str, str] = {}

    def encode(self, text: str) -> str:
        known, lines = self._lines, {}
        parts = text.split("\n")
        for line in parts:
            if line not in lines:
                words = known.get(line)
                if words is None:
                    words = "".join(map(self.__getitem__, _token_pattern().findall(line)))
                lines[line] = words
        self._lines = lines
        return "".join([lines[line] for line in parts])

    def __missing__(self, word: str) -> str:
        code = self._next
        while 0xD800 <= code <= 0xDFFF or chr(code).isspace():
            code += 1
        if code > sys.maxunicode:
            raise InputError("this history has too many distinct words to blame")
        self._next = code + 1
        self[word] = chr(code)
        return chr(code)


class _RemovedPool:
    """Recently removed runs of words, each with its two neighbours and their attributions."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._clear()

    def _clear(self) -> None:
        self._runs: list[tuple[str, list[int]]] = []
        self._bases: list[int] = []
        self._size = 0
        self._latest: dict[str, int] = {}
        self._earlier: list[int] = []

    def add(self, words: str, origins: list[int]) -> None:
        if self._size + len(words) > self._capacity:
            self._keep_newest(self._capacity // 2)
        self._index(words, origins)

    def restore(self, words: str, origin: int) -> list[int]:
        """Attributions for an inserted run given with its neighbours: restored where it matches, else `origin`."""
        restored = [origin] * (len(words) - 2)
        at = 0
        while at <= len(words) - _SHINGLE:
            length, position = self._longest_match(words, at)
            if not length:
                at += 1
                continue
            run, offset = self._locate(position)
            first, last = max(at, 1), min(at + length, len(words) - 1)
            restored[first - 1 : last - 1] = self._runs[run][1][offset + first - at : offset + last - at]
            at += length
        return restored

    def _longest_match(self, words: str, at: int) -> tuple[int, int]:
        best, best_position = 0, -1
        position = self._latest.get(words[at : at + _SHINGLE], -1)
        for _ in range(_CANDIDATES):
            if position < 0:
                break
            run, offset = self._locate(position)
            length = _common_prefix(self._runs[run][0], offset, words, at)
            if length > best:
                best, best_position = length, position
                if at + length == len(words):
                    break
            position = self._earlier[position]
        return best, best_position

    def _locate(self, position: int) -> tuple[int, int]:
        run = bisect_right(self._bases, position) - 1
        return run, position - self._bases[run]

    def _index(self, words: str, origins: list[int]) -> None:
        base = self._size
        self._runs.append((words, origins))
        self._bases.append(base)
        self._size += len(words)
        latest, earlier = self._latest, self._earlier
        for offset in range(len(words) - _SHINGLE + 1):
            shingle = words[offset : offset + _SHINGLE]
            earlier.append(latest.get(shingle, -1))
            latest[shingle] = base + offset
        earlier += [-1] * (_SHINGLE - 1)

    def _keep_newest(self, budget: int) -> None:
        kept: list[tuple[str, list[int]]] = []
        for run in reversed(self._runs):
            budget -= len(run[0])
            if budget < 0:
                break
            kept.append(run)
        self._clear()
        for run in reversed(kept):
            self._index(*run)


def _common_prefix(first: str, start: int, second: str, at: int) -> int:
    """How many characters first[start:] and second[at:] share, found by galloping slice compares."""
    limit = min(len(first) - start, len(second) - at)
    low, high = 0, 1
    while high < limit and first[start : start + high] == second[at : at + high]:
        low, high = high, high * 2
    high = min(high, limit)
    if first[start : start + high] == second[at : at + high]:
        return high
    while high - low > 1:
        middle = (low + high) // 2
        if first[start : start + middle] == second[at : at + middle]:
            low = middle
        else:
            high = middle
    return low
