"""Translating the window: Qt's own strings and Emend's catalogue for the user's locale.

Emend's strings are written in English, so English needs no catalogue, only EnglishPlurals to read
"%n version(s)" as "1 version" / "3 versions"; another language is used when resources/translations
holds emend_<lang>.qm (compiled from emend_<lang>.ts with pyside6-lrelease).
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

CATALOGUE = "emend"
PLURAL_SUFFIX = re.compile(r"\((e?s)\)")
PLURALS_PROPERTY = "emendEnglishPlurals"  # set on the application once EnglishPlurals is installed


class EnglishPlurals(QTranslator):
    """The last resort for a plural message no catalogue translates: drop or keep the "(s)" its English has."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        """The English text with "(s)" resolved for n, or None so Qt keeps looking."""
        if n < 0 or not PLURAL_SUFFIX.search(source_text or ""):
            return None
        return PLURAL_SUFFIX.sub("" if n == 1 else r"\1", source_text)

    def isEmpty(self) -> bool:
        """Not empty, as a translator with messages reports: it has no catalogue for Qt to count."""
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Install EnglishPlurals once per application, before any catalogue, so catalogues take precedence.

    A property marks it installed: app.findChild() would make PySide build its QStyle type (15 ms of start-up).
    """
    if not app.property(PLURALS_PROPERTY):
        app.installTranslator(EnglishPlurals(app))
        app.setProperty(PLURALS_PROPERTY, True)


def translations_folder() -> str:
    """Where the compiled catalogues (emend_<lang>.qm) are looked for."""
    return str(resources.path("translations"))


def install_translator(app: QCoreApplication, locale: QLocale | None = None,
                       directory: str | os.PathLike | None = None) -> list[QTranslator]:
    """Install Qt's and Emend's translations for `locale` (default: the system's) that exist; return them.

    The translators are children of `app`, so they live as long as it does; pass them to
    app.removeTranslator to switch back to English.
    """
    install_english_plurals(app)
    locale = locale if locale is not None else QLocale.system()
    sources = (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               (CATALOGUE, str(directory) if directory is not None else translations_folder()))
    installed = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
