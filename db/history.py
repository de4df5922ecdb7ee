"""The history API: import, correct, save, restore, read and diff articles' versions.

The `emend` CLI and the desktop window both call these methods, so they behave the same.
Every write is one short IMMEDIATE transaction; versions are only ever appended.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from corrections.anchor import Anchor, anchor_at, anchor_quote
from corrections.apply import apply_placed, place
from corrections.article import Article, normalize_text, sha256_text
from corrections.clock import utc_now
from corrections.correction import Correction, Kind, Status, check_changes_something
from corrections.diff import word_diff
from corrections.errors import InputError
from corrections.intake import Intake, checked, with_report_time
from corrections.numbers import as_id, is_digits
from db.chain import article_identity, chain_hash, correction_fingerprint, new_uid, version_metadata
from db.connection import open_database
from db.errors import ConflictError, DatabaseError, NothingToSave, NotFound
from db.records import ArticleSummary, Version
from db.search import additions
from db.storage import VersionTexts, encode
from db.verify import verify_history


# A version's record in Version's field order, without its stored text or patch, which a list of
# 10,000 versions must not read.
VERSION_COLUMNS = ("v.id, v.article_id, v.number, p.number as parent_number, v.author, v.created_at, "
                   "v.message, v.content_sha256, v.chain_sha256, v.uid, v.rebased_from, r.pushed_by, r.received_at")
VERSION_JOINS = "left join versions p on p.id = v.parent_id left join server_receipts r on r.uid = v.uid"


class History:
    """An Emend history database: articles, their versions and corrections."""

    def __init__(self, db: Database, path: Path | None = None, *, read_only: bool = False):
        self.db = db
        self.path = path
        self.read_only = read_only
        self._texts = VersionTexts(db)
        # The text of the version this History saved last, with its row id and content hash: the
        # next save's parent, reused when the database's latest version is still that one.
        self._saved: tuple[int, str, str] | None = None

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, read_only: bool = False) -> "History":
        """The history at `path`; see db.connection.open_database for `create` and `read_only`."""
        real = Path(os.path.realpath(Path(path).expanduser()))  # where SQLite keeps the file and its -wal
        return cls(open_database(real, create=create, read_only=read_only), real, read_only=read_only)

    def close(self) -> None:
        self.db.close()

    def protected_files(self) -> list[Path]:
        """The files no output may overwrite: this history (the writer adds its -wal, -shm and -journal,
        and refuses those of any other name for the same file, such as a hard link's)."""
        return [] if self.path is None else [Path(self.path)]

    def is_history_file(self, path: str | os.PathLike) -> bool:
        """Whether `path` is this history's database file (or its WAL), which must never be read as an
        article: closing a handle on it would drop this process's SQLite locks."""
        from corrections.files.reader import resolved
        from corrections.files.writer import history_files

        if self.path is None:
            return False
        candidate = resolved(path)
        for own in history_files(self.path):
            if candidate == resolved(own):
                return True
            try:
                if os.path.samefile(candidate, own):
                    return True
            except OSError:
                continue
        return False

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self):
        """One IMMEDIATE transaction, the store's public way to write: the write lock is taken before anything
        is read; on any error it is rolled back and nothing was saved."""
        if self.read_only:
            raise DatabaseError(f"{self.path or 'the history'} was opened read-only; nothing was saved")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise write_failure(error) from None
        try:
            yield
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self.db.rollback()
            raise write_failure(error) from None
        except BaseException:
            self.db.rollback()
            raise

    # Articles

    def import_article(
        self, text: str, *, title: str, author: str, message: str = "Imported",
        source_name: str = "", source_format: str = "", source_encoding: str = "",
        source_sha256: str = "",
    ) -> Article:
        """Store a new article with `text` as its version 1."""
        text = normalize_text(text)
        if not text.strip():
            raise InputError("the article is empty; nothing to import")
        title = " ".join(title.split()) or "Untitled article"
        now = utc_now()
        row = {"title": title, "created_at": now, "source_name": source_name, "source_format": source_format,
               "source_encoding": source_encoding, "source_sha256": source_sha256}
        with self.transaction():
            article_id = self.db["articles"].insert({**row, "uid": new_uid(), "head_chain_sha256": "",
                                                     "head_record_sha256": ""}).last_pk
            self._append_version(article_id, None, None, text, author=author, message=message, now=now,
                                 applied=[], identity=article_identity(row))
        return self.article(article_id)

    def article(self, article_id: int) -> Article:
        rows = list(self.db.query("select * from articles where id = ?", [article_id]))
        if not rows:
            raise NotFound(f"no article {article_id} in the history")
        row = rows[0]
        return Article(
            id=row["id"], title=row["title"], created_at=row["created_at"],
            source_name=row["source_name"] or "", source_format=row["source_format"] or "",
            source_encoding=row["source_encoding"] or "", source_sha256=row["source_sha256"] or "",
        )

    def article_uid(self, article_id: int) -> str:
        """The article's UUID: the same in every copy of the history, so it names the article wherever it is synced."""
        row = self.db.execute("select uid from articles where id = ?", [article_id]).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id} in the history")
        return row[0]

    def find_article_by_source(self, source_sha256: str) -> Article | None:
        """The earliest article imported from a file with exactly these bytes, if any."""
        row = self.db.execute("select id from articles where source_sha256 = ? order by id limit 1",
                              [source_sha256]).fetchone()
        return self.article(row[0]) if row else None

    def resolve_article(self, ref: str | int) -> int:
        """An article id from what a user typed: its number, or its exact title."""
        text = str(ref).strip()
        if is_digits(text):
            number = as_id(text)
            if number is None:
                raise NotFound(f"no article {_clipped(text)} in the history")
            return self.article(number).id
        rows = list(self.db.query("select id from articles where title = ? collate nocase", [text]))
        if len(rows) == 1:
            return rows[0]["id"]
        if len(rows) > 1:
            raise InputError(f"{len(rows)} articles are titled {_clipped(text)!r}; give the article number")
        raise NotFound(f"no article {_clipped(text)!r} in the history")

    def articles(self) -> list[ArticleSummary]:
        """Every article with its version count and last change, most recently changed first."""
        sql = """
            select a.id, a.title, count(v.id) as versions, max(v.created_at) as last_change,
                   (select author from versions where article_id = a.id order by number desc limit 1) as last_author,
                   (select count(*) from corrections where article_id = a.id and status = 'pending') as pending
            from articles a left join versions v on v.article_id = a.id
            group by a.id order by last_change desc, a.id desc
        """
        return [ArticleSummary(**row) for row in self.db.query(sql)]

    # Versions

    def versions(self, article_id: int) -> list[Version]:
        """Every version of an article, oldest first."""
        self.article(article_id)
        sql = f"""
            select {VERSION_COLUMNS} from versions v {VERSION_JOINS}
            where v.article_id = ? order by v.number
        """
        return [Version(*row) for row in self.db.execute(sql, [article_id]).fetchall()]

    def version(self, article_id: int, number: int | None = None) -> Version:
        """One version by number; the latest when number is None."""
        which = "and v.number = ?" if number is not None else ""
        sql = f"""
            select {VERSION_COLUMNS} from versions v {VERSION_JOINS}
            where v.article_id = ? {which} order by v.number desc limit 1
        """
        params = [article_id] + ([number] if number is not None else [])
        rows = list(self.db.query(sql, params))
        if not rows:
            self.article(article_id)
            raise NotFound(f"article {article_id} has no version {number}")
        return _version(rows[0])

    def latest(self, article_id: int) -> Version:
        return self.version(article_id)

    def text(self, article_id: int, number: int | None = None) -> str:
        """The full text of a version (the latest when number is None)."""
        version = self.version(article_id, number)
        return self._texts.text(article_id, version.number)

    def _append_version(
        self, article_id: int, parent: Version | None, parent_text: str | None, text: str, *,
        author: str, message: str, now: str, applied: list[dict], identity: dict | None = None,
        rebased_from: str | None = None,
    ) -> int:
        number = parent.number + 1 if parent else 1
        content = sha256_text(text)
        article_uid = self.db.execute("select uid from articles where id = ?", [article_id]).fetchone()[0]
        uid = new_uid()
        metadata = version_metadata(
            article_id=article_uid, number=number, parent_number=parent.number if parent else None,
            author=author, created_at=now, message=message,
            corrections=[correction_fingerprint(row, legacy=False) for row in applied], identity=identity,
            rebased_from=rebased_from, uid=uid,
        )
        chained = chain_hash(parent.chain_sha256 if parent else None, content, metadata)
        diff = word_diff(parent_text, text) if parent_text is not None else None  # one diff, two uses
        stored = encode(number, parent_text, text, diff)
        version_id = self.db["versions"].insert({
            "uid": uid, "rebased_from": rebased_from, "article_id": article_id, "number": number,
            "parent_id": parent.id if parent else None,
            "author": author, "created_at": now, "message": message, "content_sha256": content,
            "chain_sha256": chained, "storage": stored.storage, "text": stored.text, "patch": stored.patch,
        }).last_pk
        self.db.execute("update articles set head_chain_sha256 = ? where id = ?", [chained, article_id])
        self.db["version_additions"].insert({"version_id": version_id, "article_id": article_id, "number": number,
                                             "text": additions(parent_text, text, diff)})
        return version_id

    def save_version(
        self, article_id: int, *, message: str, author: str, text: str | None = None,
        apply_pending: bool = True, expected_parent: int | Version | None = None, only: list[int] | None = None,
    ) -> Version:
        """Store a new version: `text` (or the latest) with the pending corrections applied.

        The applied corrections are marked so in the same transaction; `only` limits them to
        those ids. With `expected_parent` (a number, or the Version the editor started from),
        refuses (ConflictError) when someone else saved a newer version in the meantime, or a sync
        replaced that version by a colleague's with the same number.
        """
        message = message.strip()
        if not message:
            raise InputError("a version needs a message saying what changed")
        with self.transaction():
            parent = self.latest(article_id)
            started = expected_parent.number if isinstance(expected_parent, Version) else expected_parent
            if started is not None and parent.number != started:
                raise ConflictError(
                    f"article {article_id} has a newer version {parent.number} (you started from "
                    f"version {started}); reload it and apply your corrections again",
                    parent.number,
                )
            if isinstance(expected_parent, Version) and expected_parent.uid != parent.uid:
                raise ConflictError(
                    f"article {article_id}'s version {started} was replaced by the newsroom's in a sync (yours is "
                    "kept, set aside); reload it and apply your corrections again", parent.number)
            parent_text = self._parent_text(article_id, parent)
            base = parent_text if text is None else normalize_text(text)
            pending = self.corrections(article_id, Status.PENDING) if apply_pending else []
            if only is not None:
                pending = [c for c in pending if c.id in set(only)]
            placed = place(base, pending)
            new_text = normalize_text(apply_placed(base, placed))  # a deleted last word leaves no trailing space
            if new_text == parent_text and not placed:
                raise NothingToSave(f"nothing to save: the text is the same as version {parent.number}")
            now = utc_now()
            applied = []
            for item in placed:
                row = self._correction_row(item.correction.id)
                row.update(quote=item.anchor.exact, prefix=item.anchor.prefix, suffix=item.anchor.suffix,
                           start_offset=item.anchor.start)
                applied.append(row)
            version_id = self._append_version(
                article_id, parent, parent_text, new_text, author=author, message=message, now=now,
                applied=applied)
            for row in applied:
                self.db.execute(
                    "update corrections set status = 'applied', applied_version_id = ?, quote = ?, prefix = ?,"
                    " suffix = ?, start_offset = ?, updated_at = ? where id = ?",
                    [version_id, row["quote"], row["prefix"], row["suffix"], row["start_offset"], now, row["id"]],
                )
        version = self.latest(article_id)
        self._saved = (version.id, version.content_sha256, new_text)
        return version

    def forget_saved_text(self) -> None:
        """Drop the text kept of the last save (versions were set aside by a rebase; row ids may be reused)."""
        self._saved = None

    def _parent_text(self, article_id: int, parent: Version) -> str:
        """The parent's full text: the one saved last when it is still the latest (same row, same
        hash), else read and rebuilt from its snapshot and patches."""
        if self._saved is not None and self._saved[:2] == (parent.id, parent.content_sha256):
            return self._saved[2]
        return self.text(article_id, parent.number)

    def restore_version(self, article_id: int, number: int, *, author: str, message: str = "") -> Version:
        """Store a new version whose text equals an older one; history is never rewritten."""
        text = self.text(article_id, number)
        return self.save_version(
            article_id, text=text, apply_pending=False, author=author,
            message=message or f"Restored version {number}",
        )

    # Corrections

    def add_correction(
        self, article_id: int, *, kind: Kind | str, replacement: str, author: str,
        quote: str | None = None, span: tuple[int, int] | None = None, public_note: str = "",
        internal_note: str = "", text: str | None = None, intake: Intake | None = None,
    ) -> Correction:
        """Record a pending correction on the latest version, anchored by quote or by span.

        `text` is the editor's working text when it has unsaved direct edits; the anchor is
        taken there and found again in whatever text the next save starts from. `intake` says who raised
        the error and how; it was raised now unless it says when.
        """
        kind = kind if isinstance(kind, Kind) else Kind.parse(kind)
        latest = self.latest(article_id)
        if text is None:
            text = self.text(article_id, latest.number)
        if span is not None:
            anchor = anchor_at(text, *span)
        elif quote is not None:
            anchor = anchor_quote(text, quote)
        else:
            raise InputError("a correction needs the passage it corrects")
        check_changes_something(kind, anchor.exact, replacement, public_note)
        now = utc_now()
        raised = with_report_time(checked(intake or Intake()), now)
        with self.transaction():
            if self.latest(article_id).number != latest.number:
                raise ConflictError("the article changed while the correction was being recorded; try again",
                                    self.latest(article_id).number)
            correction_id = self.db["corrections"].insert({
                "uid": new_uid(), "article_id": article_id, "base_version_id": latest.id, "applied_version_id": None,
                "kind": kind.value, "quote": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix,
                "start_offset": anchor.start, "replacement": replacement, "public_note": public_note.strip(),
                "internal_note": internal_note.strip(), "author": author, "created_at": now,
                "updated_at": now, "status": Status.PENDING.value, **raised.to_row(),
            }).last_pk
        return self.correction(correction_id)

    def correction(self, correction_id: int) -> Correction:
        row = self._correction_row(correction_id)
        return _correction(row, self._version_numbers(row["article_id"]))

    def _correction_row(self, correction_id: int) -> dict:
        rows = list(self.db.query("select * from corrections where id = ?", [correction_id]))
        if not rows:
            raise NotFound(f"no correction {correction_id} in the history")
        return rows[0]

    def _version_numbers(self, article_id: int) -> dict[int, int]:
        sql = "select id, number from versions where article_id = ?"
        return dict(self.db.execute(sql, [article_id]).fetchall())

    def corrections(self, article_id: int, status: Status | None = None) -> list[Correction]:
        """An article's corrections in the order they were recorded, optionally of one status."""
        sql = "select * from corrections where article_id = ?" + (" and status = ?" if status else "")
        params = [article_id] + ([status.value] if status else [])
        numbers = self._version_numbers(article_id)
        return [_correction(row, numbers) for row in self.db.query(sql + " order by id", params)]

    def update_correction(self, correction_id: int, **changes) -> Correction:
        """Edit a pending correction's kind, replacement, notes or intake (applied ones are part of the record)."""
        allowed = {"kind", "replacement", "public_note", "internal_note", "intake"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))} of a correction")
        if "kind" in changes:
            kind = changes["kind"]
            changes["kind"] = (kind if isinstance(kind, Kind) else Kind.parse(kind)).value
        if "intake" in changes:
            changes.update(checked(changes.pop("intake") or Intake()).to_row())
        with self.transaction():
            row = self._correction_row(correction_id)
            if row["status"] != Status.PENDING.value:
                raise InputError(f"correction {correction_id} is {row['status']}; only pending ones can change")
            amended = {**row, **changes}
            if any(amended[name] != row[name] for name in ("kind", "replacement", "public_note")):
                check_changes_something(Kind(amended["kind"]), row["quote"], amended["replacement"],
                                        amended["public_note"] or "")
            self.db["corrections"].update(correction_id, {**changes, "updated_at": utc_now()})
        return self.correction(correction_id)

    def set_correction_status(self, correction_id: int, status: Status) -> Correction:
        """Withdraw a pending correction, or reinstate a withdrawn one (applied ones stay applied)."""
        if status is Status.APPLIED:
            raise InputError("corrections are applied by saving a version")
        with self.transaction():
            row = self._correction_row(correction_id)
            if row["status"] == Status.APPLIED.value:
                raise InputError(f"correction {correction_id} is already applied in a saved version")
            self.db["corrections"].update(correction_id, {"status": status.value, "updated_at": utc_now()})
        return self.correction(correction_id)

    def preview(self, article_id: int, text: str | None = None) -> str:
        """The text the next save would store: `text` (or the latest) with pending corrections applied."""
        base = self.text(article_id) if text is None else text
        return normalize_text(apply_placed(base, place(base, self.corrections(article_id, Status.PENDING))))

    # Reading back

    def diff(self, article_id: int, old: int | None = None, new: int | None = None) -> list[tuple[int, str]]:
        """Word diff between two versions; default the latest against its parent."""
        if old is None and new is None:
            latest = self.latest(article_id)
            new = latest.number
            old = latest.parent_number
        elif new is None:
            new = self.latest(article_id).number
        old_text = self.text(article_id, old) if old is not None else ""
        return word_diff(old_text, self.text(article_id, new))

    def search(self, query: str, *, limit: int = 100):
        """Full-text search over every version's additions and every correction note."""
        from db.search import search

        return search(self.db, query, limit=limit)

    def verify(self, article_id: int | None = None):
        """Walk the hash chains; see db.verify.verify_history."""
        if article_id is not None:
            self.article(article_id)
        return verify_history(self.db, article_id)


def _clipped(text: str, limit: int = 60) -> str:
    """What a user typed, cut short for a one-line message."""
    return text if len(text) <= limit else text[:limit] + "…"


def write_failure(error: sqlite3.DatabaseError) -> DatabaseError:
    """A clear message for a write SQLite refused; the transaction was rolled back, nothing was saved."""
    text = str(error)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError("the history file is read-only; nothing was saved")
    if "disk is full" in lowered or "disk i/o" in lowered:
        return DatabaseError(f"nothing was saved: {text} (free some space, then save again)")
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError("the history is busy (another Emend is saving to it); nothing was saved, try again")
    return DatabaseError(f"nothing was saved: {text}")


def _version(row: dict) -> Version:
    return Version(
        id=row["id"], article_id=row["article_id"], number=row["number"],
        parent_number=row["parent_number"], author=row["author"], created_at=row["created_at"],
        message=row["message"], content_sha256=row["content_sha256"], chain_sha256=row["chain_sha256"],
        uid=row["uid"], rebased_from=row["rebased_from"], pushed_by=row["pushed_by"], received_at=row["received_at"],
    )


def _correction(row: dict, numbers: dict[int, int]) -> Correction:
    return Correction(
        id=row["id"], article_id=row["article_id"], kind=Kind(row["kind"]),
        anchor=Anchor(exact=row["quote"], prefix=row["prefix"] or "", suffix=row["suffix"] or "",
                      start=row["start_offset"] or 0),
        replacement=row["replacement"], public_note=row["public_note"] or "",
        internal_note=row["internal_note"] or "", author=row["author"] or "",
        created_at=row["created_at"] or "", updated_at=row["updated_at"] or "",
        status=Status(row["status"]), base_version=numbers.get(row["base_version_id"]),
        applied_version=numbers.get(row["applied_version_id"]), uid=row.get("uid"), intake=Intake.from_row(row),
    )

