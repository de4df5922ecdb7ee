"""Apply pending corrections to a text: re-anchor each, refuse overlaps, splice replacements."""

from __future__ import annotations

from dataclasses import dataclass

from corrections.anchor import Anchor, locate
from corrections.correction import Correction
from corrections.errors import OverlappingCorrections


@dataclass(frozen=True)
class Placed:
    """A correction together with where its passage sits in the text being corrected."""

    correction: Correction
    anchor: Anchor


def place(text: str, corrections: list[Correction]) -> list[Placed]:
    """Locate every correction's passage in `text`, ordered by position; refuse overlaps."""
    placed = sorted(
        (Placed(c, locate(c.anchor, text)) for c in corrections),
        key=lambda p: (p.anchor.start, p.anchor.end),
    )
    for first, second in zip(placed, placed[1:]):
        if second.anchor.start < first.anchor.end:
            raise OverlappingCorrections(
                "corrections overlap: "
                f"{_describe(first.correction)} and {_describe(second.correction)} "
                "target overlapping passages; withdraw or edit one of them"
            )
    return placed


def apply_corrections(text: str, corrections: list[Correction]) -> str:
    """The text with every correction's passage replaced by its replacement."""
    return apply_placed(text, place(text, corrections))


def apply_placed(text: str, placed: list[Placed]) -> str:
    """Splice already-placed corrections into `text`, from the end so offsets stay valid."""
    for item in reversed(placed):
        text = text[: item.anchor.start] + item.correction.replacement + text[item.anchor.end:]
    return text


def _describe(correction: Correction) -> str:
    name = f"#{correction.id}" if correction.id is not None else correction.kind.label.lower()
    quote = " ".join(correction.quote.split())
    return f"{name} ({quote[:40]!r})"
