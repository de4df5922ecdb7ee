"""The line level of a word diff: lines diffed between anchors (lines found once in each text).

Between anchors the diff is minimal; over the whole text it is not always, the price of cutting
one large problem into many small ones. Changed runs that blank lines paired wrongly are rejoined.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import chain, islice
from operator import lt

from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff
from corrections.diff.pieces import ChangedRun, Piece

_IN_PLACE_MAX_CODES = 64  # gaps between anchors up to this long are first tried in place
_REJOIN_MAX_CHARS = 60_000


def positional(a: str, b: str) -> Diff | None:
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


def _small_core(a: str, b: str, core) -> Diff:
    """The core's diff of two non-empty code strings, given directly where they differ only in place.

    The commonest gaps between anchored lines are changed paragraphs between blank lines, short
    strings that do; longer ones go straight to the core.
    """
    diffs = positional(a, b) if len(a) <= _IN_PLACE_MAX_CODES else None
    return core(a, b) if diffs is None else diffs


def anchored(old: str, new: str, core) -> Diff:
    """The core's diff of two line-code strings, run between lines unique to both and kept in order.

    The anchors (patience diff's) cut one large problem into many small ones; Myers' cost grows
    with the square of the number of edits, so many scattered edits are much cheaper this way.
    """
    in_place = positional(old, new)
    if in_place is not None:
        return in_place
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


def _paragraph_count(text: str) -> int:
    """How many lines of a text are not blank."""
    return sum(map(bool, map(str.strip, text.splitlines())))


def rejoined_paragraph_runs(pieces: list[Piece]) -> list[Piece]:
    """Changed runs of lines, rejoined where blank lines paired the wrong paragraphs.

    When every paragraph around changed, blank lines are all the line diff can match; if one
    paragraph was also split, joined, added or removed, it may pair each paragraph with its
    neighbour's new version. So a stretch of changed runs held apart by blank lines only, in
    which some run deletes and inserts different numbers of paragraphs, is diffed as one run
    (up to a size where the word diff of it stays quick).
    """
    result: list[Piece] = []
    stretch: list[Piece] = []  # changed runs and the blank-line equalities between them
    changed_runs = 0  # in the stretch

    def flush() -> None:
        if changed_runs < 2:  # nothing to rejoin
            result.extend(stretch)
            stretch.clear()
            return
        runs_at = [at for at, piece in enumerate(stretch) if type(piece) is ChangedRun]
        first, last = runs_at[0], runs_at[-1]
        inner = stretch[first : last + 1]
        changed = [piece for piece in inner if type(piece) is ChangedRun]
        result.extend(stretch[:first])
        if (
            len(changed) > 1
            and sum(len(run.old) + len(run.new) for run in changed) <= _REJOIN_MAX_CHARS
            and any(_paragraph_count(run.old) != _paragraph_count(run.new) for run in changed)
        ):
            old = "".join(piece if type(piece) is str else piece.old for piece in inner)
            new = "".join(piece if type(piece) is str else piece.new for piece in inner)
            result.append(ChangedRun(old, new))
        else:
            result.extend(inner)
        result.extend(stretch[last + 1 :])
        stretch.clear()

    for piece in pieces:
        if type(piece) is str and not piece.isspace():  # equal texts are never empty
            if stretch:
                flush()
                changed_runs = 0
            result.append(piece)
        else:
            stretch.append(piece)
            changed_runs += type(piece) is ChangedRun
    flush()
    return result
