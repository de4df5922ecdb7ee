"""A notice as schema.org JSON-LD (NewsArticle with CorrectionComment), safe inside a <script> tag.

A published notice's NewsArticle names its record in `identifier`: PropertyValues emend-article,
emend-version and emend-chain-sha256, which `emend verify --against FILE` checks against the history.
"""

from __future__ import annotations

import json

from corrections.notices.dates import iso_8601
from corrections.notices.model import Notice, NoticeArticle, NoticeRecord
from corrections.visible_text import BIDI_CONTROLS

# Escapes that keep "</script>", "<!--" and HTML entities from ending or bending the script element;
# U+2028/U+2029 are escaped too, as older JavaScript parsers treat them as line ends.
_SCRIPT_SAFE = str.maketrans({
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    # DEL, C1 and bidi controls too: the value is unchanged, but no terminal or editor obeys them unseen.
    **{chr(code): f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0))},
    **{char: f"\\u{ord(char):04x}" for char in BIDI_CONTROLS},
})


def to_jsonld(notice: Notice, article: NoticeArticle) -> str:
    """JSON-LD for <script type="application/ld+json">: one CorrectionComment per labelled paragraph.

    Each comment is dated by the latest time its amendments were applied, or the notice's date.
    """
    data: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title.strip()}
    if article.url.strip():
        data["url"] = article.url.strip()
    if article.date_published:
        data["datePublished"] = article.date_published
    data["dateModified"] = article.date_modified or _latest(notice)
    if article.record is not None:
        data["identifier"] = record_identifiers(article.record)
    data["correction"] = [
        {
            "@type": "CorrectionComment",
            "text": section.text,
            "datePublished": iso_8601(section.published_at or notice.date),
        }
        for section in notice.sections
    ]
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE) + "\n"


def record_identifiers(record: NoticeRecord) -> list[dict]:
    """The record as schema.org PropertyValues (propertyID and name both say which part it is)."""
    parts = (("emend-article", record.article_id), ("emend-version", record.version),
             ("emend-chain-sha256", record.chain_sha256))
    return [{"@type": "PropertyValue", "propertyID": name, "name": name, "value": value} for name, value in parts]


def _latest(notice: Notice) -> str:
    moments = [section.published_at for section in notice.sections if section.published_at is not None]
    return iso_8601(max(moments) if moments else notice.date)
