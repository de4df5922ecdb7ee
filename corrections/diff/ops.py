"""The ops of a diff, in diff-match-patch's convention, and the type of a diff."""

from __future__ import annotations

DELETE, EQUAL, INSERT = -1, 0, 1
Diff = list[tuple[int, str]]
