"""Newsroom page furniture that extraction sometimes lets through, as a small set of named rules.

Applied only to text extracted from HTML: reader footers ("To suggest a correction ... press
Ctrl + Enter"), share buttons, advertising labels, and related-story headings with the teaser
headlines listed under them. Plain-text and Word articles are never filtered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

READER_FOOTER = re.compile(
    r"suggest a correction|press\s+ctrl\s*\+\s*enter|(report|spotted) an? (typo|error|mistake)"
    r"|all rights reserved|(sign up|subscribe) (for|to) (our|the) [\w ]*newsletter",
    re.IGNORECASE,
)
"""Lines a site puts under every story: correction requests, copyright, newsletter sign-ups."""

PAGE_FURNITURE = re.compile(
    r"(share( this( article| story| page)?)?( on (facebook|twitter|x|linkedin|whatsapp|email))?"
    r"|tweet|e-?mail|print|copy link|facebook|twitter|linkedin|whatsapp|advertisement|advert"
    r"|sponsored( content)?|continue reading|skip to (main )?content|comments?( \(\d+\))?)[.:!]?",
    re.IGNORECASE,
)
"""Whole blocks that are a button or label, never a sentence of the story."""

RELATED_HEADING = re.compile(
    r"(related( stories| articles| news| coverage| content| links| reading)?"
    r"|other topics of interest|more (on this (story|topic)|stories|news|from [\w .'&-]{1,40})"
    r"|read (more|next|also)|see also|you (may|might) also (like|be interested in)"
    r"|recommended( for you| reading| stories)?|most (read|popular|viewed)|trending( now)?"
    r"|top stories|latest (news|stories))\s*:?",
    re.IGNORECASE,
)
"""Headings that introduce a list of links to other stories."""

FOOTER_MAX_WORDS = 60
TEASER_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Block:
    """One extracted paragraph and what kind of element it came from: p, head, item, quote, row."""

    kind: str
    text: str


def drop_furniture(blocks: list[Block]) -> list[Block]:
    """The blocks without reader footers, buttons, and related-story headings with their teasers."""
    kept: list[Block] = []
    in_related = False
    for block in blocks:
        if RELATED_HEADING.fullmatch(block.text):
            in_related = True
            continue
        if in_related and _teaser(block):
            continue
        in_related = False
        if PAGE_FURNITURE.fullmatch(block.text) or _reader_footer(block):
            continue
        kept.append(block)
    return kept


def _teaser(block: Block) -> bool:
    """A linked headline listed under a related-stories heading: short, not a full sentence."""
    if block.kind == "item":
        return True
    return len(block.text.split()) <= TEASER_MAX_WORDS and not _SENTENCE_END.search(block.text)


def _reader_footer(block: Block) -> bool:
    return len(block.text.split()) <= FOOTER_MAX_WORDS and bool(READER_FOOTER.search(block.text))
