"""What the Awaiting sign-off panel reads on a pool thread: the waiting versions, and one version's review.

Each function takes the reader's own history connection (desktop/history_reader.py) and returns plain
values for the GUI thread; the diff is the preview's own (desktop/workers.compute_preview).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from corrections.notices.house_style import HouseStyle
from desktop.application import newsroom, notices
from desktop.application.newsroom import Awaiting
from desktop.workers import PreviewRequest, PreviewResult, compute_preview

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Listing:
    """The history's newsroom server as shown (None: a local history), whether it requires sign-off, the rows."""

    server: str | None
    required: bool
    rows: tuple[Awaiting, ...]


@dataclass(frozen=True)
class Review:
    """What a standards editor reads before deciding: the diff against what readers saw, and the draft notice."""

    item: Awaiting
    preview: PreviewResult
    notice: str | None
    """The notice publishing this version would carry; None when it applied no correction."""


def read_listing(history) -> Listing:
    """The versions waiting for sign-off, read from the local history (a sync brings others' work in)."""
    server = newsroom.remote(history)
    if server is None:
        return Listing(None, False, ())
    return Listing(server, newsroom.signoff_required(history), tuple(newsroom.awaiting_signoff(history)))


def read_review(history, item: Awaiting, style: HouseStyle | None) -> Review:
    """The version's text against the version readers last saw, as a tracked diff, and its draft notice."""
    published = newsroom.published_number(history, item.article_id)
    request = PreviewRequest(
        history.text(item.article_id, published), history.text(item.article_id, item.number),
        old_label=translate("SignoffPanel", "Version {number}, as readers saw it").format(number=published),
        new_label=translate("SignoffPanel", "Version {number}").format(number=item.number))
    drafted = notices.draft(history, item.article_id, item.number, style=style)
    return Review(item, compute_preview(request), drafted.text if drafted is not None else None)
