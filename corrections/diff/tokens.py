"""Word tokens: words with their combining marks, runs of space, emoji, single symbols."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from corrections import mark_ranges


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )


def _mark_ranges() -> list[tuple[int, int]]:
    """Ranges of combining marks (categories Mn, Mc, Me): the precomputed table when it is for
    this Python's Unicode version, else the scan."""
    if unicodedata.unidata_version == mark_ranges.UNICODE_VERSION:
        return list(mark_ranges.MARK_RANGES)
    return _scan_mark_ranges()


def _scan_mark_ranges() -> list[tuple[int, int]]:
    """Ranges of combining marks found by asking unicodedata; they live in planes 0, 1 and 14."""
    ranges: list[tuple[int, int]] = []
    for lo, hi in ((0, 0x20000), (0xE0000, 0xE1000)):
        start = None
        for code in range(lo, hi):
            if unicodedata.category(chr(code))[0] == "M":
                if start is None:
                    start = code
            elif start is not None:
                ranges.append((start, code - 1))
                start = None
        if start is not None:
            ranges.append((start, hi - 1))
    return ranges


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    marks = _char_class(_mark_ranges())
    # What clings to the character before it: marks, skin tones, emoji tag characters.
    clinging = marks + "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
    # Scripts written without spaces between words: one token per character.
    unspaced = (
        "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
        "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
    )
    word = f"[^\\W{unspaced}]+(?:[{marks}]+[^\\W{unspaced}]*)*"
    return re.compile(
        r"\d+(?:[.,]\d+)+"  # a number with separators (48,000; 3.5) is one word
        f"|{word}"
        r"|\s+"
        f"|[{unspaced}][{clinging}]*"
        "|[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
        f"|.(?:[{clinging}]|\u200d[^\\s])*",  # any other character, emoji ZWJ sequences
        re.DOTALL,
    )


_ASCII_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)+|[A-Za-z0-9_]+|\s+|.", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """The word tokens of a text; joined, they give the text back."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text)
    return _token_pattern().findall(text)


def is_word(token: str) -> bool:
    """Whether a token counts as a word (letters or digits) rather than space or punctuation."""
    return token[:1].isalnum() or token[:1] == "_"
