"""Verification: walk every article's hash chain and name the first row that no longer matches."""

from __future__ import annotations

from sqlite_utils import Database

from corrections.article import sha256_text
from db.chain import article_identity, chain_hash, correction_fingerprint, hash_id, is_legacy, version_metadata
from db.errors import DAMAGE_ERRORS
from db.record_chain import verify_record_chain
from db.records import Problem, VerifyReport
from db.storage import VersionTexts


def verify_history(db: Database, article_id: int | None = None) -> VerifyReport:
    """Check contents, numbering, parent links, chain hashes and each article's head hash.

    Catches edited rows (content or metadata), deleted rows (a gap, a dangling parent or a
    head mismatch), inserted rows and reordered rows (numbers are inside the hash), and the same
    for publish points and notices (their digests, links and head).
    """
    where = " where id = ?" if article_id is not None else ""
    params = [article_id] if article_id is not None else []
    articles = list(db.query("select * from articles" + where + " order by id", params))
    problems: list[Problem] = []
    checked = 0
    known = {a["id"] for a in articles}
    if article_id is None:
        for row in db.query("select distinct article_id from versions"):
            if row["article_id"] not in known:
                problems.append(Problem(row["article_id"], None, "versions exist for an article that was deleted"))
    for article in articles:
        try:
            found = _verify_article(db, article)
            checked += found[0]
            problem = found[1] or _verify_publications(db, article["id"]) or verify_record_chain(db, article)
        except DAMAGE_ERRORS as error:  # bytes that no longer decode: a row was damaged or altered
            problem = Problem(article["id"], None, f"its stored rows cannot be read ({type(error).__name__}: {error})")
        if problem:
            problems.append(problem)
    return VerifyReport(len(articles), checked, tuple(problems))


def _verify_article(db: Database, article: dict) -> tuple[int, Problem | None]:
    article_id, head = article["id"], article["head_chain_sha256"] or ""
    applied: dict[int, list[dict]] = {}
    for row in db.query("select * from corrections where article_id = ? and status = 'applied'", [article_id]):
        applied.setdefault(row["applied_version_id"], []).append(row)
    rows = VersionTexts(db).walk(article_id)
    previous = None
    count = 0
    for row in rows:
        count += 1
        number = row["number"]
        expected_number = previous["number"] + 1 if previous else 1
        if number != expected_number:
            return count, Problem(article_id, number, f"version {expected_number} is missing (deleted or renumbered)")
        expected_parent = previous["id"] if previous else None
        if row["parent_id"] != expected_parent:
            return count, Problem(article_id, number, "its parent link does not point to the version before it")
        if row["text"] is None:
            return count, Problem(article_id, number, "its stored text cannot be rebuilt (a patch was altered)")
        if sha256_text(row["text"]) != row["content_sha256"]:
            return count, Problem(article_id, number, "its text was changed after it was saved (content hash mismatch)")
        legacy = is_legacy(row)  # saved before UUIDs: its hash names the article and corrections by local id
        fields = dict(
            article_id=hash_id(article, legacy), number=number, parent_number=previous["number"] if previous else None,
            author=row["author"], created_at=row["created_at"], message=row["message"],
            corrections=[correction_fingerprint(c, legacy=legacy) for c in applied.pop(row["id"], [])],
            rebased_from=row.get("rebased_from"), uid=None if legacy else row["uid"],
        )
        parent_chain = previous["chain_sha256"] if previous else None
        if row["chain_sha256"] not in _expected_chains(article, parent_chain, row["content_sha256"], fields):
            what = "its metadata or applied corrections"
            if number == 1:
                what = "its metadata or the article's title, source or import time"
            return count, Problem(article_id, number, f"{what} were changed after it was saved (chain hash mismatch)")
        previous = row
    if previous is None:
        return count, Problem(article_id, None, "the article has no versions (they were deleted)")
    if applied:
        return count, Problem(article_id, None, "applied corrections point to versions that no longer exist")
    if previous["chain_sha256"] != head:
        return count, Problem(
            article_id, previous["number"],
            "the latest versions do not match the article's recorded head (versions deleted or added)",
        )
    return count, None


def _expected_chains(article: dict, parent_chain: str | None, content: str, fields: dict) -> tuple[str, ...]:
    """The chain hashes a version may carry: version 1 saved by this Emend covers the article's identity,
    version 1 saved before it (a legacy history, never rewritten) does not."""
    chains = (chain_hash(parent_chain, content, version_metadata(**fields)),)
    if fields["number"] != 1:
        return chains
    return (chain_hash(parent_chain, content, version_metadata(**fields, identity=article_identity(article))),) + chains


def _verify_publications(db: Database, article_id: int) -> Problem | None:
    """Publish points and notices carry their own hashes; a changed row is named."""
    from db.publishing import record_digest

    if "publications" not in db.table_names():
        return None
    sql = """select p.*, v.number from publications p left join versions v on v.id = p.version_id
             where p.article_id = ? order by p.id"""
    for row in db.query(sql, [article_id]):
        if row["number"] is None or record_digest(db, "publications", row) != row["sha256"]:
            return Problem(article_id, row["number"], "its publish record was changed after it was made")
    for row in db.query("select * from notices where article_id = ? order by id", [article_id]):
        if record_digest(db, "notices", row) != row["sha256"]:
            return Problem(article_id, None, f"notice {row['id']} was changed after it was published")
    return None
