"""The correction dialog proposes the kind a change calls for and says why; a style fix attached in the window
is published with no notice; the notice check and the save message say what changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from corrections.correction import Kind
from desktop.dialogs.correction_dialog import CorrectionDialog
from tests.gui.helpers import CorrectionAnswer, open_correction_dialog, press_ctrl_enter, select, wait_for_preview

ARTICLE = """\
Kyiv shifts toward defence as aid stalls

Officials said discussions are underway regarding the transition of their forces from a “failed counteroffensive” \
to more robust defensive positions in Eastern Ukraine.

Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of expediting \
Ukraine’s membership in NATO to enhance its negotiating position with Russia.
"""
NATO_SENTENCE = "the European Union is raising the threat of expediting Ukraine’s membership in NATO"


def retype(qtbot, dialog: CorrectionDialog, text: str) -> None:
    """Type the replacement over the passage the dialog opened with, as an editor does."""
    dialog.replacement.selectAll()
    qtbot.keyClicks(dialog.replacement, text)


def test_the_dialog_proposes_style_for_a_change_of_case_and_says_why(qtbot):
    dialog = open_correction_dialog(qtbot, "Eastern")

    retype(qtbot, dialog, "eastern")

    assert dialog.kind.currentText() == "Style"
    assert dialog.kind_suggestion.text() == "Suggested: Style — only capital letters (Eastern → eastern)"
    assert not dialog.public_note.isEnabled()  # readers never see a style fix
    assert dialog.fields().kind is Kind.STYLE


def test_the_dialog_proposes_correction_for_a_change_of_substance(qtbot):
    dialog = open_correction_dialog(qtbot, "membership in NATO")

    retype(qtbot, dialog, "membership in the European Union")

    assert dialog.kind.currentText() == "Correction"
    assert dialog.kind_suggestion.text() == "Suggested: Correction — a name changes (NATO → the European Union)"
    assert dialog.public_note.isEnabled()


def test_the_editors_choice_of_kind_stays_whatever_they_type_next(qtbot):
    dialog = open_correction_dialog(qtbot, "Eastern")
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Clarification, chosen with the keyboard
    chosen = dialog.kind.currentText()

    retype(qtbot, dialog, "eastern")

    assert chosen == "Clarification" and dialog.kind.currentText() == "Clarification"
    assert "Suggested: Style" in dialog.kind_suggestion.text()


def test_editing_a_correction_keeps_its_kind_and_shows_the_suggestion(qtbot):
    from desktop.session import CorrectionFields

    dialog = CorrectionDialog("Eastern", CorrectionFields(Kind.CORRECTION, "eastern"), editing=True)
    qtbot.addWidget(dialog)

    assert dialog.kind.currentText() == "Correction"
    assert dialog.kind_suggestion.text().startswith("Suggested: Style")


@pytest.fixture
def article_window(window, qtbot):
    """The window open on the article, imported as it was published."""
    article = window.history.import_article(ARTICLE, title="Kyiv shifts toward defence", author="Test Editor")
    window.refresh_library()
    assert window.open_article(article.id)
    wait_for_preview(qtbot, window)
    return window


def test_a_style_fix_attached_as_proposed_is_published_with_no_notice(article_window, qtbot, answers,
                                                                     message_boxes, monkeypatch):
    window = article_window

    def type_only_the_replacement(dialog: CorrectionDialog):  # the editor leaves the kind as proposed
        retype(qtbot, dialog, "eastern Ukraine")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", type_only_the_replacement)
    select(window.article_view, "Eastern Ukraine")
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)
    [correction] = window.session.pending
    assert correction.kind is Kind.STYLE and correction.internal_note == "Only capital letters (Eastern → eastern)"
    answers.messages.append("House style")
    assert window.save_version()
    assert answers.suggestions_seen == ["Style: Eastern → eastern"]
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)

    assert window.publish_version()

    [question] = message_boxes.texts("question")
    assert "Only style fixes were applied" in question
    assert window.statusBar().currentMessage() == "Published version 2, without a notice"


def test_the_default_save_message_names_the_change(article_window, qtbot, answers):
    window = article_window
    select(window.article_view, NATO_SENTENCE)
    answers.corrections.append(CorrectionAnswer(NATO_SENTENCE.replace("NATO", "the European Union")))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)
    answers.messages.append("Membership")

    assert window.save_version()

    assert answers.suggestions_seen == ["Correction: NATO → the European Union"]


def test_the_notice_check_warns_that_a_style_change_carries_a_notice(article_window, qtbot, answers):
    window = article_window
    select(window.article_view, "Eastern Ukraine")
    answers.corrections.append(CorrectionAnswer("eastern Ukraine", kind=Kind.CORRECTION))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)
    answers.messages.append("Case")
    assert window.save_version()

    window.show_notice()
    dialog = window.notice_dialog

    assert "⚠ The notice tells readers of Eastern → eastern, a style fix (only capital letters); record it as a " \
           "style fix, which needs no notice" in dialog.warning_messages()
    dialog.reject()
