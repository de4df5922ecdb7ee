"""The corrected article with its notice appended, as plain text, Markdown or HTML.

A published notice's record goes with it: on the HTML's <aside> and in a <meta name="emend-chain-sha256">
(which a page template may move into its <head>), and as a "Record:" line in text and Markdown
when the house style asks for it.
"""

from __future__ import annotations

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.html_isolation import isolated
from corrections.markdown_text import markdown_escape
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeRecord
from corrections.notices.render_html import to_html
from corrections.notices.render_text import to_markdown, to_text

FORMATS = {"text": "text", "txt": "text", "md": "md", "markdown": "md", "html": "html"}


def corrected_article(text: str, notice: Notice, fmt: str = "text", *, record: NoticeRecord | None = None,
                      style: HouseStyle | None = None) -> str:
    """The article text (plain paragraphs separated by blank lines) followed by its notice."""
    kind = FORMATS.get(fmt.strip().lower()) if isinstance(fmt, str) else None
    if kind is None:
        raise InputError(f"unknown article format {fmt!r}; choose one of: text, md, html")
    paragraphs = [p for p in normalize_text(text).rstrip("\n").split("\n\n") if p.strip()]
    if kind == "text":
        return "".join(p + "\n\n" for p in paragraphs) + to_text(notice, record=record, style=style)
    if kind == "md":
        body = ["\\\n".join(markdown_escape(line) for line in p.split("\n")) for p in paragraphs]
        return "".join(p + "\n\n" for p in body) + to_markdown(notice, record=record, style=style)
    body = ['<p dir="auto">' + "<br>\n".join(isolated(line) for line in p.split("\n")) + "</p>" for p in paragraphs]
    meta = f'<meta name="emend-chain-sha256" content="{record.chain_sha256}">\n' if record else ""
    return meta + "".join(p + "\n" for p in body) + to_html(notice, record=record)
