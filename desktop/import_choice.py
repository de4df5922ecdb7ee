"""Choosing which left-out page text to keep when importing an article, without changing its order.

The article is loaded once with `keep_removed=True`, so every block an import would leave out (page
text HTML extraction dropped, furniture found in a text) still stands in the text where it stood;
keeping a block means leaving it there, and leaving one out means cutting its lines again. Nothing
is ever re-inserted by guesswork.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from corrections.article import normalize_text
from corrections.importers import LoadedArticle
from corrections.importers import furniture
from corrections.importers.furniture import cut_blocks, locate

_REMOVED_NOTE_STARTS = ("kept ", "left out ")
GROUPS = {
    furniture.RELATED_HEADINGS: QT_TRANSLATE_NOOP("ImportChoice", "related stories"),
    furniture.RELATED_HEADLINE: QT_TRANSLATE_NOOP("ImportChoice", "related stories"),
    furniture.RELATED_STORY: QT_TRANSLATE_NOOP("ImportChoice", "related stories"),
    furniture.CALL_TO_ACTION: QT_TRANSLATE_NOOP("ImportChoice", "calls to action"),
    furniture.BUTTON: QT_TRANSLATE_NOOP("ImportChoice", "buttons"),
    furniture.READER_FOOTER_KIND: QT_TRANSLATE_NOOP("ImportChoice", "reader footer"),
}
"""What each kind of furniture is called where the blocks are counted."""


@dataclass(frozen=True)
class ImportChoice:
    """A loaded article with where each left-out block stands in its text."""

    source: LoadedArticle
    spans: tuple[tuple[int, int] | None, ...]
    """For each of `source.removed_blocks`, its (start, end) in the text, or None if it is not there."""

    @classmethod
    def of(cls, loaded: LoadedArticle) -> "ImportChoice":
        """Find each left-out block in the text, in page order (a block absent from it cannot be kept)."""
        return cls(loaded, tuple(locate(loaded.text, loaded.removed_blocks)))

    @property
    def removed_blocks(self) -> list[str]:
        """The page text the importer left out, in page order, as the editor may tick it."""
        return list(self.source.removed_blocks)

    def kind(self, block: int) -> str:
        """Why the block was left out (a furniture kind), or '' for page text HTML extraction dropped."""
        kinds = self.source.removed_kinds
        return kinds[block] if block < len(kinds) else ""

    def can_keep(self, block: int) -> bool:
        """Whether the left-out block was found in the text, so keeping it has a place."""
        return self.spans[block] is not None

    def text_with(self, keep: Collection[int]) -> str:
        """The article text keeping the blocks numbered in `keep` and cutting the others."""
        dropped = [span for block, span in enumerate(self.spans) if span is not None and block not in keep]
        return normalize_text(cut_blocks(self.source.text, dropped))

    def article(self, keep: Collection[int] = (), title: str | None = None, text: str | None = None) -> LoadedArticle:
        """The article to import: the chosen blocks kept in place (or `text` as the editor left it), the
        rest listed as left out."""
        keep = {block for block in keep if self.can_keep(block)}
        chosen_text = normalize_text(text) if text is not None else self.text_with(keep)
        still_removed = [b for i, b in enumerate(self.source.removed_blocks) if i not in keep]
        kinds = [self.kind(i) for i in range(len(self.source.removed_blocks)) if i not in keep]
        chosen_title = " ".join((title if title is not None else self.source.title).split())
        return replace(self.source, title=chosen_title or self.source.title, text=chosen_text,
                       removed_blocks=still_removed, removed_kinds=kinds if self.source.removed_kinds else [],
                       notes=self.notes(keep))

    def groups(self, blocks: Collection[int]) -> str:
        """What these blocks are, e.g. 'related stories, reader footer', in text order."""
        names = dict.fromkeys(GROUPS[self.kind(n)] for n in sorted(blocks) if self.kind(n) in GROUPS)
        return ", ".join(QCoreApplication.translate("ImportChoice", name) for name in names)

    def notes(self, keep: Collection[int] = ()) -> list[str]:
        """What the import decided, with how many left-out blocks are kept and how many stay out."""
        kept = len({block for block in keep if self.can_keep(block)})
        left_out = len(self.source.removed_blocks) - kept
        notes = [n for n in self.source.notes if not self._is_removed_note(n)]
        page = self.source.source_format == "html"
        if kept:
            notes.append(QCoreApplication.translate(
                "ImportChoice", "kept %n block(s) of page text that extraction would leave out", None, kept)
                if page else QCoreApplication.translate(
                "ImportChoice", "kept %n block(s) of page furniture that the import would leave out", None, kept))
        if left_out and page:
            notes.append(QCoreApplication.translate(
                "ImportChoice", "left out %n block(s) of page text (navigation, related stories, buttons, footers)",
                None, left_out))
        elif left_out:
            dropped = [n for n in range(len(self.source.removed_blocks)) if n not in keep or not self.can_keep(n)]
            notes.append(QCoreApplication.translate(
                "ImportChoice", "left out %n block(s) of page furniture ({what})", None, left_out).format(
                what=self.groups(dropped)))
        return notes

    def _is_removed_note(self, note: str) -> bool:
        """The loader's own note on left-out page text, which the choice here supersedes."""
        return bool(self.source.removed_blocks) and note.startswith(_REMOVED_NOTE_STARTS) and "block" in note
