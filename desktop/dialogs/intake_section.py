"""The correction dialog's Intake section: who raised the error, when, how, how serious; folded away until opened."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from corrections.clock import format_utc, parse_utc
from corrections.errors import InputError
from corrections.intake import MAX_CHANNEL, MAX_CONTACT_REF, Intake, RaisedBy, Severity, checked
from desktop.intake_labels import choices, raised_by_labels, severity_labels

CHANNELS = ("email", "phone", "comment form", "social", "letter", "in person")
"""Suggestions only: the channel is free text."""


class IntakeSection(QWidget):
    """A header button that folds the intake fields in and out; `intake()` gives what they say."""

    def __init__(self, initial: Intake, parent=None):
        super().__init__(parent)
        self.setObjectName("intakeSection")
        self.initial = initial
        self.toggle = QToolButton(objectName="intakeToggle", checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(self.tr("Intake"))
        self.body = QWidget(objectName="intakeBody")
        self.raised_by = choices("raisedByCombo", self.tr("Raised by"), self.tr("Not recorded"), raised_by_labels())
        self.severity = choices("severityCombo", self.tr("Severity"), self.tr("Not assessed"), severity_labels())
        self.raised_at = QDateTimeEdit(objectName="raisedAtEdit", calendarPopup=True)
        self.raised_at.setAccessibleName(self.tr("When the error was raised (UTC)"))
        self.raised_at.setTimeZone(QTimeZone.utc())
        self.raised_at.setDisplayFormat("yyyy-MM-dd HH:mm 'UTC'")
        self.channel = QComboBox(objectName="channelCombo", editable=True)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItems(["", *CHANNELS])
        self.channel.lineEdit().setMaxLength(MAX_CHANNEL)
        self.channel.lineEdit().setPlaceholderText(self.tr("email, phone, comment form, social…"))
        self.contact_ref = QLineEdit(objectName="contactRefEdit", maxLength=MAX_CONTACT_REF)
        self.contact_ref.setAccessibleName(self.tr("Contact reference"))
        self.contact_ref.setPlaceholderText(self.tr("Internal only: never in a notice or an export"))
        form = QFormLayout(self.body)
        form.setContentsMargins(18, 0, 0, 0)
        form.addRow(self.tr("Raised &by:"), self.raised_by)
        form.addRow(self.tr("&When:"), self.raised_at)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("Se&verity:"), self.severity)
        form.addRow(self.tr("C&ontact ref:"), self.contact_ref)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self._fill(initial)
        self.toggle.toggled.connect(self.set_open)
        for combo in (self.raised_by, self.severity, self.channel):
            combo.currentTextChanged.connect(self._update_title)
        self.set_open(False)

    def _fill(self, intake: Intake) -> None:
        self.raised_by.setCurrentIndex(max(0, self.raised_by.findData(intake.raised_by)))
        self.severity.setCurrentIndex(max(0, self.severity.findData(intake.severity)))
        self.channel.setCurrentText(intake.channel)
        self.contact_ref.setText(intake.contact_ref)
        moment = parse_utc(intake.raised_at) if intake.raised_at else None
        shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()) if moment else \
            QDateTime.currentDateTimeUtc()
        self.raised_at.setMaximumDateTime(QDateTime.currentDateTimeUtc().addDays(1))
        self.raised_at.setDateTime(shown)
        self._shown_at = self.raised_at.dateTime()

    def set_open(self, opened: bool) -> None:
        """Unfold the fields (and put the focus in them when the editor opened it) or fold them away."""
        self.toggle.setChecked(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened)
        self._update_title()
        if opened and self.toggle.hasFocus():
            self.raised_by.setFocus()
        if not opened and self.window() is not self:
            QTimer.singleShot(0, self._fit_window)

    def _fit_window(self) -> None:
        """Give back the room the folded fields took: the dialog as tall as it needs, as wide as it was."""
        top = self.window()
        if top.layout() is not None:
            top.layout().activate()
        top.resize(top.width(), top.sizeHint().height())

    def _update_title(self) -> None:
        """The header says what was chosen, so a folded section still shows it."""
        chosen = [text for text, given in ((self.raised_by.currentText(), self.raised_by.currentData()),
                                           (self.channel.currentText().strip(), self.channel.currentText().strip()),
                                           (self.severity.currentText(), self.severity.currentData())) if given]
        self.toggle.setText(self.tr("Intak&e: {chosen}").format(chosen=" · ".join(chosen)) if chosen else
                            self.tr("Intak&e (who raised it, when, how serious)"))

    def check(self) -> None:
        """Raise InputError for an intake the history would refuse, unfolded so the editor sees the field."""
        try:
            checked(self.intake())
        except InputError:
            self.set_open(True)
            raise

    def intake(self) -> Intake:
        """What the fields say; the time is the stored one (or, for a new correction, the moment it is attached)
        unless the editor changed it."""
        raised_at = self.initial.raised_at
        if self.raised_at.dateTime() != self._shown_at:
            seconds = self.raised_at.dateTime().toSecsSinceEpoch()
            raised_at = format_utc(datetime.fromtimestamp(seconds, timezone.utc))
        raised_by, severity = self.raised_by.currentData(), self.severity.currentData()  # Qt hands enums back as str
        return Intake(raised_by=RaisedBy(raised_by) if raised_by else None, raised_at=raised_at,
                      channel=self.channel.currentText().strip(), severity=Severity(severity) if severity else None,
                      contact_ref=self.contact_ref.text().strip())
