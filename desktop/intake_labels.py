"""The intake's choices as the window names them, translated, and the combo boxes that offer them: one list for
the correction dialog and the Library's filter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from corrections.intake import RaisedBy, Severity

_RAISED_BY = {
    RaisedBy.READER: QT_TRANSLATE_NOOP("Intake", "Reader"),
    RaisedBy.SOURCE: QT_TRANSLATE_NOOP("Intake", "Source"),
    RaisedBy.STAFF: QT_TRANSLATE_NOOP("Intake", "Staff"),
    RaisedBy.LEGAL: QT_TRANSLATE_NOOP("Intake", "Legal"),
    RaisedBy.OTHER: QT_TRANSLATE_NOOP("Intake", "Other"),
}
_SEVERITY = {
    Severity.MINOR: QT_TRANSLATE_NOOP("Intake", "Minor"),
    Severity.SIGNIFICANT: QT_TRANSLATE_NOOP("Intake", "Significant"),
    Severity.LEGAL: QT_TRANSLATE_NOOP("Intake", "Legal"),
}


def raised_by_labels() -> dict[RaisedBy, str]:
    return {value: QCoreApplication.translate("Intake", label) for value, label in _RAISED_BY.items()}


def severity_labels() -> dict[Severity, str]:
    return {value: QCoreApplication.translate("Intake", label) for value, label in _SEVERITY.items()}


def choices(name: str, accessible: str, none: str, labels: dict) -> QComboBox:
    """A combo box of the intake's fixed choices, `none` first (no choice made: its data is None)."""
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(accessible)
    combo.addItem(none, None)
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo
