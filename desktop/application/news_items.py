"""NewsML-G2 news items for both front ends: one version of an article as a complete item a wire system ingests.

`emend export --format newsml`, `emend notice --format newsml`, the window's export and the notice dialog's NewsML
output all come from here, so the same version gives the same item whichever front end wrote it. The item carries
the notices readers are shown with the version (desktop/application/reader_copies' rule: those published up to it,
and for a version not yet published the draft its publishing would add), and its record once it is published.
"""

from __future__ import annotations

from collections.abc import Mapping

from corrections.notices import NewsItem, Notice
from corrections.notices.house_style import HouseStyle
from corrections.notices.serialize import combine_notices
from db import publishing
from db.history import History
from desktop.application.reader_copies import readers_version

DRAFT = None
"""The key of the draft's wording in `news_item(wording=…)`; a published notice's key is its id."""


def news_item(history: History, article_id: int, number: int | None = None, *, style: HouseStyle | None = None,
              wording: Mapping[int | None, Notice] | None = None) -> NewsItem:
    """Version `number` (default the latest) as a news item. `wording` puts an edited wording in place of a
    published notice (by its id) or of the draft (DRAFT): what the notice dialog shows before it is published."""
    style = style or HouseStyle.default()
    wording = wording or {}
    version = history.version(article_id, number)
    stored = [n for n in publishing.notices(history, article_id) if n.version_number <= version.number]
    shown = [wording.get(n.id, n.notice) for n in stored]
    own = [notice for n, notice in zip(stored, shown) if n.version_number == version.number]
    if version.number > readers_version(history, article_id):  # not yet published: the draft its publishing adds
        drafted = wording.get(DRAFT) or publishing.draft(history, article_id, version.number, style=style)
        if drafted is not None:
            shown, own = [*shown, drafted], [*own, drafted]
    published = version.number == 1 or any(p.version_number == version.number
                                           for p in publishing.publications(history, article_id))
    return NewsItem(
        article_uid=history.article_uid(article_id), version=version.number,
        headline=history.article(article_id).title, text=history.text(article_id, version.number),
        first_created=history.version(article_id, 1).created_at, version_created=version.created_at,
        published=published, notice=combine_notices(shown) if shown else None,
        changed=frozenset(section.kind for notice in own for section in notice.sections),
        record=publishing.notice_record(history, article_id, version.number),
        provider=style.provider, provider_uri=style.provider_uri, language=style.page_language)


def newsml(history: History, article_id: int, number: int | None = None, *, style: HouseStyle | None = None,
           wording: Mapping[int | None, Notice] | None = None) -> str:
    """Version `number` (default the latest) as a NewsML-G2 document; see news_item."""
    from corrections.notices import to_newsml  # lxml loads on first use: a quicker start

    return to_newsml(news_item(history, article_id, number, style=style, wording=wording))


def notice_version(history: History, article_id: int, *, draft: bool) -> int:
    """The version whose item `emend notice --format newsml` gives: the one readers see when a notice is published
    (the one a draft is shown for, the latest, otherwise)."""
    if draft:
        return history.latest(article_id).number
    return readers_version(history, article_id)
