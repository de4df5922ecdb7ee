"""Publish points and correction notices: what readers saw, and what they were told.

Version 1 is the article as it was published when it was imported. Publishing a later version
records it, with a notice covering the corrections applied since the previous published
version. Published notices never change; a revised wording is a new notice superseding it.
Every publish point and notice is appended through one place, as the newest link of the
article's record chain (see db.record_chain).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from corrections.clock import utc_now
from corrections.correction import SILENT_KINDS, Correction, Status, as_readers_see, note_beyond_label
from corrections.errors import InputError
from corrections.notices import Notice, NoticeItem, NoticeRecord, draft_notice
from corrections.notices.house_style import HouseStyle
from corrections.notices.serialize import notice_from_dict, notice_from_text, notice_to_dict
from db.chain import canonical_json, hash_id, is_legacy, new_uid
from db.errors import NotFound


@dataclass(frozen=True)
class Publication:
    id: int
    article_id: int
    version_number: int
    published_at: str
    published_by: str


@dataclass(frozen=True)
class StoredNotice:
    """A notice as published: its text, the Notice it renders from, the spans it describes."""

    id: int
    article_id: int
    publication_id: int
    version_number: int
    supersedes_id: int | None
    created_at: str
    created_by: str
    text: str
    notice: Notice
    spans: list[dict]
    uid: str | None = None
    supersedes_uid: str | None = None


def publications(history, article_id: int) -> list[Publication]:
    history.article(article_id)
    sql = """select p.*, v.number from publications p join versions v on v.id = p.version_id
             where p.article_id = ? order by v.number"""
    return [Publication(r["id"], r["article_id"], r["number"], r["published_at"], r["published_by"])
            for r in history.db.query(sql, [article_id])]


def notice_record(history, article_id: int, number: int | None = None) -> NoticeRecord | None:
    """The record a published notice carries: published version `number` (default the latest published)
    with its chain hash; None when that version is not published (a draft carries none)."""
    published = [p.version_number for p in publications(history, article_id)]
    if number is None and published:
        number = published[-1]
    if number not in published:
        return None
    return NoticeRecord(article_id, number, history.version(article_id, number).chain_sha256)


def baseline(history, article_id: int) -> int:
    """The version readers last saw: the latest published one, else version 1."""
    published = publications(history, article_id)
    return published[-1].version_number if published else 1


def unpublished_changes(history, article_id: int, number: int | None = None) -> tuple[list[NoticeItem], list[dict]]:
    """Notice items and exact spans for corrections applied after the baseline, up to `number`; style fixes,
    silent by design, are left out (their lengths still move the spans after them)."""
    upto = history.version(article_id, number).number
    since = baseline(history, article_id)
    corrections = [c for c in history.corrections(article_id, Status.APPLIED)
                   if since < (c.applied_version or 0) <= upto]
    corrections.sort(key=lambda c: (c.applied_version, c.anchor.start))
    versions = {v.number: v for v in history.versions(article_id)}
    items, spans, shift, current = [], [], 0, None
    for c in corrections:
        if c.applied_version != current:
            current, shift = c.applied_version, 0
        version = versions[c.applied_version]
        if not _in_notice(c):
            shift += len(c.replacement) - len(c.quote)
            continue
        items.append(NoticeItem(kind=c.kind, before=c.quote, after=c.replacement, public_note=c.public_note,
                                applied_at=version.created_at))
        spans.append({
            "correction": c.id, "kind": c.kind.value, "version": c.applied_version,
            "parent_version": version.parent_number,
            "before": {"start": c.anchor.start, "end": c.anchor.end, "text": c.quote},
            "after": {"start": c.anchor.start + shift, "end": c.anchor.start + shift + len(c.replacement),
                      "text": c.replacement},
        })
        shift += len(c.replacement) - len(c.quote)
    return items, spans


def _in_notice(c: Correction) -> bool:
    """Whether readers are told of a correction: never of a style fix, nor of an amendment readers could not
    see that carries no note (stored before Emend refused them), which is left out rather than blocking every
    publish after it."""
    if c.kind in SILENT_KINDS:
        return False
    return as_readers_see(c.quote) != as_readers_see(c.replacement) or bool(note_beyond_label(c.public_note))


def covered_corrections(history, article_id: int, number: int | None = None) -> list[Correction]:
    """The corrections, style fixes too, that a notice publishing version `number` (default the latest) speaks
    for: those applied after the version published before it (version 1 when none), up to `number`."""
    upto = history.version(article_id, number).number
    earlier = [p.version_number for p in publications(history, article_id) if p.version_number < upto]
    since = earlier[-1] if earlier else 1
    return [c for c in history.corrections(article_id, Status.APPLIED) if since < (c.applied_version or 0) <= upto]


def draft(history, article_id: int, number: int | None = None, *, style: HouseStyle | None = None,
          corrected_on: str | None = None) -> Notice | None:
    """The notice publishing `number` (default the latest) would carry, or None if nothing was corrected."""
    items, _ = unpublished_changes(history, article_id, number)
    if not items:
        return None
    return draft_notice(items, corrected_on=corrected_on or utc_now(), style=style)


@dataclass(frozen=True)
class PublishRefusal:
    """Why a version cannot be published: readers already saw it, or a newer one."""

    version: int
    published: int
    """The version readers last saw (version 1, the article as imported, when none was published since)."""

    @property
    def message(self) -> str:
        if self.version == self.published == 1:
            return ("version 1 is the article as published when it was imported; save a corrected version "
                    "to publish it")
        if self.version == self.published:
            return f"version {self.version} is already published; save a corrected version to publish again"
        return f"version {self.version} is not newer than the published version {self.published}"


def publish_refusal(history, article_id: int, number: int | None = None) -> PublishRefusal | None:
    """The one rule for both front ends: only a version newer than the one readers saw can be published,
    and version 1 counts as published when imported. None when `number` (default the latest) can be."""
    version = history.version(article_id, number).number
    since = baseline(history, article_id)
    return PublishRefusal(version, since) if version <= since else None


def publish(history, article_id: int, number: int | None = None, *, author: str,
            notice_text: str | None = None, style: HouseStyle | None = None) -> tuple[Publication, StoredNotice | None]:
    """Mark a version as the one readers see; store its notice in the same transaction."""
    with history.transaction():
        version = history.version(article_id, number)
        refusal = publish_refusal(history, article_id, version.number)
        if refusal is not None:
            raise InputError(refusal.message)
        from db.sync.signoff import refusal as awaiting_signoff

        waiting = awaiting_signoff(history, article_id, version.number)
        if waiting is not None:
            raise InputError(waiting)
        now = utc_now()
        items, spans = unpublished_changes(history, article_id, version.number)
        notice = None
        if items:
            notice = draft_notice(items, corrected_on=now, style=style)
            if notice_text and notice_text.strip():
                notice = notice_from_text(notice_text, notice, style)
        elif notice_text and notice_text.strip():
            raise InputError("no corrections were applied since the last published version; there is no notice")
        record = {"article_id": article_id, "version_id": version.id, "published_at": now, "published_by": author}
        publication_id = _append_record(history, "publications", record)
        stored_id = _insert_notice(history, article_id, publication_id, notice, spans, author, now, None) if notice else None
    publication = Publication(publication_id, article_id, version.number, now, author)
    return publication, (notice_by_id(history, stored_id) if stored_id else None)


def revise_notice(history, notice_id: int, text: str, *, author: str, style: HouseStyle | None = None) -> StoredNotice:
    """Publish a new wording for a notice; the old one stays, marked as superseded."""
    with history.transaction():
        old = notice_by_id(history, notice_id)
        if any(n.supersedes_id == notice_id for n in notices(history, old.article_id, include_superseded=True)):
            raise InputError(f"notice {notice_id} was already superseded; revise the newest one")
        notice = notice_from_text(text, old.notice, style)
        new_id = _insert_notice(history, old.article_id, old.publication_id, notice, old.spans, author,
                                utc_now(), notice_id)
    return notice_by_id(history, new_id)


def notices(history, article_id: int, *, include_superseded: bool = False) -> list[StoredNotice]:
    """An article's published notices, oldest first; superseded wordings left out unless asked for."""
    history.article(article_id)
    rows = list(history.db.query(_NOTICE_SQL + " where n.article_id = ? order by n.id", [article_id]))
    superseded = {r["supersedes_id"] for r in rows if r["supersedes_id"]}
    return [_stored(r) for r in rows if include_superseded or r["id"] not in superseded]


def notice_by_id(history, notice_id: int) -> StoredNotice:
    rows = list(history.db.query(_NOTICE_SQL + " where n.id = ?", [notice_id]))
    if not rows:
        raise NotFound(f"no notice {notice_id} in the history")
    return _stored(rows[0])


def notice_digest(row: dict) -> str:
    """The hash a notice made before UUIDs carries over its content (and local ids) and its link to the record
    before; see record_digest."""
    fields = ("article_id", "publication_id", "supersedes_id", "created_at", "created_by", "text",
              "notice_json", "spans_json")
    return _digest({**{name: row[name] for name in fields}, **_link(row)})


def publication_digest(row: dict, version_chain: str) -> str:
    """The hash a publish point made before UUIDs carries over its row (and local ids), the published version's
    chain hash and its link; see record_digest."""
    fields = ("article_id", "version_id", "published_at", "published_by")
    return _digest({**{name: row[name] for name in fields}, "version_chain": version_chain, **_link(row)})


def record_digest(db, table: str, row: dict) -> str | None:
    """The digest a publish point or notice row must carry, with the rows it names looked up: by their UUIDs,
    or for a record made before UUIDs by the local ids it was made with. None when a row it names is gone."""
    def ref(ref_table: str, row_id, *extra: str):
        if row_id is None:
            return None
        found = db.execute(f"select id, uid, legacy_id{''.join(', ' + e for e in extra)} from {ref_table} where id = ?",
                           [row_id]).fetchone()
        return None if found is None else dict(zip(("id", "uid", "legacy_id") + extra, found))

    legacy = is_legacy(row)
    article = ref("articles", row["article_id"])
    if article is None:
        return None
    if table == "publications":
        version = ref("versions", row["version_id"], "chain_sha256")
        if version is None:
            return None
        if legacy:
            return publication_digest({**row, "article_id": hash_id(article, True),
                                       "version_id": hash_id(version, True)}, version["chain_sha256"])
        fields = {"uid": row["uid"], "article": article["uid"], "version": version["uid"],
                  "published_at": row["published_at"],
                  "published_by": row["published_by"], "version_chain": version["chain_sha256"]}
        return _digest({**fields, **_link(row)})
    publication = ref("publications", row["publication_id"])
    supersedes = ref("notices", row["supersedes_id"])
    if publication is None or (row["supersedes_id"] is not None and supersedes is None):
        return None
    if legacy:
        return notice_digest({**row, "article_id": hash_id(article, True), "publication_id": hash_id(publication, True),
                              "supersedes_id": hash_id(supersedes, True) if supersedes else None})
    fields = {"uid": row["uid"], "article": article["uid"], "publication": publication["uid"],
              "supersedes": supersedes["uid"] if supersedes else None}
    fields.update({name: row[name] for name in ("created_at", "created_by", "text", "notice_json", "spans_json")})
    return _digest({**fields, **_link(row)})


def _link(row: dict) -> dict:
    """The link to the article's record before (rows made before schema 5 have none and keep their old digest)."""
    previous = row.get("previous_sha256")
    return {} if previous is None else {"previous": previous}


def _append_record(history, table: str, row: dict) -> int:
    """Insert a publish point or notice as the newest link of the article's record chain: it names the
    record before (the article's head), its digest covers that link, and the head moves to it."""
    head = history.db.execute("select head_record_sha256 from articles where id = ?", [row["article_id"]]).fetchone()
    linked = {**row, "uid": new_uid(), "legacy_id": None, "previous_sha256": head[0] or ""}
    linked["sha256"] = record_digest(history.db, table, linked)
    new_id = history.db[table].insert(linked).last_pk
    history.db.execute("update articles set head_record_sha256 = ? where id = ?",
                       [linked["sha256"], row["article_id"]])
    return new_id


_NOTICE_SQL = """select n.*, v.number as version_number, s.uid as supersedes_uid from notices n
                 join publications p on p.id = n.publication_id join versions v on v.id = p.version_id
                 left join notices s on s.id = n.supersedes_id"""


def _insert_notice(history, article_id, publication_id, notice: Notice, spans, author, now, supersedes) -> int:
    row = {"article_id": article_id, "publication_id": publication_id, "supersedes_id": supersedes,
           "created_at": now, "created_by": author, "text": notice.text,
           "notice_json": canonical_json(notice_to_dict(notice)), "spans_json": canonical_json(spans)}
    return _append_record(history, "notices", row)


def _stored(row: dict) -> StoredNotice:
    return StoredNotice(
        id=row["id"], article_id=row["article_id"], publication_id=row["publication_id"],
        version_number=row["version_number"], supersedes_id=row["supersedes_id"], created_at=row["created_at"],
        created_by=row["created_by"] or "", text=row["text"], notice=notice_from_dict(json.loads(row["notice_json"])),
        spans=json.loads(row["spans_json"] or "[]"), uid=row.get("uid"), supersedes_uid=row.get("supersedes_uid"),
    )


def _digest(value: dict) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
