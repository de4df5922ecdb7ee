"""Undoable changes to an article's corrections; each writes to the history when done or undone.

The first `redo` after a push is skipped: the window performs the change before pushing, so
an error stops it cleanly and nothing half-done lands on the undo stack.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from corrections.correction import Status
from corrections.errors import EmendError
from desktop.formatting import one_line
from desktop.session import CorrectionFields, EditorSession

Report = Callable[[str], None]


class _SessionCommand(QUndoCommand):
    def __init__(self, session: EditorSession, report: Report, text: str):
        super().__init__(text)
        self.session, self.report = session, report
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except EmendError as error:
            self.report(str(error))
            self.setObsolete(True)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AttachCorrection(_SessionCommand):
    """Undo withdraws the stored pending correction; redo reinstates it."""

    def __init__(self, session: EditorSession, report: Report, correction_id: int, quote: str):
        text = QCoreApplication.translate("Commands", "Attach correction to {quote}")
        super().__init__(session, report, text.format(quote=repr(one_line(quote, 30))))
        self.correction_id = correction_id

    def apply(self) -> None:
        """Redo: the correction is pending again."""
        self.session.set_status(self.correction_id, Status.PENDING)

    def revert(self) -> None:
        """Undo: the attached correction is withdrawn, kept in the history."""
        self.session.set_status(self.correction_id, Status.WITHDRAWN)


class EditCorrection(_SessionCommand):
    """Undo puts back the fields the correction had before the edit."""

    def __init__(self, session: EditorSession, report: Report, correction_id: int,
                 before: CorrectionFields, after: CorrectionFields):
        super().__init__(session, report, QCoreApplication.translate("Commands", "Edit correction"))
        self.correction_id, self.before, self.after = correction_id, before, after

    def apply(self) -> None:
        """Redo: store the fields as edited."""
        self.session.update(self.correction_id, self.after)

    def revert(self) -> None:
        """Undo: store the fields the correction had before."""
        self.session.update(self.correction_id, self.before)


class WithdrawCorrection(_SessionCommand):
    """Undo reinstates the withdrawn correction as pending."""

    def __init__(self, session: EditorSession, report: Report, correction_id: int, quote: str):
        text = QCoreApplication.translate("Commands", "Withdraw correction to {quote}")
        super().__init__(session, report, text.format(quote=repr(one_line(quote, 30))))
        self.correction_id = correction_id

    def apply(self) -> None:
        """Redo: withdraw the correction again."""
        self.session.set_status(self.correction_id, Status.WITHDRAWN)

    def revert(self) -> None:
        """Undo: the withdrawn correction is pending again."""
        self.session.set_status(self.correction_id, Status.PENDING)
