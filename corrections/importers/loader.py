"""Loading an article from a file, from bytes or from clipboard text, whatever its format.

Every refusal is an ArticleRefused (an InputError) with a one-line message; loading never
writes anything anywhere.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import replace
from pathlib import Path, PurePath

from corrections.article import normalize_text
from corrections.markdown_text import markdown_unescape

from .detect import (
    CLIPBOARD,
    DOCX,
    HTML,
    MARKDOWN,
    TEXT,
    format_from_name,
    is_zip,
    looks_like_html,
    refuse_binary,
)
from .docx_file import DOCUMENT_PART, read_docx
from .encoding import decode_bytes, refuse_unless_text
from .errors import ArticleRefused, shown
from .furniture import find_furniture, furniture_note, without_furniture
from .headline import propose_headline
from .limits import MAX_BYTES, check_size
from .loaded import LoadedArticle
from .plain import markdown_title, text_title
from .source import read_source


def load_article(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    keep_removed: bool = False,
    max_bytes: int = MAX_BYTES,
) -> LoadedArticle:
    """Load the article in a .txt, .md, .html or .docx file (a file without a known extension is
    read as text or HTML if it decodes as such)."""
    data = read_source(path, max_bytes)
    return load_bytes(
        data, _storable(PurePath(path).name), encoding=encoding, keep_removed=keep_removed, max_bytes=max_bytes
    )


def _storable(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that were not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def load_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    keep_removed: bool = False,
    max_bytes: int = MAX_BYTES,
) -> LoadedArticle:
    """Load an article from a file's bytes; `name` (a file name) decides the format by extension."""
    check_size(len(data), name, max_bytes)
    if not data:
        raise ArticleRefused(f"{shown(name)} is empty (0 bytes)")
    refuse_binary(data, name)
    source_format = format_from_name(name)
    notes: list[str] = []
    if source_format != DOCX and is_zip(data):
        if not _is_word_package(data):
            raise ArticleRefused(f"{shown(name)} is a zip archive, not an article")
        notes.append(f"{shown(name)} is a Word document despite its name: read as .docx")
        source_format = DOCX
    if source_format == DOCX:
        if encoding:
            notes.append("the encoding option does not apply to .docx files and was ignored")
        return _from_docx(data, name, notes)
    declared = None
    if source_format in (HTML, None):
        from .html_page import declared_charset  # lxml is loaded only for a page: a quicker plain-text import

        declared = declared_charset(data)
    decoded = decode_bytes(data, name, encoding, declared)
    notes.extend(decoded.notes)
    if not decoded.text.strip():
        what = "contains only whitespace" if decoded.text else "has no text"
        raise ArticleRefused(f"{shown(name)} {what}")
    if source_format is None:
        source_format = HTML if looks_like_html(decoded.text) else TEXT
        extension = Path(name).suffix
        unknown = f"unknown extension {shown(extension)}" if extension else "no file extension"
        kind = "an HTML page" if source_format == HTML else "plain text"
        notes.append(f"{unknown}: read as {kind}")
    if source_format in (TEXT, MARKDOWN):
        return _plain_article(decoded.text, name, source_format, decoded.encoding, data, keep_removed, notes)
    title, text, removed = _article_from_text(decoded.text, name, source_format, keep_removed)
    if removed:
        notes.append(_removed_note(len(removed), keep_removed))
    return _loaded(title, text, name, source_format, decoded.encoding, data, removed, notes)


def load_text(text: str, name: str = "clipboard", *, keep_removed: bool = False,
              max_bytes: int = MAX_BYTES) -> LoadedArticle:
    """Load an article from text already decoded, such as the clipboard's (File > New from
    Clipboard); it is taken as plain text and kept as pasted, less its page furniture unless
    `keep_removed`."""
    data = text.encode("utf-8", errors="replace")
    check_size(len(data), name, max_bytes)
    if not text.strip():
        what = "contains only whitespace" if text else "has no text"
        raise ArticleRefused(f"nothing to import: {shown(name)} {what}")
    refuse_unless_text(text, name)
    return _plain_article(text, name, CLIPBOARD, "", data, keep_removed, [])


def _plain_article(decoded: str, name: str, source_format: str, source_encoding: str, data: bytes,
                   keep_removed: bool, notes: list[str]) -> LoadedArticle:
    """Text or Markdown as written, without the page furniture found in it unless `keep_removed`;
    the headline is proposed from the story, never from the furniture."""
    markdown = source_format == MARKDOWN
    text = normalize_text(markdown_unescape(decoded) if markdown else decoded)
    found = find_furniture(text)
    story = without_furniture(text, found) if found else text
    if not story.strip():  # nothing but "furniture" is a story the rules misread: keep it whole
        found, story = [], text
    title = markdown_title(decoded, story) if markdown else text_title(story)
    if found:
        notes.append(furniture_note([block.kind for block in found], keep_removed))
    article = _loaded(title, text if keep_removed else story, name, source_format, source_encoding, data,
                      [block.text for block in found], notes)
    return replace(article, removed_kinds=[block.kind for block in found])


def _article_from_text(
    decoded: str, name: str, source_format: str, keep_removed: bool
) -> tuple[str, str, list[str]]:
    if source_format == HTML:
        from .html_page import extract_page

        page = extract_page(decoded, name)
        kept = page.with_removed if keep_removed else page.paragraphs
        return page.title, "\n\n".join(kept), page.removed_blocks
    raise ValueError(f"not a page format: {source_format}")


def _from_docx(data: bytes, name: str, notes: list[str]) -> LoadedArticle:
    document = read_docx(data, name)
    text = "\n\n".join(document.paragraphs)
    return _loaded(document.title, text, name, DOCX, "", data, [], notes)


def _loaded(
    title: str,
    text: str,
    name: str,
    source_format: str,
    source_encoding: str,
    data: bytes,
    removed: list[str],
    notes: list[str],
) -> LoadedArticle:
    text = normalize_text(text)
    if not text:
        raise ArticleRefused(f"{shown(name)} has no text")
    return LoadedArticle(
        title=" ".join(title.split()) or propose_headline(text),
        text=text,
        source_name=name,
        source_format=source_format,
        source_encoding=source_encoding,
        source_sha256=hashlib.sha256(data).hexdigest(),
        removed_blocks=removed,
        notes=notes,
    )


def _is_word_package(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return DOCUMENT_PART in package.namelist()
    except zipfile.BadZipFile:
        return False


def _removed_note(count: int, kept: bool) -> str:
    blocks = f"{count} block{'' if count == 1 else 's'} of page text"
    if kept:
        return f"kept {blocks} that extraction would leave out (navigation, related, footers)"
    return f"left out {blocks} (navigation, related stories, buttons, footers): see removed_blocks"
