"""A notice as schema.org JSON-LD (NewsArticle with CorrectionComment), safe inside a <script> tag."""

from __future__ import annotations

import json

from corrections.notices.dates import iso_8601
from corrections.notices.model import Notice, NoticeArticle

# Escapes that keep "</script>", "<!--" and HTML entities from ending or bending the script element;
# U+2028/U+2029 are escaped too, as older JavaScript parsers treat them as line ends.
_SCRIPT_SAFE = str.maketrans({
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
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
    data["correction"] = [
        {
            "@type": "CorrectionComment",
            "text": section.text,
            "datePublished": iso_8601(section.published_at or notice.date),
        }
        for section in notice.sections
    ]
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE) + "\n"


def _latest(notice: Notice) -> str:
    moments = [section.published_at for section in notice.sections if section.published_at is not None]
    return iso_8601(max(moments) if moments else notice.date)
