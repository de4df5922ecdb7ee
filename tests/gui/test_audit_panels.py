"""The audit panels: a timeline of versions, blame, "Who changed this?", verification and library search."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QAction

from db import publishing
from tests.gui.helpers import (
    CorrectionAnswer, press_ctrl_enter, select, struck_in_red, underlined_in_green, wait_for_preview,
)

DAY_NOTE = "The bridge reopened on Tuesday, not Monday."


@pytest.fixture
def bridge(window, sample_text, qtbot):
    """Three versions of the bridge story by three people, version 2 published; opened in the window."""
    history = window.history
    article = history.import_article(sample_text, title="Harbour bridge", author="Ann")
    history.add_correction(article.id, kind="correction", quote="Monday", replacement="Tuesday", author="Bob",
                           public_note=DAY_NOTE)
    history.save_version(article.id, message="Corrected the day", author="Bob")
    publishing.publish(history, article.id, author="Desk")
    corrected = history.text(article.id).replace("several hundred", "about 300")
    history.save_version(article.id, message="Clarified the crowd", author="Cy", text=corrected)
    window.refresh_library()
    assert window.open_article(article.id)
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: not window.verify_badge.busy, timeout=10000)
    return article.id


def timeline_rows(window) -> list[tuple[str, str, str, str]]:
    """Version, author, message and published marker of each timeline row, as the table shows them."""
    model = window.timeline_panel.model
    return [tuple(model.index(row, column).data() for column in (0, 2, 3, 5)) for row in range(model.rowCount())]


def view_menu_entry(window, dock_name: str) -> QAction:
    """The View menu's entry for a panel (its dock's object name, e.g. "timelineDock")."""
    return next(action for action in window.view_menu.actions() if action.objectName() == f"{dock_name}ViewAction")


def in_front(dock) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def show_timeline(window, qtbot) -> None:
    """View > Timeline, then wait for its rows."""
    view_menu_entry(window, "timelineDock").trigger()
    qtbot.waitUntil(lambda: window.timeline_panel is not None and not window.timeline_panel.loading
                    and window.timeline_panel.model.rowCount() > 0, timeout=10000)


def show_blame(window, qtbot) -> None:
    view_menu_entry(window, "blameDock").trigger()
    qtbot.waitUntil(lambda: bool(window.blame_view.spans) and not window.blame_view.loading, timeout=10000)


def drop_guards_and_run(path, sql: str) -> None:
    """What someone with the sqlite3 shell could do: drop the append-only triggers, then edit a row."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        conn.execute(f"drop trigger {name}")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_the_view_menu_brings_a_panel_hidden_behind_a_tab_to_the_front(window, bridge, qtbot):
    timeline, history = view_menu_entry(window, "timelineDock"), view_menu_entry(window, "historyDock")
    qtbot.waitUntil(lambda: in_front(window.history_dock))
    assert not in_front(window.timeline_dock) and not timeline.isChecked() and history.isChecked()

    timeline.trigger()  # behind the History tab: shown, not closed
    qtbot.waitUntil(lambda: in_front(window.timeline_dock))
    assert timeline.isChecked() and not history.isChecked()
    qtbot.waitUntil(lambda: window.timeline_panel is not None and window.timeline_panel.model.rowCount() == 3)

    history.trigger()
    qtbot.waitUntil(lambda: in_front(window.history_dock))
    assert not in_front(window.timeline_dock)

    history.trigger()  # in front: closed, and the Timeline behind it comes forward
    qtbot.waitUntil(lambda: not window.history_dock.isVisible())
    assert not history.isChecked()
    qtbot.waitUntil(lambda: in_front(window.timeline_dock))
    history.trigger()
    qtbot.waitUntil(lambda: in_front(window.history_dock))


def test_the_timeline_lists_every_version_and_picking_one_shows_its_changes(window, bridge, qtbot):
    show_timeline(window, qtbot)

    rows = timeline_rows(window)
    assert [row[:3] for row in rows] == [("v3", "Cy", "Clarified the crowd"), ("v2", "Bob", "Corrected the day"),
                                         ("v1", "Ann", "Imported")]
    assert rows[1][3].startswith("✔")
    assert rows[0][3] == rows[2][3] == ""
    assert DAY_NOTE in window.timeline_panel.model.index(1, 4).data()
    assert window.timeline_panel.summary.text() == "3 versions"

    window.timeline_panel.select_version(2)
    wait_for_preview(qtbot, window)

    assert window.history_panel.picked() == [2]
    assert window.preview.title.text() == "Version 1  →  Version 2"
    assert struck_in_red(window.preview.inline.document()) == "Monday"
    assert underlined_in_green(window.preview.inline.document()) == "Tuesday"


def test_blame_is_worked_out_only_when_shown_and_names_who_wrote_each_word(window, bridge, qtbot):
    assert window.blame_dock.isHidden()
    assert window.blame_view.spans == []

    show_blame(window, qtbot)

    view = window.blame_view
    assert view.text.toPlainText() == window.article_view.toPlainText()
    tuesday = view.text.toPlainText().index("Tuesday")
    span = view.text.span_at(tuesday)
    assert (span.version, span.author, span.text.strip()) == (2, "Bob", "Tuesday")
    assert view.text.tooltip_at(tuesday).startswith("Version 2 · Bob")
    assert DAY_NOTE in view.text.tooltip_at(tuesday)
    assert view.text.span_at(view.text.toPlainText().index("about 300")).version == 3
    assert view.text.span_at(0).version == 1
    assert [view.legend.item(row).data(256) for row in range(view.legend.count())] == [3, 2, 1]

    show_timeline(window, qtbot)
    window.timeline_panel.select_version(1)
    qtbot.waitUntil(lambda: view.number == 1 and not view.loading, timeout=10000)
    assert "Monday" in view.text.toPlainText()
    assert {span.version for span in view.spans} == {1}


def test_who_changed_this_names_the_version_that_wrote_the_selected_passage(window, bridge, message_boxes, qtbot):
    select(window.article_view, "Tuesday morning")

    window.who_changed_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("information")), timeout=10000)

    answer = message_boxes.texts("information")[-1]
    assert "These words were written in 2 versions:" in answer
    assert "Version 2 by Bob" in answer and "“Tuesday”" in answer
    assert DAY_NOTE in answer
    assert "Version 1 by Ann" in answer and "“morning”" in answer
    assert window.blame_dock.isVisible()
    assert window.blame_view.text.textCursor().selectedText() == "Tuesday morning"

    select(window.article_view, "about 300")
    window.who_changed_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.texts("information")) == 2, timeout=10000)
    answer = message_boxes.texts("information")[-1]
    assert answer.startswith("These words were written in one version:")
    assert "Version 3 by Cy" in answer and "Clarified the crowd" in answer


def test_who_changed_this_asks_to_save_unsaved_edits_first(window, bridge, message_boxes, qtbot):
    window.set_edit_mode(True)
    window.article_view.textCursor().insertText("Breaking: ")
    select(window.article_view, "Tuesday")

    window.who_changed_action.trigger()

    assert "unsaved edits" in message_boxes.texts("information")[-1]
    assert window.blame_view.spans == []


def test_verification_says_verified_and_names_the_tampered_version(window, bridge, db_path, message_boxes, qtbot):
    badge = window.verify_badge
    assert badge.state == "verified" and badge.text() == "✔ Verified"
    assert badge in window.statusBar().findChildren(type(badge))

    window.verify_history_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("information")), timeout=10000)
    assert message_boxes.texts("information")[-1].startswith("ok:")

    drop_guards_and_run(db_path, "update versions set message = 'Nothing to see' where number = 2")
    window.verify_history_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=10000)

    report = message_boxes.texts("warning")[-1]
    assert f"FAILED article {bridge}, version 2: its metadata or applied corrections were changed" in report
    assert window.verify_history_action.isEnabled()
    qtbot.waitUntil(lambda: badge.state == "tampered", timeout=10000)
    assert badge.text().startswith(f"✘ Tampered: article {bridge}, version 2")


def test_searching_an_old_word_finds_the_article_and_opens_it(window, bridge, qtbot):
    other = window.history.import_article("A quiet day at the harbour.\n", title="Quiet day", author="Ann")
    window.refresh_library()
    assert window.open_article(other.id)

    window.search_action.trigger()
    assert window.search_panel.box.hasFocus()
    qtbot.keyClicks(window.search_panel.box, "Monday")
    qtbot.waitUntil(lambda: not window.search_panel.loading and window.search_panel.model.rowCount() > 0,
                    timeout=10000)

    model = window.search_panel.model
    hits = [model.hit_at(row) for row in range(model.rowCount())]
    row = next(row for row, hit in enumerate(hits) if hit.source == "text")
    assert (hits[row].article_id, hits[row].version) == (bridge, 1)
    assert "[Monday]" in hits[row].snippet
    assert all(hit.article_id == bridge for hit in hits)

    window.search_panel.view.activated.emit(model.index(row, 1))
    wait_for_preview(qtbot, window)

    assert window.session.article.id == bridge
    assert window.history_panel.picked() == [1]
    assert "Monday" in window.preview.inline.toPlainText()


def test_a_search_that_finds_nothing_says_so(window, bridge, qtbot):
    qtbot.keyClicks(window.search_panel.box, "zeppelin")
    qtbot.waitUntil(lambda: not window.search_panel.loading, timeout=10000)

    assert window.search_panel.model.rowCount() == 0
    assert window.search_panel.summary.text() == "Nothing found for “zeppelin”"


def test_a_search_on_screen_follows_a_save(window, bridge, qtbot, answers):
    qtbot.keyClicks(window.search_panel.box, "footbridge")
    qtbot.waitUntil(lambda: not window.search_panel.loading, timeout=10000)
    assert window.search_panel.model.rowCount() == 0

    select(window.article_view, "Tuesday")
    answers.corrections.append(CorrectionAnswer("footbridge"))
    press_ctrl_enter(qtbot, window)
    answers.messages.append("A word nobody had used")
    assert window.save_version()

    qtbot.waitUntil(lambda: not window.search_panel.loading and window.search_panel.model.rowCount() > 0,
                    timeout=10000)
    hit = window.search_panel.model.hit_at(0)
    assert (hit.article_id, hit.version) == (bridge, 4)
