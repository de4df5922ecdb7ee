"""The public record of a history: every notice readers were shown, each article's published changes with
their diffs and record hashes, and the receipts; what the corrections page is made of."""

from __future__ import annotations

from datetime import date

from corrections.clock import parse_utc
from corrections.corrections_page.model import PublicArticle, PublicRecord, PublishedChange, PublishedNotice
from corrections.errors import VerificationError
from corrections.notices.model import NoticeRecord
from db import publishing
from db.receipts import receipts


def public_record(history, since: date | None = None) -> PublicRecord:
    """The notices published on or after `since` (UTC days; all without it), newest first, with a page for
    each article they belong to; refused (VerificationError) for a history that does not verify, as receipts are."""
    try:
        issued = receipts(history)
    except VerificationError as error:
        raise VerificationError(f"no corrections page: {error}") from None
    rows = history.db.execute("select id, uid, title from articles order by created_at, uid").fetchall()
    articles, listed, shown = [], [], set()
    for article_id, uid, title in rows:
        in_force = publishing.notices(history, article_id)
        if not any(_on_or_after(n.created_at, since) for n in in_force):
            continue
        article = _article(history, article_id, uid, title, in_force)
        articles.append(article)
        shown.add(article_id)
        listed += [n for change in article.changes for n in change.notices if _on_or_after(n.published_at, since)]
    listed.sort(key=lambda n: (n.published_at, n.uid), reverse=True)
    return PublicRecord(notices=tuple(listed), articles=tuple(articles),
                        receipts=tuple(r for r in issued if r.article_id in shown),
                        identity=rows[0][1] if rows else "")


def _article(history, article_id: int, uid: str, title: str, in_force) -> PublicArticle:
    versions = {v.number: v for v in history.versions(article_id)}
    changes, previous = [], 1
    for publication in publishing.publications(history, article_id):
        number = publication.version_number
        record = NoticeRecord(article_id, number, versions[number].chain_sha256)
        notices = tuple(PublishedNotice(uid=n.uid, article_uid=uid, article_title=title,
                                        published_at=n.created_at, notice=n.notice, record=record)
                        for n in in_force if n.publication_id == publication.id)
        changes.append(PublishedChange(version=number, previous=previous, published_at=publication.published_at,
                                       chain_sha256=record.chain_sha256,
                                       diff=tuple(history.diff(article_id, previous, number)), notices=notices))
        previous = number
    return PublicArticle(uid=uid, title=title, first_published=versions[1].created_at, changes=tuple(changes))


def _on_or_after(moment: str, since: date | None) -> bool:
    return since is None or parse_utc(moment).date() >= since
