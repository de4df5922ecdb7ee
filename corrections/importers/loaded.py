"""An article as an import hands it over: normalised text, its headline, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoadedArticle:
    """A loaded article, ready to become version 1 of an article's history.

    `text` is normalised (unified line endings, no trailing spaces, one blank line between
    paragraphs); `removed_blocks` is the page text HTML extraction or the furniture rules for text
    left out, in page order, with `removed_kinds` saying why (furniture.REASONS; empty for HTML);
    `notes` tells a reviewer what the import decided (an encoding guess, a format sniffed)."""

    title: str
    text: str
    source_name: str
    source_format: str
    source_encoding: str
    source_sha256: str
    removed_blocks: list[str] = field(default_factory=list)
    removed_kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
