"""The audit report of one article as an HTML document: timeline, diffs, corrections, notices, verification.

Takes the plain data db.audit.audit_data gathers (duck-typed, so this module stays pure) and
escapes every user string, each in its own <bdi> so a direction override cannot reorder the rest of
its row. The PDF is this HTML printed by Qt (desktop.printing).
"""

from __future__ import annotations

from html import escape

from corrections.diff_format import DIFF_STYLE, to_html
from corrections.html_isolation import isolated

STYLE = DIFF_STYLE + """
body { font-family: Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em; border-bottom: 1px solid #eee; }
td.when { white-space: nowrap; }
.ok { color: #1b6b2f; font-weight: bold; } .failed { color: #b3261e; font-weight: bold; }
.meta { color: #555; font-size: 0.9em; } .notice { background: #f6f6f0; padding: 0.5em 1em; }
"""


def short_time(iso: str) -> str:
    """'2026-11-30T04:40:02.415274Z' as '2026-11-30 04:40:02' for the timeline table; the version
    sections keep the exact stored value."""
    return iso[:19].replace("T", " ") if len(iso) >= 19 and iso[10:11] == "T" else iso


def render_audit_html(data) -> str:
    """A complete, self-contained HTML page auditing one article's history."""
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">",
        f"<title>Audit: {escape(data.article_title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        f"<h1>Audit: {isolated(data.article_title)}</h1>",
        f"<p class=\"meta\">Article {data.article_id}"
        + (f" · source: {isolated(data.source)}" if data.source else "")
        + f" · {len(data.entries)} versions</p>",
        f"<p class=\"{'ok' if data.verified else 'failed'}\">{escape(data.verification)}</p>",
        "<h2>Timeline</h2>",
        "<table><tr><th width=\"8%\">Version</th><th width=\"17%\">Saved (UTC)</th><th width=\"14%\">Author</th>"
        "<th width=\"21%\">Message</th><th width=\"25%\">Corrections applied</th>"
        "<th width=\"15%\">Published (UTC)</th></tr>",
    ]
    for entry in data.entries:
        v = entry.version
        applied = "<br>".join(f"{escape(c.kind.label)} #{c.id}: {isolated(c.public_note or c.quote)}"
                              for c in entry.corrections)
        parts.append(
            f"<tr><td>{v.number}</td><td class=\"when\">{escape(short_time(v.created_at))}</td>"
            f"<td>{isolated(v.author)}</td><td>{isolated(v.message)}</td><td>{applied}</td>"
            f"<td class=\"when\">{escape(short_time(entry.published_at or ''))}</td></tr>")
    parts.append("</table>")
    for entry in data.entries:
        v = entry.version
        parts.append(f"<h2>Version {v.number}: {isolated(v.message)}</h2>")
        received = (f" · pushed to the newsroom record by {isolated(v.pushed_by)}, received {escape(v.received_at)}"
                    if v.pushed_by else "")
        rebased = f" · rebased from offline version {escape(v.rebased_from)}" if v.rebased_from else ""
        parts.append(f"<p class=\"meta\">{isolated(v.author)} · {escape(v.created_at)} · "
                     f"content SHA-256 {escape(v.content_sha256)}{received}{rebased}</p>")
        for c in entry.corrections:
            change = f"“{isolated(c.quote)}” → “{isolated(c.replacement)}”" if c.changes_text else (
                f"note only on “{isolated(c.quote)}”, the text unchanged")
            parts.append(
                f"<p>{escape(c.kind.label)} #{c.id} by {isolated(c.author)}: {change}"
                + (f"<br>Public note: {isolated(c.public_note)}" if c.public_note else "")
                + (f"<br>Internal note: {isolated(c.internal_note)}" if c.internal_note else "") + "</p>")
        for notice in entry.notices:
            superseding = f" (supersedes notice {notice.supersedes_id})" if notice.supersedes_id else ""
            text = "<br>".join(isolated(p) for p in notice.text.split("\n\n"))
            parts.append(f"<div class=\"notice\"><p class=\"meta\">Notice {notice.id}{superseding}, published "
                         f"{escape(notice.created_at)} by {isolated(notice.created_by)}</p><p>{text}</p></div>")
        label = "Text of version 1" if v.parent_number is None else f"Changes from version {v.parent_number}"
        parts.append(f"<p class=\"meta\">{label}:</p>{to_html(data.diffs.get(v.number, []))}")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
