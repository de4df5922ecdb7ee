"""Unsaved work survives a crash: it is kept on disk every few seconds and offered back at the next start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from corrections.correction import Status
from desktop.app import create_main_window
from desktop.dialogs.recovery_dialog import RecoveryDialog
from desktop.recovery import RecoveryStore
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

TYPED = " (the city's oldest)"


def make_unsaved_work(qtbot, window, answers) -> None:
    """Attach a correction and type into the text, saving neither."""
    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning", public_note="Wrong day."))
    press_ctrl_enter(qtbot, window)
    window.edit_text_action.trigger()
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().find("The Kestrel Harbour Bridge") + len("The Kestrel Harbour Bridge"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, TYPED)
    wait_for_preview(qtbot, window)


def doomed_window(qtbot, db_path, sample_path):
    """A window that will not be closed cleanly (so the test's own clean-up must not close it either)."""
    window = create_main_window(db_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(sample_path)
    wait_for_preview(qtbot, window)
    return window


def crash(window) -> None:
    """Emend dies with the window open: no close event, no Save/Discard question; only files on disk survive."""
    window.hide()
    shiboken6.delete(window)


def record_files(db_path) -> list:
    store = RecoveryStore()
    return sorted(store.folder.glob(f"{store.path_for(db_path).stem}*.json"))


def test_after_a_crash_the_next_start_offers_the_unsaved_work_back(
        qtbot, db_path, sample_path, answers, recovery_offers, open_window, history):
    crashed = doomed_window(qtbot, db_path, sample_path)
    make_unsaved_work(qtbot, crashed, answers)
    article_id = crashed.session.article.id
    [correction] = crashed.session.pending
    assert crashed.recovery.checkpoint() is not None
    crash(crashed)
    recovery_offers.answers.append(RecoveryDialog.RESTORE)

    window = open_window()

    [offered] = recovery_offers.shown
    assert offered.article_title == "Harbour bridge reopens after three-year restoration"
    assert offered.pending_correction_ids == (correction.id,)
    assert window.session.article.id == article_id
    assert f"The Kestrel Harbour Bridge{TYPED} reopened" in window.article_view.toPlainText()
    assert window.edit_text_action.isChecked()
    assert [c.id for c in window.session.pending] == [correction.id]
    assert window.session.attached_here == {correction.id}
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: "Restored your unsaved work" in window.statusBar().currentMessage())
    assert record_files(db_path) == [window.recovery_store.path_for(db_path, window.recovery.token)]
    answers.messages.append("Corrected the day, added the age")
    assert window.save_version()
    text = history.text(article_id)
    assert f"Bridge{TYPED} reopened to traffic on Tuesday morning" in text
    assert [c.status for c in history.corrections(article_id)] == [Status.APPLIED]


def test_discarding_the_offer_drops_the_text_and_is_not_asked_again(
        qtbot, db_path, sample_path, answers, recovery_offers, open_window):
    crashed = doomed_window(qtbot, db_path, sample_path)
    make_unsaved_work(qtbot, crashed, answers)
    crashed.recovery.checkpoint()
    crash(crashed)
    recovery_offers.answers.append(RecoveryDialog.DISCARD)

    first = open_window()
    first.close()
    open_window()

    assert len(recovery_offers.shown) == 1
    assert TYPED not in first.article_view.toPlainText()  # the article reopens as saved, without the discarded text
    assert record_files(db_path) == []


def test_work_saved_over_since_the_crash_goes_to_the_clipboard(
        qtbot, db_path, sample_path, answers, recovery_offers, message_boxes, open_window, history):
    crashed = doomed_window(qtbot, db_path, sample_path)
    make_unsaved_work(qtbot, crashed, answers)
    article_id = crashed.session.article.id
    crashed.recovery.checkpoint()
    crash(crashed)
    history.save_version(article_id, text=history.text(article_id) + "\nA late paragraph.\n", apply_pending=False,
                         message="Colleague's addition", author="Colleague")
    recovery_offers.answers.append(RecoveryDialog.RESTORE)

    window = open_window()

    [told] = message_boxes.texts("information")
    assert "Version 2" in told and "clipboard" in told
    assert TYPED in QGuiApplication.clipboard().text()
    assert window.session.base.number == 2
    assert TYPED not in window.article_view.toPlainText()


def test_the_record_is_kept_while_there_is_unsaved_work_and_removed_by_a_clean_close(
        sample_window, qtbot, answers, db_path, recovery_offers, open_window):
    window = sample_window
    window.recovery.set_interval(50)
    assert record_files(db_path) == []
    make_unsaved_work(qtbot, window, answers)

    qtbot.waitUntil(lambda: len(record_files(db_path)) == 1, timeout=3000)
    open_window()
    assert recovery_offers.shown == []

    window.close()
    assert record_files(db_path) == []


def test_losing_focus_keeps_the_record_at_once(sample_window, qtbot, answers, db_path):
    window = sample_window
    window.recovery.stop()
    make_unsaved_work(qtbot, window, answers)
    assert record_files(db_path) == []
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)

    other.activateWindow()

    qtbot.waitUntil(lambda: len(record_files(db_path)) == 1, timeout=3000)


def test_saving_removes_the_record(sample_window, qtbot, answers, db_path):
    window = sample_window
    make_unsaved_work(qtbot, window, answers)
    window.recovery.checkpoint()
    assert len(record_files(db_path)) == 1

    answers.messages.append("Corrected the day")
    qtbot.keyClick(window.article_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.recovery.checkpoint()

    assert record_files(db_path) == []


ANOTHER_EMEND = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.recovery import RecoveryRecord, RecoveryStore, RecoveryTimer

app = QApplication([])
db = sys.argv[1]
work = RecoveryRecord(db_path=db, article_id=1, article_title="Budget passes", base_version=1, working_text="x")
timer = RecoveryTimer(RecoveryStore(), db, lambda: work)
timer.start()
timer.checkpoint()
print("working", flush=True)
sys.stdin.readline()
"""


def test_the_work_of_an_emend_still_running_is_not_offered_until_it_dies(db_path):
    root = Path(__file__).resolve().parents[2]
    other = subprocess.Popen([sys.executable, "-c", ANOTHER_EMEND, str(db_path)], cwd=root, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert other.stdout.readline().strip() == "working"
        assert RecoveryStore().load(db_path) is None
    finally:
        other.kill()
        other.wait()

    left = RecoveryStore().load(db_path)
    assert left is not None and left.article_title == "Budget passes"


def test_a_recovery_record_is_written_whole_and_readable_by_its_owner_only(tmp_path, db_path):
    """Unsaved work goes through the one safe writer, kept private: another user of the machine cannot
    read an editor's unpublished corrections."""
    import stat

    from desktop.recovery import RecoveryRecord

    store = RecoveryStore(tmp_path / "recovery")
    record = RecoveryRecord(db_path=str(db_path), article_id=1, article_title="Harbour bridge", base_version=2,
                            working_text="The bridge carries 84,000 vehicles a day.", token="window-1")
    written = store.save(record)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no temporary file left
    assert '"working_text": "The bridge carries 84,000 vehicles a day."' in written.read_text(encoding="utf-8")
