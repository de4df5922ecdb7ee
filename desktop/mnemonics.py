"""An Alt+letter on every standard dialog button (OK, Save, Discard, Cancel…), whatever the platform theme.

Qt names a dialog's standard buttons through the platform theme, and most themes give some no mnemonic
(Discard, OK and Cancel have none in Qt's own; GNOME's says "Close without Saving"). Qt asks the installed
translators for those names, so one more translator, consulted after any catalogue, names them with a mnemonic:
every QDialogButtonBox and QMessageBox, QMessageBox's static questions included, gets the same buttons.
Its names are English: in another language Qt's own catalogue (qtbase_xx), consulted first, names the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

INSTALLED_PROPERTY = "emendButtonMnemonics"  # set on the application once the translator is installed
STANDARD_TEXTS = {  # the platform themes' English names for standard buttons → Emend's, each with a mnemonic
    "OK": "&OK", "Save": "&Save", "Save All": "Save &All", "Open": "&Open", "Yes": "&Yes", "No": "&No",
    "Abort": "&Abort", "Retry": "&Retry", "Ignore": "&Ignore", "Close": "&Close", "Cancel": "&Cancel",
    "Discard": "&Discard", "Close without Saving": "&Discard", "Don't Save": "&Discard", "Help": "&Help",
    "Apply": "A&pply", "Reset": "R&eset", "Restore Defaults": "Restore &Defaults",
}


class ButtonMnemonics(QTranslator):
    """Answers the platform theme's request for a standard button's name with one that has a mnemonic."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        """Emend's name for a standard button a theme names without a mnemonic; None lets Qt keep looking."""
        if not context or not context.endswith("Theme") or not source_text or "&" in source_text:
            return None
        return STANDARD_TEXTS.get(source_text)

    def isEmpty(self) -> bool:
        """Not empty, as a translator with messages reports: it has no catalogue for Qt to count."""
        return False


def install(app: QCoreApplication) -> None:
    """Install ButtonMnemonics once per application, before any catalogue, so a language's own names win."""
    if not app.property(INSTALLED_PROPERTY):
        app.installTranslator(ButtonMnemonics(app))
        app.setProperty(INSTALLED_PROPERTY, True)
