"""GUI fixtures: a real main window per test, and stand-ins for modal dialogs.

Modal dialogs would block an offscreen test, so — as novelWriter does — their `exec` and
QMessageBox's static functions are replaced by stand-ins that fill in what a user would and
record what the window asked. Each test's own settings folder comes from tests/conftest.py; what
tests share besides fixtures is in tests/gui/helpers.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.dialogs.author_dialog import AuthorDialog
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.dialogs.recovery_dialog import RecoveryDialog
from desktop.dialogs.save_dialog import SaveDialog
from tests.gui.helpers import (
    DialogAnswers, ImportPreviews, ImportReview, MessageBoxes, RecoveryOffers, wait_for_preview,
)

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def stand_in(kind: str, default: Button):
        def show(parent, title, text, *args, **kwargs):
            boxes.shown.append((kind, title, text))
            return boxes.answers.pop(0) if boxes.answers else default
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "critical", stand_in("critical", Button.Ok))
    monkeypatch.setattr(QMessageBox, "warning", stand_in("warning", Button.No))
    monkeypatch.setattr(QMessageBox, "information", stand_in("information", Button.Ok))
    monkeypatch.setattr(QMessageBox, "question", stand_in("question", Button.Discard))
    return boxes


@pytest.fixture(autouse=True)
def answers(monkeypatch) -> DialogAnswers:
    given = DialogAnswers()

    def correction_exec(dialog: CorrectionDialog):
        given.quotes_seen.append(dialog.passage.toPlainText())
        answer = given.corrections.pop(0) if given.corrections else None
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.replacement.setPlainText(answer.replacement)  # the kind after: the user's choice, not triage's
        dialog.kind.setCurrentIndex(dialog.kind.findText(answer.kind.label))
        dialog.public_note.setPlainText(answer.public_note)
        dialog.internal_note.setPlainText(answer.internal_note)
        return QDialog.DialogCode.Accepted

    def save_exec(dialog: SaveDialog):
        given.summaries_seen.append(dialog.summary.text())
        given.suggestions_seen.append(dialog.message.text())
        message = given.messages.pop(0) if given.messages else None
        if message is None:
            return QDialog.DialogCode.Rejected
        dialog.message.setText(message)
        return QDialog.DialogCode.Accepted

    def author_exec(dialog: AuthorDialog):
        name = given.authors.pop(0) if given.authors else None
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.name.setText(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", correction_exec)
    monkeypatch.setattr(SaveDialog, "exec", save_exec)
    monkeypatch.setattr(AuthorDialog, "exec", author_exec)
    return given


@pytest.fixture(autouse=True)
def import_previews(monkeypatch) -> ImportPreviews:
    previews = ImportPreviews()

    def preview_exec(dialog: ImportPreviewDialog):
        previews.shown.append(dialog)
        answer = previews.answers.pop(0) if previews.answers else ImportReview()
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.set_kept(answer.keep)
        if answer.title is not None:
            dialog.title_edit.setText(answer.title)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview_exec)
    return previews


@pytest.fixture(autouse=True)
def recovery_offers(monkeypatch) -> RecoveryOffers:
    offers = RecoveryOffers()

    def recovery_exec(dialog: RecoveryDialog):
        offers.shown.append(dialog.record)
        answer = offers.answers.pop(0) if offers.answers else None
        if answer == RecoveryDialog.RESTORE:
            dialog.restore_button.click()
        elif answer == RecoveryDialog.DISCARD:
            dialog.discard_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", recovery_exec)
    return offers


@pytest.fixture
def open_window(qtbot, db_path):
    """Open a main window on the test's database (call again for a second window, as after a restart)."""
    from desktop.app import create_main_window

    def make(path=None):
        window = create_main_window(path or db_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture
def sample_window(window, sample_path, qtbot):
    """A window with the sample article open and its first preview computed."""
    assert window.open_file(sample_path)
    wait_for_preview(qtbot, window)
    return window

