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
lines, then sentences inside long changed runs of lines, then tokens inside each changed run.
The line level is anchored on the lines found once in each text, kept in order (patience
diff's anchors): its diff is minimal between anchors, not over the whole text, since keeping
a moved unique line can cost lines a minimal diff would have kept. The sentence and token
levels' diffs are minimal in their units, before the cleanups below. The levels make large
texts fast, at the price of not matching words across unchanged lines, which a reader does
not expect anyway. Where blank lines paired the wrong paragraphs (every paragraph around
changed and one was also split, joined, added or removed), the stretch is diffed as one run,
up to 60,000 characters. One hard limit: a changed run with more distinct units than Unicode
has code points (1.1 million: megabytes of distinct words in one changed paragraph) comes out
whole, as one deletion and one insertion.

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

from corrections.diff.backends import BACKENDS, available_backends, core_for
from corrections.diff.codes import Alphabet
from corrections.diff.levels import LINE_LEVEL, diff_level
from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff
from corrections.diff.reading import Change, DiffStats, change_count, changes, diff_stats, new_text, old_text
from corrections.diff.tokens import is_word, tokenize
from corrections.errors import InputError

__all__ = [
    "BACKENDS",
    "DELETE",
    "EQUAL",
    "INSERT",
    "Change",
    "Diff",
    "DiffStats",
    "available_backends",
    "change_count",
    "changes",
    "diff_stats",
    "is_word",
    "new_text",
    "old_text",
    "tokenize",
    "word_diff",
]


def word_diff(old: str, new: str, backend: str = "auto") -> Diff:
    """The exact word-level diff of two texts as `(op, text)` pairs: -1 delete, 0 equal, 1 insert.

    `backend` picks the core: "fast" (C++), "python" or "auto" (fast where it imports);
    every backend gives the same diff.
    """
    if not isinstance(old, str) or not isinstance(new, str):
        raise InputError("a diff needs two texts")
    core = core_for(backend)
    out: Diff = []
    diff_level(old, new, LINE_LEVEL, core, out, Alphabet())  # one word alphabet for every changed run
    return _normalized(out)


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
