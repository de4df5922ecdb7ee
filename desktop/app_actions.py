"""The actions about the editor and Emend rather than the article: Preferences, Your Name, Shortcuts, About.

What changes in Preferences applies to the open window at once (the database at the next start).
Its texts keep the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import preferences, settings_keys
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # dialogs are imported when first opened, so the window starts sooner
    from desktop.dialogs.preferences_dialog import PreferencesDialog
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog

translate = QCoreApplication.translate


class AppActions(WindowPart):
    """Edit > Preferences…, File > Your Name…, Help > Keyboard Shortcuts and Help > About Emend."""


    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences; what changes there applies to this window at once (the database at next start)."""
        from desktop.dialogs.preferences_dialog import PreferencesDialog  # loaded on first use

        dialog = PreferencesDialog(self.window, author=self.session.author, database_in_use=self.history.path)
        dialog.preferencesChanged.connect(self.apply_preferences)
        self.window.show_dialog(dialog)
        return dialog

    def apply_preferences(self, changes: dict) -> None:
        """Apply changed preferences (PreferenceValues field names) to the live window."""
        notes = []
        if "author" in changes:
            self.session.author = changes["author"]
            notes.append(translate("MainWindow", "Versions and corrections are now signed “{name}”.").format(
                name=changes["author"]))
        if "preview_mode" in changes:
            self.window.set_side_by_side(settings_keys.PreviewMode(changes["preview_mode"])
                                         is settings_keys.PreviewMode.SIDE_BY_SIDE)
        if "font_size" in changes:
            self.window.set_text_size(changes["font_size"])
        if "theme" in changes:
            from PySide6.QtWidgets import QApplication

            from desktop import theme

            theme.apply_theme(QApplication.instance(), settings_keys.ThemeChoice(changes["theme"]).value)
        if "house_style_path" in changes:
            style = changes["house_style_path"] or translate("MainWindow", "the built-in house style")
            notes.append(translate("MainWindow", "Notices now use {style}.").format(style=style))
        if "database_path" in changes:
            notes.append(translate("MainWindow", "The new database opens the next time Emend starts."))
        if notes:
            self.window.statusBar().showMessage(" ".join(notes), 8000)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: every shortcut of this window, grouped by menu."""
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog  # loaded on first use

        dialog = ShortcutsDialog(self.window)
        self.window.show_dialog(dialog)
        return dialog

    def change_author(self) -> None:
        """File > Your Name…: who signs the versions and corrections from now on."""
        from desktop.dialogs.author_dialog import ask_author

        name = ask_author(self.window, self.session.author)
        if name:
            self.session.author = name
            if self.window.remember:
                preferences.save_author(name)
            self.window.statusBar().showMessage(
                translate("MainWindow", "Versions and corrections are now signed “{name}”").format(name=name), 5000)

    def about(self) -> None:
        """Help > About Emend: the version, the database in use and what Emend runs on."""
        from desktop.dialogs.about_dialog import AboutDialog  # loaded on first use: a quicker start

        self.window.show_dialog(AboutDialog(self.history.path, self.window))
