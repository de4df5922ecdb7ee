"""Article text as Emend keeps it: normalised line endings, no trailing spaces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


def normalize_text(text: str) -> str:
    """Unify line endings, drop trailing spaces and runs of blank lines, keep paragraph breaks."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        # Line by line: a regex for trailing spaces tries every space in the text, 30× slower.
        text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    while "\n\n\n" in text:  # each pass shortens every run of 3 or more newlines; a regex is 10× slower
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n" if text.strip() else ""


def sha256_text(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes, as hex: the content hash of a version."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def guess_title(text: str, fallback: str = "Untitled article") -> str:
    """The first non-empty line, stripped of Markdown heading marks, as a headline."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return fallback


@dataclass(frozen=True)
class Article:
    """An article as the history knows it."""

    id: int
    title: str
    created_at: str
    source_name: str = ""
    source_format: str = ""
    source_encoding: str = ""
    source_sha256: str = ""
