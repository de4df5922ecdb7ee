"""The whole site as files: each article's page, receipts.json, feed.atom and, last, index.html (so the index
never links to a page not yet written)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from corrections.corrections_page.model import PublicRecord
from corrections.corrections_page.render_feed import to_atom
from corrections.corrections_page.render_html import GENERATOR, article_file, article_page, index_page
from corrections.notices.house_style import HouseStyle
from corrections.visible_text import BIDI_CONTROLS

INDEX, FEED, RECEIPTS, ARTICLES = "index.html", "feed.atom", "receipts.json", "articles"
SITE_FILES = (INDEX, FEED, RECEIPTS)
"""The files every site has, whatever its articles: a folder holding one of them holds a site."""
_ARTICLE_PAGE = re.compile(r"articles/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.html")
_GENERATOR_MARK = f'<meta name="generator" content="{GENERATOR}">'.encode()
_JSON_HIDDEN = str.maketrans({code: f"\\u{code:04x}" for code in
                              [0x7F, *range(0x80, 0xA0), *map(ord, BIDI_CONTROLS)]})


def site_files(record: PublicRecord, *, title: str, style: HouseStyle, generated_at: str) -> dict[str, bytes]:
    """Each file of the site by its path relative to the site's folder, in the order to write them."""
    language = style.page_language
    files = {article_file(article.uid): article_page(article, title=title, language=language, style=style)
             for article in record.articles}
    files[RECEIPTS] = receipts_json(record)
    files[FEED] = to_atom(record, title=title, language=language, generated_at=generated_at)
    files[INDEX] = index_page(record, title=title, language=language, style=style)
    return {path: text.encode("utf-8") for path, text in files.items()}


def receipts_json(record: PublicRecord) -> str:
    """The receipts as `emend receipts --json` prints them: what `emend verify --against` reads."""
    text = json.dumps([receipt.to_json() for receipt in record.receipts], ensure_ascii=False, indent=2)
    return text.translate(_JSON_HIDDEN) + "\n"


def is_own_page(relative: str, path: Path) -> bool:
    """Whether a file in the site's folder is an article page a site wrote: named for a UUID, and naming the
    corrections page as its generator near its top. Only such a file is removed when the site is remade."""
    if not _ARTICLE_PAGE.fullmatch(relative):
        return False
    with open(path, "rb") as stream:
        return _GENERATOR_MARK in stream.read(4096)
