"""A PDF's pages as a reader sees them, read with poppler's pdftotext in its layout mode: a line on the
page is a line here, so a name or note cut over two lines, or run down the page a letter at a time, shows."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def pdftotext() -> str:
    """The pdftotext program; without it the test skips saying what to install, except in CI (CI=true),
    where that fails the run, so that the PDF checks never silently not run there."""
    found = shutil.which("pdftotext")
    if found is None:
        reason = "reading a PDF's pages needs poppler's pdftotext (apt install poppler-utils)"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return found


def pdf_pages(path: str | Path) -> list[list[str]]:
    """Each page's non-blank lines, stripped at both ends, top to bottom."""
    result = subprocess.run([pdftotext(), "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            check=True, timeout=120)
    pages = result.stdout.decode("utf-8").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # the form feed after the last page
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


def read_as_one(pages: list[list[str]]) -> str:
    """All the pages' words in order with single spaces, for text that may fill more than one line."""
    return " ".join(" ".join(line for page in pages for line in page).split())


def on_one_line(pages: list[list[str]], text: str) -> bool:
    """Whether `text` stands whole on one line of some page."""
    return any(text in line for page in pages for line in page)
