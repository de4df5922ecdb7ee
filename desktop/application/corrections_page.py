"""The public corrections page for both front ends: which notices (since a day), under which title, and the
static site written into one folder by the one safe writer."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from corrections.clock import utc_now
from corrections.corrections_page.site import ARTICLES, INDEX, SITE_FILES, is_own_page, site_files
from corrections.corrections_page.text_safety import one_line
from corrections.errors import InputError
from corrections.files.site_folder import write_site
from corrections.notices.house_style import HouseStyle
from db.history import History
from db.public_record import public_record

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class SiteWritten:
    """Where the site went and what it holds."""

    folder: Path
    notices: int
    articles: int

    @property
    def index(self) -> Path:
        return self.folder / INDEX


def since_date(text: str | None) -> date | None:
    """The day `--since` names (YYYY-MM-DD), or None for every notice; anything else is refused."""
    if text is None:
        return None
    try:
        if _ISO_DAY.fullmatch(text.strip()):
            return date.fromisoformat(text.strip())
    except ValueError:
        pass
    shown = text if len(text) <= 30 else text[:29] + "…"
    raise InputError(f"--since {shown!r} is not a date: give it as YYYY-MM-DD, e.g. 2026-01-31")


def page_title(title: str | None, style: HouseStyle) -> str:
    """The title given, on one line, else the house style's ('Corrections')."""
    if title is None:
        return style.page_title
    if not title.split():
        raise InputError("--title is empty; leave it out for the house style's title")
    shown = one_line(title)
    if not shown:
        raise InputError("--title holds only control characters; leave it out for the house style's title")
    return shown


def holds_site(folder: str | os.PathLike) -> bool:
    """Whether a folder already holds a corrections page, which writing again would replace."""
    return any(os.path.lexists(Path(folder) / name) for name in SITE_FILES)


def write_corrections_page(history: History, folder: str | os.PathLike, *, since: date | None = None,
                           title: str | None = None, force: bool = False,
                           style: HouseStyle | None = None) -> SiteWritten:
    """Write the site: index.html, articles/<uuid>.html, feed.atom and receipts.json. Refused for a history that
    does not verify, and without `force` when a file of the site exists; with it, the site is remade and its own
    article pages it no longer has are removed."""
    style = style or HouseStyle.default()
    shown_title = page_title(title, style)
    record = public_record(history, since)
    files = site_files(record, title=shown_title, style=style, generated_at=utc_now())
    root = write_site(folder, files, protect=history.protected_files(), force=force, owned=is_own_page,
                      subfolders=[ARTICLES])
    return SiteWritten(root, len(record.notices), len(record.articles))
