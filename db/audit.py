"""Auditing an article's history: timeline, blame, what readers saw when, the corrections log.

Every function reads; none writes. The CLI's `log`, `blame`, `show --at`, `export-log` and
`audit` and the window's audit panels call these.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from corrections.blame import BlameSpan, VersionInfo, blame
from corrections.clock import parse_utc
from corrections.correction import Correction, Status
from corrections.diff import word_diff
from corrections.errors import InputError
from corrections.intake import FIELDS as INTAKE_FIELDS
from corrections.spreadsheet_cells import inert_cell
from db import publishing
from db.records import Version
from db.storage import VersionTexts


@dataclass(frozen=True)
class TimelineEntry:
    """One version on the timeline, with what it applied and whether it was published."""

    version: Version
    corrections: tuple[Correction, ...]
    published_at: str | None
    notices: tuple[publishing.StoredNotice, ...]
    trivial: bool

    def to_json(self) -> dict:
        return {
            **self.version.to_json(),
            # Named by UUID, not by this history's own ids: every copy of the record prints the same log.
            "corrections": [{"uid": c.uid, "kind": c.kind.value, "note": c.public_note, "quote": c.quote,
                             "replacement": c.replacement} for c in self.corrections],
            "published_at": self.published_at,
            "notices": [{"uid": n.uid, "text": n.text, "created_at": n.created_at, "supersedes": n.supersedes_uid}
                        for n in self.notices],
            "trivial": self.trivial,
        }


def is_trivial(old: str | None, new: str) -> bool:
    """A change of whitespace or punctuation only: no word was added or removed."""
    if old is None:
        return False
    return all(op == 0 or not any(ch.isalnum() for ch in part) for op, part in word_diff(old, new))


def timeline(history, article_id: int, *, skip_trivial: bool = False) -> list[TimelineEntry]:
    """Every version oldest first, with its applied corrections, publish marker and notices."""
    versions = {v.number: v for v in history.versions(article_id)}
    applied: dict[int, list[Correction]] = {}
    for c in history.corrections(article_id, Status.APPLIED):
        applied.setdefault(c.applied_version, []).append(c)
    published = {p.version_number: p.published_at for p in publishing.publications(history, article_id)}
    notices: dict[int, list] = {}
    for n in publishing.notices(history, article_id, include_superseded=True):
        notices.setdefault(n.version_number, []).append(n)
    entries, previous = [], None
    for row in VersionTexts(history.db).walk(article_id):
        number = row["number"]
        # A version that applied a correction (a note-only editor's note too) is never trivial.
        trivial = number not in applied and is_trivial(previous, row["text"] or "")
        previous = row["text"] or ""
        if skip_trivial and trivial and number not in published:
            continue
        entries.append(TimelineEntry(versions[number], tuple(applied.get(number, ())), published.get(number),
                                     tuple(notices.get(number, ())), trivial))
    return entries


def version_infos(history, article_id: int) -> list[VersionInfo]:
    """The history as blame needs it; each version's note names the corrections it applied."""
    notes: dict[int, list[str]] = {}
    for c in history.corrections(article_id, Status.APPLIED):
        notes.setdefault(c.applied_version, []).append(f"{c.kind.label}: {c.public_note or c.quote}")
    return [
        VersionInfo(number=row["number"], text=row["text"] or "", author=row["author"], created_at=row["created_at"],
                    note="; ".join(notes.get(row["number"], [])) or row["message"])
        for row in VersionTexts(history.db).walk(article_id)
    ]


def blame_article(history, article_id: int, number: int | None = None) -> list[BlameSpan]:
    """Which version introduced each word of version `number` (default the latest), what each change
    replaced, and the correction and notice behind it."""
    from db.blame_reasons import with_reasons

    upto = history.version(article_id, number).number
    infos = [info for info in version_infos(history, article_id) if info.number <= upto]
    return with_reasons(history, article_id, blame(infos, upto), {info.number: info.text for info in infos})


@dataclass(frozen=True)
class AsPublished:
    """What readers saw at a moment: the published version's text and the notices then in force."""

    version: int
    published_at: str
    text: str
    notices: tuple[publishing.StoredNotice, ...] = field(default=())


def as_published_at(history, article_id: int, moment: str) -> AsPublished:
    """The version published at `moment` (version 1 counts as published when imported)."""
    try:
        when = parse_utc(moment)
    except (ValueError, OverflowError):  # OverflowError: an offset that takes the time past year 1 or 9999
        raise InputError(f"{moment[:40]!r} is not an ISO date or time such as 2026-11-24T12:00") from None
    article = history.article(article_id)
    points = [(1, article.created_at)] + [(p.version_number, p.published_at)
                                          for p in publishing.publications(history, article_id)]
    seen = [(number, at) for number, at in points if parse_utc(at) <= when]
    if not seen:
        raise InputError(f"article {article_id} was not yet in the history at {moment} "
                         f"(imported {article.created_at})")
    number, at = max(seen, key=lambda point: parse_utc(point[1]))
    in_force = [n for n in publishing.notices(history, article_id, include_superseded=True)
                if parse_utc(n.created_at) <= when]
    replaced = {n.supersedes_id for n in in_force if n.supersedes_id}
    return AsPublished(number, at, history.text(article_id, number),
                       tuple(n for n in in_force if n.id not in replaced))


LOG_COLUMNS = ["correction", "article", "title", "kind", "status", "quote", "replacement", "public_note",
               "internal_note", "author", "created_at", "recorded_on_version", "applied_in_version", "applied_at",
               "applied_by", *INTAKE_FIELDS]
"""The intake columns come last, so a spreadsheet reading the columns by position before them still does."""


def corrections_log_csv(history) -> str:
    """Every correction of every article as CSV, from the corrections_log view; a note or title that
    starts like a formula is neutralised so a spreadsheet shows it rather than runs it."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=LOG_COLUMNS, lineterminator="\r\n")  # RFC 4180: quotes a CR too
    writer.writeheader()
    for row in history.db.query("select * from corrections_log order by article, correction"):
        writer.writerow({name: inert_cell(row[name]) for name in LOG_COLUMNS})
    return out.getvalue()


@dataclass(frozen=True)
class AuditData:
    """Everything an audit report of one article shows, gathered in one read."""

    article_title: str
    article_id: int
    source: str
    entries: tuple[TimelineEntry, ...]
    diffs: dict = field(default_factory=dict)
    verification: str = ""
    verified: bool = True


def audit_data(history, article_id: int) -> AuditData:
    """Timeline, each version's diff from its parent, corrections, notices and the verification result."""
    article = history.article(article_id)
    entries = timeline(history, article_id)
    diffs, previous = {}, None
    for row in VersionTexts(history.db).walk(article_id):
        diffs[row["number"]] = word_diff(previous or "", row["text"] or "")
        previous = row["text"]
    report = history.verify(article_id)
    verification = "History verified: every version matches its hash chain." if report.ok else (
        f"VERIFICATION FAILED: {report.problems[0]}")
    source = ", ".join(x for x in (article.source_name, article.source_format, article.source_encoding) if x)
    return AuditData(article.title, article_id, source, tuple(entries), diffs, verification, report.ok)
