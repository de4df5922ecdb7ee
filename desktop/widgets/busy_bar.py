"""The small indeterminate progress bar the audit widgets show while a read runs in the background."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def busy_bar(name: str, accessible: str) -> QProgressBar:
    """A hidden, text-less, indeterminate bar; show it while work runs."""
    bar = QProgressBar(objectName=name)
    bar.setAccessibleName(accessible)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumSize(110, 14)
    bar.hide()
    return bar
