"""Attaching, editing, withdrawing and accepting corrections from the main window; all but accepting undoable.

The session records each change (desktop/session.py); this module asks the editor for the correction, pushes
the undo command and says what happened.
Its texts keep the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from corrections.anchor import locate
from corrections.change_summary import default_message
from corrections.correction import Correction, Status
from corrections.errors import EmendError
from desktop.commands import AttachCorrection, EditCorrection, WithdrawCorrection
from desktop.formatting import one_line
from desktop.session import CorrectionFields
from desktop.text_positions import TextPositions
from desktop.widgets.status_bar import SELECT_HINT
from desktop.widgets.text_spans import span_cursor
from desktop.window_part import WindowPart


translate = QCoreApplication.translate


class CorrectionActions(WindowPart):
    """The Edit menu's correction actions, and showing a correction picked in the Corrections panel."""


    def attach_correction(self) -> None:
        """Ask what is wrong with the selected passage and record it as a pending correction."""
        if not self.session.has_article:
            return
        span = self.window.selected_passage()
        if span is None:
            self.window.statusBar().showMessage(translate("MainWindow", SELECT_HINT), 5000)
            return
        self._show_passage(span)
        from desktop.dialogs.correction_dialog import ask_correction  # dialogs load on first use: a quicker start

        fields = ask_correction(self.window, self.session.working_text[span[0]:span[1]])
        if fields is not None:
            self.attach(span, fields)

    def _show_passage(self, span: tuple[int, int]) -> None:
        """Select in the article the words the drag was snapped to (corrections/selection): what will be replaced."""
        view = self.window.article_view
        text = view.text()
        if view.selected_span() != span and text == self.session.working_text:
            view.setTextCursor(span_cursor(view.document(), TextPositions(text), *span))

    def attach(self, span: tuple[int, int], fields: CorrectionFields) -> Correction | None:
        """Record a correction on working_text[start:end]; undoable."""
        try:
            correction = self.session.attach(span, fields)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot attach the correction"), str(error))
            return None
        self.window.undo_stack.push(
            AttachCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.window.corrections_panel.select(correction.id)
        self.window.statusBar().showMessage(
            translate("MainWindow", "Correction attached; it is applied when you save a version (Ctrl+S)"), 6000)
        return correction

    def edit_correction(self, correction_id: int | None = None) -> None:
        """Change a pending correction's kind, replacement or notes (undoable)."""
        correction = self.chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return
        before = CorrectionFields.of(correction)
        from desktop.dialogs.correction_dialog import ask_correction

        after = ask_correction(self.window, correction.quote, before, editing=True)
        if after is None or after == before:
            return
        try:
            self.session.update(correction.id, after)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot change the correction"), str(error))
            return
        self.window.undo_stack.push(EditCorrection(self.session, self._undo_failed, correction.id, before, after))
        self.window.corrections_panel.select(correction.id)

    def withdraw_correction(self, correction_id: int | None = None) -> None:
        """Withdraw a pending correction (undoable); it stays on record, marked withdrawn."""
        correction = self.chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return
        try:
            self.session.set_status(correction.id, Status.WITHDRAWN)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot withdraw the correction"), str(error))
            return
        self.window.undo_stack.push(
            WithdrawCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Correction withdrawn; it stays on record (Ctrl+Z brings it back)"), 6000)

    def accept_correction(self, correction_id: int | None = None) -> bool:
        """Apply just this correction to the saved text and store that as a new version; text edits stay unsaved."""
        correction = self.chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return False
        self.window.sync_working_text()
        if self.session.edited and not self._fits_typed_text(correction):
            QMessageBox.information(self.window, translate("MainWindow", "Save your text edits first"), translate(
                "MainWindow", "Your typing wrote or changed this correction's passage. Save your text edits as a "
                              "version (Ctrl+S) first, then accept the correction."))
            return False
        suggestion = default_message(correction)
        question = translate("MainWindow", "Apply this {kind} and store the result as a new version:\n"
                                           "“{quote}” → “{replacement}”").format(
            kind=correction.kind.label.lower(), quote=one_line(correction.quote, 80),
            replacement=one_line(correction.replacement, 80))
        if not correction.changes_text:
            question = translate(
                "MainWindow", "Record this {kind} in a new version; the text stays as it is:\n{note}").format(
                kind=correction.kind.label.lower(), note=one_line(correction.public_note, 160))
        from desktop.dialogs.save_dialog import ask_message

        message = ask_message(self.window, question, suggestion, translate("MainWindow", "Accept correction"))
        if message is None:
            return False
        return self.window.versions.store(lambda: self.session.accept(correction.id, message))

    def _fits_typed_text(self, correction: Correction) -> bool:
        """Whether the correction can be made in the saved text alone and in the typed text too, so accepting
        it keeps the text edits."""
        try:
            locate(correction.anchor, self.session.base_text)
            self.session.with_correction(correction.id)
        except EmendError:
            return False
        return True

    def chosen_correction(self, correction_id: int | None) -> Correction | None:
        """The correction with this id, or the one selected in the corrections panel."""
        if correction_id is None:
            correction_id = self.window.corrections_panel.selected_id()
        if correction_id is None:
            return None
        row = self.window.corrections_model.row_of(correction_id)
        return self.window.corrections_model.correction_at(row)

    def correction_selected(self, correction_id: int | None) -> None:
        """Show the chosen correction's passage in the article and enable what applies to it."""
        self.window.update_actions()
        if correction_id is None:
            return
        row = self.window.corrections_model.row_of(correction_id)
        correction = self.window.corrections_model.correction_at(row)
        if correction is None or correction.status is not Status.PENDING:
            return
        result = self.window.scheduler.latest
        span = result.spans.get(correction_id) if result and result.request.new == self.session.working_text \
            else None
        if span is None:
            try:
                anchor = locate(correction.anchor, self.session.working_text)
                span = (anchor.start, anchor.end)
            except EmendError as error:
                self.window.statusBar().showMessage(str(error), 6000)
                return
        self.window.article_view.select_span(*span)

    def _undo_failed(self, message: str) -> None:
        self.window.show_error(translate("MainWindow", "Cannot undo or redo that change"), message)
