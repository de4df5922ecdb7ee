"""Edit > Undo and Redo that follow Edit Text mode: while the editor types, they undo and redo the typing (as
Ctrl+Z in the text does) and look enabled whenever there is typing to undo; otherwise, and once the typing is
all undone, they undo the window's own steps (attached corrections, restored work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

translate = QCoreApplication.translate


class EditUndo(QObject):
    """Routes the window's Undo and Redo actions between the article view's typing and the undo stack."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.view, self.stack = window.article_view, window.undo_stack
        self.undo_action, self.redo_action = window.menu.undo_action, window.menu.redo_action
        for action, undo in ((self.undo_action, True), (self.redo_action, False)):
            action.triggered.disconnect()  # the stack's own connection: this object decides
            action.triggered.connect(lambda _checked=False, undo=undo: self.run(undo))
        for signal in (self.view.undoAvailable, self.view.redoAvailable, self.stack.canUndoChanged,
                       self.stack.canRedoChanged, self.stack.undoTextChanged, self.stack.redoTextChanged,
                       window.menu.edit_text_action.toggled):
            signal.connect(self.refresh)
        self.view.installEventFilter(self)
        self.refresh()

    def typing(self, undo: bool) -> bool:
        """Whether Undo (or Redo) would act on typed text: Edit Text is on and the text has a step to take."""
        document = self.view.document()
        return not self.view.isReadOnly() and (document.isUndoAvailable() if undo else document.isRedoAvailable())

    def run(self, undo: bool) -> None:
        """Undo or redo the typing if there is some, else the window's last step."""
        if self.typing(undo):
            self.view.undo() if undo else self.view.redo()
        elif undo:
            self.stack.undo()
        else:
            self.stack.redo()
        self.refresh()

    def refresh(self, *_args) -> None:
        """Enable each action when it can act, and name what it would undo or redo."""
        if not all(shiboken6.isValid(part) for part in (self.stack, self.view, self.undo_action, self.redo_action)):
            return  # the window is being torn down
        for action, undo in ((self.undo_action, True), (self.redo_action, False)):
            typing = self.typing(undo)
            stacked = self.stack.canUndo() if undo else self.stack.canRedo()
            action.setEnabled(typing or stacked)
            if typing:
                action.setText(translate("MainWindow", "&Undo Typing") if undo
                               else translate("MainWindow", "&Redo Typing"))
            else:
                step = self.stack.undoText() if undo else self.stack.redoText()
                name = translate("MainWindow", "&Undo") if undo else translate("MainWindow", "&Redo")
                action.setText(f"{name} {step}".strip())

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+Z in the text with no typing left to undo falls through to the window's Undo, and likewise Redo."""
        if watched is self.view and event.type() == QEvent.Type.ShortcutOverride:
            for keys, undo in ((QKeySequence.StandardKey.Undo, True), (QKeySequence.StandardKey.Redo, False)):
                if event.matches(keys) and not self.typing(undo):
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)
