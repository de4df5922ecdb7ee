"""The site's HTML pages: the index of every published notice, newest first, and one page per article with
each published change (its notice, its word diff, its record hash). Plain HTML, no scripts, relative links;
every user string escaped and in its own <bdi>."""

from __future__ import annotations

import uuid
from html import escape

from corrections.clock import parse_utc
from corrections.corrections_page.model import PublicArticle, PublicRecord, PublishedChange, PublishedNotice
from corrections.corrections_page.palette import STYLE_SHEET
from corrections.corrections_page.text_safety import finished, isolated_text, one_line
from corrections.diff import DELETE, EQUAL, INSERT
from corrections.diff_excerpts import Excerpt, excerpts
from corrections.diff_format import to_html as diff_html
from corrections.html_isolation import isolated
from corrections.notices.house_style import HouseStyle
from corrections.notices.render_html import to_html as notice_html

GENERATOR = "Emend corrections page"
"""The generator named in every page the site writes: how a later run knows a page as its own."""


def article_file(uid: str) -> str:
    """An article's page, relative to the site's folder: articles/<its UUID>.html, the same on every run."""
    try:
        name = str(uuid.UUID(uid))
    except ValueError:  # never a path: whatever the history holds, the name is a UUID
        name = str(uuid.uuid5(uuid.NAMESPACE_URL, f"emend-article:{uid}"))
    return f"articles/{name}.html"


def index_page(record: PublicRecord, *, title: str, language: str, style: HouseStyle) -> str:
    """index.html: every notice of the record, newest first, each linking to its article's page."""
    entries = [_entry(n, style) for n in record.notices]
    listing = (f'<ol class="entries">\n{"".join(entries)}</ol>' if entries
               else '<p class="lead">No corrections have been published.</p>')
    count = len(record.notices)
    lead = (f"{count} published notice{'' if count == 1 else 's'}, newest first. Each links to the article's "
            "corrections, with what changed and the record of each published version.")
    body = (f"<header>\n<h1>{isolated(title)}</h1>\n<p class=\"lead\">{escape(lead)}</p>\n"
            '<p class="meta"><a href="feed.atom" type="application/atom+xml">Atom feed</a> · '
            '<a href="receipts.json" type="application/json">Receipts (JSON)</a></p>\n</header>\n'
            f"<main>\n{listing}\n</main>\n{_footer('')}")
    return _page(isolated_text(one_line(title)), language, body, prefix="")


def article_page(article: PublicArticle, *, title: str, language: str, style: HouseStyle) -> str:
    """articles/<uuid>.html: the article's published changes, newest first."""
    changes = "".join(_change(change, style) for change in reversed(article.changes))
    count = len(article.changes)
    body = (f'<header>\n<p class="meta"><a href="../index.html">← {isolated(title)}</a></p>\n'
            f"<h1>{isolated(one_line(article.title))}</h1>\n"
            f'<p class="lead">First published {_when(article.first_published, style)}. '
            f"{count} published change{'' if count == 1 else 's'}, newest first.</p>\n</header>\n"
            f"<main>\n{changes}</main>\n{_footer('../')}")
    tab = f"{isolated_text(one_line(article.title))} · {isolated_text(one_line(title))}"
    return _page(tab, language, body, prefix="../")


def _page(title: str, language: str, body: str, *, prefix: str) -> str:
    """A whole page; `title` is the browser tab's, plain text, already isolated."""
    return finished(
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="alternate" type="application/atom+xml" href="{prefix}feed.atom" title="Atom feed">\n'
        f"<style>\n{STYLE_SHEET}</style>\n</head>\n<body>\n{body}</body>\n</html>\n")


def _entry(n: PublishedNotice, style: HouseStyle) -> str:
    link = f"{article_file(n.article_uid)}#v{n.record.version}"
    return (f'<li id="n-{escape(n.uid)}">\n<article>\n'
            f'<h2><a href="{escape(link)}">{isolated(one_line(n.article_title))}</a></h2>\n'
            f'<p class="meta"><span class="kind">{isolated(n.kinds)}</span> · {_when(n.published_at, style)} · '
            f"version {n.record.version}</p>\n{notice_html(n.notice, record=n.record)}</article>\n</li>\n")


def _change(change: PublishedChange, style: HouseStyle) -> str:
    notices = "".join(notice_html(n.notice, record=n.record) for n in change.notices) or (
        '<p class="meta">Published without a correction notice (spelling, punctuation or style only).</p>\n')
    shown = excerpts(list(change.diff))
    diff = "".join(_excerpt(e) for e in shown) or '<p class="meta">The text itself is unchanged.</p>\n'
    return (f'<section class="change" id="v{change.version}" aria-labelledby="h-v{change.version}">\n'
            f'<h2 id="h-v{change.version}">Version {change.version}</h2>\n'
            f'<p class="meta">Published {_when(change.published_at, style)}</p>\n{notices}'
            f"<h3>What changed since version {change.previous}</h3>\n{diff}"
            f'<p class="record meta">Record hash (SHA-256 chain): <code>{escape(change.chain_sha256)}</code></p>\n'
            "</section>\n")


def _excerpt(excerpt: Excerpt) -> str:
    """A changed passage under its paragraph's number: '…' where the paragraph goes on, a space between a
    deletion and the insertion replacing it, and a change of spacing alone shown as ¶ or ␣."""
    parts: list[tuple[int, str]] = [(EQUAL, "… ")] if excerpt.cut_before else []
    for index, (op, text) in enumerate(excerpt.parts):
        if op != EQUAL and not text.strip():
            text = "¶" if "\n" in text else "␣"
        parts.append((op, text))
        following = excerpt.parts[index + 1][0] if index + 1 < len(excerpt.parts) else EQUAL
        if op == DELETE and following == INSERT:
            parts.append((EQUAL, " "))
    if excerpt.cut_after:
        parts.append((EQUAL, " …"))
    return (f'<div class="excerpt">\n<p class="where">Paragraph {excerpt.paragraph}</p>\n'
            f"{diff_html(parts)}\n</div>\n")


def _when(moment: str, style: HouseStyle) -> str:
    """A stored UTC time as the house style writes its day, with the exact time for machines."""
    at = parse_utc(moment)
    return f'<time datetime="{at.strftime("%Y-%m-%dT%H:%M:%SZ")}">{escape(style.format_date(at.date()))}</time>'


def _footer(prefix: str) -> str:
    return ("<footer>\n<p>Every published version carries its record hash. The receipts "
            f'(<a href="{prefix}receipts.json">receipts.json</a>) let anyone check later, with '
            "<code>emend verify --against receipts.json</code>, that the newsroom's history still holds what "
            "readers were shown.</p>\n<p>Made with Emend.</p>\n</footer>\n")
