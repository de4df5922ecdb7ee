"""The main window's status bar: the next-step hint, the preview's busy sign, unsaved work, the version shown and
the newsroom sync state (widgets/sync_label).

Its texts keep the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.background import BUSY_DELAY_MS
from desktop.widgets.busy_bar import busy_bar
from desktop.widgets.sync_label import SyncLabel

SELECT_HINT = QT_TRANSLATE_NOOP("MainWindow", "Select the passage that is wrong, then press Ctrl+Enter")
ATTACH_HINT = QT_TRANSLATE_NOOP("MainWindow", "Press Ctrl+Enter to attach a correction to the selected passage")
OPEN_HINT = QT_TRANSLATE_NOOP("MainWindow", "Open an article with File > Open (Ctrl+O)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainStatus(QStatusBar):
    """What to do next on the left; on the right the busy preview, unsaved work, the version, the sync state and
    what follows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hint_label = QLabel(_tr(SELECT_HINT), objectName="hintLabel")
        self.busy_bar = busy_bar("busyIndicator", QCoreApplication.translate("MainWindow", "Computing the preview"))
        self.busy_label = QLabel(QCoreApplication.translate("MainWindow", "Updating preview…"))
        self.busy_label.hide()
        self.unsaved_label = QLabel("", objectName="unsavedLabel")
        self.version_label = QLabel("", objectName="versionLabel")
        self.sync_label = SyncLabel()
        self.addWidget(self.hint_label, 1)
        for widget in (self.busy_label, self.busy_bar, self.unsaved_label, self.version_label, self.sync_label):
            self.addPermanentWidget(widget)
        self._busy = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def show_hint(self, has_article: bool, selected: bool) -> None:
        """Tell the editor the next step: open an article, select a passage, or attach a correction."""
        self.hint_label.setText(_tr(ATTACH_HINT if selected else SELECT_HINT) if has_article else _tr(OPEN_HINT))

    def show_unsaved(self, has_article: bool, summary: str) -> None:
        """Name the work not yet in a saved version (in the warning colour), or say calmly that all is saved."""
        saved = not summary
        if self.unsaved_label.property("saved") != saved:
            self.unsaved_label.setProperty("saved", saved)
            self.unsaved_label.style().unpolish(self.unsaved_label)
            self.unsaved_label.style().polish(self.unsaved_label)
        self.unsaved_label.setText(
            QCoreApplication.translate("MainWindow", "Unsaved: {changes}").format(changes=summary) if summary
            else QCoreApplication.translate("MainWindow", "All changes saved") if has_article else "")

    def show_version(self, number: int | None, count: int) -> None:
        """Which version of how many is open; nothing when no article is."""
        self.version_label.setText(QCoreApplication.translate("MainWindow", "Version {number} of {count}").format(
            number=number, count=count) if number is not None and count else "")

    def set_busy(self, busy: bool) -> None:
        """The preview is being computed: the busy sign shows only if that takes longer than a moment."""
        self._busy = busy
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
            self.busy_label.hide()

    def _show_busy(self) -> None:
        if self._busy:
            self.busy_bar.show()
            self.busy_label.show()
