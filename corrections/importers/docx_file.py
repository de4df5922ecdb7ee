"""A Word .docx article: its paragraphs (headings included) and table rows, and its headline."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass


from .detect import is_zip
from .errors import ArticleRefused, shown
from .headline import propose_headline
from .limits import MAX_UNPACKED_BYTES, describe_size

DOCUMENT_PART = "word/document.xml"


@dataclass(frozen=True)
class WordDocument:
    """What a .docx yields: a headline and the body as paragraphs in document order."""

    title: str
    paragraphs: list[str]


def read_docx(data: bytes, name: str) -> WordDocument:
    """The article in a .docx; refuses a file that is not a readable Word document."""
    _check_package(data, name)
    import docx  # imported here, when a Word file is read: python-docx slows every start otherwise

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs, headings = _content(document)
        title = (document.core_properties.title or "").strip()
    except Exception as error:  # python-docx on a damaged file: a bad input, not a crash
        raise ArticleRefused(f"could not read the Word document {shown(name)}: {error}") from None
    if not paragraphs:
        raise ArticleRefused(f"the Word document {shown(name)} has no text")
    title = title or (headings[0] if headings else propose_headline("\n\n".join(paragraphs)))
    return WordDocument(" ".join(title.split())[:200], paragraphs)


def _check_package(data: bytes, name: str) -> None:
    if not is_zip(data):
        raise ArticleRefused(
            f"{shown(name)} is not a Word .docx document (it is not a zip archive)"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except zipfile.BadZipFile:
        raise ArticleRefused(
            f"{shown(name)} is a damaged zip archive, not a readable .docx"
        ) from None
    if DOCUMENT_PART not in {member.filename for member in members}:
        raise ArticleRefused(
            f"{shown(name)} is a zip archive but not a Word document (it has no {DOCUMENT_PART})"
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ArticleRefused(
            f"{shown(name)} unpacks to {describe_size(unpacked)}, more than the "
            f"{describe_size(MAX_UNPACKED_BYTES)} a .docx import allows"
        )


def _content(document) -> tuple[list[str], list[str]]:
    """The non-empty paragraphs and table rows in order, and the heading- or title-styled ones."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs: list[str] = []
    headings: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            paragraphs.append(text)
            style = item.style.name if item.style is not None else ""
            if style == "Title" or style.startswith("Heading"):
                headings.append(text)
        elif isinstance(item, Table):
            paragraphs.extend(_rows(item))
    return paragraphs, headings


def _rows(table) -> list[str]:
    """Each row's cell texts joined with ' | ', a merged cell counted once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows
