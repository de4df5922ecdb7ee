"""Units of text standing for code points, so diff-match-patch diffs lists of units as strings."""

from __future__ import annotations

from itertools import chain, islice

from corrections.diff.tokens import is_word

# Code points a unit can be mapped to: all of Unicode but NUL and the surrogates.
CAPACITY = 0x110000 - 1 - 0x800


class AlphabetFull(Exception):
    """More distinct units than there are code points to stand for them."""


class Alphabet:
    """Distinct units, each standing for one code point, given out in the order units first appear.

    Diff-match-patch compares codes only for equality, so one alphabet shared by many changed runs
    gives each run the diff its own alphabet would. It keeps each code's word flag for the cleanups.
    """

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._points = chain(range(1, 0xD800), range(0xE000, 0x110000))
        self._codes: dict[str, str] = {}
        self._units: dict[str, str] = {}
        self._is_word: dict[str, bool] = {}

    def encode(self, units: list[str]) -> str:
        """The code string of a list of units.

        Raises AlphabetFull when codes run out, after giving codes to the units that still fitted.
        """
        codes = self._codes
        try:
            return "".join(map(codes.__getitem__, units))
        except KeyError:
            pass
        new_units = [unit for unit in dict.fromkeys(units) if unit not in codes]
        room = self._capacity - len(codes)
        fitting = new_units[:room]
        new_codes = list(map(chr, islice(self._points, len(fitting))))
        codes.update(zip(fitting, new_codes))
        self._units.update(zip(new_codes, fitting))
        self._is_word.update(zip(new_codes, map(is_word, fitting)))
        if len(new_units) > room:
            raise AlphabetFull
        return "".join(map(codes.__getitem__, units))

    def decode(self, code: str) -> str:
        """The text a code string stands for."""
        return "".join(map(self._units.__getitem__, code))

    def words(self, code: str) -> int:
        """How many of the units a code string stands for are words."""
        return sum(map(self._is_word.__getitem__, code))
