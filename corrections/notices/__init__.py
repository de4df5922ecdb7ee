"""Correction notices: drafting their wording in house style, rendering and checking them.

The store hands over plain `NoticeItem`s; `draft_notice` turns them into one dated `Notice`
with a labelled paragraph per kind (corrections, clarifications, updates, editor's notes, in
the house style's order). Renderers give text, Markdown, HTML, JSON-LD and a NewsML-G2 news item.

The names below load their module on first use (PEP 562), so starting Emend does not pay for
renderers it has not needed yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_HOMES = {
    "corrected_article": "article_output",
    "NoticeWarning": "check",
    "check_notice": "check",
    "HouseStyle": "house_style",
    "NewsItem": "news_item",
    "Notice": "model",
    "NoticeArticle": "model",
    "NoticeItem": "model",
    "NoticeRecord": "model",
    "NoticeSection": "model",
    "to_html": "render_html",
    "to_jsonld": "render_jsonld",
    "to_newsml": "render_newsml",
    "to_markdown": "render_text",
    "to_text": "render_text",
    "draft_notice": "wording",
    "item_sentence": "wording",
}

__all__ = sorted(_HOMES)

if TYPE_CHECKING:
    from corrections.notices.article_output import corrected_article
    from corrections.notices.check import NoticeWarning, check_notice
    from corrections.notices.house_style import HouseStyle
    from corrections.notices.model import Notice, NoticeArticle, NoticeItem, NoticeRecord, NoticeSection
    from corrections.notices.news_item import NewsItem
    from corrections.notices.render_html import to_html
    from corrections.notices.render_jsonld import to_jsonld
    from corrections.notices.render_newsml import to_newsml
    from corrections.notices.render_text import to_markdown, to_text
    from corrections.notices.wording import draft_notice, item_sentence


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
