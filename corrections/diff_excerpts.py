"""The changed passages of a diff with a few words around each, for a reader who needs what changed,
not the whole text again (the audit report shows each version this way)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corrections.diff import DELETE, EQUAL, Diff, new_text

CONTEXT_WORDS = 12
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Excerpt:
    """One changed passage: the diff's ops with their context trimmed, the new text's paragraph it
    starts in (1-based), and whether text of that paragraph was left out before or after it."""

    paragraph: int
    parts: tuple[tuple[int, str], ...]
    cut_before: bool
    cut_after: bool


def excerpts(diff: Diff, context: int = CONTEXT_WORDS) -> list[Excerpt]:
    """Each run of changes with up to `context` words of its own paragraph on either side; changes
    closer than twice that in one paragraph share an excerpt."""
    starts, at = [], 0  # where each op starts in the new text
    for op, text in diff:
        starts.append(at)
        at += len(text) if op != DELETE else 0
    runs: list[tuple[int, int]] = []  # the first and last change op of each excerpt
    first = last = None
    for index, (op, text) in enumerate(diff):
        if op != EQUAL:
            first, last = index if first is None else first, index
        elif first is not None and (len(_WORD.findall(text)) > 2 * context or _PARAGRAPH_BREAK.search(text)):
            runs.append((first, last))
            first = None
    if first is not None:
        runs.append((first, last))
    whole = new_text(diff)
    found = []
    for first, last in runs:
        before, cut_before = _tail(diff[first - 1][1], context) if first else ("", False)
        after, cut_after = _head(diff[last + 1][1], context) if last + 1 < len(diff) else ("", False)
        paragraph = 1 + len(_PARAGRAPH_BREAK.findall(whole[:starts[first] - len(before)].lstrip()))
        parts = ([(EQUAL, before)] if before else []) + list(diff[first:last + 1]) + ([(EQUAL, after)] if after else [])
        found.append(Excerpt(paragraph, tuple(parts), cut_before, cut_after))
    return found


def _head(text: str, words: int) -> tuple[str, bool]:
    """The start of an equal run up to its paragraph's end and at most `words` words; whether some was cut."""
    paragraph = _PARAGRAPH_BREAK.split(text, maxsplit=1)[0]
    found = list(_WORD.finditer(paragraph))
    if len(found) <= words:
        return paragraph.rstrip(), False
    return paragraph[:found[words - 1].end()] if words else "", True


def _tail(text: str, words: int) -> tuple[str, bool]:
    """The end of an equal run from its paragraph's start and at most `words` words; whether some was cut."""
    paragraph = _PARAGRAPH_BREAK.split(text)[-1]
    found = list(_WORD.finditer(paragraph))
    if len(found) <= words:
        return paragraph.lstrip(), False
    return paragraph[found[-words].start():] if words else "", True
