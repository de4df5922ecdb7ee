"""Passage anchors in the W3C Web Annotation style: quote, context, position.

An anchor survives edits elsewhere in the text: `locate` finds the quoted passage again
(exact match scored by its context, then diff-match-patch's fuzzy `match_main` on a short head
of the quote, verified against the whole quote) and refuses to guess when it cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from corrections.errors import AmbiguousPassage, InputError, PassageNotFound

CONTEXT_CHARS = 32
_MATCH_MAX_BITS = 32


@dataclass(frozen=True)
class Anchor:
    """TextQuoteSelector (exact, prefix, suffix) plus TextPositionSelector (start)."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.exact)

    def to_selectors(self) -> list[dict]:
        """The anchor as W3C Web Annotation selectors, for export."""
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """Anchor the span text[start:end], recording context on both sides."""
    if not 0 <= start < end <= len(text):
        raise InputError("select a passage of the article first")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
        start=start,
    )


def find_all(text: str, quote: str) -> list[int]:
    """Every start offset at which `quote` occurs in `text` (overlapping ones too)."""
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def anchor_quote(text: str, quote: str) -> Anchor:
    """Anchor the only occurrence of `quote`; refuse a missing or repeated one."""
    if not quote.strip():
        raise InputError("the quoted passage is empty")
    hits = find_all(text, quote)
    if not hits:
        raise PassageNotFound(f"passage not found in the article: {_short(quote)}")
    if len(hits) > 1:
        raise AmbiguousPassage(
            f"passage is ambiguous: {_short(quote)} occurs {len(hits)} times; quote more of it",
            len(hits),
        )
    return anchor_at(text, hits[0], hits[0] + len(quote))


def locate(anchor: Anchor, text: str) -> Anchor:
    """Find the anchored passage in a (possibly changed) text; return the anchor there.

    Raises PassageNotFound rather than guessing when the quote no longer occurs.
    """
    if text[anchor.start:anchor.end] == anchor.exact and _context_score(anchor, text, anchor.start) > 0:
        return anchor_at(text, anchor.start, anchor.end)
    hits = find_all(text, anchor.exact)
    if hits:
        best = max(hits, key=lambda at: (_context_score(anchor, text, at), -abs(at - anchor.start)))
        return anchor_at(text, best, best + len(anchor.exact))
    span = _fuzzy_span(anchor, text)
    if span is None:
        raise PassageNotFound(f"passage no longer found: {_short(anchor.exact)}")
    return anchor_at(text, *span)


def _context_score(anchor: Anchor, text: str, at: int) -> int:
    """How many characters of prefix and suffix agree around a candidate position."""
    before = text[max(0, at - len(anchor.prefix)):at]
    after = text[at + len(anchor.exact):at + len(anchor.exact) + len(anchor.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(anchor.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(after, anchor.suffix):
        if a != b:
            break
        score += 1
    return score + (1 if not anchor.prefix and not anchor.suffix else 0)


def _fuzzy_span(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Fuzzy-find the head of the quote near its old place, then verify the whole quote.

    Only whitespace may differ (a reflowed paragraph); anything else is 'not found'.
    """
    words = anchor.exact.split()
    if not words:
        return None
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.3
    dmp.Match_Distance = max(1000, len(text))
    head = " ".join(words)[:_MATCH_MAX_BITS]
    loc = dmp.match_main(text, head, min(anchor.start, len(text)))
    if loc == -1:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    window_start = max(0, loc - len(head))
    match = pattern.search(text, window_start, min(len(text), loc + len(anchor.exact) * 2 + len(head)))
    if match is None:
        return None
    return match.start(), match.end()


def _short(quote: str, limit: int = 60) -> str:
    quote = " ".join(quote.split())
    return repr(quote if len(quote) <= limit else quote[: limit - 1] + "…")
