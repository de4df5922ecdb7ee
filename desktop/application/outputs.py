"""What leaves the history as files: an exported version, the corrections log, the audit report
and a backup, each written by the one safe writer (never over the history, never over an existing
file unless `force`)."""

from __future__ import annotations

import os
from pathlib import Path

from corrections.errors import InputError
from corrections.files import check_output, write_file
from corrections.notices.house_style import HouseStyle
from db.history import History
from db.records import VerifyReport
from desktop.application.reader_copies import placed_notice


def export_version(history: History, article_id: int, number: int | None, target: str | os.PathLike, *,
                   fmt: str | None = None, force: bool = False, with_notice: bool = False,
                   style: HouseStyle | None = None) -> Path:
    """Write a version to the file `target`, or into the folder `target` under a name not yet taken;
    `with_notice` adds its correction notice where the house style puts it (desktop/application/reader_copies).
    A NewsML-G2 item (fmt "newsml", or a .xml file) always carries its notice (desktop/application/news_items)."""
    from corrections.exporters import NEWSML, export_format, format_for_path, write_export
    from corrections.filenames import path_in_folder

    title, text = history.article(article_id).title, history.text(article_id, number)
    target = Path(target).expanduser()
    if os.path.isdir(target):  # a new file under a name not yet taken: a folder export never replaces one
        extension = "xml" if fmt and export_format(fmt) == NEWSML else fmt or "txt"
        target, force = path_in_folder(target, title, extension, fallback=f"article-{article_id}"), False
    if export_format(fmt or format_for_path(target)) == NEWSML:
        return write_output(history, target, export_bytes(history, article_id, number, NEWSML, style=style),
                            force=force)
    notice = placed_notice(history, article_id, number, style=style) if with_notice else None
    return write_export(target, text, title, fmt or format_for_path(target), protect=history.protected_files(),
                        force=force, notice=notice)


def export_bytes(history: History, article_id: int, number: int | None, fmt: str, *, with_notice: bool = False,
                 style: HouseStyle | None = None) -> bytes:
    """A version as the bytes of a file in `fmt`, for standard output, the clipboard or a preview; a NewsML-G2 item
    always carries its notice."""
    from corrections.exporters import NEWSML, export_format, export_text

    if export_format(fmt) == NEWSML:
        from desktop.application.news_items import newsml

        return newsml(history, article_id, number, style=style).encode("utf-8")
    notice = placed_notice(history, article_id, number, style=style) if with_notice else None
    return export_text(history.text(article_id, number), history.article(article_id).title, fmt, notice=notice)


def corrections_log(history: History) -> str:
    """The corrections log of every article as CSV, formula-like cells neutralised."""
    from db.audit import corrections_log_csv

    return corrections_log_csv(history)


def write_output(history: History, target: str | os.PathLike, data: bytes, *, force: bool = False) -> Path:
    """Write a produced output to `target` through the one safe writer."""
    return write_file(target, data, protect=history.protected_files(), force=force)


def audit_report(history: History, article_id: int) -> tuple[str, str]:
    """The article's audit report as (title, HTML)."""
    from corrections.audit_report import render_audit_html
    from db.audit import audit_data

    data = audit_data(history, article_id)
    return data.article_title, render_audit_html(data)


def write_audit_report(history: History, article_id: int, target: str | os.PathLike, *, fmt: str,
                       force: bool = False, to_pdf=None) -> Path:
    """The audit report written as HTML, or as PDF by `to_pdf(html, path, title=, protect=, force=)`
    (the front end's page renderer); refused before the report is gathered if `target` cannot be written."""
    check_output(target, protect=history.protected_files(), force=force)
    title, html = audit_report(history, article_id)
    if fmt == "pdf":
        if to_pdf is None:
            raise InputError("a PDF audit report needs a page renderer")
        return to_pdf(html, target, title=f"Audit: {title}", protect=history.protected_files(), force=force)
    return write_output(history, target, html.encode("utf-8"), force=force)


def backup(history: History, destination: str | os.PathLike, *, force: bool = False) -> VerifyReport:
    """A verified copy of the whole history (SQLite's online backup); never over the history itself."""
    from db.backup import backup_history

    return backup_history(history, destination, force=force)
