"""In the window: the correction dialog's Intake section records who raised an error, and the Library shows only
the articles with a correction of a chosen severity or raised by a chosen kind of person (issue 16, item 5)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel

from corrections.correction import Kind, Status
from corrections.intake import Intake, RaisedBy, Severity
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.session import CorrectionFields
from tests.gui.helpers import CorrectionAnswer, open_correction_dialog, press_ctrl_enter, select

OK = QDialogButtonBox.StandardButton.Ok


def fill_intake(qtbot, dialog: CorrectionDialog, *, raised_by: str, severity: str, channel: str, contact: str) -> None:
    """Unfold the Intake section with a click and fill it from the keyboard, as a standards editor would."""
    section = dialog.intake_section
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.body.isVisible, timeout=5000)
    choose(qtbot, section.raised_by, raised_by)
    choose(qtbot, section.severity, severity)
    qtbot.keyClicks(section.channel.lineEdit(), channel)
    qtbot.keyClicks(section.contact_ref, contact)


def choose(qtbot, combo, text: str) -> None:
    """Pick a combo box's item with the arrow keys, from its first item down."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click_ok(qtbot, dialog: CorrectionDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(OK), Qt.MouseButton.LeftButton)


def test_the_intake_section_is_folded_until_opened_and_gives_what_was_chosen(qtbot):
    dialog = open_correction_dialog(qtbot, "48,000 vehicles")
    section = dialog.intake_section
    folded_height = dialog.height()
    assert not section.body.isVisible()
    assert section.toggle.text() == "Intak&e (who raised it, when, how serious)"

    qtbot.keyClicks(dialog.replacement, "84,000 vehicles")
    fill_intake(qtbot, dialog, raised_by="Reader", severity="Significant", channel="phone", contact="caller 0207 946 0000")
    assert dialog.height() > folded_height
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)  # folded again, the dialog gives the room back
    qtbot.waitUntil(lambda: dialog.height() <= folded_height, timeout=5000)
    assert section.toggle.text() == "Intak&e: Reader · phone · Significant"
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields().intake == Intake(raised_by=RaisedBy.READER, raised_at=None, channel="phone",
                                            severity=Severity.SIGNIFICANT, contact_ref="caller 0207 946 0000")


def test_editing_keeps_the_time_the_error_was_raised_unless_the_editor_changes_it(qtbot):
    stored = Intake(raised_by=RaisedBy.LEGAL, raised_at="2026-03-02T08:15:00.000000Z", channel="letter",
                    severity=Severity.LEGAL)
    dialog = CorrectionDialog("48,000 vehicles", CorrectionFields(Kind.CORRECTION, "84,000 vehicles", intake=stored),
                              editing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    section = dialog.intake_section
    assert section.toggle.text() == "Intak&e: Legal · letter · Legal"
    assert section.raised_at.dateTime() == QDateTime.fromString("2026-03-02T08:15:00Z", Qt.DateFormat.ISODate)
    assert dialog.fields().intake == stored

    section.set_open(True)
    section.raised_at.setDateTime(QDateTime(section.raised_at.date().addDays(-1), section.raised_at.time(),
                                            QTimeZone.utc()))
    assert dialog.fields().intake.raised_at == "2026-03-01T08:15:00.000000Z"


def test_a_channel_the_history_would_refuse_unfolds_the_section_and_says_why(qtbot):
    dialog = open_correction_dialog(qtbot, "48,000 vehicles")
    qtbot.keyClicks(dialog.replacement, "84,000 vehicles")
    dialog.intake_section.channel.setCurrentText("e\x1bmail")  # pasted with a control character

    click_ok(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.intake_section.body.isVisible()
    assert dialog.problem.isVisible() and "The channel holds a control character" in dialog.problem.text()


def test_a_correction_attached_in_the_window_keeps_its_intake_and_an_edit_leaves_it(sample_window, answers,
                                                                                    monkeypatch, qtbot, history):
    window = sample_window

    def standards_editor(dialog: CorrectionDialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.replacement, "84,000 vehicles")
        fill_intake(qtbot, dialog, raised_by="Legal", severity="Legal", channel="email", contact="Smith & Co, ref 88")
        click_ok(qtbot, dialog)
        return dialog.result()

    plain_stand_in = CorrectionDialog.exec  # tests/gui/conftest.py's, which fills only kind, replacement and notes
    monkeypatch.setattr(CorrectionDialog, "exec", standards_editor)
    select(window.article_view, "48,000 vehicles")
    press_ctrl_enter(qtbot, window)

    [stored] = history.corrections(window.session.article.id)
    assert (stored.intake.raised_by, stored.intake.severity, stored.intake.channel, stored.intake.contact_ref) == (
        RaisedBy.LEGAL, Severity.LEGAL, "email", "Smith & Co, ref 88")
    assert stored.intake.raised_at == stored.created_at

    monkeypatch.setattr(CorrectionDialog, "exec", plain_stand_in)
    answers.corrections.append(CorrectionAnswer("84,000 vehicles", public_note="The traffic figure was wrong."))
    window.edit_correction_action.trigger()
    [edited] = history.corrections(window.session.article.id)
    assert edited.public_note == "The traffic figure was wrong." and edited.intake == stored.intake


def library_titles(window) -> list[str]:
    view = window.library_panel.view
    return sorted(view.model().index(row, 0).data() for row in range(view.model().rowCount()))


def test_the_library_shows_only_articles_with_a_correction_raised_that_way(open_window, history, sample_text, qtbot):
    bridge = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
    ferry = history.import_article(sample_text.replace("bridge", "ferry"), title="Ferry returns", author="Ana")
    history.import_article(sample_text, title="Quay Street traders", author="Ana")
    history.add_correction(bridge.id, kind="correction", quote="48,000 vehicles", replacement="84,000 vehicles",
                           author="Ana", intake=Intake(raised_by=RaisedBy.LEGAL, severity=Severity.LEGAL))
    history.add_correction(ferry.id, kind="correction", quote="in 1932", replacement="in 1934", author="Ana",
                           intake=Intake(raised_by=RaisedBy.READER, severity=Severity.MINOR))
    withdrawn = history.add_correction(ferry.id, kind="correction", quote="184 million", replacement="148 million",
                                       author="Ana", intake=Intake(raised_by=RaisedBy.LEGAL, severity=Severity.LEGAL))
    history.set_correction_status(withdrawn.id, Status.WITHDRAWN)
    window = open_window()
    bar = window.library_panel.filter_bar
    assert bar.isVisible() and bar.count.text() == ""

    choose(qtbot, bar.severity, "Legal")
    qtbot.waitUntil(lambda: library_titles(window) == ["Harbour bridge reopens"], timeout=5000)
    assert bar.count.text() == "1 of 3"

    choose(qtbot, bar.severity, "Any")
    choose(qtbot, bar.raised_by, "Reader")
    qtbot.waitUntil(lambda: library_titles(window) == ["Ferry returns"], timeout=5000)
    choose(qtbot, bar.severity, "Significant")
    qtbot.waitUntil(lambda: library_titles(window) == [], timeout=5000)
    assert bar.count.text() == "0 of 3"

    choose(qtbot, bar.severity, "Minor")
    qtbot.waitUntil(lambda: library_titles(window) == ["Ferry returns"], timeout=5000)
    view = window.library_panel.view
    view.activated.emit(view.model().index(0, 0))
    qtbot.waitUntil(lambda: window.session.has_article and window.session.article.id == ferry.id, timeout=5000)
    assert view.selectionModel().selectedRows()[0].data() == "Ferry returns"


def test_a_correction_attached_with_the_filter_on_brings_its_article_into_the_library(sample_window, monkeypatch,
                                                                                     qtbot):
    window = sample_window
    bar = window.library_panel.filter_bar
    choose(qtbot, bar.severity, "Legal")
    qtbot.waitUntil(lambda: library_titles(window) == [], timeout=5000)

    def legal_complaint(dialog: CorrectionDialog):
        dialog.replacement.setPlainText("84,000 vehicles")
        dialog.intake_section.severity.setCurrentIndex(dialog.intake_section.severity.findData(Severity.LEGAL))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", legal_complaint)
    select(window.article_view, "48,000 vehicles")
    press_ctrl_enter(qtbot, window)

    qtbot.waitUntil(lambda: len(library_titles(window)) == 1, timeout=5000)


def test_the_keyboard_unfolds_the_intake_and_each_field_has_its_own_mnemonic(qtbot):
    dialog = open_correction_dialog(qtbot, "48,000 vehicles")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)

    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)

    section = dialog.intake_section
    qtbot.waitUntil(section.body.isVisible, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(section.severity.hasFocus, timeout=5000)
    texts = [label.text() for label in dialog.findChildren(QLabel)] + [
        button.text() for button in dialog.findChildren(QAbstractButton)]
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) == len(set(keys)), sorted(keys)
