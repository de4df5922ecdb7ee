"""Help > About: Emend's version, its database and the versions of what it runs on, for bug reports."""

from __future__ import annotations

import os
import platform
import sqlite3
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

import corrections
import resources
from desktop.dialogs.message_layout import picture_beside

LIBRARIES = ("sqlite-utils", "diff-match-patch", "fast-diff-match-patch", "trafilatura", "python-docx",
             "charset-normalizer")


def package_version(distribution: str) -> str:
    """The installed version of a Python distribution, or 'not installed'."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("AboutDialog", "not installed")


def about_details(db_path: str | os.PathLike | None) -> list[tuple[str, str]]:
    """(name, value) rows: Emend, the database, the platform and every library's version."""
    rows = [
        ("Emend", corrections.__version__),
        (QCoreApplication.translate("AboutDialog", "Database"),
         str(db_path) if db_path else QCoreApplication.translate("AboutDialog", "none open")),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),
    ]
    rows += [(name, package_version(name)) for name in LIBRARIES]
    rows += [(QCoreApplication.translate("AboutDialog", "Operating system"), platform.platform(terse=True)),
             (QCoreApplication.translate("AboutDialog", "Qt platform"), QGuiApplication.platformName() or "-")]
    return rows


def details_text(rows: list[tuple[str, str]]) -> str:
    """The rows as plain 'name: value' lines, for the clipboard."""
    return "".join(f"{name}: {value}\n" for name, value in rows)


class AboutDialog(QDialog):
    """Who Emend is and what it runs on; 'Copy details' puts it all on the clipboard."""

    def __init__(self, db_path: str | os.PathLike | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Emend"))
        self.setMinimumWidth(520)
        self.rows = about_details(db_path)

        title = QLabel(self.tr("Emend {version}").format(version=corrections.__version__), objectName="aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(self.tr("Corrections and clarifications for published articles, with a tamper-evident "
                               "history.\nReleased under the MIT licence."), wordWrap=True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(blurb)
        logo = QIcon(str(resources.path("icons/app/io.github.emend.Emend.svg"))).pixmap(64, 64)
        top = picture_beside(logo, "aboutLogo", heading)

        self.details = QTreeWidget(objectName="aboutDetails")
        self.details.setAccessibleName(self.tr("Versions and paths"))
        self.details.setHeaderLabels([self.tr("Component"), self.tr("Version or path")])
        self.details.setRootIsDecorated(False)
        self.details.setAlternatingRowColors(True)
        self.details.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, value in self.rows:
            item = QTreeWidgetItem([name, value])
            item.setToolTip(1, value)
            self.details.addTopLevelItem(item)
        self.details.resizeColumnToContents(0)
        self.details.setMinimumHeight(self.details.sizeHintForRow(0) * (len(self.rows) + 2))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("C&lose"))  # Alt+C copies
        self.copy_button = QPushButton(self.tr("&Copy Details"), objectName="copyDetails")
        self.copy_button.setAccessibleName(self.tr("Copy the versions and paths to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the versions and paths on the clipboard as text, for pasting into a bug report."""
        QGuiApplication.clipboard().setText(details_text(self.rows))
        self.copy_button.setText(self.tr("&Copied"))
