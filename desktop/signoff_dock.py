"""The main window's Awaiting Sign-off dock: built the first time it is on screen, refreshed as the history changes.

Its panel (desktop/signoff_panel.py) loads the newsroom layer and its PostgreSQL driver, so it is imported only
when View > Awaiting Sign-off first shows it. The title keeps the MainWindow translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from desktop.widgets.docks import add_dock
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the panel is imported when the dock is first on screen, so the window starts sooner
    from desktop.main_window import MainWindow
    from desktop.signoff_panel import SignoffPanel

translate = QCoreApplication.translate


class SignoffDock(WindowPart):
    """The dock View > Awaiting Sign-off toggles; its list is read again when shown and after the history changes."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.panel: SignoffPanel | None = None
        self.dock = add_dock(window, translate("MainWindow", "Awaiting Sign-off"), "signoffDock", None,
                             Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setAccessibleName(translate("MainWindow", "Awaiting sign-off"))
        self.dock.hide()  # a standards editor's panel: shown from the View menu
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)  # one read for a burst of changes
        self._refresh_timer.timeout.connect(self._refresh)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        window.library_model.modelReset.connect(self.history_changed)  # refresh_library: saves, reloads, F5
        window.session.versionsChanged.connect(self.history_changed)  # opening, saving, publishing

    def history_changed(self) -> None:
        """The history may hold new versions or decisions: read the list again if it is on screen."""
        if self.dock.isVisible():
            self._refresh_timer.start()

    def shutdown(self) -> None:
        """Wait for the panel's background work before the history closes."""
        self._refresh_timer.stop()
        if self.panel is not None:
            self.panel.shutdown()

    def _visibility_changed(self, visible: bool) -> None:
        if not visible:
            return
        if self.panel is None:
            from desktop.signoff_panel import SignoffPanel

            self.panel = SignoffPanel(self.history)
            self.dock.setWidget(self.panel)
            if not self.window.restored:  # first shown: a third of the width, once the layout has placed it
                QTimer.singleShot(0, self._size_dock)
        self._refresh_timer.start()

    def _refresh(self) -> None:
        if self.panel is not None and self.dock.isVisible() and not self.window.closed:
            self.panel.refresh()

    def _size_dock(self) -> None:
        self.window.resizeDocks([self.dock], [self.window.width() // 3], Qt.Orientation.Horizontal)
