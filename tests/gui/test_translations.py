"""Emend's strings reach translators (pyside6-lupdate finds them) and a compiled catalogue translates the window."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import resources
from desktop import i18n
from desktop.dialogs.shortcuts_dialog import plain_text

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message><source>&amp;Edit</source><translation>&amp;Bearbeiten</translation></message>
    <message><source>&amp;Attach Correction…</source><translation>Korrektur &amp;anfügen…</translation></message>
    <message>
        <source>Select the passage that is wrong, then press Ctrl+Enter</source>
        <translation>Markieren Sie die falsche Stelle und drücken Sie Strg+Eingabe</translation>
    </message>
</context>
</TS>
"""


def tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to this Python")
    return str(path)


def sources(ts_file: Path) -> dict[str, set[str]]:
    """Context name -> the source strings a .ts catalogue holds."""
    found: dict[str, set[str]] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        found.setdefault(context.findtext("name"), set()).update(
            message.findtext("source") for message in context.iter("message"))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, set[str]]:
    """What `make translations` would write, extracted into a temporary catalogue."""
    target = tmp_path_factory.mktemp("ts") / "emend_en.ts"
    files = sorted(str(path) for path in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(target)], check=True,
                   capture_output=True, cwd=ROOT)
    return sources(target)


def test_the_window_menus_actions_and_hints_are_extracted_for_translators(extracted):
    window = extracted["MainWindow"]

    for text in ("&Edit", "&Help", "&Attach Correction…", "Attach Correction", "Main toolbar", "Updating preview…",
                 "Select the passage that is wrong, then press Ctrl+Enter",
                 "Press Ctrl+Enter to attach a correction to the selected passage",
                 "&Preferences…", "&Keyboard Shortcuts"):
        assert text in window, text


def test_the_dialogs_strings_are_extracted_too(extracted):
    assert "Side by &side" in extracted["PreferencesDialog"]
    assert "&Copy Details" in extracted["AboutDialog"]
    assert "Filter by action or key" in extracted["ShortcutsDialog"]


def test_the_english_source_catalogue_is_bundled():
    catalogue = resources.path("translations/emend_en.ts")

    root = ElementTree.parse(catalogue).getroot()
    assert root.get("sourcelanguage") == "en"
    assert "&Attach Correction…" in sources(catalogue)["MainWindow"]


def test_a_german_catalogue_translates_the_menus_and_the_hint(qapp, qtbot, tmp_path, db_path, sample_path):
    (tmp_path / "emend_de.ts").write_text(GERMAN, encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(tmp_path / "emend_de.ts"), "-qm", str(tmp_path / "emend_de.qm")],
                   check=True, capture_output=True)
    installed = i18n.install_translator(qapp, QLocale(QLocale.Language.German), tmp_path)
    try:
        from desktop.app import create_main_window

        window = create_main_window(db_path, author="Test Editor", remember=False)
        qtbot.addWidget(window)
        window.show()
        window.open_file(sample_path)

        assert plain_text(window.edit_menu.title()) == "Bearbeiten"
        assert window.attach_action.text() == "Korrektur &anfügen…"
        assert window.hint_label.text().startswith("Markieren Sie die falsche Stelle")
        assert plain_text(window.help_menu.title()) == "Help"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

