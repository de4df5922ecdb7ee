"""Readability cleanups of a word diff's code strings: small equalities folded, lone edits slid.

Both keep the diff exact and depend only on the core's output, which is the same for every
backend, so every backend gives the same diff.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corrections.diff.backends import DMP
from corrections.diff.codes import Alphabet
from corrections.diff.ends import common_length
from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff

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


def slide_edits(diffs: Diff, alphabet: Alphabet) -> bool:
    """Slide each lone edit between two equalities to its most natural unit boundary.

    diff-match-patch's lossless cleanup, a unit at a time. Returns whether any edit moved.
    """
    moved = False

    def score(left: str, right: str) -> int:
        return _boundary_score(alphabet.decode(left[-2:]), alphabet.decode(right[:2]))

    pointer = 1
    while pointer < len(diffs) - 1:
        if diffs[pointer - 1][0] == EQUAL and diffs[pointer + 1][0] == EQUAL:
            equality1, edit, equality2 = diffs[pointer - 1][1], diffs[pointer][1], diffs[pointer + 1][1]
            common = common_length(equality1, edit, from_end=True)
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


class _Edits(NamedTuple):
    """An edit block on the fold stack: diffs[start:end], its equalities both deleted and inserted."""

    start: int
    end: int
    deleted: int  # characters
    inserted: int


def fold_small_equalities(diffs: Diff, alphabet: Alphabet, lengths: list[int]) -> bool:
    """Fold each equality of at most one word, no longer than the edits on both sides, into them.

    diff-match-patch's semantic cleanup (lengths in characters), sparing equalities of two or
    more words, which a reader wants to see kept. It runs on blocks (an equality, or all the
    edits between two equalities) kept on a stack: an edit block folds the equality before it
    into the edits before that, again and again, so folding many equalities stays linear.
    `lengths` are the ops' lengths in characters. Returns whether anything folded.
    """
    words = alphabet.words
    stack: list[int | _Edits] = []  # an equality as its index in diffs, or an edit block
    changed = False
    count = len(diffs)
    at = 0
    while at < count:
        if diffs[at][0] == EQUAL:
            stack.append(at)
            at += 1
            continue
        start = at
        deleted = inserted = 0
        while at < count and (op := diffs[at][0]) != EQUAL:
            if op == DELETE:
                deleted += lengths[at]
            else:
                inserted += lengths[at]
            at += 1
        # The edits diffs[start:at]; each fold takes in the equality and the edit block below them.
        while len(stack) >= 2 and type(stack[-1]) is int and type(stack[-2]) is _Edits:
            equality_at, edits = stack[-1], stack[-2]
            equality = lengths[equality_at]
            if not (
                equality <= max(edits.deleted, edits.inserted)
                and equality <= max(deleted, inserted)
                and words(diffs[equality_at][1]) <= _MAX_FOLDED_WORDS
            ):
                break
            del stack[-2:]
            start = edits.start
            deleted += edits.deleted + equality
            inserted += edits.inserted + equality
            changed = True
        stack.append(_Edits(start, at, deleted, inserted))
    if not changed:
        return False
    folded: Diff = []
    for block in stack:
        if type(block) is int:
            folded.append(diffs[block])
            continue
        run = diffs[block.start : block.end]
        deleted_codes = "".join([code for op, code in run if op != INSERT])
        inserted_codes = "".join([code for op, code in run if op != DELETE])
        if deleted_codes:
            folded.append((DELETE, deleted_codes))
        if inserted_codes:
            folded.append((INSERT, inserted_codes))
    if not _merge_changes_nothing(folded):
        DMP.diff_cleanupMerge(folded)
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
