"""The corrected article with its notice where the house style puts it (top or bottom), as plain text,
Markdown or HTML; `PlacedNotice` is that notice for the file exports too.

A published notice's record goes with it: on the HTML's <aside> and in a <meta name="emend-chain-sha256">
(which a page template may move into its <head>), and as a "Record:" line in text and Markdown
when the house style asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.html_isolation import isolated
from corrections.markdown_text import markdown_escape
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeRecord
from corrections.notices.render_html import to_html
from corrections.notices.render_text import to_markdown, to_text

FORMATS = {"text": "text", "txt": "text", "md": "md", "markdown": "md", "html": "html"}


@dataclass(frozen=True)
class PlacedNotice:
    """A notice as readers find it on the article: with its record (None for a draft), at the house style's place."""

    notice: Notice
    record: NoticeRecord | None = None
    style: HouseStyle | None = None

    @property
    def at_top(self) -> bool:
        """Whether the notice goes under the headline rather than after the text."""
        return (self.style or HouseStyle.default()).notice_place == "top"

    def text(self) -> str:
        return to_text(self.notice, record=self.record, style=self.style).rstrip("\n")

    def markdown(self) -> str:
        return to_markdown(self.notice, record=self.record, style=self.style).rstrip("\n")

    def html(self) -> str:
        return to_html(self.notice, record=self.record).rstrip("\n")

    def in_place(self, blocks: list[str], rendered: str) -> list[str]:
        """The article's blocks with the rendered notice before them (top) or after them (bottom)."""
        return [rendered, *blocks] if self.at_top else [*blocks, rendered]

    def meta(self) -> str:
        """The page's <meta name="emend-chain-sha256"> for a published notice ('' for a draft)."""
        return f'<meta name="emend-chain-sha256" content="{self.record.chain_sha256}">' if self.record else ""


def corrected_article(text: str, notice: Notice, fmt: str = "text", *, record: NoticeRecord | None = None,
                      style: HouseStyle | None = None) -> str:
    """The article text (plain paragraphs separated by blank lines) with its notice at the house style's place."""
    kind = FORMATS.get(fmt.strip().lower()) if isinstance(fmt, str) else None
    if kind is None:
        raise InputError(f"unknown article format {fmt!r}; choose one of: text, md, html")
    paragraphs = [p for p in normalize_text(text).rstrip("\n").split("\n\n") if p.strip()]
    notice_here = PlacedNotice(notice, record, style)
    if kind == "text":
        return "\n\n".join(notice_here.in_place(paragraphs, notice_here.text())) + "\n"
    if kind == "md":
        body = ["\\\n".join(markdown_escape(line) for line in p.split("\n")) for p in paragraphs]
        return "\n\n".join(notice_here.in_place(body, notice_here.markdown())) + "\n"
    body = ['<p dir="auto">' + "<br>\n".join(isolated(line) for line in p.split("\n")) + "</p>" for p in paragraphs]
    meta = notice_here.meta() + "\n" if record else ""
    return meta + "\n".join(notice_here.in_place(body, notice_here.html())) + "\n"
