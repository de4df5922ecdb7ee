"""A news page saved as HTML: its headline and story paragraphs, and the page text left out.

trafilatura finds the story; the domain rules in `boilerplate` catch the furniture it lets
through; comparing the page's visible blocks with what was kept tells a reviewer exactly what
was dropped, so nothing disappears unseen.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from lxml import etree

from .boilerplate import Block, drop_furniture
from .errors import ArticleRefused, shown
from .visible import collapse, parse_page, visible_blocks

_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)"
    rb"|<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)",
    re.IGNORECASE,
)
_CONTAINERS = frozenset({"div", "section", "main", "doc", "body"})
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
SEARCH_WINDOW = 32
"""How many paragraphs ahead a visible block is looked for inside a longer extracted one."""


@dataclass(frozen=True)
class Page:
    """What an HTML page yields: headline, story paragraphs, and dropped blocks in page order."""

    title: str
    paragraphs: list[str]
    removed_blocks: list[str]
    with_removed: list[str]
    """The story paragraphs with the dropped blocks put back where they stood on the page."""


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML declaration near its start."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    return (found.group(1) or found.group(2)).decode("ascii")


def extract_page(markup: str, name: str) -> Page:
    """The article in an HTML page; refuses a page with no story text."""
    root = parse_page(markup)
    document = _trafilatura(markup, name) if root is not None else None
    if root is None or document is None or document.body is None:
        raise ArticleRefused(f"no article text found in {shown(name)}")
    blocks = drop_furniture(list(_blocks(document.body)))
    visible = visible_blocks(root)
    title = _headline(document.title or "", root)
    paragraphs = [block.text for block in blocks]
    if not paragraphs or paragraphs == [title]:
        raise ArticleRefused(
            f"no article text found in {shown(name)} (at most a headline, and page furniture "
            "such as navigation, links and footers)"
        )
    if title and collapse(title) not in {collapse(p) for p in paragraphs[:3]}:
        if collapse(title) in {collapse(v) for v in visible}:
            paragraphs.insert(0, title)
    removed, with_removed = _compare(visible, paragraphs)
    return Page(title or paragraphs[0][:200], paragraphs, removed, with_removed)


def _trafilatura(markup: str, name: str):
    import trafilatura  # imported here, when a page is read: it adds ~0.3 s to every start otherwise

    try:
        return trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
        )
    except Exception as error:  # a third-party parser's failure is a bad page, not a crash
        raise ArticleRefused(f"could not read the page {shown(name)}: {error}") from None


def _blocks(element: etree._Element):
    """trafilatura's body as Blocks: paragraphs, headings, list items, quotes and table rows."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("p", "head", "quote", "code"):
            text = _text_of(child)
            if text:
                yield Block(tag, text)
        elif tag == "list":
            for item in child.iter("item"):
                text = _text_of(item)
                if text:
                    yield Block("item", text)
        elif tag == "table":
            for row in child.iter("row"):
                cells = [collapse(_text_of(cell)) for cell in row.iter("cell")]
                text = " | ".join(cell for cell in cells if cell)
                if text:
                    yield Block("row", text)
        elif tag in _CONTAINERS:
            yield from _blocks(child)


def _text_of(element: etree._Element) -> str:
    """An element's text with <lb/> as a line break and runs of spaces collapsed."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in ("list", "item"):
            parts.append("\n" + _text_of(child))
        else:
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _headline(metadata_title: str, root) -> str:
    """The metadata title, or the page's <h1> when the title is that headline plus a site name."""
    metadata_title = collapse(metadata_title)
    first_h1 = next((collapse(h1.text_content()) for h1 in root.iter("h1")), "")
    if first_h1 and (not metadata_title or first_h1 in metadata_title):
        return first_h1
    return metadata_title


def _compare(visible: list[str], paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The visible blocks extraction dropped, and the story with them restored in page order."""
    keys = [collapse(p) for p in paragraphs]
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    removed: list[str] = []
    with_removed: list[str] = []
    next_paragraph = 0
    for block in visible:
        key = collapse(block)
        if not any(ch.isalnum() for ch in key):
            continue
        found = _locate(keys, positions, key, next_paragraph)
        if found is None:
            removed.append(block)
            with_removed.append(block)
        elif found >= next_paragraph:
            with_removed.extend(paragraphs[next_paragraph:found + 1])
            next_paragraph = found + 1
    with_removed.extend(paragraphs[next_paragraph:])
    return removed, with_removed


def _locate(keys: list[str], positions: dict[str, list[int]], key: str, start: int) -> int | None:
    """The paragraph a visible block became: an equal one anywhere, else one near `start` (the
    page and the extraction keep the same order) that holds the block's words."""
    if key in positions:
        indices = positions[key]
        later = bisect.bisect_left(indices, start)
        return indices[later] if later < len(indices) else indices[-1]
    for index in range(max(0, start - 1), min(len(keys), start + SEARCH_WINDOW)):
        if _contains_words(keys[index], key):
            return index
    return None


def _contains_words(text: str, words: str) -> bool:
    """Whether `words` occur in `text` as whole words, not inside longer words."""
    at = text.find(words)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + len(words)] if at + len(words) < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(words, at + 1)
    return False
