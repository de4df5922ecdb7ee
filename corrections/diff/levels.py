"""A word diff level by level: lines, then sentences inside long changed runs, then word tokens.

Each level cuts only the changed middle of its text into units, diffs their codes and hands
each changed run down to the next level.
"""

from __future__ import annotations

import re

from corrections.diff.cleanup import fold_small_equalities, slide_edits
from corrections.diff.codes import Alphabet, AlphabetFull
from corrections.diff.ends import trim
from corrections.diff.line_level import anchored, rejoined_paragraph_runs
from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff
from corrections.diff.pieces import pieces
from corrections.diff.tokens import tokenize

_SENTENCE_END = re.compile(r"(?<=[.!?;:\u3002\uff01\uff1f])([\"'\u201d\u2019)\]]*\s+)")


def _lines(text: str) -> list[str]:
    """A text cut after each line break."""
    return text.splitlines(keepends=True)


def _sentences(text: str) -> list[str]:
    """A text cut after sentence punctuation and the space that follows it."""
    parts = _SENTENCE_END.split(text)
    units = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        units.append(parts[-1])
    return units


_UNITS = (_lines, _sentences, tokenize)  # the units of each level
LINE_LEVEL, _SENTENCE_LEVEL, _WORD_LEVEL = 0, 1, 2
_SENTENCE_LEVEL_MIN_CHARS = 4000


def diff_level(old: str, new: str, level: int, core, out: Diff, words: Alphabet) -> None:
    """Append the diff of two texts to `out`, cutting them into the units of `level`.

    The common head and tail (cut where space meets non-space) are set aside first, so
    that only the changed middle is cut into units. `words` is the word alphabet shared
    by all changed runs.
    """
    if old == new:
        out.append((EQUAL, old))
        return
    if not old or not new:
        out.append((INSERT, new) if new else (DELETE, old))
        return
    if level == _SENTENCE_LEVEL and len(old) + len(new) < _SENTENCE_LEVEL_MIN_CHARS:
        level = _WORD_LEVEL  # too short for sentences to save any work
    head, tail = trim(old, new)
    if head:
        out.append((EQUAL, old[:head]))
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    if old_middle and new_middle:
        _diff_units(old_middle, new_middle, level, core, out, words)
    elif old_middle or new_middle:
        out.append((INSERT, new_middle) if new_middle else (DELETE, old_middle))
    if tail:
        out.append((EQUAL, old[len(old) - tail :]))


def _diff_units(old: str, new: str, level: int, core, out: Diff, words: Alphabet) -> None:
    """Append the diff of two texts cut into the units of `level`, recursing into changed runs."""
    old_units, new_units = _UNITS[level](old), _UNITS[level](new)
    if len(old_units) == 1 and len(new_units) == 1:  # one unit for another: nothing to match here
        if level == _WORD_LEVEL:
            out += [(DELETE, old), (INSERT, new)]  # one word for another, the commonest correction
        else:
            diff_level(old, new, level + 1, core, out, words)
        return
    if level == _WORD_LEVEL:
        try:
            old_code, new_code = words.encode(old_units, new_units)
        except AlphabetFull:
            pass  # the shared alphabet is full: this run gets an alphabet of its own
        else:
            _diff_word_codes(old_code, new_code, words, core, out)
            return
    alphabet = Alphabet()
    try:
        old_code, new_code = alphabet.encode(old_units, new_units)
    except AlphabetFull:
        out += [(DELETE, old), (INSERT, new)]
        return
    if level == _WORD_LEVEL:
        _diff_word_codes(old_code, new_code, alphabet, core, out)
        return
    diffs = anchored(old_code, new_code, core) if level == LINE_LEVEL else core(old_code, new_code)
    if len(diffs) >= 3:  # the cleanup needs an edit between two equalities
        slide_edits(diffs, alphabet)
    parts = pieces(diffs, old, new, old_units, new_units)
    if level == LINE_LEVEL:
        parts = rejoined_paragraph_runs(parts)
    for piece in parts:
        if type(piece) is str:
            out.append((EQUAL, piece))
        elif piece.old and piece.new:
            diff_level(piece.old, piece.new, level + 1, core, out, words)
        else:
            out.append((DELETE, piece.old) if piece.old else (INSERT, piece.new))


def _diff_word_codes(old: str, new: str, alphabet: Alphabet, core, out: Diff) -> None:
    """Append the word diff of two code strings, cleaned up and decoded (each op decoded once)."""
    diffs = core(old, new)
    decode = alphabet.decode
    texts = [decode(code) for _, code in diffs]
    if len(diffs) >= 3:  # both cleanups need an edit or equality between two others
        before = list(diffs)
        folded = fold_small_equalities(diffs, alphabet, list(map(len, texts)))
        if slide_edits(diffs, alphabet) or folded:
            known = dict(zip((code for _, code in before), texts))
            texts = [known.get(code) or decode(code) for _, code in diffs]
    out += [(op, text) for (op, _), text in zip(diffs, texts)]
