"""Every action of the main window, declared once: the menus in menu-bar order, the toolbar and the context menus.

As novelWriter's GuiMainMenu does, this module says what each action is called, its shortcut, icon and tip;
the window says what each one does (MainWindow._wire). The texts keep the MainWindow translation context,
so the catalogues translators already have still apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from desktop import preferences
from desktop.icons import ICON_PROPERTY, icon

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

translate = QCoreApplication.translate
Shortcut = QKeySequence.StandardKey | str | list[str] | None


def set_icon(action: QAction, name: str) -> None:
    """Give an action a bundled icon and remember its name, so a palette change can redraw it."""
    action.setProperty(ICON_PROPERTY, name)
    action.setIcon(icon(name))


def add_entries(target: QMenu | QToolBar, entries: list[QAction | None]) -> None:
    """Add actions in order to a menu or toolbar; None is a separator."""
    for action in entries:
        target.addSeparator() if action is None else target.addAction(action)


def dock_toggle(dock: QDockWidget) -> QAction:
    """The View menu's entry for a panel: ticked while the panel is on screen.

    Choosing it brings a closed panel, or one behind another panel's tab, to the front, and closes one in
    front (Qt's own toggle would close a panel hidden behind a tab instead of showing it).
    """
    action = QAction(dock.windowTitle(), dock.parent())
    action.setObjectName(f"{dock.objectName()}ViewAction")
    action.setCheckable(True)
    action.setChecked(dock.isVisible())
    dock.visibilityChanged.connect(action.setChecked)

    def chosen(show: bool) -> None:
        if show:
            dock.show()
            dock.raise_()
        else:
            dock.hide()

    action.triggered.connect(chosen)
    return action


class MainMenu(QObject):
    """The window's actions, its File, Edit, View, History and Help menus, its toolbar and its context menus."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        window.article_view.set_context_actions([self.attach_action, self.who_changed_action,
                                                 self.accept_change_action, self.reject_change_action])
        window.corrections_panel.add_actions([self.edit_correction_action, self.withdraw_action, self.accept_action])
        window.history_panel.add_actions([self.restore_action])

    def named_parts(self) -> dict[str, QObject]:
        """Each action, menu and the toolbar by its attribute name, for the window to offer as its own."""
        return {name: part for name, part in vars(self).items()
                if name.endswith(("_action", "_menu")) or name == "toolbar"}

    def fill_recent_menu(self, open_file: Callable[[str], object]) -> None:
        """File > Open Recent: the files opened lately, newest first, or a note that there are none."""
        menu = self.recent_menu
        menu.clear()
        files = preferences.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: open_file(p))
        if files:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear Menu"), preferences.clear_recent_files)
        else:
            menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)

    def _action(self, text: str, *, shortcut: Shortcut = None, icon_name: str | None = None, tip: str = "",
                icon_text: str | None = None, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            set_icon(action, icon_name)
        if icon_text:
            action.setIconText(icon_text)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut is not None else tip)
        action.setCheckable(checkable)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        """Every action, in the order the menus show them."""
        a = self._action
        # File
        self.open_action = a(translate("MainWindow", "&Open…"), shortcut=QKeySequence.StandardKey.Open,
                             icon_name="open", tip=translate("MainWindow", "Open an article file"))
        self.open_sample_action = a(translate("MainWindow", "Open Sa&mple Article"),
                                    tip=translate("MainWindow", "Open the bundled sample article"))
        self.clipboard_action = a(translate("MainWindow", "New from &Clipboard"), shortcut="Ctrl+Shift+V",
                                  tip=translate("MainWindow", "Import the text on the clipboard as a new article"))
        self.save_action = a(translate("MainWindow", "&Save Version…"), shortcut="Ctrl+S", icon_name="save",
                             tip=translate("MainWindow", "Store a new version with the pending corrections applied"))
        self.export_action = a(translate("MainWindow", "&Export…"), tip=translate(
            "MainWindow", "Write a version (the published one unless you choose), with its notice if you wish, "
                          "as a .txt, .md, .html or .docx file"))
        self.backup_action = a(translate("MainWindow", "&Back Up History…"),
                               tip=translate("MainWindow", "Copy the whole history to a file and verify the copy"))
        self.sync_action = a(translate("MainWindow", "S&ync Now"), shortcut=["F9", "Ctrl+Shift+Y"], tip=translate(
            "MainWindow", "Send your versions to the newsroom server and fetch your colleagues'"))
        self.resolve_action = a(translate("MainWindow", "Resolve Sync Con&flict…"), tip=translate(
            "MainWindow", "Compare your version with the newsroom's where both changed the same passage, and merge"))
        self.author_action = a(translate("MainWindow", "Your &Name…"),
                               tip=translate("MainWindow", "Change the author name"))
        self.quit_action = a(translate("MainWindow", "&Quit"), shortcut=QKeySequence.StandardKey.Quit)
        # Edit
        self.undo_action = self._undo_stack_action(undo=True)
        self.redo_action = self._undo_stack_action(undo=False)
        self.attach_action = a(translate("MainWindow", "&Attach Correction…"), shortcut=["Ctrl+Return", "Ctrl+Enter"],
                               icon_name="attach", icon_text=translate("MainWindow", "Attach Correction"),
                               tip=translate("MainWindow", "Attach a correction to the selected passage"))
        self.edit_correction_action = a(translate("MainWindow", "&Edit Correction…"), icon_name="edit",
                                        icon_text=translate("MainWindow", "Edit"),
                                        tip=translate("MainWindow", "Change the selected correction"))
        self.withdraw_action = a(translate("MainWindow", "&Withdraw Correction"), icon_name="withdraw",
                                 icon_text=translate("MainWindow", "Withdraw"), tip=translate(
                                     "MainWindow", "Withdraw (reject) the selected correction; it stays on record"))
        self.accept_action = a(translate("MainWindow", "A&ccept Correction…"), icon_name="accept",
                               icon_text=translate("MainWindow", "Accept"), tip=translate(
                                   "MainWindow", "Apply just the selected correction and save a version"))
        self.edit_text_action = a(translate("MainWindow", "Edit &Text"), shortcut="Ctrl+E", icon_name="pencil",
                                  checkable=True, tip=translate("MainWindow", "Edit the article text directly"))
        self.accept_change_action = a(translate("MainWindow", "Accept Chan&ge…"),
                                      shortcut=["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], tip=translate(
                                          "MainWindow", "Store the tracked change at the cursor alone as a new "
                                                        "version; the rest stays unsaved"))
        self.reject_change_action = a(translate("MainWindow", "Re&ject Change"), shortcut="Ctrl+Shift+Backspace",
                                      tip=translate("MainWindow", "Drop the tracked change at the cursor: the saved "
                                                                  "text comes back, or the correction is withdrawn"))
        self.find_action = a(translate("MainWindow", "&Find…"), shortcut="Ctrl+F", tip=translate(
            "MainWindow", "Find words in the article; Ctrl+Enter then corrects the match"))
        self.find_next_action = a(translate("MainWindow", "Find Ne&xt"), shortcut="F3",
                                  tip=translate("MainWindow", "Select the next match in the article"))
        self.find_previous_action = a(translate("MainWindow", "Find Pre&vious"), shortcut="Shift+F3",
                                      tip=translate("MainWindow", "Select the previous match in the article"))
        self.preferences_action = a(translate("MainWindow", "&Preferences…"), shortcut="Ctrl+,", tip=translate(
            "MainWindow", "Your name, the database, the notice house style and how text shows"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # View
        self.next_change_action = a(translate("MainWindow", "&Next Change"), shortcut=["F8", "Alt+Down"],
                                    icon_name="next",
                                    tip=translate("MainWindow", "Go to the next change in the preview"))
        self.previous_change_action = a(translate("MainWindow", "&Previous Change"), shortcut=["Shift+F8", "Alt+Up"],
                                        icon_name="previous",
                                        tip=translate("MainWindow", "Go to the previous change in the preview"))
        self.follow_move_action = a(translate("MainWindow", "Follow &Move"), shortcut="Ctrl+J", tip=translate(
            "MainWindow", "Go to the other place of the moved passage at the cursor or the current change"))
        self.side_by_side_action = a(translate("MainWindow", "&Side by Side"), shortcut="Ctrl+\\",
                                     icon_name="columns", checkable=True, tip=translate(
                                         "MainWindow", "Show the saved and the corrected text side by side"))
        self.working_action = a(translate("MainWindow", "Show &Unsaved Changes"),
                                tip=translate("MainWindow", "Preview the pending corrections and edits again"))
        self.refresh_action = a(translate("MainWindow", "&Refresh"), shortcut="F5",
                                tip=translate("MainWindow", "Show versions and corrections saved by other windows"))
        self.next_pane_action = a(translate("MainWindow", "Next P&ane"), shortcut="F6", tip=translate(
            "MainWindow", "Move the keyboard focus to the next pane: Library, article, preview, Corrections…"))
        self.previous_pane_action = a(translate("MainWindow", "Previous Pan&e"), shortcut="Shift+F6",
                                      tip=translate("MainWindow", "Move the keyboard focus to the previous pane"))
        self.search_action = a(translate("MainWindow", "Search &Library…"), shortcut="Ctrl+Shift+F",
                               tip=translate("MainWindow", "Search every version and correction note"))
        # History
        self.restore_action = a(translate("MainWindow", "&Restore This Version…"), icon_name="restore",
                                icon_text=translate("MainWindow", "Restore this version"),
                                tip=translate("MainWindow", "Store a new version equal to the selected one"))
        self.notice_action = a(translate("MainWindow", "Correction &Notice…"), shortcut="Ctrl+Shift+N",
                               icon_name="notice", icon_text=translate("MainWindow", "Notice"), tip=translate(
                                   "MainWindow", "Show, edit, copy and publish the article's correction notice"))
        self.readers_view_action = a(translate("MainWindow", "As Rea&ders See It…"), tip=translate(
            "MainWindow", "Preview a version with its notice where the house style puts it, and export it"))
        self.publish_action = a(translate("MainWindow", "&Publish Version…"), shortcut="Ctrl+Shift+P", tip=translate(
            "MainWindow", "Mark the saved version as the one readers see, with its notice"))
        self.audit_report_action = a(translate("MainWindow", "Save &Audit Report…"), shortcut="Ctrl+Shift+A",
                                     tip=translate("MainWindow", "Save the article's audit report as HTML or PDF"))
        self.corrections_page_action = a(translate("MainWindow", "Publish &Corrections Page…"), tip=translate(
            "MainWindow", "Write every published notice as a web page, with its feed and receipts, into a folder"))
        self.who_changed_action = a(translate("MainWindow", "&Who Changed This?"), shortcut="Ctrl+Shift+W",
                                    tip=translate("MainWindow", "Name the versions, authors and notes that wrote the "
                                                                "selected passage"))
        self.verify_history_action = a(translate("MainWindow", "&Verify History…"), shortcut="Ctrl+Shift+H",
                                       tip=translate("MainWindow", "Check every version of every article against "
                                                                   "its hash chain"))
        # Help
        self.shortcuts_action = a(translate("MainWindow", "&Keyboard Shortcuts"), shortcut=["F1", "Ctrl+/"],
                                  tip=translate("MainWindow", "List every keyboard shortcut"))
        self.about_action = a(translate("MainWindow", "&About Emend"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _undo_stack_action(self, *, undo: bool) -> QAction:
        """Undo or Redo, made by the undo stack so their text names what they would undo or redo."""
        stack = self.window.undo_stack
        if undo:
            action = stack.createUndoAction(self.window, translate("MainWindow", "&Undo"))
            action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
            action.setIconText(translate("MainWindow", "Undo"))
        else:
            action = stack.createRedoAction(self.window, translate("MainWindow", "&Redo"))
            action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            action.setIconText(translate("MainWindow", "Redo"))
        set_icon(action, "undo" if undo else "redo")
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        window, bar = self.window, self.window.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        add_entries(self.file_menu, [self.open_sample_action, self.clipboard_action, None, self.save_action, None,
                                     self.export_action, self.backup_action, None, self.sync_action,
                                     self.resolve_action, None, self.author_action, None,
                                     self.quit_action])
        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        add_entries(self.edit_menu, [self.undo_action, self.redo_action, None, self.find_action,
                                     self.find_next_action, self.find_previous_action, None, self.attach_action,
                                     self.edit_correction_action, self.withdraw_action, self.accept_action, None,
                                     self.edit_text_action, self.accept_change_action, self.reject_change_action,
                                     None, self.preferences_action])
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        toggles = {dock.objectName(): dock_toggle(dock) for dock in (
            window.library_dock, window.history_dock, window.corrections_dock, window.audit.timeline_dock,
            window.audit.blame_dock, window.signoff.dock)}
        self.timeline_view_action, self.blame_view_action = toggles["timelineDock"], toggles["blameDock"]
        for action, keys in ((self.timeline_view_action, "Ctrl+Shift+T"), (self.blame_view_action, "Ctrl+Shift+B")):
            action.setShortcut(QKeySequence(keys))
            window.addAction(action)
        add_entries(self.view_menu, [self.next_change_action, self.previous_change_action, self.follow_move_action,
                                     self.side_by_side_action,
                                     self.working_action, self.refresh_action, None, self.next_pane_action,
                                     self.previous_pane_action, None, *toggles.values(), None, self.search_action])
        self.history_menu = bar.addMenu(translate("MainWindow", "&History"))
        add_entries(self.history_menu, [self.restore_action, self.working_action, None, self.notice_action,
                                        self.readers_view_action, self.publish_action, self.audit_report_action,
                                        self.corrections_page_action, None,
                                        self.who_changed_action, self.verify_history_action])
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        add_entries(self.help_menu, [self.shortcuts_action, None, self.about_action])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self.window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add_entries(self.toolbar, [self.open_action, self.save_action, None, self.attach_action,
                                   self.edit_text_action, None, self.undo_action, self.redo_action, None,
                                   self.previous_change_action, self.next_change_action, self.side_by_side_action,
                                   None, self.notice_action])
        button = self.toolbar.widgetForAction(self.notice_action)
        button.setObjectName("noticeToolButton")
        button.setAccessibleName(translate("MainWindow", "Correction notice"))
        self.window.addToolBar(self.toolbar)
