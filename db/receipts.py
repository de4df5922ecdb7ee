"""Receipts out of the history, and receipts checked against it.

`verify` alone catches rows changed, deleted or inserted by hand. Someone holding the file and
Emend's code can recompute every hash, though; a receipt kept outside the history (an archive, a
mail, the published notice itself) still holds the old hashes, so checking it names the rewrite.
"""

from __future__ import annotations

from corrections.errors import VerificationError
from corrections.receipts import Receipt
from db.records import Problem, VerifyReport

_RECEIPTS_SQL = """
    select p.article_id, a.title, a.created_at, a.source_sha256, v.number, p.published_at, v.chain_sha256,
           (select n.sha256 from notices n where n.publication_id = p.id and n.supersedes_id is null
            order by n.id limit 1) as notice_sha256
    from publications p join articles a on a.id = p.article_id join versions v on v.id = p.version_id
"""


def receipts(history, article_id: int | None = None) -> list[Receipt]:
    """One receipt per publish point (of one article, or of all), oldest first.

    Refused (VerificationError, exit 1) when the history does not verify: a receipt vouches for the
    record, so none is issued for one that was already altered.
    """
    where, params = "", []
    if article_id is not None:
        history.article(article_id)
        where, params = " where p.article_id = ?", [article_id]
    report = history.verify(article_id)
    if not report.ok:
        raise VerificationError(f"no receipts for a history that does not verify: {report.problems[0]}")
    rows = history.db.execute(_RECEIPTS_SQL + where + " order by p.published_at, p.id", params).fetchall()
    return [
        Receipt(article_id=article, version=number, chain_sha256=chain, source=str(history.path or "the history"),
                title=title, created_at=created_at, source_sha256=source or "", published_at=published_at,
                notice_sha256=notice)
        for article, title, created_at, source, number, published_at, chain, notice in rows
    ]


def verify_against(history, held: list[Receipt], article_id: int | None = None) -> VerifyReport:
    """The plain verification, then every receipt checked against the history; the problems of both."""
    report = history.verify(article_id)
    problems = [problem for receipt in held if (problem := check_receipt(history.db, receipt))]
    return VerifyReport(report.checked_articles, report.checked_versions, report.problems + tuple(problems))


def _still_worded(db, article_id: int, wording: tuple[str, ...]) -> bool:
    """Whether every published paragraph is in one of the article's notices, superseded wordings included
    (a page published before a revision still shows the first wording)."""
    stored = [" ".join(text.split()) for (text,) in db.execute("select text from notices where article_id = ?",
                                                               [article_id])]
    return all(any(paragraph in notice for notice in stored) for paragraph in wording)


def check_receipt(db, receipt: Receipt) -> Problem | None:
    """What the history no longer holds of a receipt: the article, its identity, the version, the publish
    point or the notice (receipts read from a notice carry only the article, version and chain hash)."""
    article_id, number, source = receipt.article_id, receipt.version, receipt.source
    article = db.execute("select title, created_at, source_sha256 from articles where id = ?", [article_id]).fetchone()
    if article is None:
        return Problem(article_id, number, f"the article is gone from the history (deleted); {source} records it")
    if receipt.complete:
        changed = [name for name, now, then in zip(("title", "created_at", "source_sha256"), article,
                                                   (receipt.title, receipt.created_at, receipt.source_sha256))
                   if (now or "") != then]
        if changed:
            verb = "matches" if len(changed) == 1 else "match"
            return Problem(article_id, number, f"the article's {' and '.join(changed)} no longer {verb} {source} "
                                               "(its identity was rewritten)")
    version = db.execute("select id, chain_sha256 from versions where article_id = ? and number = ?",
                         [article_id, number]).fetchone()
    if version is None:
        return Problem(article_id, number, f"the version is gone from the history (rolled back); {source} records it")
    if version[1] != receipt.chain_sha256:
        return Problem(article_id, number, f"the version was rewritten: its chain hash is no longer the one in {source}")
    published = [at for (at,) in db.execute("select published_at from publications where version_id = ?", [version[0]])]
    if not published:
        return Problem(article_id, number, f"the version is no longer published (unpublished); {source} records "
                                           "its publication")
    if receipt.complete and receipt.published_at not in published:
        return Problem(article_id, number, f"its publication is no longer the one {source} records "
                                           f"(published at {receipt.published_at}; rewritten or unpublished)")
    if receipt.wording and not _still_worded(db, article_id, receipt.wording):
        return Problem(article_id, number, f"the notice readers were shown in {source} is no longer in the history "
                                           "(its wording was rewritten)")
    if receipt.complete and receipt.notice_sha256 is not None and not db.execute(
            "select 1 from notices where article_id = ? and sha256 = ?", [article_id, receipt.notice_sha256]).fetchone():
        return Problem(article_id, number, f"the notice published with it is gone or altered (its digest in {source} "
                                           "is not in the history)")
    return None
