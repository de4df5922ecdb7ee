"""Three-way merge at word level, diff3-style: rebases an editor's offline version onto a colleague's.

`parent` is the version both started from, `theirs` the colleague's version already on the server,
`mine` the editor's. Each side's word diff from the parent is a list of edits, parent spans
[start, end) replaced by some text (an insertion has start == end). Edits of the two sides join
one hunk when their spans overlap, when both insert at one offset, or when one inserts strictly
inside a span the other replaced; edits that merely abut, and an insertion at either end of the
other side's replaced span, stay apart and apply in parent order. A hunk one side changed takes
that side, a hunk both changed to the same text takes it once, any other is a `Conflict`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from corrections.diff import changes, word_diff
from corrections.diff.ops import Diff
from corrections.errors import InputError

THEIRS, MINE = 0, 1
_Edit = tuple[int, int, int, str]  # parent start, parent end, side, inserted text


@dataclass(frozen=True)
class Conflict:
    """A parent span both sides changed differently, with what each side and the parent have there."""

    parent_start: int
    parent_end: int
    theirs: str
    mine: str
    parent: str


@dataclass(frozen=True)
class MergeResult:
    """The merged text, or None with the conflicts that stopped the merge."""

    text: str | None
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        """Whether the merge needed no one to choose between the sides."""
        return not self.conflicts


def merge3(parent: str, theirs: str, mine: str) -> MergeResult:
    """Both sides' changes to the parent in one text, or the conflicts where they disagree."""
    edits = sorted(
        (change.old_start, change.old_end, side, change.inserted)
        for side, version in ((THEIRS, theirs), (MINE, mine))
        for change in changes(word_diff(parent, version))
    )
    pieces: list[str] = []
    conflicts: list[Conflict] = []
    at = 0
    for hunk in _hunks(edits):
        start, end = hunk[0][0], max(edit[1] for edit in hunk)
        texts = [_side_text(parent, start, end, [e for e in hunk if e[2] == side]) for side in (THEIRS, MINE)]
        sides = {edit[2] for edit in hunk}
        if len(sides) == 2 and texts[THEIRS] != texts[MINE]:
            conflicts.append(Conflict(start, end, texts[THEIRS], texts[MINE], parent[start:end]))
        pieces += [parent[at:start], texts[sides.pop()]]
        at = end
    pieces.append(parent[at:])
    return MergeResult(None if conflicts else "".join(pieces), tuple(conflicts))


def _hunks(edits: list[_Edit]) -> Iterator[list[_Edit]]:
    """Edits sorted by parent span, grouped where the two sides' order would be ambiguous."""
    hunk: list[_Edit] = []
    reach = [-1, -1]  # per side, the furthest end of its non-empty spans in the hunk
    inserted_at: list[int | None] = [None, None]  # per side, its last insertion point in the hunk
    for edit in edits:
        start, end, side, _ = edit
        other = 1 - side
        if hunk and not (start < reach[other] or (start == end and inserted_at[other] == start)):
            yield hunk
            hunk, reach, inserted_at = [], [-1, -1], [None, None]
        hunk.append(edit)
        if end > start:
            reach[side] = max(reach[side], end)
        else:
            inserted_at[side] = start
    if hunk:
        yield hunk


def _side_text(parent: str, start: int, end: int, edits: list[_Edit]) -> str:
    """What one side has over the parent's [start, end), given its edits there."""
    pieces: list[str] = []
    at = start
    for edit_start, edit_end, _, text in edits:
        pieces += [parent[at:edit_start], text]
        at = edit_end
    pieces.append(parent[at:end])
    return "".join(pieces)


def carry_offset(diff: Diff, offset: int, *, side: str = "after") -> int:
    """Map a character offset in a diff's old text to the new text.

    An offset inside a deleted run maps to where the deletion was; `side` decides ties at an
    insertion point: 'before' or 'after' the inserted text. An offset strictly inside a replaced
    run is at its insertion point too; one at either end of it stays on its side of the replacement.
    """
    if side not in ("before", "after"):
        raise InputError(f"side must be 'before' or 'after', not {side!r}")
    shift = 0
    for change in changes(diff):
        if offset < change.old_start or offset == change.old_start < change.old_end:
            break
        if offset < change.old_end or offset == change.old_start == change.old_end:
            return change.new_start if side == "before" else change.new_end
        shift = change.new_end - change.old_end
    return offset + shift


def carry_span(diff: Diff, start: int, end: int) -> tuple[int, int] | None:
    """Map a span of the old text to the new text; None when any character of it was deleted or replaced.

    A None span no longer exists as it was. Text inserted at either end stays outside the span,
    text inserted strictly inside widens it; an empty span maps to `carry_offset` of its offset.
    """
    if start == end:
        point = carry_offset(diff, start)
        return point, point
    if any(c.old_start < end and start < c.old_end and c.old_start < c.old_end for c in changes(diff)):
        return None
    return carry_offset(diff, start, side="after"), carry_offset(diff, end, side="before")
