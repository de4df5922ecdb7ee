"""What a real-window trial of the newsroom (issue 15) found: the merge dialog and the sign-off dock show the
passage that matters, not the top of the article; Sync Now says it is under way; a server shutting down is
offline, not a failure; publishing before sign-off is refused in the window's words, before the question.
"""

from __future__ import annotations

import threading

import psycopg
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from corrections.diff.merge3 import Conflict
from db.server.errors import Unreachable, explain
from desktop.application import amending, articles, newsroom, versions
from desktop.application.newsroom import ArticleConflict
from desktop.dialogs.merge_dialog import MergeDialog
from tests.newsroom.helpers import make_newsroom

WAIT_MS = 60_000
"""Generous: a sync is a few round trips, but a loaded two-core machine may take its time."""
FILLER = "\n\n".join(f"Paragraph {number} of the report says nothing anyone disputes." for number in range(1, 41))
LONG = FILLER + "\n\nThe plans include anti-tank barriers along the northern border with Belarus.\n"
"""A long article whose one disputed passage is at its very end, far below the first screenful."""


def shown_in(view, cursor) -> bool:
    """Whether the text at `cursor` lies inside the view's visible area."""
    rect = view.cursorRect(cursor)
    return 0 <= rect.top() and rect.bottom() <= view.viewport().height()


@pytest.fixture(autouse=True)
def no_clock(monkeypatch):
    """No sync on the minute: what reaches a window here came after a save, a colleague's save or Sync Now."""
    monkeypatch.setattr("desktop.newsroom_sync.SYNC_EVERY_MS", 3_600_000)


def test_the_merge_dialog_opens_on_the_clash_even_at_the_end_of_a_long_article(window, qtbot):
    at = LONG.index("northern border")
    conflict = ArticleConflict(
        article_id=1, article_uid="a1", title="Kyiv", base_number=1, theirs_number=2, mine_numbers=(2,),
        base_text=LONG, theirs_text=LONG.replace("northern border", "northern border and Russian border"),
        mine_text=LONG.replace("northern border", "border to the north"), reason="both changed the border",
        conflicts=(Conflict(at, at + len("northern border"), "northern border and Russian border",
                            "border to the north", "northern border"),))
    window.resize(1024, 700)
    dialog = MergeDialog(conflict, parent=window)
    qtbot.addWidget(dialog)

    dialog.show()
    qtbot.waitExposed(dialog)

    for view in (dialog.theirs_view, dialog.mine_view, dialog.merged_edit):
        [clash] = view.extraSelections()
        assert shown_in(view, clash.cursor), view.objectName()


def test_a_server_shutting_down_or_starting_up_is_offline_not_a_failure():
    for reason in ("the database system is shutting down", "the database system is starting up",
                   "the database system is not yet accepting connections"):
        error = psycopg.OperationalError(
            f'connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  {reason}')
        explained = explain(error, "127.0.0.1:5432")
        assert isinstance(explained, Unreachable), reason
        assert str(explained) == f"cannot reach the newsroom server at 127.0.0.1:5432: {reason}"


@pytest.fixture
def signoff_room(postgres):
    return make_newsroom(postgres, require_signoff=True)


def corrected_long_article(room, tmp_path):
    """Ana's history: the long article imported, its last paragraph corrected and saved as version 2, synced."""
    history, _ = newsroom.clone(room.add("ana"), tmp_path / "ana.sqlite")
    source = tmp_path / "kyiv.txt"
    source.write_text(LONG, encoding="utf-8")
    article = articles.import_file(history, source, author="Ana", title="Kyiv adjusts its defences").article
    amending.attach(history, article.id, kind="correction", quote="anti-tank barriers", replacement="anti-tank ditches",
                    author="Ana", public_note="An earlier version said barriers; the plans are for ditches.")
    versions.save(history, article.id, message="Ditches, not barriers", author="Ana")
    newsroom.sync(history)
    return history, article.id


def test_the_signoff_dock_opens_on_the_first_change_not_the_top_of_the_article(
        signoff_room, tmp_path, open_window, qtbot):
    ana, _article_id = corrected_long_article(signoff_room, tmp_path)
    ana.close()
    sam, _ = newsroom.clone(signoff_room.add("sam", role="standards"), tmp_path / "sam.sqlite")
    sam.close()
    window = open_window(tmp_path / "sam.sqlite")
    window.resize(1024, 700)

    window.findChild(QAction, "signoffDockViewAction").trigger()
    qtbot.waitUntil(lambda: window.signoff.panel is not None and window.signoff.panel.review is not None
                    and window.signoff.panel.preview.current == 0, timeout=WAIT_MS)

    view = window.signoff.panel.preview.inline
    at = view.toPlainText().index("ditches")
    cursor = view.textCursor()
    cursor.setPosition(at)
    assert view.verticalScrollBar().value() > 0 and shown_in(view, cursor)


def test_publishing_before_signoff_is_refused_in_the_windows_words_until_the_approval_arrives(
        signoff_room, tmp_path, open_window, qtbot, message_boxes):
    ana, article_id = corrected_long_article(signoff_room, tmp_path)
    ana.close()
    window = open_window(tmp_path / "ana.sqlite")
    qtbot.waitUntil(lambda: window.status.sync_label.text() == "Synced" and not window.newsroom.busy,
                    timeout=WAIT_MS)
    assert window.open_article(article_id)

    window.publish_action.trigger()

    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("information", "Waiting for sign-off")
    assert "only after a standards editor has approved it" in text and "View > Awaiting Sign-off" in text
    assert "emend" not in text  # no command line in the window

    # Sam sends it back with a note: Ana, once synced, reads who and why.
    sam, _ = newsroom.clone(signoff_room.add("sam", role="standards"), tmp_path / "sam.sqlite")
    newsroom.send_back(sam, sam.articles()[0].id, 2, "Which plans? Name the ministry.")
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: "Synced with the newsroom" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    window.publish_action.trigger()
    assert message_boxes.shown[-1][1] == "Sent back for changes"
    assert f"{signoff_room.user('sam')} sent version 2" in message_boxes.shown[-1][2]
    assert "Which plans? Name the ministry." in message_boxes.shown[-1][2]

    # Once approved and synced, Publish asks its question and publishes.
    newsroom.approve(sam, sam.articles()[0].id, 2)
    sam.close()
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: "Synced with the newsroom" in window.statusBar().currentMessage()
                    and not window.newsroom.busy, timeout=WAIT_MS)
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    assert window.publish_version()
    assert message_boxes.kinds()[-1] == "question"
    assert window.statusBar().currentMessage().startswith("Published version 2")


def test_the_status_bar_says_syncing_until_the_server_first_answers_and_sync_now_says_it_is_under_way(
        room, tmp_path, open_window, qtbot, monkeypatch, message_boxes):
    history, _ = newsroom.clone(room.add("ana"), tmp_path / "ana.sqlite")
    history.close()
    gate = threading.Event()
    real_sync = newsroom.sync

    def slow_sync(history, article_id=None):
        """A server slow to answer: each sync waits until the test lets it through."""
        gate.wait(WAIT_MS / 1000)
        return real_sync(history, article_id)

    monkeypatch.setattr("desktop.application.newsroom.sync", slow_sync)
    window = open_window(tmp_path / "ana.sqlite")
    label = window.status.sync_label

    assert label.text() == "Syncing…" and window.newsroom.busy  # not "Synced": the server has not answered
    window.sync_action.trigger()
    assert window.statusBar().currentMessage() == "Syncing with the newsroom…"

    gate.set()
    qtbot.waitUntil(lambda: label.text() == "Synced" and not window.newsroom.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Synced with the newsroom"),
                    timeout=WAIT_MS)
    assert message_boxes.shown == []
