"""Smart selection: a dragged passage snapped to the words it covers, as word processors snap a selection.

A drag across words often catches the ", " before them and the space after; correcting that passage would
replace the comma too. The words are what the editor meant: spaces and separating punctuation at the edges
go, a word cut in half is taken whole, and what belongs to a word stays (a closing quote whose opening one
is selected, the full stop of "U.S.", a per cent sign).
"""

from __future__ import annotations

import unicodedata

OPENERS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»", "‹": "›", "„": "“",
           '"': '"', "'": "'"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
WORD_JOINERS = "'’"  # inside a word ("Ukraine’s", "don't") they join its letters


def is_word_char(char: str) -> bool:
    """Letters, digits and combining marks make up words."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _belongs_to_words(char: str) -> bool:
    """Symbols that stay at a passage's edge: currency, per cent, degrees… (they change its meaning)."""
    category = unicodedata.category(char)
    return category in ("Sc", "So", "Sm") or char in "%‰#@&°"


def _inside_word(text: str, at: int) -> bool:
    """Whether position `at` falls between two characters of one word."""
    if not 0 < at < len(text):
        return False
    before, after = text[at - 1], text[at]
    if is_word_char(before) and is_word_char(after):
        return True
    if before in WORD_JOINERS and at >= 2 and is_word_char(text[at - 2]) and is_word_char(after):
        return True
    return after in WORD_JOINERS and at + 1 < len(text) and is_word_char(before) and is_word_char(text[at + 1])


def _abbreviation_stop(text: str, start: int, end: int) -> bool:
    """Whether text[end - 1], a full stop, ends an abbreviation or an initial ("U.S.", "J.") of the passage."""
    word_start = end - 1
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:end - 1]
    return "." in word or (len(word) == 1 and word.isupper())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and separating punctuation at both edges, keeping a quote or bracket whose pair is kept."""
    while start < end:
        char = text[start]
        if is_word_char(char) or _belongs_to_words(char):
            break
        if char in OPENERS and OPENERS[char] in text[start + 1:end]:
            break
        if char == "-" and start + 1 < end and text[start + 1].isdigit():  # a minus sign: "-5"
            break
        start += 1
    while end > start:
        char = text[end - 1]
        if is_word_char(char) or _belongs_to_words(char):
            break
        if char in CLOSERS and CLOSERS[char] in text[start:end - 1]:
            break
        if char == "." and _abbreviation_stop(text, start, end):
            break
        end -= 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `text` a drag over text[start:end] meant: its words, without the spaces and punctuation
    caught at the edges, and whole words when it covers more than one. A selection of punctuation alone
    (a comma to correct) keeps that punctuation, without surrounding spaces. None if only spaces are selected.
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    words_start, words_end = _trim(text, start, end)
    if words_start >= words_end:
        return start, end
    if any(char.isspace() for char in text[words_start:words_end]):
        while _inside_word(text, words_start):
            words_start -= 1
        while _inside_word(text, words_end):
            words_end += 1
    return words_start, words_end
