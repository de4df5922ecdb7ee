"""The restored unsaved work as a step on the undo stack: Undo takes the window back to the saved text,
Redo brings the recovered text back (the corrections it had attached stay pending either way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.session import EditorSession


class RestoreUnsavedWork(QUndoCommand):
    """Pushed after the recovered text is in the session, so its first redo does nothing."""

    def __init__(self, session: EditorSession, saved_text: str, recovered_text: str):
        super().__init__(QCoreApplication.translate("Commands", "Restore unsaved work"))
        self.session, self.saved_text, self.recovered_text = session, saved_text, recovered_text
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.session.set_working_text(self.recovered_text)

    def undo(self) -> None:
        self.session.set_working_text(self.saved_text)
