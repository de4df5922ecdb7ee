"""Full-text search across every version of every article and every correction note.

Versions are stored as patches, so the index holds what each version added: version 1's full
text, then each later version's inserted passages with the word on either side. Any word that ever
stood in an article is found, at the version that introduced it; each text hit also names the later
versions that still hold the words ("version 1, still in 2–4"), read back from the versions themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
    still_in: tuple[int, ...] = ()
    """The later versions that still hold the words of a text hit (the index keeps only what each version added)."""

    def to_json(self) -> dict:
        return {"article": self.article_id, "title": self.title, "version": self.version, "source": self.source,
                "snippet": self.snippet, "correction": self.correction_id, "still_in": list(self.still_in)}

    @property
    def still_in_text(self) -> str:
        """The later versions as runs, e.g. '2–4, 6'; '' when none holds the words."""
        runs: list[list[int]] = []
        for number in self.still_in:
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


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


def _phrases(query: str) -> list[list[str]]:
    """A query's terms, each as its words ("84,000" is one term of two words)."""
    return [words for words in (re.findall(r"\w+", term) for term in query.split()) if words]


def fts_query(query: str) -> str:
    """A user's terms as an FTS5 query: every term must match ("84,000" as a phrase), the last as a prefix."""
    phrases = [" ".join(words) for words in _phrases(query)]
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
    hits = _with_later_versions(db, hits, query)
    sql_notes = """
        select a.id, a.title, coalesce(av.number, bv.number), c.id,
               snippet(corrections_fts, -1, '[', ']', '…', 12) as snip
        from corrections_fts f join corrections c on c.rowid = f.rowid join articles a on a.id = c.article_id
        left join versions av on av.id = c.applied_version_id left join versions bv on bv.id = c.base_version_id
        where corrections_fts match ? order by rank limit ?"""
    for row in db.execute(sql_notes, [match, limit]):
        hits.append(SearchHit(row[0], row[1], row[2], "correction", row[4], correction_id=row[3]))
    return hits


def _matcher(query: str):
    """A test of whether a text holds every term of the query, as the index matches them (the last as a prefix)."""
    phrases = _phrases(query)
    patterns = [re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + (r"" if last else r"(?!\w)"),
                           re.IGNORECASE)
                for last, words in ((i == len(phrases) - 1, words) for i, words in enumerate(phrases))]
    return lambda text: all(pattern.search(text) for pattern in patterns)


def _with_later_versions(db: Database, hits: list[SearchHit], query: str) -> list[SearchHit]:
    """Each text hit with the later versions of its article that still hold the words."""
    holds = _matcher(query)
    holding: dict[int, list[int]] = {}
    for article_id in {hit.article_id for hit in hits}:
        holding[article_id] = [row["number"] for row in VersionTexts(db).walk(article_id)
                               if row["text"] is not None and holds(row["text"])]
    return [replace(hit, still_in=tuple(n for n in holding[hit.article_id] if n > hit.version))
            for hit in hits]
