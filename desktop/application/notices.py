"""Correction notices for both front ends: the publishing rule, drafts, the notices in force, their
metadata and records, the passages a check compares them with, and rendering in every format."""

from __future__ import annotations

from dataclasses import dataclass

from corrections.correction import Kind
from corrections.errors import InputError
from corrections.notices import Notice, NoticeArticle, NoticeRecord
from corrections.notices.house_style import HouseStyle
from db import publishing
from db.history import History
from db.publishing import PublishRefusal, StoredNotice

FORMATS = ("text", "md", "html", "jsonld", "newsml")
"""The notice formats, by the names `emend notice --format` takes."""
STRUCTURED = frozenset({"jsonld", "newsml"})
"""Formats that describe every notice in force as one, with the article's metadata (NewsML as a whole news item of
the version: desktop/application/news_items)."""


@dataclass(frozen=True)
class NoticesInForce:
    """What an article's readers are told: its published notices (or, with none, the next publish's
    draft), each with the record of the version it was published with."""

    notices: tuple[Notice, ...]
    records: tuple[NoticeRecord | None, ...]
    passages: tuple[tuple[str, str], ...]
    """(before, after) of every amendment the notices describe: what a notice check compares against."""
    latest: NoticeRecord | None
    draft: bool
    amendments: tuple[tuple[tuple[Kind, str, str], ...], ...] = ()
    """For each notice, (kind, before, after) of every correction it speaks for, style fixes included: what the
    notice check's triage compares with the kinds they were given."""


def publish_refusal(history: History, article_id: int, number: int | None = None) -> PublishRefusal | None:
    """Why `number` (default the latest) cannot be published, or None: one rule, see db.publishing."""
    return publishing.publish_refusal(history, article_id, number)


def publish(history: History, article_id: int, number: int | None = None, *, author: str,
            notice_text: str | None = None, style: HouseStyle | None = None):
    """Publish a version with its notice (the drafted wording, or the editor's)."""
    return publishing.publish(history, article_id, number, author=author, notice_text=notice_text, style=style)


def draft(history: History, article_id: int, number: int | None = None, *,
          style: HouseStyle | None = None) -> Notice | None:
    """The notice publishing `number` (default the latest) would carry, or None if nothing was corrected."""
    return publishing.draft(history, article_id, number, style=style)


def in_force(history: History, article_id: int, *, draft_only: bool = False,
             style: HouseStyle | None = None) -> NoticesInForce:
    """The published notices, or the draft when none is published (or `draft_only`)."""
    stored = [] if draft_only else publishing.notices(history, article_id)
    if stored:
        return NoticesInForce(
            notices=tuple(n.notice for n in stored),
            records=tuple(publishing.notice_record(history, article_id, n.version_number) for n in stored),
            passages=tuple(p for n in stored for p in stored_passages(n)),
            latest=publishing.notice_record(history, article_id), draft=False,
            amendments=tuple(amendments(history, article_id, n.version_number) for n in stored))
    drafted = publishing.draft(history, article_id, style=style)
    if drafted is None:
        raise InputError(f"article {article_id} has no corrections to give notice of")
    return NoticesInForce(notices=(drafted,), records=(None,), passages=tuple(draft_passages(drafted)),
                          latest=None, draft=True, amendments=(amendments(history, article_id),))


def stored_passages(stored: StoredNotice) -> list[tuple[str, str]]:
    """(before, after) of each amendment a published notice describes, as stored with it."""
    return [(span["before"]["text"], span["after"]["text"]) for span in stored.spans]


def draft_passages(notice: Notice) -> list[tuple[str, str]]:
    """(before, after) of each amendment a drafted notice describes."""
    return [(item.before, item.after) for item in notice.items]


def check(text: str, passages, style: HouseStyle | None = None, amendments=()):
    """The notice check's warnings for `text`, against the amendments it describes, in the house style; with
    the (kind, before, after) of the corrections it speaks for, also where triage disagrees with their kinds."""
    from corrections.notices import check_notice  # loaded on first use: a quicker start

    return check_notice(text, list(passages), style=style, amendments=amendments)


def check_in_force(found: NoticesInForce, style: HouseStyle | None = None):
    """The notice check's warnings for every notice in force, each against the corrections it speaks for."""
    covered = found.amendments or ((),) * len(found.notices)
    return [warning for notice, amended in zip(found.notices, covered)
            for warning in check(notice.text, found.passages, style, amended)]


def amendments(history: History, article_id: int, number: int | None = None) -> tuple[tuple[Kind, str, str], ...]:
    """(kind, before, after) of each correction a notice publishing `number` (default the latest) speaks for,
    style fixes included."""
    return tuple((c.kind, c.quote, c.replacement) for c in publishing.covered_corrections(history, article_id, number))


def kind_warnings(history: History, article_id: int, number: int | None = None):
    """Where triage disagrees with the kinds of the corrections publishing `number` (default the latest) covers:
    a style fix that changes substance, a correction that fixes only style. For a version with no notice."""
    from corrections.notices.check import kind_warnings as warnings  # loaded on first use: a quicker start

    return warnings(amendments(history, article_id, number))


def notice_article(history: History, article_id: int, record: NoticeRecord | None = None) -> NoticeArticle:
    """The article metadata the structured formats carry: title, first and last version times, record."""
    versions = history.versions(article_id)
    return NoticeArticle(title=history.article(article_id).title, date_published=versions[0].created_at,
                         date_modified=versions[-1].created_at, record=record)


def render(notice: Notice, fmt: str, *, article: NoticeArticle | None = None, record: NoticeRecord | None = None,
           style: HouseStyle | None = None) -> str:
    """One notice in a format of FORMATS but NewsML (a news item of a version: news_items); JSON-LD needs the
    `article` metadata."""
    from corrections.notices import to_html, to_jsonld, to_markdown, to_text

    if fmt == "newsml":
        raise InputError("a NewsML-G2 item is made from the article's history: use desktop.application.news_items")
    if fmt in STRUCTURED:
        if article is None:
            raise InputError(f"a {fmt} notice needs the article's metadata")
        return to_jsonld(notice, article)
    if fmt == "html":
        return to_html(notice, record=record)
    if fmt in ("text", "md"):
        return (to_text if fmt == "text" else to_markdown)(notice, record=record, style=style)
    raise InputError(f"unknown notice format {fmt!r}: use one of {', '.join(FORMATS)}")


def render_in_force(history: History, article_id: int, found: NoticesInForce, fmt: str, *,
                    style: HouseStyle | None = None) -> str:
    """Every notice in force in a format: the structured formats as one notice of the whole article, NewsML as the
    news item of the version readers see (of the latest, for a draft)."""
    from corrections.notices.serialize import combine_notices

    if fmt == "newsml":
        from desktop.application.news_items import newsml, notice_version

        return newsml(history, article_id, notice_version(history, article_id, draft=found.draft), style=style)
    if fmt in STRUCTURED:
        return render(combine_notices(list(found.notices)), fmt,
                      article=notice_article(history, article_id, found.latest))
    return "\n".join(render(notice, fmt, record=record, style=style)
                     for notice, record in zip(found.notices, found.records))


def with_article(history: History, article_id: int, found: NoticesInForce, fmt: str, *,
                 style: HouseStyle | None = None) -> str:
    """The article as readers see it (text, md or html): the published version with its notices where the
    house style puts them; a draft goes with the latest version, which it describes."""
    from corrections.notices import corrected_article
    from corrections.notices.serialize import combine_notices

    if fmt not in ("text", "md", "html"):
        raise InputError("--with-article works with --format text, md or html")
    number = found.latest.version if found.latest is not None and not found.draft else None
    return corrected_article(history.text(article_id, number), combine_notices(list(found.notices)), fmt,
                             record=found.latest, style=style)
