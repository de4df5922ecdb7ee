"""Edit > Preferences: the author name, where the history lives, the notice house style, how text shows."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from corrections.errors import EmendError
from corrections.notices.house_style import HouseStyle
from db.paths import default_db_path
from desktop.settings_keys import FONT_SIZES, PreferenceValues, PreviewMode, ThemeChoice
from desktop.theme import diff_colours, secondary_text

PROBLEM_LABELS = {"author": "authorProblem", "database": "databaseProblem", "house_style": "houseStyleProblem"}


def _path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row


def _note(text: str, name: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True, objectName=name or "preferencesNote")
    label.setStyleSheet(f"color: {secondary_text(label.palette()).name()};")
    return label


class PreferencesDialog(QDialog):
    """Shows the stored preferences; OK validates, stores them and emits what changed.

    `author` is the name the window signs with now (it may come from EMEND_AUTHOR rather than the
    stored preference). `preferencesChanged` carries {field: new value} for the PreferenceValues
    fields that changed, so the window can apply the font size and preview mode at once.
    """

    preferencesChanged = Signal(dict)

    def __init__(self, parent=None, *, author: str = "", database_in_use: str | os.PathLike | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        stored = PreferenceValues.load()
        self.before = replace(stored, author=author.strip()) if author.strip() else stored
        self.changes: dict[str, object] = {}

        self.author = QLineEdit(self.before.author, objectName="authorEdit")
        self.author.setAccessibleName(self.tr("Author name"))
        self.author.setPlaceholderText(self.tr("Your name as readers and colleagues know it"))

        self.database = QLineEdit(self.before.database_path, objectName="databaseEdit")
        self.database.setAccessibleName(self.tr("History database file"))
        self.database.setPlaceholderText(str(default_db_path()))
        self.database.setClearButtonEnabled(True)
        self.database_browse = QPushButton(self.tr("&Browse…"), objectName="databaseBrowse")
        self.database_browse.setAccessibleName(self.tr("Choose the history database file"))
        self.database_browse.clicked.connect(self.browse_database)

        self.house_style = QLineEdit(self.before.house_style_path, objectName="houseStyleEdit")
        self.house_style.setAccessibleName(self.tr("Notice house style file"))
        self.house_style.setPlaceholderText(self.tr("Emend's built-in house style"))
        self.house_style.setClearButtonEnabled(True)
        self.house_style_browse = QPushButton(self.tr("B&rowse…"), objectName="houseStyleBrowse")
        self.house_style_browse.setAccessibleName(self.tr("Choose the notice house style file"))
        self.house_style_browse.clicked.connect(self.browse_house_style)

        self.inline = QRadioButton(self.tr("&Inline"), objectName="previewInline")
        self.inline.setAccessibleName(self.tr("Preview changes inline"))
        self.side_by_side = QRadioButton(self.tr("Side by &side"), objectName="previewSideBySide")
        self.side_by_side.setAccessibleName(self.tr("Preview changes side by side"))
        self.preview_group = QButtonGroup(self)
        self.preview_group.addButton(self.inline)
        self.preview_group.addButton(self.side_by_side)
        (self.side_by_side if self.before.preview_mode is PreviewMode.SIDE_BY_SIDE else self.inline).setChecked(True)

        self.font_size = QSpinBox(objectName="fontSizeSpin")
        self.font_size.setAccessibleName(self.tr("Text size of the article and the preview"))
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(self.before.font_size)

        self.theme = QComboBox(objectName="themeCombo")
        self.theme.setAccessibleName(self.tr("Colour theme"))
        for choice, label in ((ThemeChoice.SYSTEM, self.tr("System (as the desktop)")),
                              (ThemeChoice.LIGHT, self.tr("Light")), (ThemeChoice.DARK, self.tr("Dark"))):
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(ThemeChoice(self.before.theme).value)))

        self.problems = {name: self._problem_label(name) for name in PROBLEM_LABELS}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(database_in_use)

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel(objectName=PROBLEM_LABELS[name], wordWrap=True)
        label.setAccessibleName(self.tr("Problem"))
        label.setStyleSheet(f"color: {diff_colours(self.palette()).deleted_fg.name()};")
        label.hide()
        return label

    def _lay_out(self, database_in_use) -> None:
        signing = QGroupBox(self.tr("Signing"))
        form = QFormLayout(signing)
        form.addRow(self.tr("&Your name:"), self.author)
        form.addRow("", self.problems["author"])
        form.addRow("", _note(self.tr("Stored with every version you save and every correction you attach.")))

        storage = QGroupBox(self.tr("History database"))
        form = QFormLayout(storage)
        form.addRow(self.tr("&Database file:"), _path_row(self.database, self.database_browse))
        form.addRow("", self.problems["database"])
        note = self.tr("Leave empty for the default. A change takes effect the next time Emend starts.")
        if database_in_use:
            note += " " + self.tr("In use now: {path}.").format(path=database_in_use)
        if os.environ.get("EMEND_DB", "").strip():
            note += " " + self.tr("EMEND_DB is set, and it wins over this setting.")
        form.addRow("", _note(note, "databaseNote"))

        notices = QGroupBox(self.tr("Correction notices"))
        form = QFormLayout(notices)
        form.addRow(self.tr("&House style:"), _path_row(self.house_style, self.house_style_browse))
        form.addRow("", self.problems["house_style"])
        form.addRow("", _note(self.tr("A newsroom TOML file with your own labels, dates and wording. "
                                      "Leave empty for Emend's built-in style.")))

        display = QGroupBox(self.tr("Display"))
        form = QFormLayout(display)
        modes = QWidget()
        row = QHBoxLayout(modes)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inline)
        row.addWidget(self.side_by_side)
        row.addStretch(1)
        form.addRow(self.tr("Preview:"), modes)
        form.addRow(self.tr("&Text size:"), self.font_size)
        form.addRow(self.tr("Colour the&me:"), self.theme)

        layout = QVBoxLayout(self)
        for group in (signing, storage, notices, display):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # Choosing files

    def browse_database(self) -> None:
        """Pick the history file; an existing one or a new name, so overwriting is not asked about."""
        start = self.database.text().strip() or str(default_db_path())
        kinds = self.tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("History database"), start, kinds,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def browse_house_style(self) -> None:
        """Pick the house style file that words the notices."""
        start = self.house_style.text().strip()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Notice house style"), start,
                                              self.tr("House style files (*.toml);;All files (*)"))
        if path:
            self.house_style.setText(path)

    # Checking and storing

    def values(self) -> PreferenceValues:
        """What the dialog shows now, with paths made absolute (not yet checked)."""
        return PreferenceValues(
            author=self.author.text().strip(),
            database_path=_absolute(self.database.text()),
            house_style_path=_absolute(self.house_style.text()),
            preview_mode=PreviewMode.SIDE_BY_SIDE if self.side_by_side.isChecked() else PreviewMode.INLINE,
            font_size=self.font_size.value(),
            theme=ThemeChoice(self.theme.currentData()),
        )

    def problems_with(self, values: PreferenceValues) -> dict[str, str]:
        """A one-line message per field that cannot be stored as it is."""
        found = {}
        if not values.author:
            found["author"] = self.tr("Enter the name to sign versions and corrections with.")
        if values.database_path:
            path = Path(values.database_path)
            if path.is_dir():
                found["database"] = self.tr("{folder} is a folder: choose a database file in it, such as "
                                            "{file}.").format(folder=path, file=path / "history.sqlite")
            elif not path.parent.is_dir():
                found["database"] = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if values.house_style_path:
            try:
                HouseStyle.from_file(values.house_style_path)
            except EmendError as error:
                message = str(error)
                found["house_style"] = message[:1].upper() + message[1:]
        return found

    def accept(self) -> None:
        """Store the preferences and report the changes, or show what is wrong and stay open."""
        values = self.values()
        found = self.problems_with(values)
        for name, label in self.problems.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.adjustSize()
        if found:
            first = next(name for name in self.problems if name in found)
            edit = {"author": self.author, "database": self.database, "house_style": self.house_style}[first]
            edit.setFocus()
            edit.selectAll()
            return
        values.save()
        self.changes = values.changes_from(self.before)
        super().accept()
        if self.changes:
            self.preferencesChanged.emit(self.changes)


def _absolute(text: str) -> str:
    text = text.strip()
    return str(Path(text).expanduser().absolute()) if text else ""
