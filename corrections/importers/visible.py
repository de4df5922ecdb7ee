"""The text a reader sees on a page, as blocks in document order: what extraction chooses from."""

from __future__ import annotations

import re

from lxml import html as lxml_html

BLOCK_TAGS = frozenset(
    "address article aside blockquote body button caption dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr label legend li "
    "main menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
"""Elements that start a new line of text in a browser, so they end one block and begin another."""

INVISIBLE_TAGS = frozenset(
    "audio canvas datalist embed head iframe img input link map meta noscript object option "
    "param script select source style svg template textarea title track video".split()
)
"""Elements whose text a reader never sees as page text."""

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LINE_BREAK = "\x00"
"""Stands for a <br> while text is gathered: parsed page text never holds a NUL."""


def parse_page(markup: str) -> lxml_html.HtmlElement | None:
    """An HTML page's element tree, or None when there is no markup to parse."""
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def collapse(text: str) -> str:
    """Text with every run of whitespace, including no-break spaces, made one space."""
    return " ".join(text.split())


def visible_blocks(root: lxml_html.HtmlElement) -> list[str]:
    """The page's visible text, one block per paragraph, heading, list item or cell, in document
    order, whitespace collapsed except a <br>'s line break; scripts, styles, form fields and
    hidden elements are skipped."""
    blocks: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        lines = (collapse(line) for line in "".join(pending).split(_LINE_BREAK))
        text = "\n".join(line for line in lines if line)
        pending.clear()
        if text:
            blocks.append(text)

    stack: list[tuple[lxml_html.HtmlElement, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else None
        if closing:
            if tag in BLOCK_TAGS:
                flush()
            pending.append(element.tail or "")
            continue
        if tag is None or tag in INVISIBLE_TAGS or _hidden(element):
            pending.append(element.tail or "")
            continue
        if tag in BLOCK_TAGS:
            flush()
        elif tag == "br":
            pending.append(_LINE_BREAK)
        pending.append(element.text or "")
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    flush()
    return blocks


def _hidden(element: lxml_html.HtmlElement) -> bool:
    attributes = element.attrib
    return (
        "hidden" in attributes
        or attributes.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(attributes.get("style", "")))
    )
