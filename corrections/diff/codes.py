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
    gives each run the diff its own alphabet would.
    """

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._points = chain(range(1, 0xD800), range(0xE000, 0x110000))
        self._code_of: dict[str, str] = {}
        self._unit_of: dict[str, str] = {}
        self._word_flags: dict[str, bool] | None = None  # whether a code's unit is a word, once asked

    def encode(self, old_units: list[str], new_units: list[str]) -> tuple[str, str]:
        """The code strings of two lists of units, the old version's and the new one's.

        Raises AlphabetFull when codes run out, after giving codes to the units that still fitted.
        """
        if not self._code_of:
            self._fill(dict.fromkeys(chain(old_units, new_units)))
        return self._encode(old_units), self._encode(new_units)

    def _encode(self, units: list[str]) -> str:
        """The code string of a list of units, giving codes to those still without one."""
        code_of = self._code_of
        try:
            return "".join(map(code_of.__getitem__, units))
        except KeyError:
            self._add_each([unit for unit in units if unit not in code_of])
        return "".join(map(code_of.__getitem__, units))

    def _fill(self, distinct: dict[str, None]) -> None:
        """Give codes to the distinct units of a fresh alphabet all at once (quicker for many)."""
        code_of = self._code_of
        code_of.update(zip(islice(distinct, self._capacity), map(chr, self._points)))
        self._unit_of.update(zip(code_of.values(), code_of))
        if self._word_flags is not None:
            self._word_flags.update(zip(code_of.values(), map(is_word, code_of)))
        if len(distinct) > len(code_of):
            raise AlphabetFull

    def _add_each(self, units: list[str]) -> None:
        """Give a code to each unit still without one, in order (quicker for a few)."""
        code_of, unit_of, flags = self._code_of, self._unit_of, self._word_flags
        for unit in units:
            if unit in code_of:  # new to the alphabet, but repeated in these units
                continue
            if len(code_of) >= self._capacity:
                raise AlphabetFull
            code = chr(next(self._points))
            code_of[unit] = code
            unit_of[code] = unit
            if flags is not None:
                flags[code] = is_word(unit)

    def decode(self, code: str) -> str:
        """The text a code string stands for."""
        return "".join(map(self._unit_of.__getitem__, code))

    def words(self, code: str) -> int:
        """How many of the units a code string stands for are words.

        The word flags are made on the first call (a line alphabet never needs them), then kept.
        """
        if self._word_flags is None:
            self._word_flags = dict(zip(self._unit_of, map(is_word, self._unit_of.values())))
        return sum(map(self._word_flags.__getitem__, code))
