"""The status bar's word on the newsroom server: Synced, N to send, Offline, Needs merge (or Syncing…, Sync failed).

Hidden for a history of its own; the tooltip names the server (password hidden) and the last sync. A click
asks for what the state calls for: a merge by hand, or a sync now.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel

# Each state brings its own background and text colour (as the verify badge does), so it reads on any theme.
STYLES = {
    "synced": "background: #e3f4e8; color: #14532d;",
    "to send": "background: #e6effb; color: #1e3a6e;",
    "offline": "background: #eceff3; color: #3e4c59;",
    "needs merge": "background: #fde8e7; color: #8a1c12;",
    "failed": "background: #fff4e5; color: #7a3e00;",
    "syncing": "background: #eceff3; color: #3e4c59;",
}

translate = QCoreApplication.translate


def state_text(kind: str, waiting: int) -> str:
    """What the label says for a sync state (desktop/application/newsroom.SyncState's kinds, 'failed', or 'syncing'
    before the server first answered)."""
    to_send = translate("SyncLabel", "%n to send", "", waiting)
    if kind == "synced":
        return translate("SyncLabel", "Synced")
    if kind == "to send":
        return to_send
    if kind == "offline":
        return (translate("SyncLabel", "Offline · {to_send}").format(to_send=to_send) if waiting
                else translate("SyncLabel", "Offline"))
    if kind == "needs merge":
        return translate("SyncLabel", "Needs merge")
    if kind == "syncing":
        return translate("SyncLabel", "Syncing…")
    return translate("SyncLabel", "Sync failed")


class SyncLabel(QLabel):
    """The sync state as a small coloured label; `clicked` when the editor clicks it."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("syncLabel")
        self.kind = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def show_state(self, kind: str, waiting: int, *, server: str, last_synced: datetime | None, titles: str = "",
                   problem: str = "") -> None:
        """Show a state; `titles` are the articles that need a merge, `problem` why the last sync failed."""
        self.kind = kind
        text = state_text(kind, waiting)
        when = (translate("SyncLabel", "Last synced at {time}").format(time=last_synced.strftime("%H:%M:%S"))
                if last_synced else translate("SyncLabel", "Not synced since Emend started"))
        lines = [translate("SyncLabel", "Newsroom server: {server}").format(server=server), when]
        if problem:
            lines.append(problem)
        if kind == "needs merge":
            lines += [translate("SyncLabel", "Waiting for a merge by hand: {titles}").format(titles=titles),
                      translate("SyncLabel", "Click to compare the two versions and merge them")]
        else:
            if waiting:
                lines.append(translate("SyncLabel", "%n version(s), publication(s) or notice(s) not yet on the server",
                                       "", waiting))
            lines.append(translate("SyncLabel", "Click to sync now"))
        self.setText(text)
        self.setToolTip("\n".join(lines))
        self.setAccessibleName(translate("SyncLabel", "Newsroom: {state}").format(state=text))
        self.setAccessibleDescription(self.toolTip())
        self.setStyleSheet(f"QLabel#syncLabel {{ {STYLES[kind]} border-radius: 4px; padding: 2px 8px; "
                           "font-weight: 600; }")
        self.show()

    def mouseReleaseEvent(self, event) -> None:
        """A left click asks for what the state calls for."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
