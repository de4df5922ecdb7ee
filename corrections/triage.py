"""Triage of a change: a style fix readers need not be told about, or a change of substance that needs a notice.

Style: capital letters, punctuation, spacing, typographic quotes and dashes, and spelling (a small edit within
one word that is not a name, keeping its first letter). Substance: anything else, named by what it touches
first: a number, a negation, quotation marks or words inside a quotation, a date, a symbol, a name, the wording.
When in doubt it says substance, since a correction wrongly kept silent costs more than a notice too many.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from corrections.change_summary import ARROW, change_hunks, hunk_sides, name_change
from corrections.diff.reading import Change

STYLE = "style"
SUBSTANCE = "substance"
UNCHANGED = "unchanged"

CASE, PUNCTUATION, SPACING, TYPOGRAPHY, SPELLING = "case", "punctuation", "spacing", "typography", "spelling"
STYLE_ASPECTS = (CASE, PUNCTUATION, SPELLING, SPACING, TYPOGRAPHY)
"""What a style fix may change, in the order a reason names them."""
NUMBER, NEGATION, QUOTE_MARKS, QUOTATION, DATE, SYMBOL, NAME, WORDING = (
    "number", "negation", "quote-marks", "quotation", "date", "symbol", "name", "wording")

REASONS = {
    CASE: "capital letters",
    PUNCTUATION: "punctuation",
    SPELLING: "spelling",
    SPACING: "spacing",
    TYPOGRAPHY: "typographic quotes or dashes",
    NUMBER: "a number changes",
    NEGATION: "a negation is added or removed",
    QUOTE_MARKS: "quotation marks are added or removed",
    QUOTATION: "words inside a quotation change",
    DATE: "a date changes",
    SYMBOL: "a symbol changes",
    NAME: "a name changes",
    WORDING: "the wording changes",
}
"""Each code as a reason reads in English (the window has its own translated phrases)."""

_TYPOGRAPHIC = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": "'", "›": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "…": "...",
})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|cannot|without)\b|n't\b",
                       re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_DATE_WORDS = frozenset("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    yesterday today tomorrow tonight
""".split())
_SHORTEST_MISSPELLED = 5
"""Shorter words changed by a letter are more often other words ("form"/"from", "lose"/"lost") than typos."""


@dataclass(frozen=True)
class Triage:
    """The verdict on one change (STYLE, SUBSTANCE or UNCHANGED), its reasons as codes and the change named."""

    verdict: str
    reasons: tuple[str, ...] = ()
    change: str = ""
    """What changed, as `name_change` names it: "Eastern → eastern"."""

    @property
    def is_style(self) -> bool:
        return self.verdict == STYLE

    @property
    def why(self) -> str:
        """Why, in English: "only capital letters", "a name changes"."""
        if self.verdict == UNCHANGED:
            return "the text is unchanged"
        if self.is_style:
            return "only " + " and ".join(REASONS[code] for code in self.reasons)
        return REASONS[self.reasons[0]]

    @property
    def reason(self) -> str:
        """Why, with what changed: "only capital letters (Eastern → eastern)"."""
        return f"{self.why} ({self.change})" if self.change else self.why


def classify(before: str, after: str) -> Triage:
    """Whether changing `before` to `after` is a style fix or a change of substance, and why."""
    if before == after:
        return Triage(UNCHANGED)
    change = name_change(before, after)
    old, new = typographic(before), typographic(after)
    if _numbers(old) != _numbers(new):
        return Triage(SUBSTANCE, (DATE if _dated_number(before, after) else NUMBER,), change)
    for code, measure in ((NEGATION, _negations), (QUOTE_MARKS, _quote_marks)):
        if measure(old) != measure(new):
            return Triage(SUBSTANCE, (code,), change)
    aspects: set[str] = set()
    for hunk in change_hunks(before, after):
        found = _hunk_aspects(before, hunk)
        if isinstance(found, str):
            return Triage(SUBSTANCE, (found,), ARROW.join(hunk_sides(before, after, hunk)))
        aspects |= found
    return Triage(STYLE, tuple(code for code in STYLE_ASPECTS if code in aspects) or (SPACING,), change)


def typographic(text: str) -> str:
    """`text` with typographic quotes, apostrophes, dashes, ellipses and fixed spaces in their plain forms."""
    return text.translate(_TYPOGRAPHIC)


def _hunk_aspects(before: str, hunk: Change) -> set[str] | str:
    """The style aspects one hunk changes, or the substance code that makes it more than style."""
    old, new = hunk.deleted, hunk.inserted
    aspects: set[str] = set()
    letters = False
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        x, y = old[a0:a1], new[b0:b1]
        if typographic(x) == typographic(y):
            aspects.add(SPACING if not (x + y).strip() else TYPOGRAPHY)
        elif tag == "replace" and len(x) == len(y) and x.casefold() == y.casefold():
            aspects.add(CASE)
        else:
            for ch in x + y:
                category = unicodedata.category(ch)
                if ch.isspace():
                    aspects.add(SPACING)
                elif category.startswith("P"):
                    aspects.add(PUNCTUATION)
                elif category.startswith("S"):
                    return SYMBOL
                else:
                    letters = True
    if not letters:
        return aspects
    return _word_aspects(before, hunk, aspects)


def _word_aspects(before: str, hunk: Change, aspects: set[str]) -> set[str] | str:
    """A hunk that changes letters is style only when each changed word is its own case or spelling fix."""
    old_words = _WORD.findall(typographic(hunk.deleted).replace("'", ""))
    new_words = _WORD.findall(typographic(hunk.inserted).replace("'", ""))
    if len(old_words) != len(new_words):
        if "".join(old_words).casefold() == "".join(new_words).casefold():
            return aspects | {SPACING}
        return _substance(before, hunk, old_words + new_words)
    for x, y in zip(old_words, new_words):
        if x == y:
            continue
        if x.casefold() == y.casefold():
            aspects.add(CASE)
        elif not (_is_name(x) or _is_name(y)) and is_misspelling(x, y):
            aspects.add(SPELLING)
        else:
            return _substance(before, hunk, [x, y])
    return aspects


def _substance(before: str, hunk: Change, words: list[str]) -> str:
    """What a change of substance touches: a quotation, a date, a name, or else the wording."""
    if _quote_marks(typographic(before[:hunk.old_start])) % 2:
        return QUOTATION
    if any(word.casefold() in _DATE_WORDS for word in words):
        return DATE
    if any(_is_name(word) for word in words):
        return NAME
    return WORDING


def is_misspelling(old: str, new: str) -> bool:
    """Whether `new` is `old` respelled: one letter added, dropped, changed or swapped with its neighbour (two
    added or dropped in a long word), same first letter, no digits, neither shorter than five letters."""
    old, new = old.casefold(), new.casefold()
    if old[:1] != new[:1] or any(ch.isdigit() for ch in old + new):
        return False
    if min(len(old), len(new)) < _SHORTEST_MISSPELLED:
        return False
    distance = _edit_distance(old, new)
    if distance == 1:
        return True
    longer, shorter = (old, new) if len(old) > len(new) else (new, old)
    return distance == 2 and len(longer) - len(shorter) == 2 and len(longer) >= 8 and _is_subsequence(shorter, longer)


def _dated_number(before: str, after: str) -> bool:
    """Whether the first changed number stands next to a month or weekday ("June 5" → "June 6")."""
    for hunk in change_hunks(before, after):
        if any(ch.isdigit() for ch in hunk.deleted + hunk.inserted):
            near = _WORD.findall(before[:hunk.old_start])[-1:] + _WORD.findall(before[hunk.old_end:])[:1]
            return any(word.casefold() in _DATE_WORDS for word in near)
    return False


def _is_name(word: str) -> bool:
    return word[:1].isupper()


def _numbers(text: str) -> list[str]:
    """The numbers in `text` by value as written: "48,000" and "48000" alike, "4.8" and "48" not."""
    return [token.replace(",", "") if _THOUSANDS.fullmatch(token) else token for token in _NUMBER.findall(text)]


def _negations(text: str) -> Counter:
    return Counter(match.casefold().replace("n't", "not") for match in _NEGATION.findall(text))


def _quote_marks(text: str) -> int:
    return text.count('"')


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with swaps of neighbouring letters counting as one edit (optimal string alignment)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def style_reason(before: str, after: str) -> str:
    """The reason a style fix records when the editor gives none: triage's, when triage agrees it is one
    ("Only capital letters (Eastern → eastern)"); empty otherwise, since triage's reason would contradict it."""
    triage = classify(before, after)
    return triage.reason[:1].upper() + triage.reason[1:] if triage.is_style else ""
