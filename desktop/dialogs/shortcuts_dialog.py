"""Help > Keyboard Shortcuts: every shortcut of a window, read from its actions so the list never goes stale."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLineEdit, QMainWindow, QMenu, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout,
)


def plain_text(text: str) -> str:
    """A menu text as read aloud: no '&' mnemonic marks ('&&' stays '&') and no tab-separated shortcut."""
    return re.sub(r"&(.)", r"\1", text.split("\t")[0]).strip()


def shortcut_text(action: QAction) -> str:
    """All of an action's shortcuts in the platform's own notation, e.g. 'Ctrl+Return, Ctrl+Enter'."""
    return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
                     if not sequence.isEmpty())


def _menu_actions(menu: QMenu, title: str):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), f"{title} > {plain_text(action.text())}")
        elif not action.isSeparator():
            yield title, action


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for each action of the window with a shortcut, in menu bar order.

    An action in two menus is listed under the first; actions in no menu come last, under 'Other'.
    """
    rows: list[tuple[str, str, str]] = []
    listed: set[QAction] = set()
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for title, action in _menu_actions(top.menu(), plain_text(top.text())):
            if action not in listed and shortcut_text(action):
                listed.add(action)
                rows.append((title, plain_text(action.text()), shortcut_text(action)))
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in window.findChildren(QAction):
        if action not in listed and action.menu() is None and shortcut_text(action):
            listed.add(action)
            rows.append((other, plain_text(action.text()), shortcut_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    """The window's shortcuts grouped by menu, with a filter box."""

    def __init__(self, window: QMainWindow, parent=None):
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 460)
        self.filter = QLineEdit(objectName="shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(objectName="shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._fill(shortcut_rows(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, action, keys in rows:
            group = groups.get(menu)
            if group is None:
                group = groups[menu] = QTreeWidgetItem(self.tree, [menu])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [action, keys])
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)

    def apply_filter(self, text: str) -> None:
        """Show only the shortcuts whose action, key or menu contains `text` (any case)."""
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            menu_matches = needle in group.text(0).casefold()
            shown = 0
            for row in range(group.childCount()):
                child = group.child(row)
                matches = menu_matches or needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not matches)
                shown += matches
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        """The (action, shortcut) rows the filter leaves shown."""
        return [(group.child(row).text(0), group.child(row).text(1))
                for group in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                for row in range(group.childCount()) if not group.isHidden() and not group.child(row).isHidden()]
