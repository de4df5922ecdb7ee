"""Correction notices: drafting their wording in house style, rendering and checking them.

The store hands over plain `NoticeItem`s; `draft_notice` turns them into one dated `Notice`
with a labelled paragraph per kind (corrections, clarifications, updates, editor's notes, in
the house style's order). Renderers give text, Markdown, HTML, JSON-LD and NewsML-G2.
"""

from corrections.notices.article_output import corrected_article
from corrections.notices.check import NoticeWarning, check_notice
from corrections.notices.house_style import HouseStyle
from corrections.notices.model import Notice, NoticeArticle, NoticeItem, NoticeSection
from corrections.notices.render_html import to_html
from corrections.notices.render_jsonld import to_jsonld
from corrections.notices.render_newsml import to_newsml
from corrections.notices.render_text import to_markdown, to_text
from corrections.notices.wording import draft_notice, item_sentence

__all__ = [
    "HouseStyle",
    "Notice",
    "NoticeArticle",
    "NoticeItem",
    "NoticeSection",
    "NoticeWarning",
    "check_notice",
    "corrected_article",
    "draft_notice",
    "item_sentence",
    "to_html",
    "to_jsonld",
    "to_markdown",
    "to_newsml",
    "to_text",
]
