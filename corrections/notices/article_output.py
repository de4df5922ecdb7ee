"""The corrected article with its notice appended, as plain text, Markdown or HTML."""

from __future__ import annotations

from html import escape

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.notices.model import Notice
from corrections.notices.render_html import to_html
from corrections.notices.render_text import markdown_escape, to_markdown, to_text

FORMATS = {"text": "text", "txt": "text", "md": "md", "markdown": "md", "html": "html"}


def corrected_article(text: str, notice: Notice, fmt: str = "text") -> str:
    """The article text (plain paragraphs separated by blank lines) followed by its notice."""
    kind = FORMATS.get(fmt.strip().lower()) if isinstance(fmt, str) else None
    if kind is None:
        raise InputError(f"unknown article format {fmt!r}; choose one of: text, md, html")
    paragraphs = [p for p in normalize_text(text).rstrip("\n").split("\n\n") if p.strip()]
    if kind == "text":
        return "".join(p + "\n\n" for p in paragraphs) + to_text(notice)
    if kind == "md":
        body = ["\\\n".join(markdown_escape(line) for line in p.split("\n")) for p in paragraphs]
        return "".join(p + "\n\n" for p in body) + to_markdown(notice)
    body = ["<p>" + "<br>\n".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs]
    return "".join(p + "\n" for p in body) + to_html(notice)
