"""The audit report of one article as an HTML document: timeline, changes, corrections, notices, verification.

Takes the plain data db.audit.audit_data gathers (duck-typed, so this module stays pure) and
escapes every user string, each in its own <bdi> so a direction override cannot reorder the rest of
its row. Each version shows what it changed, with a few words around each change; only the first
and the latest are given in full. The PDF is this HTML laid out on pages by Qt (desktop.printing),
so tables carry explicit widths, margins and paddings are in px (Qt's rich text ignores them in pt)
and no table has margins of its own (Qt ignores those).
"""

from __future__ import annotations

from html import escape

from corrections.diff import DELETE, EQUAL, INSERT, new_text
from corrections.diff_excerpts import Excerpt, excerpts
from corrections.html_isolation import isolated
from corrections.intake_report import intake_parts

STYLE = """
body { font-family: Georgia, serif; font-size: 10pt; color: #222; }
main { display: block; max-width: 52em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 16pt; margin-bottom: 3px; }
h2 { font-size: 12.5pt; margin-top: 22px; margin-bottom: 4px; }
h3 { font-size: 10pt; margin-top: 12px; margin-bottom: 2px; }
p.meta { margin-top: 0; margin-bottom: 6px; } p.notice-head { margin-top: 10px; margin-bottom: 3px; }
table { border-collapse: collapse; font-size: 9pt; }
th, td { text-align: left; vertical-align: top; padding: 3px 7px; border-bottom: 1px solid #ddd; }
th { background: #f0f0f0; }
td.top, td.when { border-bottom: 0; padding-top: 5px; } td.when { white-space: nowrap; }
td.what { padding-bottom: 5px; border-bottom: 1px solid #bbb; }
td.key { color: #555; }
td.notice { background: #f6f6f0; padding: 6px 10px; border-bottom: 0; font-size: 10pt; }
.ok { color: #1b6b2f; font-weight: bold; } .failed { color: #b3261e; font-weight: bold; }
.meta { color: #555; font-size: 9pt; }
.where { color: #555; font-size: 8.5pt; }
p.excerpt { margin-top: 8px; margin-bottom: 4px; line-height: 135%; }
del { color: #b3261e; background: #fde7e6; text-decoration: line-through; }
ins { color: #1b6b2f; background: #e3f5e6; text-decoration: underline; }
"""

TIMELINE_COLUMNS = (("Version", 10), ("Saved (UTC)", 24), ("Author", 40), ("Published (UTC)", 26))
KEY_WIDTH = 20  # per cent of a correction's table taken by its field names


def short_time(iso: str) -> str:
    """'2026-11-30T04:40:02.415274Z' as '2026-11-30 04:40:02' for the timeline table; the version
    sections keep the exact stored value."""
    return iso[:19].replace("T", " ") if len(iso) >= 19 and iso[10:11] == "T" else iso


def render_audit_html(data) -> str:
    """A complete, self-contained HTML page auditing one article's history."""
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">",
        f"<title>Audit: {escape(data.article_title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>",
        f"<h1>Audit: {isolated(data.article_title)}</h1>",
        f"<p class=\"meta\">Article {data.article_id}"
        + (f" · source: {isolated(data.source)}" if data.source else "")
        + f" · {len(data.entries)} versions</p>",
        f"<p class=\"{'ok' if data.verified else 'failed'}\">{escape(data.verification)}</p>",
        "<h2>Timeline</h2>",
        timeline_table(data.entries),
    ]
    latest = data.entries[-1].version.number if data.entries else None
    for entry in data.entries:
        parts.extend(version_section(entry, data.diffs.get(entry.version.number, []), latest=latest))
    parts.append("</main>\n</body>\n</html>\n")
    return "\n".join(parts)


def timeline_table(entries) -> str:
    """One row per version (number, time, author, publish time) and under it a row with its message
    and the corrections it applied, across the page's width."""
    head = "".join(f"<th width=\"{width}%\">{name}</th>" for name, width in TIMELINE_COLUMNS)
    rows = [f"<table class=\"timeline\" width=\"100%\" cellspacing=\"0\"><thead><tr>{head}</tr></thead>"]
    for entry in entries:
        v = entry.version
        applied = "".join(f"<br>{escape(c.kind.label)} #{c.id}: {isolated(c.public_note or c.quote)}"
                          for c in entry.corrections)
        rows.append(
            f"<tr><td class=\"top\"><b>{v.number}</b></td><td class=\"when\">{escape(short_time(v.created_at))}</td>"
            f"<td class=\"top\">{isolated(v.author)}</td>"
            f"<td class=\"when\">{escape(short_time(entry.published_at or ''))}</td></tr>")
        rows.append(f"<tr><td class=\"what\"></td>"
                    f"<td class=\"what\" colspan=\"3\">{isolated(v.message)}{applied}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def version_section(entry, diff, *, latest: int | None) -> list[str]:
    """A version's heading, record, corrections, notices and changes; the full text for the first and latest."""
    v = entry.version
    parts = [f"<h2>Version {v.number}: {isolated(v.message)}</h2>"]
    record = [f"Saved {escape(v.created_at)} by {isolated(v.author)}", f"Content SHA-256 {escape(v.content_sha256)}"]
    if v.pushed_by:
        record.append(f"Pushed to the newsroom record by {isolated(v.pushed_by)}, received {escape(v.received_at)}")
    if v.rebased_from:
        record.append(f"Rebased from offline version {escape(v.rebased_from)}")
    parts.append(f"<p class=\"meta\">{'<br>'.join(record)}</p>")
    parts.extend(correction_table(c) for c in entry.corrections)
    for notice in entry.notices:
        superseding = f" (supersedes notice {notice.supersedes_id})" if notice.supersedes_id else ""
        text = "<br>".join(isolated(p) for p in notice.text.split("\n\n"))
        parts.append(f"<p class=\"meta notice-head\">Notice {notice.id}{superseding}, published "
                     f"{escape(notice.created_at)} by {isolated(notice.created_by)}</p>"
                     f"<table width=\"100%\" cellspacing=\"0\"><tr><td class=\"notice\" width=\"100%\">{text}</td>"
                     "</tr></table>")
    if v.parent_number is None:
        parts.append(f"<h3>Text of version {v.number}</h3>")
        parts.append(full_text(new_text(diff)))
        return parts
    parts.append(f"<h3>Changes from version {v.parent_number}</h3>")
    shown = excerpts(diff)
    parts.extend(excerpt_html(excerpt) for excerpt in shown)
    if not shown:
        parts.append("<p class=\"meta\">The text is unchanged.</p>")
    if v.number == latest:
        parts.append(f"<h3>Text of version {v.number}, the latest</h3>")
        parts.append(full_text(new_text(diff)))
    return parts


def correction_table(c) -> str:
    """A correction's fields, one to a row, so names and notes keep the page's width."""
    change = f"“{isolated(c.quote)}” → “{isolated(c.replacement)}”" if c.changes_text else (
        f"note only on “{isolated(c.quote)}”, the text unchanged")
    rows = [(f"{escape(c.kind.label)} #{c.id}", change), ("By", isolated(c.author))]
    if c.public_note:
        rows.append(("Public note", isolated(c.public_note)))
    if c.internal_note:
        rows.append(("Internal note", isolated(c.internal_note)))
    intake = intake_parts(c.intake)
    if intake:
        rows.append(("Intake", " · ".join(intake)))
    body = "".join(f"<tr><td class=\"key\" width=\"{KEY_WIDTH}%\">{key}</td><td width=\"{100 - KEY_WIDTH}%\">{value}"
                   f"</td></tr>" for key, value in rows)
    return f"<table class=\"correction\" width=\"100%\" cellspacing=\"0\">{body}</table>"


def excerpt_html(excerpt: Excerpt) -> str:
    """A changed passage under the number of its paragraph; '…' where its paragraph goes on."""
    # A space between a deletion and the insertion that replaces it, so that they read as two words.
    marked = "".join(_marked(op, text) + (" " if op == DELETE and following == INSERT else "")
                     for (op, text), (following, _) in zip(excerpt.parts, excerpt.parts[1:] + ((EQUAL, ""),)))
    return (f"<div class=\"emend-diff\"><p class=\"excerpt\"><span class=\"where\">Paragraph {excerpt.paragraph}"
            f"</span><br>{'… ' if excerpt.cut_before else ''}{marked}{' …' if excerpt.cut_after else ''}</p></div>")


def _marked(op: int, text: str) -> str:
    """A part of a diff as HTML: as it is when unchanged, else in <del> or <ins>, a change of spacing
    alone shown as ¶ (a line break) or ␣ (a space) so that it can be seen."""
    if op == EQUAL:
        return escape(text).replace("\n", "<br>")
    shown = escape(text).replace("\n", "<br>") if text.strip() else ("¶" if "\n" in text else "␣")
    tag = "del" if op == DELETE else "ins"
    return f"<{tag}>{shown}</{tag}>"


def full_text(text: str) -> str:
    """An article's text as HTML paragraphs, its line breaks kept; like a diff, it reads as the article does."""
    paragraphs = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    shown = ("<br>".join(escape(line) for line in paragraph.split("\n")) for paragraph in paragraphs)
    return "<div class=\"emend-diff\">" + "".join(f"<p>{paragraph}</p>" for paragraph in shown) + "</div>"
