"""What a correction changed, named from the word diff of its passage and replacement: "NATO → the European
Union", not the whole sentence twice. Both front ends draft version messages with it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corrections.diff import changes, word_diff
from corrections.diff.reading import Change

if TYPE_CHECKING:
    from corrections.correction import Correction

ARROW = " → "
EMPTY = "“”"
"""How an empty side reads: a passage deleted with nothing around it becomes “”."""
_WORD_BEFORE = re.compile(r"(?:\S+\s*)?$")
_WORD_AFTER = re.compile(r"^(?:\s*\S+)?")
_GLUED_BEFORE = re.compile(r"\S*$")
_GLUED_AFTER = re.compile(r"^\S*")
SHOWN_HUNKS = 2
"""A message names at most this many changes, then says there are more with "…"."""


def change_hunks(before: str, after: str) -> list[Change]:
    """The word diff's change hunks of `before` → `after`, in order."""
    return changes(word_diff(before, after))


def hunk_sides(before: str, after: str, hunk: Change) -> tuple[str, str]:
    """What one hunk replaced, each side on one line and readable on its own: a lone insertion or deletion
    takes a word of context on each side ("is raising" → "is not raising"), and a change of punctuation
    the characters it is attached to ("7-2" → "7–2")."""
    old, new = hunk.deleted, hunk.inserted
    glued = not any(ch.isalnum() for ch in old + new)
    if glued or not old.strip() or not new.strip():
        left_pattern, right_pattern = (_GLUED_BEFORE, _GLUED_AFTER) if glued else (_WORD_BEFORE, _WORD_AFTER)
        left = left_pattern.search(before[:hunk.old_start]).group()
        right = right_pattern.search(before[hunk.old_end:]).group()
        if glued and not (left or right):
            left = _WORD_BEFORE.search(before[:hunk.old_start]).group()
            right = _WORD_AFTER.search(before[hunk.old_end:]).group()
        old, new = left + old + right, left + new + right
    return _one_line(old) or EMPTY, _one_line(new) or EMPTY


def name_change(before: str, after: str, limit: int = 40) -> str:
    """The change from `before` to `after` in a few words: "NATO → the European Union". Several changes in
    passages of at most `limit` characters show the passages whole; in longer ones two changes are named,
    joined with "; ", and more end with "; …". Empty when the texts are the same."""
    if before == after:
        return ""
    hunks = change_hunks(before, after)
    whole = (_one_line(before) or EMPTY, _one_line(after) or EMPTY)
    if len(hunks) > 1 and max(len(side) for side in whole) <= limit:
        return ARROW.join(whole)
    named = [ARROW.join(_short(side, limit) for side in hunk_sides(before, after, hunk))
             for hunk in hunks[:SHOWN_HUNKS]]
    return "; ".join(named + (["…"] if len(hunks) > SHOWN_HUNKS else []))


def default_message(correction: Correction, limit: int = 80) -> str:
    """The version message a save suggests for one correction: its kind and what it changed
    ("Correction: NATO → the European Union"), or its note when it leaves the text as it was."""
    label = correction.kind.label
    if not correction.changes_text:
        return f"{label}: {_short(_one_line(correction.public_note), limit)}"
    return f"{label}: {name_change(correction.quote, correction.replacement, limit // 2)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _short(text: str, limit: int) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
