"""The Awaiting Sign-off dock on a newsroom that requires sign-off, on the throwaway PostgreSQL cluster: a
standards editor reads a waiting version's diff and draft notice, approves it (its corrector may then publish)
or sends it back with a note; an editor who is not a standards editor is told so in one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from corrections.errors import InputError
from desktop.application import amending, articles, newsroom, notices, versions
from desktop.dialogs.send_back_dialog import SendBackDialog
from tests.newsroom.helpers import ARTICLE, make_newsroom

WAIT_MS = 60_000  # a loaded two-core machine runs the server, the pool threads and the window at once
NOTE = "Her name was misspelled."


@pytest.fixture
def room(postgres):
    return make_newsroom(postgres, require_signoff=True)


@pytest.fixture
def ana(room, tmp_path):
    """Ana's history: she imports the article, corrects a name, saves version 2 and syncs it."""
    history, _ = newsroom.clone(room.add("ana"), tmp_path / "ana.sqlite")
    source = tmp_path / "bridge.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    article = articles.import_file(history, source, author="Ana",
                                   title="Council approves harbour bridge repairs").article
    amending.attach(history, article.id, kind="correction", quote="Kowalsky", replacement="Kowalska", author="Ana",
                    public_note=NOTE)
    versions.save(history, article.id, message="Fix the councillor's name", author="Ana")
    newsroom.sync(history)
    yield history
    history.close()


def cloned(room, tmp_path, name: str, role: str = "editor"):
    """The path of a history cloned from the newsroom with `name`'s login role (closed, for a window to open)."""
    history, _ = newsroom.clone(room.add(name, role=role), tmp_path / f"{name}.sqlite")
    history.close()
    return tmp_path / f"{name}.sqlite"


def show_signoff(qtbot, window):
    """View > Awaiting Sign-off, then wait for the panel's first list."""
    window.findChild(QAction, "signoffDockViewAction").trigger()
    qtbot.waitUntil(lambda: window.signoff.panel is not None and window.signoff.panel.listing is not None
                    and not window.signoff.panel.lister.busy, timeout=WAIT_MS)
    return window.signoff.panel


def wait_for_review(qtbot, panel, number: int) -> None:
    qtbot.waitUntil(lambda: panel.review is not None and panel.review.item.number == number
                    and not panel.preview.rendering, timeout=WAIT_MS)


def select_first(panel) -> None:
    """Click the first waiting version (its article's number is this history's own, not Ana's)."""
    item = panel.model.item_at(0)
    assert item is not None and panel.select(item.article_id, item.number)


def rows(panel) -> list[str]:
    return [panel.model.data(panel.model.index(row)) for row in range(panel.model.rowCount())]


def test_a_standards_editor_reads_the_diff_and_draft_and_approves_then_the_corrector_publishes(
        room, ana, tmp_path, open_window, qtbot, message_boxes):
    [article] = ana.articles()
    with pytest.raises(InputError, match="has not been signed off by a standards editor"):
        notices.publish(ana, article.id, author="Ana")
    window = open_window(cloned(room, tmp_path, "sam", role="standards"))

    panel = show_signoff(qtbot, window)

    assert window.signoff.dock.isVisible() and not panel.local_only
    assert rows(panel) == ["Council approves harbour bridge repairs  ·  version 2\nAna: Fix the councillor's name"]
    assert panel.summary.text() == "1 version awaiting sign-off"
    select_first(panel)
    wait_for_review(qtbot, panel, 2)
    shown = panel.preview.inline.toPlainText()
    assert "Kowalsky" in shown and "Kowalska" in shown and panel.preview.change_count == 1
    assert panel.preview.title.text() == "Version 1, as readers saw it  →  Version 2"
    assert NOTE in panel.notice.toPlainText()
    assert panel.approve_button.text() == "&Approve" and panel.send_back_button.text() == "Send &Back…"

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not panel.decider.busy and panel.model.rowCount() == 0 and not panel.lister.busy,
                    timeout=WAIT_MS)
    assert message_boxes.shown == []
    assert panel.hint.text() == "Approved version 2 of “Council approves harbour bridge repairs”."
    assert panel.summary.text() == "No version is waiting for sign-off"
    newsroom.sync(ana)
    _publication, notice = notices.publish(ana, article.id, author="Ana")
    assert notice is not None and NOTE in notice.text


def test_sending_back_needs_a_note_which_the_row_shows_until_a_new_version_comes(
        room, ana, tmp_path, open_window, qtbot, monkeypatch):
    [article] = ana.articles()
    notes_typed = []

    def type_note(dialog: SendBackDialog):
        notes_typed.append(dialog.send_button.isEnabled())  # off while the note is empty
        dialog.note.setPlainText("Check the spelling with the council clerk.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SendBackDialog, "exec", type_note)
    window = open_window(cloned(room, tmp_path, "sam", role="standards"))
    panel = show_signoff(qtbot, window)
    select_first(panel)
    wait_for_review(qtbot, panel, 2)

    qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not panel.decider.busy and not panel.lister.busy and "↩" in "".join(rows(panel)),
                    timeout=WAIT_MS)
    assert notes_typed == [False]
    assert rows(panel) == ["Council approves harbour bridge repairs  ·  version 2\nAna: Fix the councillor's name\n"
                           f"↩ Sent back by {room.user('sam')}: Check the spelling with the council clerk."]
    newsroom.sync(ana)
    with pytest.raises(InputError, match="was sent back by .*: Check the spelling"):
        notices.publish(ana, article.id, author="Ana")

    # Ana saves a new version; once the standards editor's history syncs, the window's refresh lists it.
    amending.attach(ana, article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana",
                    public_note="The traffic figure was wrong.")
    versions.save(ana, article.id, message="Fix the traffic figure", author="Ana")
    newsroom.sync(ana)
    newsroom.sync(window.history)
    window.files.refresh_from_history()

    qtbot.waitUntil(lambda: rows(panel) == ["Council approves harbour bridge repairs  ·  version 3\n"
                                            "Ana: Fix the traffic figure"], timeout=WAIT_MS)
    wait_for_review(qtbot, panel, 3)
    assert panel.preview.change_count == 2  # both corrections since version 1, as the draft notice has them
    assert "The traffic figure was wrong." in panel.notice.toPlainText() and NOTE in panel.notice.toPlainText()


def test_an_editor_who_is_not_a_standards_editor_is_told_so_in_one_line(
        room, ana, tmp_path, open_window, qtbot, message_boxes):
    window = open_window(cloned(room, tmp_path, "ben"))
    panel = show_signoff(qtbot, window)
    select_first(panel)

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(message_boxes.shown) and not panel.decider.busy, timeout=WAIT_MS)
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Cannot approve the version")
    assert "is not a standards editor" in text and "\n" not in text
    assert panel.approve_button.isEnabled() and rows(panel)[0].endswith("Fix the councillor's name")


def test_a_history_without_a_newsroom_server_explains_instead_of_listing(window, qtbot):
    panel = show_signoff(qtbot, window)

    assert panel.local_only and panel.explanation.isVisible()
    assert "not shared through a newsroom server" in panel.explanation.text()
    assert panel.model.rowCount() == 0 and not panel.approve_button.isEnabled()
    window.findChild(QAction, "signoffDockViewAction").trigger()
    assert not window.signoff.dock.isVisible()
