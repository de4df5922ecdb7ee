"""Issue 16, item 7: every button of every dialog Emend can open has an Alt+letter (Discard had none), and no two
controls of one dialog share one. Standard buttons (OK, Save, Discard, Cancel…) are named by the platform theme,
which gives most no mnemonic, so the message boxes are shown for real, with every set of buttons the window asks
with, besides every dialog class found in desktop/."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton,
)

import desktop
from corrections.diff.merge3 import Conflict
from corrections.importers import load_text
from db.errors import CorruptDatabase
from db.sync.rebase import ArticleConflict
from desktop.app import application
from desktop.recovery import RecoveryRecord

Button = QMessageBox.StandardButton
# The static functions as Qt has them: the GUI tests' conftest replaces them with stand-ins that show nothing.
REAL_MESSAGE_BOXES = {name: getattr(QMessageBox, name) for name in ("critical", "information", "question", "warning")}
# Every set of buttons the window's message boxes offer (desktop/*_actions.py, notice_dialog.py, version_actions.py).
ASKED_WITH = {
    "critical": [Button.Ok], "information": [Button.Ok], "warning": [Button.Ok, Button.Yes | Button.No],
    "question": [Button.Yes | Button.No, Button.Yes | Button.Cancel, Button.Discard | Button.Cancel,
                 Button.Save | Button.Discard | Button.Cancel],
}
SAMPLE = "Bridge reopens\n\nThe bridge reopened on Monday after a three-year restoration.\n"


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased; None without one."""
    match = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def button_texts(dialog: QDialog) -> list[str]:
    return [button.text() for button in dialog.findChildren(QPushButton)]


def visible_mnemonics(dialog: QDialog) -> list[tuple[str, str]]:
    """(letter, text) of each Alt+letter a shown dialog answers to: its buttons' and check boxes', and its
    labels' that name a field."""
    texts = [widget.text() for widget in dialog.findChildren(QAbstractButton) if widget.isVisibleTo(dialog)]
    texts += [label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(dialog)]
    return [(mnemonic(text), text) for text in texts if mnemonic(text)]


def assert_every_button_has_its_own_mnemonic(name: str, texts: list[str]) -> None:
    assert texts, f"{name} shows no buttons"
    missing = [text for text in texts if mnemonic(text) is None]
    assert missing == [], f"{name}: buttons without a mnemonic: {missing}"
    letters = [mnemonic(text) for text in texts]
    assert len(letters) == len(set(letters)), f"{name}: two buttons share a mnemonic: {texts}"


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined anywhere in desktop/, found by importing its modules."""
    for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, queue = set(), [QDialog]
    while queue:
        for subclass in queue.pop().__subclasses__():
            queue.append(subclass)
            if subclass.__module__.startswith("desktop."):
                found.add(subclass)
    return found


def factories(window, db_path: Path) -> dict[str, Callable[[], QDialog]]:
    """How each dialog is made, as the window makes it, with what it shows."""
    from desktop.dialogs.about_dialog import AboutDialog
    from desktop.dialogs.author_dialog import AuthorDialog
    from desktop.dialogs.correction_dialog import CorrectionDialog
    from desktop.dialogs.database_problem_dialog import DatabaseProblemDialog
    from desktop.dialogs.export_dialog import ExportDialog
    from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
    from desktop.dialogs.merge_dialog import MergeDialog
    from desktop.dialogs.notice_dialog import NoticeDialog
    from desktop.dialogs.preferences_dialog import PreferencesDialog
    from desktop.dialogs.recovery_dialog import RecoveryDialog
    from desktop.dialogs.save_dialog import SaveDialog
    from desktop.dialogs.send_back_dialog import SendBackDialog
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog

    history, article_id = window.history, window.session.article.id
    conflict = ArticleConflict(
        article_id=article_id, article_uid="a1", title="Bridge reopens", base_number=1, theirs_number=2,
        mine_numbers=(2,), base_text=SAMPLE, theirs_text=SAMPLE.replace("Monday", "Tuesday"),
        mine_text=SAMPLE.replace("Monday", "Sunday"), reason="both changed the day",
        conflicts=(Conflict(SAMPLE.index("Monday"), SAMPLE.index("Monday") + 6, "Tuesday", "Sunday", "Monday"),))
    return {
        "AboutDialog": lambda: AboutDialog(db_path, window),
        "AuthorDialog": lambda: AuthorDialog("Ann", window),
        "CorrectionDialog": lambda: CorrectionDialog("Monday", parent=window),
        "CorrectionDialog, editing": lambda: CorrectionDialog("Monday", parent=window, editing=True),
        "DatabaseProblemDialog": lambda: DatabaseProblemDialog(db_path, CorruptDatabase("the file is damaged"), window),
        "ExportDialog": lambda: ExportDialog(history, article_id, parent=window),
        "ImportPreviewDialog": lambda: ImportPreviewDialog(load_text(SAMPLE), window),
        "MergeDialog": lambda: MergeDialog(conflict, parent=window),
        "NoticeDialog": lambda: NoticeDialog(history, article_id, author="Desk", parent=window),
        "PreferencesDialog": lambda: PreferencesDialog(window, author="Ann", database_in_use=db_path),
        "RecoveryDialog": lambda: RecoveryDialog(RecoveryRecord(
            db_path=str(db_path), article_id=article_id, article_title="Bridge reopens", base_version=1,
            working_text=SAMPLE), window),
        "SaveDialog": lambda: SaveDialog("Store 1 pending correction as version 2.", "Correction: Monday → Tuesday",
                                         window),
        "SendBackDialog": lambda: SendBackDialog("Version 2 of “Bridge reopens”", window),
        "ShortcutsDialog": lambda: ShortcutsDialog(window),
    }


@pytest.fixture
def bridge_window(window, tmp_path, qtbot):
    path = tmp_path / "bridge.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert window.open_file(path)
    return window


def test_every_dialog_class_is_walked(bridge_window, db_path):
    walked = {name.split(",")[0] for name in factories(bridge_window, db_path)}

    assert {cls.__name__ for cls in dialog_classes()} == walked


def test_every_button_of_every_dialog_has_a_mnemonic_of_its_own(bridge_window, db_path, qtbot):
    for name, make in factories(bridge_window, db_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert_every_button_has_its_own_mnemonic(name, button_texts(dialog))
        letters = [letter for letter, _text in visible_mnemonics(dialog)]
        assert len(letters) == len(set(letters)), f"{name}: two controls share an Alt+letter: " \
                                                  f"{sorted(visible_mnemonics(dialog))}"
        dialog.reject()


@pytest.mark.parametrize("kind, buttons", [(kind, buttons) for kind, sets in ASKED_WITH.items() for buttons in sets])
def test_the_message_boxes_the_window_asks_with_have_mnemonics(window, qtbot, kind, buttons):
    seen: list[list[str]] = []

    def read_and_answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_answer)
            return
        seen.append(button_texts(box))
        box.buttons()[-1].click()

    QTimer.singleShot(0, read_and_answer)
    REAL_MESSAGE_BOXES[kind](window, "Emend", "A question the window asks", buttons)

    [texts] = seen
    assert_every_button_has_its_own_mnemonic(f"{kind} {buttons}", texts)
    if buttons & Button.Discard:
        assert "&Discard" in texts


def test_every_standard_button_a_theme_names_gets_a_mnemonic(qtbot):
    application()
    every = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button not in (QDialogButtonBox.StandardButton.NoButton, QDialogButtonBox.StandardButton.FirstButton,
                          QDialogButtonBox.StandardButton.LastButton):
            every |= button
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)

    texts = [button.text() for button in box.buttons()]

    assert len(texts) >= 16
    assert [text for text in texts if mnemonic(text) is None] == []
