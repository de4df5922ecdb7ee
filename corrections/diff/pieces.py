"""A diff of units read back as texts: the stretches found in both, and the runs that changed."""

from __future__ import annotations

from itertools import accumulate
from typing import NamedTuple

from corrections.diff.ops import DELETE, EQUAL, Diff


class ChangedRun(NamedTuple):
    """A stretch that changed: its text in the old version and in the new one (either may be empty)."""

    old: str
    new: str


Piece = str | ChangedRun  # a text found in both versions, or a changed run


def pieces(diffs: Diff, old: str, new: str, old_units: list[str], new_units: list[str]) -> list[Piece]:
    """A diff of units as equal texts and changed runs, in order.

    The texts are sliced from `old` and `new` at the units' offsets rather than decoded.
    """
    old_at = list(accumulate(map(len, old_units), initial=0))
    new_at = list(accumulate(map(len, new_units), initial=0))
    result: list[Piece] = []
    old_unit = new_unit = 0
    run_from = None  # units where the current changed run starts in old and new

    def changed_run() -> ChangedRun:
        old_from, new_from = run_from
        return ChangedRun(old[old_at[old_from] : old_at[old_unit]], new[new_at[new_from] : new_at[new_unit]])

    for op, code in diffs:
        if op == EQUAL:
            if run_from is not None:
                result.append(changed_run())
                run_from = None
            end = old_unit + len(code)
            result.append(old[old_at[old_unit] : old_at[end]])
            old_unit, new_unit = end, new_unit + len(code)
            continue
        if run_from is None:
            run_from = (old_unit, new_unit)
        if op == DELETE:
            old_unit += len(code)
        else:
            new_unit += len(code)
    if run_from is not None:
        result.append(changed_run())
    return result
