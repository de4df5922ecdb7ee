"""The newsroom in the window (issue 15): the status bar's sync state, syncing in the background after saves
and when a colleague saves (LISTEN/NOTIFY), offline without fuss, and the hand merge of a clash.

Editor A works in a real window; editor B works through the application layer, as `emend` does. The server
is the throwaway cluster; everything is waited for, never slept on, so a loaded machine only makes it slower.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.history import History
from db.sync import local_rows, settings
from desktop.application import newsroom, reading
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview
from tests.postgres_cluster import free_port

WAIT_MS = 30_000
"""Generous: a sync is a few round trips, but a loaded two-core machine may take its time."""
TITLE = "Council approves harbour bridge repairs"


@pytest.fixture(autouse=True)
def no_clock(monkeypatch):
    """No sync on the minute: what reaches a window here came after a save, a colleague's save or Sync Now."""
    monkeypatch.setattr("desktop.newsroom_sync.SYNC_EVERY_MS", 3_600_000)




def history_on(path, url: str) -> History:
    """A new local history at `path` that syncs with the server at `url` (as `emend remote URL` makes it)."""
    history = History.open(path)
    newsroom.set_remote(history, url)
    return history


def point_at(path, url: str) -> None:
    """Change a history's server behind its window's back, unchecked, as another program on the file could."""
    with History.open(path, create=False) as history, history.transaction():
        settings.set_remote_url(history.db, url)


def nowhere() -> str:
    """A server address where nothing answers."""
    return f"postgresql://nobody@127.0.0.1:{free_port()}/newsroom"


def says(window, text: str) -> bool:
    """Whether the status bar's sync label shows `text` and no sync is under way."""
    label = window.status.sync_label
    return not label.isHidden() and label.text() == text and not window.newsroom.busy


def log(path, article_id: int) -> list[dict]:
    """The article's timeline as `emend log --json` prints it."""
    with History.open(path, create=False, read_only=True) as history:
        return [entry.to_json() for entry in reading.timeline(history, article_id)]


def verifies(path) -> bool:
    with History.open(path, create=False, read_only=True) as history:
        return history.verify().ok


def correct(qtbot, window, answers, quote: str, replacement: str, message: str) -> None:
    """Attach a correction to `quote` and save it as a version, as an editor does with the keyboard."""
    wait_for_preview(qtbot, window)
    select(window.article_view, quote)
    answers.corrections.append(CorrectionAnswer(replacement, public_note=f"{quote} was wrong."))
    press_ctrl_enter(qtbot, window)
    answers.messages.append(message)
    assert window.save_version()


def clash(qtbot, window, answers, a_path, a_url: str, b: History) -> None:
    """A corrects "Eastern" offline while B corrects it differently and syncs first: A's sync stops."""
    b_id = b.articles()[0].id
    point_at(a_path, nowhere())
    correct(qtbot, window, answers, "Eastern", "eastern", "Style")
    qtbot.waitUntil(lambda: says(window, "Offline · 1 to send"), timeout=WAIT_MS)
    newsroom.sync(b)
    b.save_version(b_id, text=b.text(b_id).replace("Eastern", "Western"), message="Wrong side", author="Ben")
    assert newsroom.sync(b).pushed == 1
    point_at(a_path, a_url)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: says(window, "Needs merge"), timeout=WAIT_MS)


def test_a_history_of_its_own_shows_no_sync_state_and_sync_now_says_why(window, message_boxes):
    assert window.status.sync_label.isHidden()
    assert not window.resolve_action.isEnabled()
    window.sync_action.trigger()
    assert "no newsroom server" in window.statusBar().currentMessage()
    assert message_boxes.shown == []
    assert window.newsroom.listener is None


def test_two_editors_sync_through_the_window_offline_notify_and_a_hand_merge(
        room, open_window, qtbot, answers, message_boxes, article_file, tmp_path):
    a_path, a_url = tmp_path / "a.sqlite", room.add("ana")
    history_on(a_path, a_url).close()
    b_path = tmp_path / "b.sqlite"
    b = history_on(b_path, room.add("ben"))
    window = open_window(a_path)
    label = window.status.sync_label

    # A imports an article: it is sent in the background, and B receives it.
    assert window.open_file(article_file)
    qtbot.waitUntil(lambda: says(window, "Synced"), timeout=WAIT_MS)
    assert room.user("ana") in label.toolTip() and "Last synced at" in label.toolTip()
    assert newsroom.sync(b).pulled == 1
    [b_article] = b.articles()
    a_id = window.session.article.id

    # Offline, A's save waits to be sent; the status says so, and no dialog interrupts the work.
    point_at(a_path, nowhere())
    correct(qtbot, window, answers, "Kowalsky", "Kowalska", "Fix name")
    assert "1 to send" in label.text()
    qtbot.waitUntil(lambda: says(window, "Offline · 1 to send"), timeout=WAIT_MS)
    assert message_boxes.shown == []
    assert "cannot reach the newsroom server" in label.toolTip()

    # Sync Now, still offline, says why in one line; back online it sends the version.
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: message_boxes.kinds() == ["critical"], timeout=WAIT_MS)
    [(_kind, _title, text)] = message_boxes.shown
    assert "cannot reach the newsroom server" in text and "\n" not in text
    point_at(a_path, a_url)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: says(window, "Synced"), timeout=WAIT_MS)
    assert "Synced with the newsroom" in window.statusBar().currentMessage()
    assert newsroom.sync(b).pulled == 1

    # B saves elsewhere: the server's NOTIFY wakes A's sync, and A's window shows the new version.
    qtbot.waitUntil(lambda: window.newsroom.listener.listening, timeout=WAIT_MS)
    b.add_correction(b_article.id, kind="correction", quote="48,000", replacement="84,000", author="Ben",
                     public_note="The traffic figure was wrong.")
    b.save_version(b_article.id, message="Fix traffic figure", author="Ben")
    assert newsroom.sync(b).pushed == 1
    qtbot.waitUntil(lambda: "84,000 vehicles" in window.article_view.toPlainText(), timeout=WAIT_MS)
    assert local_rows.article_uid(b.db, b_article.id) in window.newsroom.saves_heard
    assert window.session.base.number == 3 and "Kowalska" in window.article_view.toPlainText()

    # Both change the same passage: A's sync stops, and the merge dialog settles it.
    clash(qtbot, window, answers, a_path, a_url, b)
    assert TITLE in label.toolTip() and window.resolve_action.isEnabled()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.newsroom.conflicts.dialog is not None, timeout=WAIT_MS)
    dialog = window.newsroom.conflicts.dialog
    assert "Western harbour" in dialog.theirs_view.toPlainText()
    assert "eastern harbour" in dialog.mine_view.toPlainText()
    assert [s.cursor.selectedText() for s in dialog.theirs_view.extraSelections()] == ["Western"]
    assert [s.cursor.selectedText() for s in dialog.mine_view.extraSelections()] == ["eastern"]
    assert dialog.merged_edit.toPlainText() == dialog.mine_view.toPlainText()
    dialog.merged_edit.setPlainText(dialog.mine_view.toPlainText().replace("eastern harbour", "East Harbour"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.newsroom.conflicts.dialog is None and says(window, "Synced"), timeout=WAIT_MS)
    assert "the East Harbour bridge" in window.article_view.toPlainText()
    assert message_boxes.kinds() == ["critical"]  # only Sync Now's, offline

    newsroom.sync(b)
    assert "the East Harbour bridge" in b.text(b_article.id)
    b.close()
    assert log(a_path, a_id) == log(b_path, b_article.id)
    assert verifies(a_path) and verifies(b_path)


def test_a_pull_keeps_unsaved_typing_and_keep_theirs_from_the_menu_settles_a_clash(
        room, open_window, qtbot, answers, message_boxes, article_file, tmp_path):
    a_path, a_url = tmp_path / "a.sqlite", room.add("ana")
    history_on(a_path, a_url).close()
    b_path = tmp_path / "b.sqlite"
    b = history_on(b_path, room.add("ben"))
    window = open_window(a_path)
    assert window.open_file(article_file)
    qtbot.waitUntil(lambda: says(window, "Synced"), timeout=WAIT_MS)
    newsroom.sync(b)
    b_id = b.articles()[0].id

    # A types without saving while B's version arrives: A's text stays, the lists and version label follow.
    wait_for_preview(qtbot, window)
    window.edit_text_action.trigger()
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().find("Opponents"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "Some ")
    b.save_version(b_id, text=b.text(b_id).replace("town hall", "city hall"), message="Venue", author="Ben")
    assert newsroom.sync(b).pushed == 1
    qtbot.waitUntil(lambda: window.history_model.total == 2, timeout=WAIT_MS)
    assert "Some Opponents said" in view.toPlainText() and "town hall" in view.toPlainText()
    assert window.session.base.number == 1 and window.status.version_label.text() == "Version 1 of 2"

    # Saving offers to reload the newer version (the typing goes to the clipboard); A takes it.
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    answers.messages.append("Opponents")
    assert not window.save_version()
    assert window.session.base.number == 2 and "city hall" in view.toPlainText()
    window.edit_text_action.trigger()

    # A clash, resolved from File > Resolve Sync Conflict… by keeping the newsroom's text.
    clash(qtbot, window, answers, a_path, a_url, b)
    window.resolve_action.trigger()
    qtbot.waitUntil(lambda: window.newsroom.conflicts.dialog is not None, timeout=WAIT_MS)
    qtbot.mouseClick(window.newsroom.conflicts.dialog.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.newsroom.conflicts.dialog is None and says(window, "Synced"), timeout=WAIT_MS)
    assert "Western harbour" in view.toPlainText() and not window.resolve_action.isEnabled()
    with History.open(a_path, create=False, read_only=True) as a:
        set_aside = a.db.execute("select reason from set_aside_versions").fetchall()
    assert set_aside  # A's own version is kept, set aside
    newsroom.sync(b)
    b.close()
    assert log(a_path, window.session.article.id) == log(b_path, b_id)
    assert verifies(a_path) and verifies(b_path)
    assert [kind for kind in message_boxes.kinds() if kind != "warning"] == []


def test_the_listener_comes_back_after_a_server_restart_and_stops_with_the_window(
        room, postgres, open_window, qtbot, article_file, tmp_path):
    a_path, a_url = tmp_path / "a.sqlite", room.add("ana")
    history_on(a_path, a_url).close()
    b = history_on(tmp_path / "b.sqlite", room.add("ben"))
    window = open_window(a_path)
    assert window.open_file(article_file)
    qtbot.waitUntil(lambda: says(window, "Synced") and window.newsroom.listener.listening, timeout=WAIT_MS)
    newsroom.sync(b)
    b_id = b.articles()[0].id
    listener = window.newsroom.listener
    connections = []
    listener.connected.connect(lambda: connections.append(True))

    postgres.restart()
    qtbot.waitUntil(lambda: bool(connections) and listener.listening, timeout=WAIT_MS)
    heard = len(window.newsroom.saves_heard)
    b.save_version(b_id, text=b.text(b_id).replace("town hall", "city hall"), message="Venue", author="Ben")
    assert newsroom.sync(b).pushed == 1
    qtbot.waitUntil(lambda: "city hall" in window.article_view.toPlainText(), timeout=WAIT_MS)
    assert len(window.newsroom.saves_heard) > heard
    b.close()

    window.close()
    assert not listener.is_alive()
    assert not [thread for thread in threading.enumerate() if thread.name == "emend-newsroom-listener"]
