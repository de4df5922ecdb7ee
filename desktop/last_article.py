"""Reopening, at the next start, the article the editor last had open on this history (kept in the settings)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import preferences

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

GROUP = "lastArticle"


def _key(db_path: str | os.PathLike) -> str:
    """One key per history file, so each history reopens its own article."""
    return f"{GROUP}/{hashlib.sha256(str(Path(db_path).resolve()).encode('utf-8')).hexdigest()[:16]}"


def remember(db_path: str | os.PathLike, article_id: int) -> None:
    """Keep the article open now as the one to reopen on this history."""
    store = preferences.settings()
    store.setValue(_key(db_path), article_id)
    store.sync()


def remembered(db_path: str | os.PathLike) -> int | None:
    """The article last open on this history, or None."""
    try:
        return int(preferences.settings().value(_key(db_path)))
    except (TypeError, ValueError):
        return None


def follow(window: MainWindow) -> None:
    """Keep each article the window opens as the one to reopen (a window that remembers, on a history file)."""
    path = window.history.path
    if not window.remember or path is None:
        return

    def opened() -> None:
        if window.session.has_article:
            remember(path, window.session.article.id)

    window.session.articleChanged.connect(opened)
    opened()


def reopen(window: MainWindow) -> bool:
    """Open the article last open on this history, if none is open yet and the history still has it."""
    path = window.history.path
    if not window.remember or path is None or window.session.has_article:
        return False
    article_id = remembered(path)
    if article_id is None or article_id not in {article.id for article in window.history.articles()}:
        return False
    return window.open_article(article_id)
