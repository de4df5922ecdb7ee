"""Choosing which left-out page text to keep when importing a page, without changing its order.

The page is loaded once with `keep_removed=True`, so every block extraction left out already
stands in the text where it stood on the page; keeping a block means leaving it there, and
leaving one out means taking it away again. Nothing is ever re-inserted by guesswork.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection

from PySide6.QtCore import QCoreApplication

from corrections.article import normalize_text
from corrections.importers import LoadedArticle

_REMOVED_NOTE_STARTS = ("kept ", "left out ")


def _key(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class ImportChoice:
    """A loaded article as paragraphs, with where each left-out block sits among them."""

    source: LoadedArticle
    paragraphs: tuple[str, ...]
    removed_at: tuple[int | None, ...]
    """For each of `source.removed_blocks`, its paragraph index, or None if it is not in the text."""

    @classmethod
    def of(cls, loaded: LoadedArticle) -> "ImportChoice":
        """Find each left-out block in the text, in page order (a block absent from it cannot be kept)."""
        paragraphs = tuple(loaded.text.strip("\n").split("\n\n"))
        keys = [_key(p) for p in paragraphs]
        places: list[int | None] = []
        start = 0
        for block in loaded.removed_blocks:
            wanted = _key(block)
            found = next((i for i in range(start, len(keys)) if keys[i] == wanted), None)
            places.append(found)
            if found is not None:
                start = found + 1
        return cls(loaded, paragraphs, tuple(places))

    @property
    def removed_blocks(self) -> list[str]:
        """The page text the importer left out, in page order, as the editor may tick it."""
        return list(self.source.removed_blocks)

    def can_keep(self, block: int) -> bool:
        """Whether the left-out block was found in the text, so keeping it has a place."""
        return self.removed_at[block] is not None

    def text_with(self, keep: Collection[int]) -> tuple[str, list[tuple[int, int]]]:
        """The article text keeping the blocks numbered in `keep`, and where each kept block lies in it."""
        keep = set(keep)
        dropped = {at for block, at in enumerate(self.removed_at) if at is not None and block not in keep}
        kept_at = {at for block, at in enumerate(self.removed_at) if at is not None and block in keep}
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        offset = 0
        for index, paragraph in enumerate(self.paragraphs):
            if index in dropped:
                continue
            if parts:
                offset += 2
            if index in kept_at:
                spans.append((offset, offset + len(paragraph)))
            parts.append(paragraph)
            offset += len(paragraph)
        return normalize_text("\n\n".join(parts)), spans

    def article(self, keep: Collection[int] = (), title: str | None = None) -> LoadedArticle:
        """The article to import: the chosen blocks kept in place, the rest listed as left out."""
        keep = {block for block in keep if self.can_keep(block)}
        text, _spans = self.text_with(keep)
        still_removed = [b for i, b in enumerate(self.source.removed_blocks) if i not in keep]
        chosen_title = " ".join((title if title is not None else self.source.title).split())
        return replace(self.source, title=chosen_title or self.source.title, text=text,
                       removed_blocks=still_removed, notes=self.notes(keep))

    def notes(self, keep: Collection[int] = ()) -> list[str]:
        """What the import decided, with how many left-out blocks are kept and how many stay out."""
        kept = len({block for block in keep if self.can_keep(block)})
        left_out = len(self.source.removed_blocks) - kept
        notes = [n for n in self.source.notes if not self._is_removed_note(n)]
        if kept:
            notes.append(QCoreApplication.translate(
                "ImportChoice", "kept %n block(s) of page text that extraction would leave out", None, kept))
        if left_out:
            notes.append(QCoreApplication.translate(
                "ImportChoice", "left out %n block(s) of page text (navigation, related stories, buttons, footers)",
                None, left_out))
        return notes

    def _is_removed_note(self, note: str) -> bool:
        """The loader's own note on left-out page text, which the choice here supersedes."""
        return bool(self.source.removed_blocks) and note.startswith(_REMOVED_NOTE_STARTS) and "block" in note
