"""The chain an article's publish points and notices form: each names the record before it, and the
article records the newest, so a deleted, inserted or re-linked record is caught by `verify`.

Records made before schema 5 carry no link; they keep their own digests, and the article's head
was set to the newest of them when the history was migrated.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.records import Problem

_PUBLICATIONS = """select p.*, v.number from publications p left join versions v on v.id = p.version_id
                   where p.article_id = ?"""
_NOTICES = """select n.*, v.number from notices n left join publications p on p.id = n.publication_id
              left join versions v on v.id = p.version_id where n.article_id = ?"""


def record_rows(db: Database, article_id: int) -> list[dict]:
    """An article's publish points and notices, each with its `table`, in the order they were made
    (by time; a publication before the notice published with it)."""
    rows = [{**r, "table": "publications", "made_at": r["published_at"]} for r in db.query(_PUBLICATIONS, [article_id])]
    rows += [{**r, "table": "notices", "made_at": r["created_at"]} for r in db.query(_NOTICES, [article_id])]
    return sorted(rows, key=lambda r: (r["made_at"] or "", r["table"] != "publications", r["id"]))


def newest_unlinked(rows: list[dict]) -> str:
    """The digest of the newest record made before records were linked ('' when there is none)."""
    unlinked = [r for r in rows if r["previous_sha256"] is None]
    return unlinked[-1]["sha256"] if unlinked else ""


def verify_record_chain(db: Database, article: dict) -> Problem | None:
    """Walk back from the article's head along the links; every linked record must be on the way."""
    rows = record_rows(db, article["id"])
    by_digest = {r["sha256"]: r for r in rows}
    head = article["head_record_sha256"] or ""
    digest, newer, on_chain = head, None, set()
    while digest in by_digest and by_digest[digest]["previous_sha256"] is not None:
        row = by_digest[digest]
        if (row["table"], row["id"]) in on_chain:
            return Problem(article["id"], row["number"], f"{describe(row)} links back to itself (records re-linked)")
        on_chain.add((row["table"], row["id"]))
        digest, newer = row["previous_sha256"], row
    if digest and digest not in by_digest:
        if newer is None:
            return Problem(article["id"], None, "its newest publish point or notice is missing: the article's "
                                                "recorded head names a record that is not there (deleted)")
        return Problem(article["id"], newer["number"], f"the publish point or notice made before {describe(newer)} "
                                                       "is missing (deleted): its link names a record that is not there")
    stray = [r for r in rows if r["previous_sha256"] is not None and (r["table"], r["id"]) not in on_chain]
    if stray:
        return Problem(article["id"], stray[0]["number"], f"{describe(stray[0])} is not in the article's record chain "
                                                          "(inserted, or the records after it were deleted)")
    if digest != newest_unlinked(rows):
        return Problem(article["id"], None, "the article's publish points and notices do not match its recorded head "
                                            "(records deleted or added)")
    return None


def describe(row: dict) -> str:
    """'the publish point of version 2', 'notice 3'."""
    if row["table"] == "publications":
        return f"the publish point of version {row['number']}"
    return f"notice {row['id']}"
