"""Storing versions: a save (pending corrections applied, or a new full text), accepting one
correction, and restoring an older version as a new one (the history is never rewritten)."""

from __future__ import annotations

import os

from db.history import History
from db.records import Version


def save(history: History, article_id: int, *, message: str, author: str, text: str | None = None,
         text_file: str | os.PathLike | None = None, expected_parent: int | Version | None = None) -> Version:
    """A new version: `text` (or the text of `text_file`, read as an import reads it) or the latest,
    with the pending corrections applied unless a new full text is given from a file."""
    if text_file is not None:
        from corrections.importers import load_article  # importers load on first use: a quicker start

        text = load_article(text_file).text
    return history.save_version(article_id, message=message, author=author, text=text,
                                apply_pending=text_file is None, expected_parent=expected_parent)


def accept(history: History, article_id: int, correction_id: int, *, message: str, author: str,
           expected_parent: int | Version | None = None) -> Version:
    """Apply just one pending correction to the saved text and store that as a new version."""
    return history.save_version(article_id, message=message, author=author, expected_parent=expected_parent,
                                only=[correction_id])


def accept_edit(history: History, article_id: int, text: str, *, message: str, author: str,
                expected_parent: int | Version | None = None) -> Version:
    """Store `text`, the saved text with one typed change made, as a new version; pending corrections stay pending."""
    return history.save_version(article_id, message=message, author=author, text=text, apply_pending=False,
                                expected_parent=expected_parent)


def restore(history: History, article_id: int, number: int, *, author: str, message: str = "") -> Version:
    """A new version equal to version `number`."""
    return history.restore_version(article_id, number, author=author, message=message)
