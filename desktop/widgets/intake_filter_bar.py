"""Above the Library: show only the articles with a correction of a severity, or raised by a kind of person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from corrections.intake import RaisedBy, Severity
from desktop.intake_labels import choices, raised_by_labels, severity_labels


class IntakeFilterBar(QWidget):
    """Two choices, any severity and anyone by default; `changed` when either moves."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("intakeFilterBar")
        self.setAccessibleName(self.tr("Filter the Library by intake"))
        self.severity = choices("librarySeverityFilter", self.tr("Show articles with a correction of severity"),
                                self.tr("Any"), severity_labels())
        self.raised_by = choices("libraryRaisedByFilter", self.tr("Show articles with a correction raised by"),
                                 self.tr("Anyone"), raised_by_labels())
        self.count = QLabel("", objectName="libraryFilterCount")
        self.count.setAccessibleName(self.tr("Articles shown"))
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setVerticalSpacing(2)
        for row, (label, combo) in enumerate(((self.tr("Severity:"), self.severity),
                                              (self.tr("Raised by:"), self.raised_by))):
            combo.setToolTip(self.tr("Show only the articles with at least one correction (not withdrawn) raised "
                                     "this way"))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self.changed)
            caption = QLabel(label)
            caption.setBuddy(combo)
            layout.addWidget(caption, row, 0)
            layout.addWidget(combo, row, 1)
        layout.addWidget(self.count, 0, 2)
        layout.setColumnStretch(1, 1)

    def wanted(self) -> dict:
        """The chosen severity and raised-by (None: any), as keyword arguments for the filter."""
        severity, raised_by = self.severity.currentData(), self.raised_by.currentData()  # Qt gives enums as str
        return {"severity": Severity(severity) if severity else None,
                "raised_by": RaisedBy(raised_by) if raised_by else None}

    def show_count(self, shown: int, total: int, filtering: bool) -> None:
        """'2 of 5' while a filter narrows the Library; nothing otherwise."""
        self.count.setText(self.tr("%n of {total}", "", shown).format(total=total) if filtering else "")
