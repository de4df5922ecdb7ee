"""Proving the record: verification (alone, or against receipts and published notices) and receipts."""

from __future__ import annotations

import os

from db.history import History
from db.records import VerifyReport


def verify(history: History, article_id: int | None = None, *,
           against: list[str | os.PathLike] | tuple = (), remote: bool = False) -> VerifyReport:
    """The hash chains walked, then each receipt read from `against` checked against the history, and with
    `remote` every synced version compared with the newsroom server's record."""
    from corrections.receipts import read_receipts
    from db.receipts import verify_against

    held = [receipt for path in against for receipt in read_receipts(path)]
    report = verify_against(history, held, article_id)
    if remote:
        from db.sync.witness import verify_remote

        witnessed = verify_remote(history)
        extra = tuple(p for p in witnessed.problems if p not in report.problems
                      and (article_id is None or p.article_id == article_id))
        report = VerifyReport(report.checked_articles, report.checked_versions, report.problems + extra)
    return report


def receipts(history: History, article_id: int | None = None, *, remote: bool = False):
    """One receipt per publish point, oldest first; none for a history that does not verify. With `remote`,
    only the publish points the newsroom server holds, after every synced chain matched the server's."""
    from db.receipts import receipts as issued

    if not remote:
        return issued(history, article_id)
    from corrections.errors import VerificationError
    from db.sync.witness import verify_remote, witnessed_publications

    report = verify_remote(history)
    if not report.ok:
        raise VerificationError(f"no receipts: the history does not match the newsroom record: {report.problems[0]}")
    held = witnessed_publications(history)
    return [r for r in issued(history, article_id) if (r.article_id, r.version) in held]
