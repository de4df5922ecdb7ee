"""Word-level diffs of two versions of a text: exact, fast, in diff-match-patch's convention.

A diff is a list of `(op, text)` pairs, op -1 delete, 0 equal, 1 insert. Joining the equal
and deleted parts gives the old text back, joining the equal and inserted parts the new one.
Adjacent ops of a kind are merged, no op is empty, and a deletion comes before an insertion.

Tokens: a run of word characters with their combining marks, a run of whitespace, an emoji
with its modifiers and joined parts, or any other single character; Chinese, Japanese, Thai,
Lao, Khmer and Myanmar characters, written without spaces, are a token each. Edits never
split a token that is not whitespace.

How: the texts are cut into units, each distinct unit stands for one code point (as in
diff-match-patch's line mode) and the code strings are diffed by diff-match-patch without a
deadline, so the result is never the coarse one a timeout gives. That goes level by level:
lines (between the lines found once in each text, patience diff's anchors), then sentences
inside long changed runs of lines, then tokens inside each changed run. Each level's diff is
minimal in its units; the levels make large texts fast, at the price of not matching words
across unchanged lines, which a reader does not expect anyway. Where blank lines paired the
wrong paragraphs (every paragraph around changed and one was also split, joined, added or
removed), the stretch is diffed as one run, up to 60,000 characters. One hard limit: a changed
run with more distinct units than Unicode has code points (1.1 million: megabytes of distinct
words in one changed paragraph) comes out whole, as one deletion and one insertion.

Readability: at the token level, an equality of at most one word and no longer than the edits
on both sides of it is folded into them (diff-match-patch's semantic cleanup, in characters,
sparing longer equalities: "[-quick-]{+slow+} [-brown-]{+red+}" reads "[-quick brown-]{+slow
red+}", while "is old" in "[-, built in 1932,-] is old{+ and rusty+}" stays), and a lone
insertion or deletion is slid along repeated units to the most natural boundary
(diff-match-patch's lossless cleanup, a unit at a time: "the {+big +}dog"). Both keep the diff
exact and depend only on the core's output, which is the same for every backend, so every
backend gives the same diff.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, islice
from operator import lt

from diff_match_patch import diff_match_patch

from corrections import mark_ranges
from corrections.errors import InputError

try:
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - the C++ core is a declared dependency
    _fast = None

DELETE, EQUAL, INSERT = -1, 0, 1
BACKENDS = ("auto", "fast", "python")
Diff = list[tuple[int, str]]

# Code points a unit can be mapped to: all of Unicode but NUL and the surrogates.
_CAPACITY = 0x110000 - 1 - 0x800


def available_backends() -> tuple[str, ...]:
    """The diff cores importable here: "fast" (the C++ core) and always "python"."""
    return ("fast", "python") if _fast is not None else ("python",)


# --- tokens -----------------------------------------------------------------------------


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )


def _mark_ranges() -> list[tuple[int, int]]:
    """Ranges of combining marks (categories Mn, Mc, Me): the precomputed table when it is for
    this Python's Unicode version, else the scan."""
    if unicodedata.unidata_version == mark_ranges.UNICODE_VERSION:
        return list(mark_ranges.MARK_RANGES)
    return _scan_mark_ranges()


def _scan_mark_ranges() -> list[tuple[int, int]]:
    """Ranges of combining marks found by asking unicodedata; they live in planes 0, 1 and 14."""
    ranges: list[tuple[int, int]] = []
    for lo, hi in ((0, 0x20000), (0xE0000, 0xE1000)):
        start = None
        for code in range(lo, hi):
            if unicodedata.category(chr(code))[0] == "M":
                if start is None:
                    start = code
            elif start is not None:
                ranges.append((start, code - 1))
                start = None
        if start is not None:
            ranges.append((start, hi - 1))
    return ranges


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    marks = _char_class(_mark_ranges())
    # What clings to the character before it: marks, skin tones, emoji tag characters.
    clinging = marks + "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
    # Scripts written without spaces between words: one token per character.
    unspaced = (
        "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
        "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
    )
    word = f"[^\\W{unspaced}]+(?:[{marks}]+[^\\W{unspaced}]*)*"
    return re.compile(
        r"\d+(?:[.,]\d+)+"  # a number with separators (48,000; 3.5) is one word
        f"|{word}"
        r"|\s+"
        f"|[{unspaced}][{clinging}]*"
        "|[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
        f"|.(?:[{clinging}]|\u200d[^\\s])*",  # any other character, emoji ZWJ sequences
        re.DOTALL,
    )


_ASCII_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)+|[A-Za-z0-9_]+|\s+|.", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """The word tokens of a text; joined, they give the text back."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text)
    return _token_pattern().findall(text)


def is_word(token: str) -> bool:
    """Whether a token counts as a word (letters or digits) rather than space or punctuation."""
    return token[:1].isalnum() or token[:1] == "_"


# --- units above words: lines and sentences ---------------------------------------------


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


_SENTENCE_END = re.compile(r"(?<=[.!?;:\u3002\uff01\uff1f])([\"'\u201d\u2019)\]]*\s+)")


def _sentences(text: str) -> list[str]:
    """A text cut after sentence punctuation and the space that follows it."""
    parts = _SENTENCE_END.split(text)
    units = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        units.append(parts[-1])
    return units


# --- the core: diff-match-patch over code strings ---------------------------------------

_FAST_OPS = {"-": DELETE, "=": EQUAL, "+": INSERT}


def _python_dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: never the degraded diff
    return dmp


_DMP = _python_dmp()


def _core_fast(a: str, b: str) -> Diff:
    result = _fast.diff(a, b, timelimit=0, checklines=False, cleanup="No", counts_only=False)
    return [(_FAST_OPS[op], text) for op, text in result]


def _core_python(a: str, b: str) -> Diff:
    return list(_DMP.diff_main(a, b, False))


def _core(backend: str):
    if backend not in BACKENDS:
        raise InputError(f"unknown diff backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "python" or (backend == "auto" and _fast is None):
        return _core_python
    if _fast is None:
        raise InputError("the fast diff backend needs the fast-diff-match-patch package")
    return _core_fast


def _small_core(a: str, b: str, core) -> Diff:
    """The core's diff of two non-empty code strings, given directly where they differ only in place.

    The commonest gaps between anchored lines are changed paragraphs between blank lines, short
    strings that do; longer ones go straight to the core.
    """
    diffs = _positional(a, b) if len(a) <= 64 else None
    return core(a, b) if diffs is None else diffs


def _positional(a: str, b: str) -> Diff | None:
    """The diff of two code strings of one length that differ only in place, or None if they don't.

    They do when each code that differs from the one in its place is absent from the other string
    (paragraphs reworded where they stand, none added, removed or moved). Their only longest common
    subsequence is then the codes equal in place, so the core's (minimal, then merged) diff is
    these ops, known without calling it.
    """
    if len(a) != len(b):
        return None
    if a == b:
        return [(EQUAL, a)] if a else []
    in_a, in_b = set(a), set(b)
    diffs: Diff = []
    start = 0  # of the current equal or changed stretch
    changed = a[0] != b[0]
    for at in range(len(a)):
        old, new = a[at], b[at]
        if old != new:
            if old in in_b or new in in_a:
                return None
            if not changed:
                diffs.append((EQUAL, a[start:at]))
                start, changed = at, True
        elif changed:
            diffs += ((DELETE, a[start:at]), (INSERT, b[start:at]))
            start, changed = at, False
    diffs += ((DELETE, a[start:]), (INSERT, b[start:])) if changed else ((EQUAL, a[start:]),)
    return diffs


class _AlphabetFull(Exception):
    """More distinct units than there are code points to stand for them."""


class _Alphabet:
    """Distinct units of two unit lists, each standing for one code point."""

    def __init__(self, old_units: list[str], new_units: list[str], capacity: int = _CAPACITY):
        distinct = dict.fromkeys(chain(old_units, new_units))
        if len(distinct) > capacity:
            raise _AlphabetFull
        chars = map(chr, chain(range(1, 0xD800), range(0xE000, 0x110000)))
        codes = dict(zip(distinct, chars))
        self.old = "".join(map(codes.__getitem__, old_units))
        self.new = "".join(map(codes.__getitem__, new_units))
        self._units = dict(zip(codes.values(), codes))

    def decode(self, code: str) -> str:
        return "".join(map(self._units.__getitem__, code))

    def words(self, code: str) -> int:
        return sum(map(is_word, map(self._units.__getitem__, code)))


class _WordCodes:
    """The code point of every word-level unit of one diff, shared by all its changed runs.

    Diff-match-patch compares codes only for equality, so one shared alphabet gives each run
    the diff its own would, without building an alphabet per run; it keeps each code's word
    flag for the cleanups.
    """

    def __init__(self) -> None:
        self._capacity = _CAPACITY
        self._points = chain(range(1, 0xD800), range(0xE000, 0x110000))
        self.codes: dict[str, str] = {}
        self._units: dict[str, str] = {}
        self.is_word: dict[str, bool] = {}

    def encode(self, units: list[str]) -> str:
        """The code string of a list of units; raises _AlphabetFull when codes run out."""
        codes = self.codes
        try:
            return "".join(map(codes.__getitem__, units))
        except KeyError:
            pass
        for unit in [unit for unit in units if unit not in codes]:
            if unit in codes:  # a unit new to the alphabet but repeated in this run
                continue
            if len(codes) >= self._capacity:
                raise _AlphabetFull
            code = chr(next(self._points))
            codes[unit] = code
            self._units[code] = unit
            self.is_word[code] = is_word(unit)
        return "".join(map(codes.__getitem__, units))

    def decode(self, code: str) -> str:
        return "".join(map(self._units.__getitem__, code))

    def words(self, code: str) -> int:
        return sum(map(self.is_word.__getitem__, code))


# --- readability cleanups, on code strings -----------------------------------------------

_MAX_FOLDED_WORDS = 1

_BLANK_LINE_END = re.compile(r"\n\r?\n\Z")
_BLANK_LINE_START = re.compile(r"\A\r?\n\r?\n")


def _boundary_score(left: str, right: str) -> int:
    """How natural a cut between two texts is, 6 (an edge) to 0 (inside a word): dmp's scale."""
    if not left or not right:
        return 6
    char1, char2 = left[-1], right[0]
    non_alnum1, non_alnum2 = not char1.isalnum(), not char2.isalnum()
    space1 = non_alnum1 and char1.isspace()
    space2 = non_alnum2 and char2.isspace()
    break1 = space1 and char1 in "\r\n"
    break2 = space2 and char2 in "\r\n"
    if (break1 and _BLANK_LINE_END.search(left)) or (break2 and _BLANK_LINE_START.match(right)):
        return 5
    if break1 or break2:
        return 4
    if non_alnum1 and not space1 and space2:
        return 3
    if space1 or space2:
        return 2
    if non_alnum1 or non_alnum2:
        return 1
    return 0


def _slide_edits(diffs: Diff, alphabet: _Alphabet | _WordCodes) -> bool:
    """Slide each lone edit between two equalities to its most natural unit boundary.

    Returns whether any edit moved.
    """
    moved = False

    def score(left: str, right: str) -> int:
        return _boundary_score(alphabet.decode(left[-2:]), alphabet.decode(right[:2]))

    pointer = 1
    while pointer < len(diffs) - 1:
        if diffs[pointer - 1][0] == EQUAL and diffs[pointer + 1][0] == EQUAL:
            equality1, edit, equality2 = diffs[pointer - 1][1], diffs[pointer][1], diffs[pointer + 1][1]
            common = _common_suffix(equality1, edit)
            if common:
                shared = edit[-common:]
                equality1, edit, equality2 = equality1[:-common], shared + edit[:-common], shared + equality2
            best = (equality1, edit, equality2)
            best_score = score(equality1, edit) + score(edit, equality2)
            while edit and equality2 and edit[0] == equality2[0]:
                equality1, edit, equality2 = equality1 + edit[0], edit[1:] + equality2[0], equality2[1:]
                current = score(equality1, edit) + score(edit, equality2)
                if current >= best_score:
                    best_score, best = current, (equality1, edit, equality2)
            if diffs[pointer - 1][1] != best[0]:
                replacement = [(EQUAL, best[0]), (diffs[pointer][0], best[1]), (EQUAL, best[2])]
                replacement = [part for part in replacement if part[1]]
                diffs[pointer - 1 : pointer + 2] = replacement
                pointer += len(replacement) - 3
                moved = True
        pointer += 1
    return moved


def _fold_small_equalities(diffs: Diff, alphabet: _Alphabet | _WordCodes, lengths: list[int]) -> bool:
    """Fold each equality of at most one word, no longer than the edits on both sides, into them.

    diff-match-patch's semantic cleanup (lengths in characters), sparing equalities of two or
    more words, which a reader wants to see kept. It runs on blocks (an equality, or all the
    edits between two equalities) kept on a stack: an edit block folds the equality before it
    into the edits before that, again and again, so folding many equalities stays linear.
    `lengths` are the ops' lengths in characters. Returns whether anything folded.
    """
    words = alphabet.words
    # (EQUAL, index in diffs, length) or (None, start, end, deleted length, inserted length):
    # an edit block spans diffs[start:end], its equalities both deleted and inserted.
    stack: list[tuple] = []
    changed = False
    count = len(diffs)
    at = 0
    while at < count:
        if diffs[at][0] == EQUAL:
            stack.append((EQUAL, at, lengths[at]))
            at += 1
            continue
        start = at
        deleted = inserted = 0
        while at < count and diffs[at][0] != EQUAL:
            if diffs[at][0] == DELETE:
                deleted += lengths[at]
            else:
                inserted += lengths[at]
            at += 1
        block = (None, start, at, deleted, inserted)
        while len(stack) >= 2 and stack[-1][0] == EQUAL and stack[-2][0] is None:
            _, equality_at, equality = stack[-1]
            edits = stack[-2]
            if not (
                equality <= max(edits[3], edits[4])
                and equality <= max(block[3], block[4])
                and words(diffs[equality_at][1]) <= _MAX_FOLDED_WORDS
            ):
                break
            del stack[-2:]
            block = (None, edits[1], block[2], edits[3] + equality + block[3], edits[4] + equality + block[4])
            changed = True
        stack.append(block)
    if not changed:
        return False
    folded: Diff = []
    for block in stack:
        if block[0] == EQUAL:
            folded.append(diffs[block[1]])
            continue
        run = diffs[block[1] : block[2]]
        deleted_codes = "".join([code for op, code in run if op != INSERT])
        inserted_codes = "".join([code for op, code in run if op != DELETE])
        if deleted_codes:
            folded.append((DELETE, deleted_codes))
        if inserted_codes:
            folded.append((INSERT, inserted_codes))
    if not _merge_changes_nothing(folded):
        _DMP.diff_cleanupMerge(folded)
    diffs[:] = folded
    return True


def _merge_changes_nothing(diffs: Diff) -> bool:
    """Whether diff-match-patch's cleanupMerge would leave a diff as it is (it mostly does).

    It does when no op is empty, no two equalities are adjacent, the edits between two
    equalities are at most one deletion then one insertion sharing neither their first nor
    their last code, and no lone edit between equalities ends with the equality before it or
    starts with the one after it (the edits it would slide).
    """
    last = len(diffs) - 1
    for at, (op, code) in enumerate(diffs):
        if not code:
            return False
        previous = diffs[at - 1][0] if at else None
        following = diffs[at + 1][0] if at < last else None
        if op == EQUAL:
            if previous == EQUAL:
                return False
        elif op == DELETE:
            if previous == DELETE or following == DELETE:
                return False
            if following == INSERT:
                inserted = diffs[at + 1][1]
                if not inserted or inserted[0] == code[0] or inserted[-1] == code[-1]:
                    return False
            elif previous == EQUAL and following == EQUAL:
                if code.endswith(diffs[at - 1][1]) or code.startswith(diffs[at + 1][1]):
                    return False
        else:
            if following == INSERT or following == DELETE or previous == INSERT:
                return False
            if previous == EQUAL and following == EQUAL:
                if code.endswith(diffs[at - 1][1]) or code.startswith(diffs[at + 1][1]):
                    return False
    return True


# --- levels ------------------------------------------------------------------------------


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of two strings, comparing chunks of growing size, then halving."""
    limit = min(len(a), len(b))
    if not limit or a[0] != b[0]:
        return 0
    at, step = 1, 32
    while at < limit:
        end = min(limit, at + step)
        if not a.startswith(b[at:end], at):
            while end - at > 1:  # the first difference is in [at, end): halve the range
                middle = (at + end) >> 1
                if a.startswith(b[at:middle], at):
                    at = middle
                else:
                    end = middle
            return at
        at, step = end, step * 2
    return limit


def _common_suffix(a: str, b: str, limit: int | None = None) -> int:
    """Length of the common end of two strings, at most `limit`."""
    a_length, b_length = len(a), len(b)
    limit = min(a_length, b_length, a_length if limit is None else limit)
    if limit <= 0 or a[-1] != b[-1]:
        return 0
    at, step = 1, 32
    while at < limit:
        end = min(limit, at + step)
        if not a.endswith(b[b_length - end : b_length - at], 0, a_length - at):
            while end - at > 1:
                middle = (at + end) >> 1
                if a.endswith(b[b_length - middle : b_length - at], 0, a_length - at):
                    at = middle
                else:
                    end = middle
            return at
        at, step = end, step * 2
    return limit


def _is_cut(text: str, at: int) -> bool:
    """Whether a token boundary surely falls at `at`: the edge, or between space and non-space."""
    return at == 0 or at == len(text) or text[at - 1].isspace() != text[at].isspace()


_SHORT_ENDS = 8000  # up to this many characters, _common_ends beats _common_prefix and _suffix


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common start and common end of two short strings, in one go.

    The strings as integers, XORed: the lowest set bit is in the first differing character,
    read from the start (little-endian) or from the end (big-endian).
    """
    if a.isascii() and b.isascii():
        a_bytes, b_bytes, shift = a.encode("ascii"), b.encode("ascii"), 3
    else:
        a_bytes = a.encode("utf-32-le", "surrogatepass")
        b_bytes, shift = b.encode("utf-32-le", "surrogatepass"), 5
    limit = min(len(a), len(b))
    x = int.from_bytes(a_bytes, "little") ^ int.from_bytes(b_bytes, "little")
    prefix = min(limit, ((x & -x).bit_length() - 1) >> shift) if x else limit
    x = int.from_bytes(a_bytes, "big") ^ int.from_bytes(b_bytes, "big")
    suffix = min(limit, ((x & -x).bit_length() - 1) >> shift) if x else limit
    return prefix, suffix


def _trim(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common head and tail of two texts, both ending on token boundaries."""
    old_length, new_length = len(old), len(new)
    if old_length + new_length <= _SHORT_ENDS:
        head, tail = _common_ends(old, new)
    else:
        head, tail = _common_prefix(old, new), None
    while head and not (_is_cut(old, head) and _is_cut(new, head)):
        head -= 1
    limit = min(old_length, new_length) - head
    tail = _common_suffix(old, new, limit) if tail is None else min(tail, limit)
    # Past the head, the tail's start in either text is a cut at the head or at the text's end.
    while tail and not (
        (old_length - tail == head or _is_cut(old, old_length - tail))
        and (new_length - tail == head or _is_cut(new, new_length - tail))
    ):
        tail -= 1
    return head, tail


_LEVELS = (_lines, _sentences, tokenize)
_LINE_LEVEL, _SENTENCE_LEVEL, _WORD_LEVEL = 0, 1, 2
_SENTENCE_LEVEL_MIN_CHARS = 4000
_REJOIN_MAX_CHARS = 60_000


def _anchored(alphabet: _Alphabet, core) -> Diff:
    """The core's diff of two line-code strings, run between lines unique to both and kept in order.

    The anchors (patience diff's) cut one large problem into many small ones; Myers' cost grows
    with the square of the number of edits, so many scattered edits are much cheaper this way.
    """
    old, new = alphabet.old, alphabet.new
    positional = _positional(old, new)
    if positional is not None:
        return positional
    old_counts, new_counts = Counter(old), Counter(new)
    unique = {code for code, number in old_counts.items() if number == 1 and new_counts[code] == 1}
    new_at = {code: at for at, code in enumerate(new) if code in unique}
    pairs = [(at, new_at[code]) for at, code in enumerate(old) if code in unique]
    seconds = [second for _, second in pairs]
    if not all(map(lt, seconds, islice(seconds, 1, None))):
        pairs = _increasing_run(pairs)
    diffs: Diff = []
    equal_from = old_from = new_from = 0  # equal_from: where the equality not yet added starts in old
    for old_at, new_at_ in chain(pairs, ((len(old), len(new)),)):
        if old_at != old_from or new_at_ != new_from:
            old_gap, new_gap = old[old_from:old_at], new[new_from:new_at_]
            if old_gap != new_gap:
                if not old_gap:
                    parts = ((INSERT, new_gap),)
                elif not new_gap:
                    parts = ((DELETE, old_gap),)
                else:
                    parts = _small_core(old_gap, new_gap, core)
                at = old_from
                for op, code in parts:
                    if op == EQUAL:
                        at += len(code)
                        continue
                    if at > equal_from:
                        diffs.append((EQUAL, old[equal_from:at]))
                    diffs.append((op, code))
                    if op == DELETE:
                        at += len(code)
                    equal_from = at
        old_from, new_from = old_at + 1, new_at_ + 1
    if equal_from < len(old):
        diffs.append((EQUAL, old[equal_from:]))
    return diffs


def _increasing_run(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs whose second items increase (patience sorting)."""
    tops: list[int] = []  # second item ending the best run of each length
    ends: list[int] = []  # index in pairs of that end
    before: list[int] = []  # index in pairs of the previous element of the run ending here
    for index, (_, value) in enumerate(pairs):
        length = bisect_left(tops, value)
        if length == len(tops):
            tops.append(value)
            ends.append(index)
        else:
            tops[length], ends[length] = value, index
        before.append(ends[length - 1] if length else -1)
    run: list[tuple[int, int]] = []
    index = ends[-1] if ends else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]


def _diff_level(old: str, new: str, level: int, core, out: Diff, words: _WordCodes) -> None:
    """Append the diff of two texts to `out`, cutting them into the units of `level`.

    The common head and tail (cut where space meets non-space) are set aside first, so
    that only the changed middle is cut into units.
    """
    if old == new:
        out.append((EQUAL, old))
        return
    if not old or not new:
        out.append((INSERT, new) if new else (DELETE, old))
        return
    if level == _SENTENCE_LEVEL and len(old) + len(new) < _SENTENCE_LEVEL_MIN_CHARS:
        level = _WORD_LEVEL  # too short for sentences to save any work
    head, tail = _trim(old, new)
    if head:
        out.append((EQUAL, old[:head]))
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    if old_middle and new_middle:
        _diff_units(old_middle, new_middle, level, core, out, words)
    elif old_middle or new_middle:
        out.append((INSERT, new_middle) if new_middle else (DELETE, old_middle))
    if tail:
        out.append((EQUAL, old[len(old) - tail :]))


def _diff_units(old: str, new: str, level: int, core, out: Diff, words: _WordCodes) -> None:
    """Append the diff of two texts cut into the units of `level`, recursing into changed runs."""
    old_units, new_units = _LEVELS[level](old), _LEVELS[level](new)
    if level == _WORD_LEVEL and len(old_units) == 1 and len(new_units) == 1:
        out += [(DELETE, old), (INSERT, new)]  # one word for another, the commonest correction
        return
    if level == _WORD_LEVEL:
        try:
            old_code, new_code = words.encode(old_units), words.encode(new_units)
        except _AlphabetFull:
            pass  # the shared alphabet is full: this run gets an alphabet of its own
        else:
            _diff_word_codes(old_code, new_code, words, core, out)
            return
    try:
        alphabet = _Alphabet(old_units, new_units)
    except _AlphabetFull:
        out += [(DELETE, old), (INSERT, new)]
        return
    if level == _WORD_LEVEL:
        _diff_word_codes(alphabet.old, alphabet.new, alphabet, core, out)
        return
    diffs = _anchored(alphabet, core) if level == _LINE_LEVEL else core(alphabet.old, alphabet.new)
    if len(diffs) >= 3:  # the cleanup needs an edit between two equalities
        _slide_edits(diffs, alphabet)
    pieces = _pieces(diffs, old, new, old_units, new_units)
    if level == _LINE_LEVEL:
        pieces = _rejoined_paragraph_runs(pieces)
    for piece in pieces:
        if piece[0] == EQUAL:
            out.append(piece)
        elif piece[1] and piece[2]:
            _diff_level(piece[1], piece[2], level + 1, core, out, words)
        else:
            out.append((DELETE, piece[1]) if piece[1] else (INSERT, piece[2]))


def _diff_word_codes(old: str, new: str, alphabet: _Alphabet | _WordCodes, core, out: Diff) -> None:
    """Append the word diff of two code strings, cleaned up and decoded (each op decoded once)."""
    diffs = core(old, new)
    decode = alphabet.decode
    texts = [decode(code) for _, code in diffs]
    if len(diffs) >= 3:  # both cleanups need an edit or equality between two others
        before = list(diffs)
        folded = _fold_small_equalities(diffs, alphabet, list(map(len, texts)))
        if _slide_edits(diffs, alphabet) or folded:
            known = dict(zip((code for _, code in before), texts))
            texts = [known.get(code) or decode(code) for _, code in diffs]
    out += [(op, text) for (op, _), text in zip(diffs, texts)]


def _pieces(diffs: Diff, old: str, new: str, old_units: list[str], new_units: list[str]) -> list:
    """A diff of units as equal texts `(EQUAL, text)` and changed runs `[None, old, new]`.

    The texts are sliced from `old` and `new` at the units' offsets rather than decoded.
    """
    old_at = list(accumulate(map(len, old_units), initial=0))
    new_at = list(accumulate(map(len, new_units), initial=0))
    pieces: list = []
    old_unit = new_unit = 0
    run_from = None  # units where the current changed run starts in old and new

    def changed_run() -> list:
        old_from, new_from = run_from
        return [None, old[old_at[old_from] : old_at[old_unit]], new[new_at[new_from] : new_at[new_unit]]]

    for op, code in diffs:
        if op == EQUAL:
            if run_from is not None:
                pieces.append(changed_run())
                run_from = None
            end = old_unit + len(code)
            pieces.append((EQUAL, old[old_at[old_unit] : old_at[end]]))
            old_unit, new_unit = end, new_unit + len(code)
            continue
        if run_from is None:
            run_from = (old_unit, new_unit)
        if op == DELETE:
            old_unit += len(code)
        else:
            new_unit += len(code)
    if run_from is not None:
        pieces.append(changed_run())
    return pieces


def _paragraph_count(text: str) -> int:
    return sum(map(bool, map(str.strip, text.splitlines())))


def _rejoined_paragraph_runs(pieces: list) -> list:
    """Changed runs of lines, rejoined where blank lines paired the wrong paragraphs.

    When every paragraph around changed, blank lines are all the line diff can match; if one
    paragraph was also split, joined, added or removed, it may pair each paragraph with its
    neighbour's new version. So a stretch of changed runs held apart by blank lines only, in
    which some run deletes and inserts different numbers of paragraphs, is diffed as one run
    (up to a size where the word diff of it stays quick).
    """
    result: list = []
    stretch: list = []  # changed runs and the blank-line equalities between them
    changed_runs = 0  # in the stretch

    def flush() -> None:
        if changed_runs < 2:  # nothing to rejoin
            result.extend(stretch)
            stretch.clear()
            return
        first = next((at for at, piece in enumerate(stretch) if piece[0] is None), len(stretch))
        last = max((at for at, piece in enumerate(stretch) if piece[0] is None), default=first - 1)
        inner = stretch[first : last + 1]
        changed = [piece for piece in inner if piece[0] is None]
        result.extend(stretch[:first])
        if (
            len(changed) > 1
            and sum(len(piece[1]) + len(piece[2]) for piece in changed) <= _REJOIN_MAX_CHARS
            and any(_paragraph_count(piece[1]) != _paragraph_count(piece[2]) for piece in changed)
        ):
            old = "".join(piece[1] for piece in inner)
            new = "".join(piece[1] if piece[0] == EQUAL else piece[2] for piece in inner)
            result.append([None, old, new])
        else:
            result.extend(inner)
        result.extend(stretch[last + 1 :])
        stretch.clear()

    for piece in pieces:
        if piece[0] == EQUAL and not piece[1].isspace():  # equalities are never empty
            if stretch:
                flush()
                changed_runs = 0
            result.append(piece)
        else:
            stretch.append(piece)
            changed_runs += piece[0] is None
    flush()
    return result


def _normalized(diffs: Diff) -> Diff:
    """Adjacent ops of a kind merged, deletions before insertions, no empty ops."""
    result: Diff = []
    equal: list[str] = []
    deleted: list[str] = []
    inserted: list[str] = []
    for op, text in diffs:
        if not text:
            continue
        if op == EQUAL:
            if deleted or inserted:
                if deleted:
                    result.append((DELETE, "".join(deleted)))
                    deleted = []
                if inserted:
                    result.append((INSERT, "".join(inserted)))
                    inserted = []
            equal.append(text)
        else:
            if equal:
                result.append((EQUAL, "".join(equal)))
                equal = []
            (deleted if op == DELETE else inserted).append(text)
    if equal:
        result.append((EQUAL, "".join(equal)))
    if deleted:
        result.append((DELETE, "".join(deleted)))
    if inserted:
        result.append((INSERT, "".join(inserted)))
    return result


def word_diff(old: str, new: str, backend: str = "auto") -> Diff:
    """The exact word-level diff of two texts as `(op, text)` pairs: -1 delete, 0 equal, 1 insert.

    `backend` picks the core: "fast" (C++), "python" or "auto" (fast where it imports);
    every backend gives the same diff.
    """
    if not isinstance(old, str) or not isinstance(new, str):
        raise InputError("a diff needs two texts")
    core = _core(backend)
    out: Diff = []
    _diff_level(old, new, 0, core, out, _WordCodes())
    return _normalized(out)


# --- reading a diff ----------------------------------------------------------------------


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
