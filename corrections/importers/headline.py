"""The headline an import proposes: the first short title-like line above the story, never a paragraph.

A text that opens straight with its story has no headline line; its first sentence, cut short at
a word, is proposed instead, for the editor to replace.
"""

from __future__ import annotations

import re

from .furniture import headline_like

PROPOSAL_MAX_CHARS = 80
FALLBACK = "Untitled article"
_BYLINE = re.compile(r"(by|von|par|por)\s+\S", re.IGNORECASE)
_SENTENCE = re.compile(r"(.+?[.!?])['\"”’)]*(\s|$)")
_MARKS = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")


def propose_headline(text: str, fallback: str = FALLBACK) -> str:
    """The first title-like line before the story starts (a byline is skipped), else the story's
    first sentence, shortened at a word to at most PROPOSAL_MAX_CHARS characters."""
    for raw in text.splitlines():
        line = " ".join(_MARKS.sub("", raw).split())
        if not any(ch.isalnum() for ch in line):
            continue
        if _BYLINE.match(line) and len(line.split()) <= 8:
            continue
        if headline_like(line):
            return line[:200]
        return shortened(line)
    return fallback


def shortened(line: str) -> str:
    """A line's first sentence, cut at a word with '…' when longer than PROPOSAL_MAX_CHARS."""
    sentence = _SENTENCE.match(line)
    first = sentence.group(1) if sentence else line
    if len(first) <= PROPOSAL_MAX_CHARS:
        return first.rstrip(".")
    cut = first[:PROPOSAL_MAX_CHARS + 1].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + "…"
