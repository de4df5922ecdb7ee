"""Which kind of article a file holds: by its extension, checked against its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

from .errors import ArticleRefused, shown

TEXT, MARKDOWN, HTML, DOCX, CLIPBOARD = "text", "markdown", "html", "docx", "clipboard"

FORMAT_BY_EXTENSION = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".mkd": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".docx": DOCX,
}

ZIP_MAGIC = b"PK\x03\x04"

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (save the article as .docx or plain text)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office file (.doc) or a password-protected "
     "document (save it as an unprotected .docx)"),
    (b"{\\rtf", "an RTF document (save it as .docx or plain text)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)

_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def format_from_name(name: str) -> str | None:
    """The format an extension announces, or None for an unknown or missing extension."""
    return FORMAT_BY_EXTENSION.get(PurePath(name).suffix.lower())


def binary_kind(data: bytes) -> str | None:
    """What a known binary file is ('a PNG image'), from its first bytes; None if not recognised."""
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4/QuickTime media file or HEIC image"
    return None


def refuse_binary(data: bytes, name: str) -> None:
    """Refuse bytes whose signature says they are an image, archive, program or the like."""
    kind = binary_kind(data)
    if kind is not None:
        raise ArticleRefused(f"{shown(name)} is {kind}, not an article")


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def looks_like_html(text: str) -> bool:
    """Whether text of unknown kind starts like an HTML page (a doctype or an <html> tag)."""
    return bool(_HTML_START.match(text[:4096].lstrip("\ufeff")))
