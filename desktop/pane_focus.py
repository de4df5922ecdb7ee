"""F6 and Shift+F6 move the keyboard focus from pane to pane, and the pane with the focus is marked.

The panes are the Library and the other docks on screen and, between the left and the bottom docks, the
article and the preview, in the order the eye reads them; a dock the editor moved is found where it is now.
The pane holding the focus has its title strip (a dock's title bar, the article's or the preview's header) in
the selection colour (`paneFocus` in emend.qss).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDockWidget, QLabel, QWidget

from desktop.window_part import WindowPart

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

FOCUS_PROPERTY = "paneFocus"
Area = Qt.DockWidgetArea
AREA_ORDER = (Area.LeftDockWidgetArea, None, Area.BottomDockWidgetArea, Area.RightDockWidgetArea,
              Area.TopDockWidgetArea)  # None: the article and the preview, in the middle


def focus_target(pane: QWidget) -> QWidget | None:
    """What in a pane takes the focus: its first list, table or text on screen, else its first focusable control."""
    controls = [child for child in pane.findChildren(QWidget)
                if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus]
    views = [child for child in controls if isinstance(child, QAbstractScrollArea)]
    return (views or controls or [None])[0]


def on_screen(widget: QWidget) -> bool:
    """Shown, and not behind another dock's tab."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def reading_order(docks: list[QDockWidget], window: QWidget, *, across: bool) -> list[QDockWidget]:
    """Docks of one area left to right (`across`, the bottom and top areas) or top to bottom (the sides)."""
    def key(dock: QDockWidget) -> tuple[int, int]:
        at = dock.mapTo(window, QPoint(0, 0))
        return (at.x(), at.y()) if across else (at.y(), at.x())

    return sorted(docks, key=key)


class PaneFocus(WindowPart):
    """Next Pane (F6), Previous Pane (Shift+F6), and the mark on the pane that has the focus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._marked: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def panes(self) -> list[QWidget]:
        """The panes on screen, in reading order: left docks, article, preview, bottom, right and top docks."""
        window = self.window
        central = [window.article_view.parentWidget(), window.preview]
        docks = [dock for dock in window.findChildren(QDockWidget)
                 if dock.parent() is window and dock.widget() is not None and on_screen(dock)]
        ordered: list[QWidget] = []
        for area in AREA_ORDER:
            if area is None:
                ordered += [pane for pane in central if on_screen(pane)]
                continue
            ordered += reading_order([dock for dock in docks if window.dockWidgetArea(dock) == area], window,
                                     across=area in (Area.BottomDockWidgetArea, Area.TopDockWidgetArea))
        return [pane for pane in ordered if focus_target(pane) is not None]

    def next_pane(self) -> None:
        """Move the focus to the next pane (F6), round to the first after the last."""
        self._move(1)

    def previous_pane(self) -> None:
        """Move the focus to the previous pane (Shift+F6)."""
        self._move(-1)

    def focus_pane(self, pane: QWidget) -> None:
        """Put the focus in a pane (a dock just brought to the front by its shortcut)."""
        target = focus_target(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_dock(self, dock: QDockWidget) -> None:
        """Put the focus in a dock its shortcut just showed (Timeline, Blame), once it is laid out."""
        def focus() -> None:
            if not self.window.closed and dock.isVisible():
                self.focus_pane(dock)

        QTimer.singleShot(0, focus)

    def pane_of(self, widget: QWidget | None) -> QWidget | None:
        """The pane a widget is in, if any: found up its parents, never by listing the window's children, which
        may include a dialog being destroyed as the focus moves."""
        central = (self.window.article_view.parentWidget(), self.window.preview)
        while widget is not None and widget is not self.window:
            if widget in central or (isinstance(widget, QDockWidget) and widget.parentWidget() is self.window):
                return widget
            widget = widget.parentWidget()
        return None

    def _move(self, step: int) -> None:
        panes = self.panes()
        if not panes:
            return
        current = self.pane_of(QApplication.focusWidget())
        if current in panes:
            index = (panes.index(current) + step) % len(panes)
        else:
            index = 0 if step > 0 else len(panes) - 1
        self.focus_pane(panes[index])

    def _focus_changed(self, _old, new) -> None:
        """Mark the title of the pane the focus went to (a dock's title bar, the article's or preview's header)."""
        if self.window.closed or new is None or new.window() is not self.window:
            return  # focus left for another window, or a widget that had it is going
        pane = self.pane_of(new)
        headers = {self.window.article_view.parentWidget(): self.window.article_title.parentWidget(),
                   self.window.preview: self.window.preview.title.parentWidget()}
        marker = headers.get(pane, pane)
        if marker is self._marked:
            return
        for widget, focused in ((self._marked, False), (marker, True)):
            if widget is not None:
                widget.setProperty(FOCUS_PROPERTY, focused)
                labels = [] if isinstance(widget, QDockWidget) else widget.findChildren(QLabel)
                for styled in (widget, *labels):  # a header's title takes its colours too
                    styled.style().unpolish(styled)
                    styled.style().polish(styled)
                widget.update()
        self._marked = marker
