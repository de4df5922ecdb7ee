"""The article as readers see it, for both front ends: which version that is, and the notice that goes with a
version (desktop/application/outputs writes a version with it, where the house style puts it).

One rule: readers see the latest published version (version 1 when nothing was published since the import),
with every notice published up to it; a version not yet published carries those and the draft its publishing
would add.
"""

from __future__ import annotations

from dataclasses import dataclass

from corrections.notices import Notice, NoticeRecord
from corrections.notices.house_style import HouseStyle
from db import publishing
from db.history import History


@dataclass(frozen=True)
class VersionChoice:
    """A version offered for export: when it was saved and by whom, and whether readers saw it."""

    number: int
    created_at: str
    author: str
    message: str
    published_at: str | None
    """When it was published; None if never (version 1 counts as published at its import)."""
    readers_see: bool
    """The version readers see now."""


@dataclass(frozen=True)
class VersionNotice:
    """The notice that goes with a version: None when nothing was corrected; `draft` when not yet published."""

    notice: Notice | None
    record: NoticeRecord | None
    draft: bool


def readers_version(history: History, article_id: int) -> int:
    """The version readers see: the latest published one, else version 1 (published when imported)."""
    return publishing.baseline(history, article_id)


def notice_at_top(style: HouseStyle | None = None) -> bool:
    """Whether the house style puts the notice under the headline rather than after the text."""
    return (style or HouseStyle.default()).notice_place == "top"


def version_choices(history: History, article_id: int) -> list[VersionChoice]:
    """Every version of the article, newest first, each saying whether it was published."""
    published = {p.version_number: p.published_at for p in publishing.publications(history, article_id)}
    seen = readers_version(history, article_id)
    return [VersionChoice(v.number, v.created_at, v.author, v.message,
                          published.get(v.number, v.created_at if v.number == 1 else None), v.number == seen)
            for v in sorted(history.versions(article_id), key=lambda v: v.number, reverse=True)]


def version_notice(history: History, article_id: int, number: int | None = None, *,
                   style: HouseStyle | None = None) -> VersionNotice:
    """The notices readers are (or would be) shown with version `number` (default the latest), as one notice."""
    from corrections.notices.serialize import combine_notices

    number = history.version(article_id, number).number
    stored = [n.notice for n in publishing.notices(history, article_id) if n.version_number <= number]
    drafted = None
    if number > readers_version(history, article_id):
        drafted = publishing.draft(history, article_id, number, style=style)
    notices = [*stored, *([drafted] if drafted else [])]
    if not notices:
        return VersionNotice(None, None, False)
    record = None if drafted else publishing.notice_record(history, article_id, number)
    return VersionNotice(combine_notices(notices), record, drafted is not None)


def placed_notice(history: History, article_id: int, number: int | None, *, style: HouseStyle | None = None):
    """Version `number`'s notice as it goes on the article (a PlacedNotice), or None when it has none."""
    from corrections.notices.article_output import PlacedNotice

    found = version_notice(history, article_id, number, style=style)
    return PlacedNotice(found.notice, found.record, style) if found.notice else None
