"""Settling a conflict by hand: the editor saw both sides and chose (or wrote) the text to keep."""

from __future__ import annotations

from db.server.connection import check_schema, connect
from db.sync import local_rows, server_rows, settings
from db.sync.engine import server_url, sync
from db.sync.rebase import ArticleConflict, merge_by_hand, plan, records_clash, records_conflict


def _server_rows(history, conn, article_id: int):
    synced = local_rows.receipted_head(history.db, article_id)[0]
    uid = local_rows.article_uid(history.db, article_id)
    known = {r[0] for r in history.db.execute("select uid from publications where article_id = ? union "
                                              "select uid from notices where article_id = ?", [article_id, article_id])}
    approvals = {r[0] for r in history.db.execute("select uid from approvals")}
    return server_rows.fetch(conn, uid, with_article=False, after_number=synced, known_records=known,
                             known_approvals=approvals)


def _fetch(history, article_id: int):
    """What the server has of the article beyond this history's synced versions."""
    conn = connect(server_url(history), autocommit=True)
    try:
        check_schema(conn)
        return _server_rows(history, conn, article_id)
    finally:
        conn.close()


def current_conflict(history, article_id: int) -> ArticleConflict | None:
    """The article's conflict as the server stands now, or None when its versions would rebase cleanly."""
    rows = _fetch(history, article_id)
    if records_clash(history, article_id, rows):
        return records_conflict(history, article_id, rows)
    if not rows.versions:
        return None
    outcome = plan(history, article_id, rows)
    return outcome if isinstance(outcome, ArticleConflict) else None


def resolve(history, article_id: int, text: str, *, author: str, message: str = "") -> int | None:
    """Store the server's versions, set the local ones aside and save `text` on top, then sync it; the
    merged version's number (None when the server's text was kept)."""
    rows = _fetch(history, article_id)
    uid = local_rows.article_uid(history.db, article_id)
    if not rows.versions and not records_clash(history, article_id, rows):
        with history.transaction():
            settings.remember_conflicts(history.db, {k: v for k, v in settings.conflicts(history.db).items() if k != uid})
        return None
    theirs = rows.versions[-1]["number"] if rows.versions else history.latest(article_id).number
    with history.transaction():
        version_id = merge_by_hand(history, article_id, rows, text, author=author,
                                   message=message.strip() or f"Merged with version {theirs}")
        settings.remember_conflicts(history.db, {k: v for k, v in settings.conflicts(history.db).items() if k != uid})
    sync(history, article_id=article_id)
    if version_id is None:
        return None
    found = history.db.execute("select number from versions where id = ?", [version_id]).fetchone()
    return found[0] if found else history.latest(article_id).number  # rebased again by the sync
