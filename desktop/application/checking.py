"""Proving the record: verification (alone, or against receipts and published notices) and receipts."""

from __future__ import annotations

import os

from db.history import History
from db.records import VerifyReport


def verify(history: History, article_id: int | None = None, *,
           against: list[str | os.PathLike] | tuple = ()) -> VerifyReport:
    """The hash chains walked, then each receipt read from `against` checked against the history."""
    from corrections.receipts import read_receipts
    from db.receipts import verify_against

    held = [receipt for path in against for receipt in read_receipts(path)]
    return verify_against(history, held, article_id)


def receipts(history: History, article_id: int | None = None):
    """One receipt per publish point, oldest first; none for a history that does not verify."""
    from db.receipts import receipts as issued

    return issued(history, article_id)
