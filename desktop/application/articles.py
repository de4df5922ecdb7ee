"""Opening an article from a file: the one article imported from the same bytes, or a new one."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corrections.article import Article
from corrections.errors import InputError
from corrections.files.reader import read_limited, shown
from db.history import History

if TYPE_CHECKING:
    from corrections.importers import LoadedArticle

LOOKUP_MAX_BYTES = 20 * 1024 * 1024
"""Files up to the import limit are looked up by their bytes' hash before any importer is loaded."""


@dataclass(frozen=True)
class Opened:
    """The outcome of opening a file: the article, and whether it was already in the history."""

    article: Article
    existing: bool
    notes: tuple[str, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()
    """The page furniture a text or Markdown import left out: (why, the block's text), in text order."""


def refuse_history_file(history: History, path: str | os.PathLike) -> None:
    """The history database (or its WAL, or a link to either) is never read as an article: closing a
    handle on it would drop this process's SQLite locks."""
    if history.is_history_file(path):
        raise InputError(f"{shown(path)} is the history database itself, not an article")


def imported_before(history: History, path: str | os.PathLike) -> Article | None:
    """The earliest article imported from a file with exactly these bytes, found without loading the
    file as an article (no importer is loaded); anything unusual is left to the import to explain."""
    refuse_history_file(history, path)
    try:
        data = read_limited(path, LOOKUP_MAX_BYTES)
    except InputError:
        return None
    return history.find_article_by_source(hashlib.sha256(data).hexdigest())


def import_loaded(history: History, loaded: "LoadedArticle", *, author: str, title: str | None = None,
                  message: str = "Imported") -> Article:
    """Store a loaded (and, in the window, reviewed) article as version 1, with where it came from."""
    return history.import_article(
        loaded.text, title=title or loaded.title, author=author, message=message,
        source_name=loaded.source_name, source_format=loaded.source_format,
        source_encoding=loaded.source_encoding, source_sha256=loaded.source_sha256,
    )


def load_file(path: str | os.PathLike, *, encoding: str | None = None,
              keep_furniture: bool = False) -> "LoadedArticle":
    """The file read as an article, without its page furniture unless `keep_furniture`; refused (InputError) for
    a file that cannot be one. The command line reads it before it starts a new history, so none is left empty."""
    from corrections.importers import load_article  # importers load on first import: a quicker start

    return load_article(path, encoding=encoding, keep_removed=keep_furniture)


def import_file(history: History, path: str | os.PathLike, *, author: str, title: str | None = None,
                encoding: str | None = None, message: str = "Imported", again: bool = False,
                keep_furniture: bool = False, loaded: "LoadedArticle | None" = None) -> Opened:
    """The article already imported from this file's bytes (unless `again`), else the file imported as
    a new article, without its page furniture unless `keep_furniture`; the loader's notes (what was
    left out, how it was decoded) come with it. `loaded`: the file as load_file read it already."""
    from corrections.importers.furniture import REASONS

    refuse_history_file(history, path)
    loaded = loaded or load_file(path, encoding=encoding, keep_furniture=keep_furniture)
    existing = history.find_article_by_source(loaded.source_sha256) if loaded.source_sha256 else None
    if existing is not None and not again:
        return Opened(existing, True)
    left_out = () if keep_furniture else tuple(
        (REASONS[kind], block) for kind, block in zip(loaded.removed_kinds, loaded.removed_blocks))
    return Opened(import_loaded(history, loaded, author=author, title=title, message=message), False,
                  tuple(loaded.notes), left_out)
