"""Full-text search across every version of every article and every correction note.

Versions are stored as patches, so the index holds what each version added: version 1's full
text, then each later version's inserted passages with the word on either side. Any word that ever
stood in an article is found, at the version that introduced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from corrections.diff import word_diff
from corrections.errors import InputError
from db.storage import VersionTexts

CONTEXT = 40


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    version: int | None
    source: str  # "text" or "correction"
    snippet: str
    correction_id: int | None = None

    def to_json(self) -> dict:
        return {"article": self.article_id, "title": self.title, "version": self.version, "source": self.source,
                "snippet": self.snippet, "correction": self.correction_id}


def additions(old: str | None, new: str, diff: list | None = None) -> str:
    """What `new` adds to `old`: the inserted passages, each with some context, joined by ' … '
    (`diff` is their word diff when the caller has it already)."""
    if old is None:
        return new
    parts = []
    for op, chunk in _with_context(diff if diff is not None else word_diff(old, new)):
        parts.append(chunk)
    return " … ".join(parts)


def _with_context(ops):
    new_pos, text_parts = 0, []
    for op, part in ops:
        if op >= 0:
            text_parts.append((op, new_pos, part))
            new_pos += len(part)
    new_text = "".join(part for _, _, part in text_parts)
    for op, start, part in text_parts:
        if op == 1 and part.strip():
            end = start + len(part)
            left = re.search(r"\S*\s*$", new_text[max(0, start - CONTEXT):start]).group()
            right = re.match(r"\s*\S*", new_text[end:end + CONTEXT]).group()
            yield op, left + part + right


def index_version_text(db: Database, article_id: int, only_number: int | None = None) -> None:
    """(Re)build the search rows of an article's versions, or of one version just saved."""
    previous = None
    for row in VersionTexts(db).walk(article_id):
        if only_number is None or row["number"] == only_number:
            db["version_additions"].insert(
                {"version_id": row["id"], "article_id": article_id, "number": row["number"],
                 "text": additions(previous, row["text"] or "")}, replace=True)
        previous = row["text"]


MAX_TERMS = 64
"""More terms than anyone types; a query of thousands would keep SQLite busy for minutes."""


def fts_query(query: str) -> str:
    """A user's terms as an FTS5 query: every term must match ("84,000" as a phrase), the last as a prefix."""
    phrases = [" ".join(re.findall(r"\w+", term)) for term in query.split()]
    phrases = [p for p in phrases if p]
    if len(phrases) > MAX_TERMS:
        raise InputError(f"a search takes at most {MAX_TERMS} words ({len(phrases)} given)")
    if not phrases:
        return ""
    quoted = [f'"{p}"' for p in phrases]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, query: str, *, limit: int = 100) -> list[SearchHit]:
    """Hits in version texts and correction notes, best first: article, version, snippet."""
    match = fts_query(query)
    if not match:
        return []
    hits = []
    sql_text = """
        select a.id, a.title, va.number, snippet(version_additions_fts, 0, '[', ']', '…', 12) as snip
        from version_additions_fts f join version_additions va on va.rowid = f.rowid
        join articles a on a.id = va.article_id
        where version_additions_fts match ? order by rank limit ?"""
    for row in db.execute(sql_text, [match, limit]):
        hits.append(SearchHit(row[0], row[1], row[2], "text", row[3]))
    sql_notes = """
        select a.id, a.title, coalesce(av.number, bv.number), c.id,
               snippet(corrections_fts, -1, '[', ']', '…', 12) as snip
        from corrections_fts f join corrections c on c.rowid = f.rowid join articles a on a.id = c.article_id
        left join versions av on av.id = c.applied_version_id left join versions bv on bv.id = c.base_version_id
        where corrections_fts match ? order by rank limit ?"""
    for row in db.execute(sql_notes, [match, limit]):
        hits.append(SearchHit(row[0], row[1], row[2], "correction", row[4], correction_id=row[3]))
    return hits
