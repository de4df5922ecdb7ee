"""Rebasing an editor's offline versions onto the versions colleagues synced first.

Both saved on the same parent: the server's versions keep their numbers, and each local version is
replayed on top with a three-way word merge (its parent, the text so far, itself). Where the changes
touch different passages the rebased version keeps its author, message, time and corrections
(re-anchored) and names the version it was rebased from. Where both changed the same passage
differently nothing is stored and the article waits for a hand merge. Either way the local versions
are copied, text and corrections, to `set_aside_versions` before they leave the table: nothing an
editor saved is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from corrections.anchor import Anchor, locate
from corrections.clock import utc_now
from corrections.diff.merge3 import Conflict, merge3
from corrections.errors import AmbiguousPassage, PassageNotFound, VerificationError
from db.sync.local_rows import (
    UNSYNCED, ArticleRows, article_uid, count_records, receipted_head, refresh_record_head, store_pulled,
)


@dataclass(frozen=True)
class ArticleConflict:
    """An article whose offline versions clash with the server's: what the window shows side by side."""

    article_id: int
    article_uid: str
    title: str
    base_number: int
    theirs_number: int
    mine_numbers: tuple[int, ...]
    base_text: str
    theirs_text: str
    mine_text: str
    conflicts: tuple[Conflict, ...]
    reason: str

    def to_json(self) -> dict:
        return {"article": self.article_id, "article_uid": self.article_uid, "title": self.title,
                "base": self.base_number, "theirs": self.theirs_number, "mine": list(self.mine_numbers),
                "reason": self.reason, "passages": [{"parent": c.parent, "theirs": c.theirs, "mine": c.mine}
                                                    for c in self.conflicts]}


@dataclass
class _Replay:
    """One local version replayed on the server's text."""

    row: dict
    text: str
    parent_text: str
    corrections: list[dict] = field(default_factory=list)
    skipped: bool = False


def local_versions(history, article_id: int) -> list[dict]:
    """The article's versions the server has not acknowledged, oldest first, each with its text and corrections."""
    rows = list(history.db.query(f"select * from versions where article_id = ? and {UNSYNCED} order by number",
                                 [article_id]))
    for row in rows:
        row["full_text"] = history.text(article_id, row["number"])
        row["applied"] = list(history.db.query("select * from corrections where applied_version_id = ? order by id",
                                               [row["id"]]))
    return rows


def plan(history, article_id: int, server: ArticleRows) -> list[_Replay] | ArticleConflict:
    """The rebased versions, or the conflict that stops the rebase."""
    base_number = receipted_head(history.db, article_id)[0]
    mine = local_versions(history, article_id)
    base_text = history.text(article_id, base_number)
    theirs = server.versions[-1]

    def conflict(reason: str, passages=()) -> ArticleConflict:
        article = history.article(article_id)
        return ArticleConflict(article_id, theirs["article_uid"], article.title, base_number, theirs["number"],
                               tuple(v["number"] for v in mine), base_text, theirs["text"],
                               mine[-1]["full_text"] if mine else base_text, tuple(passages), reason)

    if records_clash(history, article_id, server):
        return records_conflict(history, article_id, server)
    if history.db.execute(f"select 1 from publications where article_id = ? and {UNSYNCED}", [article_id]).fetchone():
        return conflict("it was published here while colleagues saved newer versions")
    replays, parent, merged = [], base_text, theirs["text"]
    for row in mine:
        result = merge3(parent, merged, row["full_text"])
        if not result.clean:
            whole = merge3(base_text, theirs["text"], mine[-1]["full_text"])
            return conflict("both changed the same passage", whole.conflicts or result.conflicts)
        replay = _Replay(row, result.text, merged, skipped=result.text == merged)
        for correction in row["applied"]:
            replay.corrections.append(_reanchored(correction, merged) or dict(correction))
        replays.append(replay)
        parent, merged = row["full_text"], result.text
    return replays


def records_clash(history, article_id: int, server: ArticleRows) -> bool:
    """Publish points or notices made here and new ones on the server: each names the same record before it,
    and a chain of publish points cannot fork."""
    return bool(count_records(history.db, article_id, synced=False) and (server.publications or server.notices))


def records_conflict(history, article_id: int, server: ArticleRows) -> ArticleConflict:
    """Both published: the colleague's publication stands unless the desk decides otherwise; mine can be set aside
    (keep theirs) or my text saved on top of theirs to publish again (keep mine)."""
    base_number = receipted_head(history.db, article_id)[0]
    base_text = history.text(article_id, base_number)
    theirs = server.versions[-1] if server.versions else {"number": base_number, "text": base_text}
    mine = local_versions(history, article_id)
    return ArticleConflict(article_id, article_uid(history.db, article_id), history.article(article_id).title,
                           base_number, theirs["number"], tuple(v["number"] for v in mine), base_text,
                           theirs["text"], mine[-1]["full_text"] if mine else base_text, (),
                           "it was published here while a colleague published it too; publish points cannot be "
                           "merged — keep theirs (yours are set aside) or keep your text and publish it again")


def _reanchored(row: dict, text: str) -> dict | None:
    """A correction's anchor found again in the text it now applies to; None when it is not there."""
    anchor = Anchor(exact=row["quote"], prefix=row["prefix"] or "", suffix=row["suffix"] or "",
                    start=row["start_offset"] or 0)
    try:
        found = locate(anchor, text)
    except (PassageNotFound, AmbiguousPassage):
        return None
    return {**row, "quote": found.exact, "prefix": found.prefix, "suffix": found.suffix, "start_offset": found.start}


def set_aside_records(history, article_id: int, reason: str, version_ids: list[int] | None = None) -> int:
    """Copy the article's publish points and notices the server never received (all, or those of the versions
    `version_ids`) to set_aside_records, then take them out, notices first, newest first; how many. For a hand
    merge that keeps a colleague's publication, or sets aside the versions they published."""
    db, now, count = history.db, utc_now(), 0
    of = "" if version_ids is None else \
        f" and version_id in ({','.join(str(int(i)) for i in version_ids) or 'null'})"
    published = f"select id from publications where article_id = ? and {UNSYNCED}{of}"
    notices = f"article_id = ? and {UNSYNCED}" if version_ids is None else f"publication_id in ({published})"
    for table, which in (("notices", notices), ("publications", f"id in ({published})")):
        rows = list(db.query(f"select * from {table} where {which} order by id desc", [article_id]))
        for row in rows:
            db["set_aside_records"].insert({"uid": row["uid"], "table_name": table, "article_id": article_id,
                                            "local_id": row["id"], "set_aside_at": now, "reason": reason,
                                            "row_json": json.dumps(row, ensure_ascii=False, sort_keys=True)})
            db.execute(f"delete from {table} where id = ?", [row["id"]])
            count += 1
    return count


def set_aside(history, article_id: int, rows: list[dict], reasons: dict[str, str]) -> None:
    """Copy local versions (text and corrections) to set_aside_versions with why, then take them out of the
    version table, newest first; their corrections wait, unapplied, for the caller to apply them again."""
    db, now = history.db, utc_now()
    for row in rows:
        db["set_aside_versions"].insert({
            "uid": row["uid"], "article_id": article_id, "local_id": row["id"], "number": row["number"],
            "parent_number": row["number"] - 1 or None, "author": row["author"],
            "created_at": row["created_at"], "message": row["message"], "content_sha256": row["content_sha256"],
            "chain_sha256": row["chain_sha256"], "text": row["full_text"],
            "corrections_json": json.dumps(row["applied"], ensure_ascii=False, sort_keys=True, default=str),
            "set_aside_at": now, "reason": reasons[row["uid"]]})
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    base_number = receipted_head(db, article_id)[0]
    base_id = db.execute("select id from versions where article_id = ? and number = ?",
                         [article_id, base_number]).fetchone()[0]
    db.execute(f"update corrections set status = 'rebasing', applied_version_id = null "
               f"where applied_version_id in ({marks})", ids)
    db.execute(f"update corrections set base_version_id = ? where status != 'rebasing' and base_version_id in ({marks})",
               [base_id] + ids)
    db.execute(f"delete from version_additions where version_id in ({marks})", ids)
    for row_id in sorted(ids, reverse=True):
        db.execute("delete from versions where id = ?", [row_id])
    db.execute("update articles set head_chain_sha256 = (select chain_sha256 from versions where article_id = ? "
               "order by number desc limit 1) where id = ?", [article_id, article_id])
    history.forget_saved_text()


def apply_rebase(history, article_id: int, server: ArticleRows, replays: list[_Replay]) -> int:
    """Store the server's versions, then the rebased ones (in the caller's transaction); how many were stored."""
    theirs_number = server.versions[-1]["number"]
    number, reasons = theirs_number, {}
    for replay in replays:
        if not replay.skipped:
            number += 1
        reasons[replay.row["uid"]] = (f"the same change was already in version {number}" if replay.skipped
                                      else f"rebased onto version {theirs_number} as version {number}")
    set_aside(history, article_id, [r.row for r in replays], reasons)
    store_pulled(history, server)
    stored = 0
    for replay in replays:
        if replay.skipped:
            _withdraw(history, replay.corrections, reasons[replay.row["uid"]])
            continue
        _append(history, article_id, replay.parent_text, replay.text, replay.row, replay.corrections)
        stored += 1
    _check(history, article_id)
    return stored


def merge_by_hand(history, article_id: int, server: ArticleRows, text: str, *, author: str, message: str) -> int | None:
    """Resolve a conflict with the text the editor chose: the server's versions are stored, the local ones set
    aside, and `text` saved on top (None when it is the server's text, kept as it is). Corrections of the
    local versions are carried over where their passage is in the server's text and their replacement in
    `text`; the others are withdrawn with a note, their record kept with the set-aside versions."""
    mine = local_versions(history, article_id)
    base_number = receipted_head(history.db, article_id)[0]
    theirs = server.versions[-1] if server.versions else \
        {"number": base_number, "text": history.text(article_id, base_number)}  # only publish points clashed
    new_number = theirs["number"] + 1
    reason = f"merged by hand into version {new_number}" if text != theirs["text"] else \
        f"set aside for version {theirs['number']} in a hand merge"
    clash = records_clash(history, article_id, server)
    set_aside_records(history, article_id, "a colleague published the article first, kept in a hand merge" if clash
                      else f"its version was set aside in a hand merge ({reason})",
                      None if clash else [row["id"] for row in mine])
    if mine:
        set_aside(history, article_id, mine, {row["uid"]: reason for row in mine})
    if server:
        store_pulled(history, server)
    refresh_record_head(history.db, article_id)
    carried, dropped = [], []
    for row in (c for version in mine for c in version["applied"]):
        moved = _reanchored(row, theirs["text"])
        if moved is not None and moved["quote"] == row["quote"] and _still_in(moved, text):
            carried.append(moved)
        else:
            dropped.append(row)
    _withdraw(history, dropped, reason)
    version_id = None
    if text != theirs["text"]:
        version_id = _append(history, article_id, theirs["text"], text,
                             {"author": author, "message": message, "created_at": utc_now(),
                              "uid": mine[-1]["uid"] if mine else None}, carried)
    else:
        _withdraw(history, carried, reason)
    _check(history, article_id)
    return version_id


def _still_in(row: dict, text: str) -> bool:
    """Whether a correction's replacement is in `text` at (about) the place its passage was."""
    try:
        locate(Anchor(exact=row["replacement"], prefix=row["prefix"] or "", suffix=row["suffix"] or "",
                      start=row["start_offset"] or 0), text)
    except (PassageNotFound, AmbiguousPassage):
        return False
    return bool(row["replacement"])


def _append(history, article_id: int, parent_text: str, text: str, row: dict, corrections: list[dict]) -> int:
    """Save a rebased (or merged) version on the article's latest, with its corrections applied in it."""
    parent = history.latest(article_id)
    version_id = history._append_version(
        article_id, parent, parent_text, text, author=row["author"], message=row["message"], now=row["created_at"],
        applied=corrections, rebased_from=row["uid"])
    now = utc_now()
    for c in corrections:
        history.db.execute(
            "update corrections set status = 'applied', applied_version_id = ?, quote = ?, prefix = ?, suffix = ?,"
            " start_offset = ?, updated_at = ? where id = ?",
            [version_id, c["quote"], c["prefix"], c["suffix"], c["start_offset"], now, c["id"]])
    return version_id


def _withdraw(history, corrections: list[dict], reason: str) -> None:
    for c in corrections:
        note = ((c["internal_note"] or "") + f" [not applied again: {reason}]").strip()
        history.db.execute("update corrections set status = 'withdrawn', internal_note = ?, updated_at = ? where id = ?",
                           [note, utc_now(), c["id"]])


def _check(history, article_id: int) -> None:
    """The article must verify after a rebase or merge, or nothing of it is stored (the caller rolls back)."""
    report = history.verify(article_id)
    if not report.ok:
        raise VerificationError(f"the newsroom record's versions do not verify here: {report.problems[0]}; "
                                "nothing was stored for this article")
