"""The main toolbar fits the window: short labels, and when even those do not fit (a 1024-pixel window), the
everyday buttons show only their icons so that no button hides behind the » overflow; the tooltips still name
every button and its shortcut."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

translate = QCoreApplication.translate
FULL, COMPACT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly


class ToolbarFit(QObject):
    """Keeps `toolbar` within its width: the `compact` actions lose their text when the labels do not all fit."""

    def __init__(self, toolbar: QToolBar, compact: list[QAction], short_labels: dict[QAction, str]):
        super().__init__(toolbar)
        self.toolbar, self.compact_actions = toolbar, list(compact)
        for action, label in short_labels.items():
            action.setIconText(label)
        self.full_width = 0
        self.compact = False
        toolbar.installEventFilter(self)

    def _buttons(self):
        return [button for action in self.compact_actions
                if (button := self.toolbar.widgetForAction(action)) is not None]

    def _needed_width(self) -> int:
        """The width every button asks for now, with the layout's margins and spacing."""
        layout = self.toolbar.layout()
        widgets = [self.toolbar.widgetForAction(action) for action in self.toolbar.actions()]
        hints = [widget.sizeHint().width() for widget in widgets if widget is not None]
        margins = layout.contentsMargins()
        return sum(hints) + layout.spacing() * len(hints) + margins.left() + margins.right() + 8

    def fit(self) -> None:
        """Show text beside the icons only when all of it fits."""
        if not self.compact:
            self.full_width = self._needed_width()
        compact = self.toolbar.width() < self.full_width
        if compact != self.compact:
            self.compact = compact
            for button in self._buttons():
                button.setToolButtonStyle(COMPACT if compact else FULL)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.toolbar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                         QEvent.Type.LanguageChange):
            self.fit()
        return super().eventFilter(watched, event)


def fit_main_toolbar(menu) -> ToolbarFit:
    """The main window's toolbar: Attach Correction, Edit Text, Side by Side and Notice keep their words; the
    rest show icons only when room runs out."""
    short = {menu.save_action: translate("MainWindow", "Save"),
             menu.previous_change_action: translate("MainWindow", "Previous"),
             menu.next_change_action: translate("MainWindow", "Next")}
    compact = [menu.open_action, menu.save_action, menu.undo_action, menu.redo_action,
               menu.previous_change_action, menu.next_change_action]
    return ToolbarFit(menu.toolbar, compact, short)
