"""Writing an article out as plain text, Markdown, an HTML page or a Word .docx, headline first.

Each format puts the headline once at the top (as a heading where the format has one) and the
paragraphs after it, so that importing an export gives back the same headline and text.
"""

from __future__ import annotations

import html
import io
import os
import re
from datetime import datetime, timezone
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from corrections.article import normalize_text
from corrections.errors import InputError
from corrections.markdown_text import markdown_escape

if TYPE_CHECKING:
    from corrections.notices.article_output import PlacedNotice

FORMATS = ("txt", "md", "html", "docx")
"""The formats export_text writes from an article's text alone."""
NEWSML = "newsml"
"""A NewsML-G2 news item (.xml), made from the history, which knows the article's identity, versions and notices
(desktop/application/news_items), not from its text alone."""

_ALIASES = {
    "txt": "txt",
    "text": "txt",
    "md": "md",
    "markdown": "md",
    "html": "html",
    "htm": "html",
    "docx": "docx",
    "newsml": NEWSML,
    "xml": NEWSML,
}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ExportRefused(InputError):
    """An export that cannot be made: an unknown format or a path that cannot be written."""


def export_format(fmt: str) -> str:
    """The canonical format name for 'txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx', 'newsml' or 'xml'."""
    canonical = _ALIASES.get(fmt.strip().lower().lstrip("."))
    if canonical is None:
        raise ExportRefused(f"unknown export format '{fmt}': use one of {', '.join((*FORMATS, NEWSML))}")
    return canonical


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format a file name's extension asks for."""
    suffix = Path(path).suffix
    if not suffix or suffix.lower().lstrip(".") not in _ALIASES:
        raise ExportRefused(
            f"cannot tell the export format from '{Path(path).name}': "
            f"name it .txt, .md, .html, .docx or .xml (NewsML-G2), or choose a format"
        )
    return export_format(suffix)


def export_text(text: str, title: str, fmt: str, *, notice: PlacedNotice | None = None) -> bytes:
    """The article as the bytes of a file in `fmt` (txt, md, html or docx), UTF-8 where textual; with
    `notice`, as readers see it: the correction notice under the headline or after the text."""
    fmt = export_format(fmt)
    if fmt == NEWSML:
        raise ExportRefused("a NewsML-G2 item is made from the article's history, not from its text alone")
    title = " ".join(title.split())
    body = body_paragraphs(text, title)
    if not title and not body:
        raise ExportRefused("nothing to export: the article has no text")
    if fmt == "txt":
        return _as_text(title, body, notice).encode("utf-8")
    if fmt == "md":
        return _as_markdown(title, body, notice).encode("utf-8")
    if fmt == "html":
        return _as_html(title, body, notice).encode("utf-8")
    return _as_docx(title, body, notice)


def write_export(
    path: str | os.PathLike[str], text: str, title: str, fmt: str | None = None, *,
    protect: Iterable[str | os.PathLike[str]] = (), force: bool = False, notice: PlacedNotice | None = None,
) -> Path:
    """Write the article to exactly `path` (format from `fmt`, else from the extension) through the
    one safe writer, and return the file written; refuses a folder, a missing folder, one of the
    `protect`ed histories, and an existing file unless `force`."""
    from corrections.files import write_file

    target = Path(path)
    if os.path.isdir(target):  # False, not an error, for a name too long: the writer then says why it cannot
        raise ExportRefused(f"'{target}' is a folder: give a file name to export to")
    fmt = export_format(fmt) if fmt else format_for_path(target)
    return write_file(target, export_text(text, title, fmt, notice=notice), protect=protect, force=force)


def body_paragraphs(text: str, title: str) -> list[str]:
    """The article's paragraphs, less a first paragraph that repeats the headline (every export leaves it out)."""
    paragraphs = [p for p in normalize_text(text).strip("\n").split("\n\n") if p.strip()]
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]
    return paragraphs


def _as_text(title: str, body: list[str], notice: PlacedNotice | None = None) -> str:
    blocks = notice.in_place(body, notice.text()) if notice else body
    return "\n\n".join(([title] if title else []) + blocks) + "\n"


def _as_markdown(title: str, body: list[str], notice: PlacedNotice | None = None) -> str:
    """Headline and paragraphs escaped, so a renderer shows markup typed in them rather than obeying it."""
    paragraphs = [markdown_escape(paragraph) for paragraph in body]
    if notice:
        paragraphs = notice.in_place(paragraphs, notice.markdown())
    heading = re.sub(r"(?<=[ \t])#+$", r"\\\g<0>", markdown_escape(title))  # else read as a closing sequence
    return "\n\n".join(([f"# {heading}"] if title else []) + paragraphs) + "\n"


def _as_html(title: str, body: list[str], notice: PlacedNotice | None = None) -> str:
    def escaped(paragraph: str) -> str:
        lines = _xml_safe(paragraph).split("\n")
        return "<br>\n".join(html.escape(line, quote=False) for line in lines)

    heading = html.escape(_xml_safe(title), quote=False)
    lines = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="generator" content="Emend">',
        *([notice.meta()] if notice and notice.record else []),
        f"<title>{heading}</title>",
        "</head>",
        "<body>",
        "<article>",
    ]
    if title:
        lines.append(f"<h1><bdi>{heading}</bdi></h1>")  # a bidi override in a title stays inside it
    paragraphs = [f'<p dir="auto">{escaped(paragraph)}</p>' for paragraph in body]
    lines.extend(notice.in_place(paragraphs, notice.html()) if notice else paragraphs)
    lines.extend(["</article>", "</body>", "</html>", ""])
    return "\n".join(lines)


def _as_docx(title: str, body: list[str], notice: PlacedNotice | None = None) -> bytes:
    import docx  # imported here, when a Word file is written: python-docx slows every start otherwise

    document = docx.Document()
    properties = document.core_properties
    properties.title = _xml_safe(title)
    properties.author = ""
    properties.comments = ""
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = now
    if title:
        document.add_heading(_xml_safe(title), level=0)
    if notice and notice.at_top:
        _docx_notice(document, notice)
    for paragraph in body:
        document.add_paragraph(_xml_safe(paragraph))
    if notice and not notice.at_top:
        _docx_notice(document, notice)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_notice(document, notice: PlacedNotice) -> None:
    """The notice as Word paragraphs: each kind's label in bold, then the date line (and record) in italics."""
    for section in notice.notice.sections:
        paragraph = document.add_paragraph()
        paragraph.add_run(_xml_safe(section.label) + ":").bold = True
        paragraph.add_run(" " + _xml_safe(" ".join(section.sentences)))
    for line in notice.text().split("\n\n")[len(notice.notice.sections):]:
        document.add_paragraph().add_run(_xml_safe(line)).italic = True


def _xml_safe(text: str) -> str:
    """Text without the control characters XML (and so HTML and .docx) cannot hold."""
    return _XML_ILLEGAL.sub("", text)
