"""The local side of sync: which rows the server has not acknowledged, and storing rows pulled from it.

A row is synced once its UUID is in `server_receipts` (with who pushed it and when the server took it).
Pulled rows keep their UUIDs, hashes and legacy ids; only the local integer ids are new.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from corrections.diff import word_diff
from corrections.intake import FIELDS as INTAKE_FIELDS
from db.record_chain import newest_unlinked, record_rows
from db.search import additions
from db.storage import VersionTexts, encode

UNSYNCED = "uid not in (select uid from server_receipts)"

ARTICLE_FIELDS = ("uid", "title", "created_at", "source_name", "source_format", "source_encoding", "source_sha256",
                  "legacy_id")
VERSION_FIELDS = ("uid", "number", "author", "created_at", "message", "content_sha256", "chain_sha256", "legacy_id",
                  "rebased_from")
CORRECTION_FIELDS = ("uid", "kind", "quote", "prefix", "suffix", "start_offset", "replacement", "public_note",
                     "internal_note", "author", "created_at", "updated_at", "legacy_id") + INTAKE_FIELDS
PUBLICATION_FIELDS = ("uid", "published_at", "published_by", "sha256", "previous_sha256", "legacy_id")
NOTICE_FIELDS = ("uid", "created_at", "created_by", "text", "notice_json", "spans_json", "sha256", "previous_sha256",
                 "legacy_id")


@dataclass
class ArticleRows:
    """One article's rows as the server stores them (UUID references, full version texts), in push order."""

    article: dict | None = None
    versions: list[dict] = field(default_factory=list)
    corrections: list[dict] = field(default_factory=list)
    publications: list[dict] = field(default_factory=list)
    notices: list[dict] = field(default_factory=list)
    approvals: list[dict] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.article or self.versions or self.corrections or self.publications or self.notices)

    def texts(self) -> "ArticleRows":
        """The article row, versions and corrections: what any editor may push."""
        return ArticleRows(self.article, self.versions, self.corrections)

    def records(self) -> "ArticleRows":
        """The publish points and notices, which a newsroom may hold back until a version is signed off."""
        return ArticleRows(publications=self.publications, notices=self.notices)

    def count(self) -> int:
        """What `sync` reports: versions, publish points and notices."""
        return len(self.versions) + len(self.publications) + len(self.notices)


def article_uid(db: Database, article_id: int) -> str:
    return db.execute("select uid from articles where id = ?", [article_id]).fetchone()[0]


def receipted_head(db: Database, article_id: int) -> tuple[int, str | None, str | None]:
    """The newest version of an article the server acknowledged: (number, uid, chain hash), (0, None, None) if none."""
    row = db.execute("select number, uid, chain_sha256 from versions where article_id = ? and not " + UNSYNCED +
                     " order by number desc limit 1", [article_id]).fetchone()
    return (row[0], row[1], row[2]) if row else (0, None, None)


def count_records(db: Database, article_id: int, *, synced: bool) -> int:
    """An article's publish points and notices the server acknowledged (`synced`), or not yet."""
    which = f"not {UNSYNCED}" if synced else UNSYNCED
    return db.execute(f"select (select count(*) from publications where article_id = ? and {which}) + "
                      f"(select count(*) from notices where article_id = ? and {which})",
                      [article_id, article_id]).fetchone()[0]


def has_unsynced_versions(db: Database, article_id: int) -> bool:
    return bool(db.execute(f"select 1 from versions where article_id = ? and {UNSYNCED} limit 1", [article_id]).fetchone())


def unsynced_article_ids(db: Database) -> list[int]:
    """Articles with anything the server has not acknowledged, oldest first."""
    sql = " union ".join(f"select article_id from {t} where {UNSYNCED}" for t in ("versions", "publications", "notices"))
    return sorted({r[0] for r in db.execute(sql + f" union select id from articles where {UNSYNCED}").fetchall()})


def count_unsynced(db: Database) -> int:
    """How many versions, publish points and notices wait to be sent."""
    return sum(db.execute(f"select count(*) from {t} where {UNSYNCED}").fetchone()[0]
               for t in ("versions", "publications", "notices"))


def outgoing(db: Database, article_id: int) -> ArticleRows:
    """What the server lacks of one article, as server rows."""
    rows = ArticleRows()
    uid = article_uid(db, article_id)
    article = db.execute(f"select * from articles where id = ? and {UNSYNCED}", [article_id]).fetchone()
    if article is not None:
        row = dict(zip([d[0] for d in db.execute("select * from articles limit 0").description], article))
        rows.article = {name: row[name] for name in ARTICLE_FIELDS}
    texts = VersionTexts(db)
    for v in db.query(f"""select v.*, p.uid as parent_uid, p.chain_sha256 as parent_chain from versions v
                          left join versions p on p.id = v.parent_id
                          where v.article_id = ? and v.{UNSYNCED} order by v.number""", [article_id]):
        rows.versions.append({**{n: v[n] for n in VERSION_FIELDS}, "article_uid": uid, "parent_uid": v["parent_uid"],
                              "parent_chain_sha256": v["parent_chain"] or "",
                              "text": texts.text(article_id, v["number"])})
    for c in db.query(f"""select c.*, v.uid as version_uid from corrections c join versions v on v.id = c.applied_version_id
                          where c.article_id = ? and c.status = 'applied' and c.{UNSYNCED} order by v.number, c.id""",
                      [article_id]):
        rows.corrections.append({**{n: c[n] for n in CORRECTION_FIELDS}, "article_uid": uid,
                                 "applied_version_uid": c["version_uid"]})
    for p in db.query(f"""select p.*, v.uid as version_uid from publications p join versions v on v.id = p.version_id
                          where p.article_id = ? and p.{UNSYNCED} order by p.id""", [article_id]):
        rows.publications.append({**{n: p[n] for n in PUBLICATION_FIELDS}, "article_uid": uid,
                                  "version_uid": p["version_uid"]})
    for n in db.query(f"""select n.*, p.uid as publication_uid, s.uid as supersedes_uid from notices n
                          join publications p on p.id = n.publication_id left join notices s on s.id = n.supersedes_id
                          where n.article_id = ? and n.{UNSYNCED} order by n.id""", [article_id]):
        rows.notices.append({**{f: n[f] for f in NOTICE_FIELDS}, "article_uid": uid,
                             "publication_uid": n["publication_uid"], "supersedes_uid": n["supersedes_uid"]})
    return rows


def record_receipts(db: Database, receipts: list[tuple[str, str, str, str]]) -> None:
    """Note rows the server acknowledged: (uid, kind, pushed_by, received_at)."""
    db.conn.executemany("insert or ignore into server_receipts (uid, kind, pushed_by, received_at) values (?, ?, ?, ?)",
                   receipts)


def store_pulled(history, rows: ArticleRows) -> int:
    """Store one article's pulled rows (in the caller's transaction); the local article id."""
    db = history.db
    receipts = []
    if rows.article is not None:
        found = db.execute("select id from articles where uid = ?", [rows.article["uid"]]).fetchone()
        if found is None:
            article_id = db["articles"].insert({**{n: rows.article[n] for n in ARTICLE_FIELDS},
                                                "head_chain_sha256": "", "head_record_sha256": ""}).last_pk
        else:
            article_id = found[0]
        receipts.append(_receipt(rows.article, "article"))
    else:
        uid = (rows.versions or rows.publications or rows.notices)[0]["article_uid"]
        article_id = db.execute("select id from articles where uid = ?", [uid]).fetchone()[0]
    ids = dict(db.execute("select uid, id from versions where article_id = ?", [article_id]).fetchall())
    parent_text = None
    for v in rows.versions:
        if parent_text is None and v["number"] > 1:
            parent_text = history.text(article_id, v["number"] - 1)
        diff = word_diff(parent_text, v["text"]) if parent_text is not None else None
        stored = encode(v["number"], parent_text, v["text"], diff)
        ids[v["uid"]] = db["versions"].insert({
            **{n: v[n] for n in VERSION_FIELDS}, "article_id": article_id, "parent_id": ids.get(v["parent_uid"]),
            "storage": stored.storage, "text": stored.text, "patch": stored.patch}).last_pk
        db["version_additions"].insert({"version_id": ids[v["uid"]], "article_id": article_id, "number": v["number"],
                                        "text": additions(parent_text, v["text"], diff)})
        db.execute("update articles set head_chain_sha256 = ? where id = ?", [v["chain_sha256"], article_id])
        parent_text = v["text"]
        receipts.append(_receipt(v, "version"))
    numbers = dict(db.execute("select id, number from versions where article_id = ?", [article_id]).fetchall())
    by_number = {number: row_id for row_id, number in numbers.items()}
    for c in rows.corrections:
        applied = ids[c["applied_version_uid"]]
        base = by_number.get(numbers[applied] - 1, applied)
        db["corrections"].insert({**{n: c[n] for n in CORRECTION_FIELDS}, "article_id": article_id,
                                  "base_version_id": base, "applied_version_id": applied, "status": "applied"})
        receipts.append(_receipt(c, "correction"))
    publication_ids = dict(db.execute("select uid, id from publications where article_id = ?", [article_id]).fetchall())
    for p in rows.publications:
        publication_ids[p["uid"]] = db["publications"].insert({
            **{n: p[n] for n in PUBLICATION_FIELDS}, "article_id": article_id, "version_id": ids[p["version_uid"]]}).last_pk
        receipts.append(_receipt(p, "publication"))
    notice_ids = dict(db.execute("select uid, id from notices where article_id = ?", [article_id]).fetchall())
    for n in rows.notices:
        notice_ids[n["uid"]] = db["notices"].insert({
            **{f: n[f] for f in NOTICE_FIELDS}, "article_id": article_id,
            "publication_id": publication_ids[n["publication_uid"]],
            "supersedes_id": notice_ids.get(n["supersedes_uid"]) if n["supersedes_uid"] else None}).last_pk
        receipts.append(_receipt(n, "notice"))
    if rows.publications or rows.notices:
        refresh_record_head(db, article_id)
    store_approvals(db, rows.approvals)
    record_receipts(db, receipts)
    return article_id


def refresh_record_head(db: Database, article_id: int) -> None:
    """Point the article's record head at its newest publish point or notice (after pulling or setting aside)."""
    db.execute("update articles set head_record_sha256 = ? where id = ?", [_record_head(db, article_id), article_id])


def _record_head(db: Database, article_id: int) -> str:
    """The newest of an article's linked publish points and notices: the one no other names as the record before."""
    rows = db.execute("select sha256, previous_sha256 from publications where article_id = ? union all "
                      "select sha256, previous_sha256 from notices where article_id = ?", [article_id, article_id]).fetchall()
    named = {previous for _, previous in rows if previous}
    heads = [digest for digest, previous in rows if previous is not None and digest not in named]
    return heads[-1] if heads else newest_unlinked(record_rows(db, article_id))


def store_approvals(db: Database, approvals: list[dict]) -> None:
    db.conn.executemany("insert or ignore into approvals (uid, article_uid, version_uid, decision, note, decided_by, decided_at)"
                   " values (?, ?, ?, ?, ?, ?, ?)",
                   [(a["uid"], a["article_uid"], a["version_uid"], a["decision"], a["note"], a["decided_by"],
                     a["decided_at"]) for a in approvals])


def _receipt(row: dict, kind: str) -> tuple[str, str, str, str]:
    return (row["uid"], kind, row["pushed_by"], row["received_at"])
