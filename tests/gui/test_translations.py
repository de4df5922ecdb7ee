"""Emend's strings reach translators (pyside6-lupdate finds them) and a compiled catalogue translates the window."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import resources
from desktop import i18n
from desktop.dialogs.shortcuts_dialog import plain_text
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

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



# Calls whose text arguments the user reads: a literal there must be wrapped in tr()/translate().
TEXT_SETTERS = {"setWindowTitle", "setText", "setToolTip", "setStatusTip", "showMessage", "setPlaceholderText",
                "addMenu", "setAccessibleName", "setAccessibleDescription", "setIconText", "setTitle",
                "setWhatsThis", "setLabelText"}
TEXT_WIDGETS = {"QLabel", "QAction", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu"}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
TRANSLATING = {"tr", "translate"}
NON_WORDS = {"", " ", "\n", "\n\n", "—", "–", "…", "·", "→", "•", "✘ ", "⚠ "}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that end up on screen as they are, or [] for a call that shows none."""
    name = _name(call.func)
    if name in MESSAGE_BOXES and isinstance(call.func, ast.Attribute) and _name(call.func.value) == "QMessageBox":
        return call.args[1:3] + [k.value for k in call.keywords if k.arg in ("title", "text")]
    if name in TEXT_SETTERS:
        return list(call.args)
    if name in TEXT_WIDGETS:
        return [a for a in call.args[:1]] + [k.value for k in call.keywords if k.arg in ("text", "title")]
    return []


def _untranslated(node: ast.expr) -> list[ast.expr]:
    """The literal text in an argument that no tr()/translate() call wraps (looking through `a if c else b`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [] if node.value in NON_WORDS else [node]
    if isinstance(node, ast.JoinedStr):
        words = "".join(p.value for p in node.values if isinstance(p, ast.Constant))
        return [] if not any(c.isalpha() for c in words) else [node]
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    return []


def untranslated_texts(source: str, filename: str = "<source>") -> list[str]:
    """'file:line: text' for each user-visible literal lupdate cannot extract, and each f-string inside tr()."""
    found = []
    for call in (n for n in ast.walk(ast.parse(source, filename)) if isinstance(n, ast.Call)):
        suspects = [n for arg in _shown_arguments(call) for n in _untranslated(arg)]
        if _name(call.func) in TRANSLATING:
            text = call.args[0] if _name(call.func) == "tr" and call.args else \
                call.args[1] if len(call.args) > 1 else None
            if isinstance(text, (ast.JoinedStr, ast.Call, ast.BinOp)):
                suspects.append(text)
        found += [f"{filename}:{n.lineno}: {ast.get_source_segment(source, n)}" for n in suspects]
    return found


def test_the_guard_notices_a_literal_a_user_would_read_untranslated():
    source = ('label.setText("Hello")\n'
              'QMessageBox.warning(self, self.tr("Oops"), f"Bad {x}")\n'
              'self.statusBar().showMessage("Saved" if ok else self.tr("Failed"))\n'
              'self.tr(f"Version {n}")\n'
              'label.setText(self.tr("Fine")); label.setText(""); label.setText(name)\n')

    assert [line.split(": ", 1)[1] for line in untranslated_texts(source)] == [
        '"Hello"', 'f"Bad {x}"', '"Saved"', 'f"Version {n}"']


def test_every_user_visible_literal_in_the_window_goes_through_translation():
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name != "cli.py":
            found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))

    assert found == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


def test_english_counts_read_naturally_without_a_catalogue(sample_window, answers, qtbot):
    window = sample_window
    for passage, replacement in (("Monday", "Tuesday"), ("Kestrel", "Kestrell"), ("48,000", "84,000")):
        select(window.article_view, passage)
        answers.corrections.append(CorrectionAnswer(replacement))
        press_ctrl_enter(qtbot, window)
        if passage == "Monday":
            assert window.unsaved_label.text() == "Unsaved: 1 pending correction"

    assert window.unsaved_label.text() == "Unsaved: 3 pending corrections"
    assert window.session.suggested_message() == "Applied 3 corrections"  # two or fewer are named
