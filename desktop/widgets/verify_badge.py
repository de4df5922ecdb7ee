"""A badge saying whether the stored history still matches its hash chains: verified or tampered.

Verification walks every version, so it runs on a pool thread with its own connection; clicking
the badge verifies again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from db.history import History
from desktop.formatting import one_line
from desktop.history_reader import HistoryReader

# Each state brings its own background and text colour, so it reads the same on light and dark themes.
STYLES = {
    "unknown": "background: #eceff3; color: #3e4c59;",
    "checking": "background: #eceff3; color: #3e4c59;",
    "verified": "background: #e3f4e8; color: #14532d;",
    "tampered": "background: #fde8e7; color: #8a1c12;",
    "failed": "background: #fff4e5; color: #7a3e00;",
}


class VerifyBadge(QLabel):
    """'✔ Verified' in green or '✘ Tampered: <first problem>' in red, for one article or the whole history."""

    verified = Signal(bool)

    def __init__(self, history: History, article_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("verifyBadge")
        self.history = history
        self.article_id = article_id
        self.state = "unknown"
        self.problems: tuple = ()
        self.reader = HistoryReader(history, self)
        self.reader.finished.connect(self._show_report)
        self.reader.failed.connect(self._failed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._set_state("unknown", self.tr("Not verified yet"), self.tr("Click to verify the history"))

    def set_article(self, article_id: int | None) -> None:
        """Check this article from now on (None: the whole history); the badge resets until verified."""
        self.article_id = article_id
        self.problems = ()
        self._set_state("unknown", self.tr("Not verified yet"), self.tr("Click to verify the history"))

    def verify(self) -> None:
        """Walk the hash chains in the background; the badge turns green or red when done."""
        self._set_state("checking", self.tr("Verifying…"), self.tr("Checking every version against its hash"))
        article_id = self.article_id
        self.reader.read(lambda history: history.verify(article_id))

    @property
    def busy(self) -> bool:
        """True while a verification runs."""
        return self.reader.busy

    def shutdown(self) -> None:
        """Wait for a verification under way and close its connection, before the window goes."""
        self.reader.shutdown()

    def mousePressEvent(self, event) -> None:
        """A click verifies again, unless a verification is already running."""
        if event.button() == Qt.MouseButton.LeftButton and not self.busy:
            self.verify()
        super().mousePressEvent(event)

    def _show_report(self, report) -> None:
        self.problems = tuple(report.problems)
        scope = (self.tr("Article {id}").format(id=self.article_id) if self.article_id is not None
                 else self.tr("The whole history"))
        if report.ok:
            detail = self.tr("{scope}: %n version(s) match their hash chain.", "", report.checked_versions)
            self._set_state("verified", self.tr("✔ Verified"), detail.format(scope=scope))
        else:
            first = str(report.problems[0])
            detail = "\n".join(str(problem) for problem in report.problems)
            self._set_state("tampered", self.tr("✘ Tampered: {problem}").format(problem=one_line(first, 70)),
                            self.tr("{scope} no longer matches its hash chain:").format(scope=scope) + "\n" + detail)
        self.verified.emit(report.ok)

    def _failed(self, message: str) -> None:
        self._set_state("failed", self.tr("Could not verify"), message)
        QMessageBox.critical(self, self.tr("Cannot verify the history"), message)

    def _set_state(self, state: str, text: str, tip: str) -> None:
        self.state = state
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Verification: {text}").format(text=text))
        self.setAccessibleDescription(tip)
        self.setStyleSheet(f"QLabel#verifyBadge {{ {STYLES[state]} border-radius: 4px; padding: 2px 8px; "
                           "font-weight: 600; }")

    def closeEvent(self, event) -> None:
        """Stop verifying before the badge closes."""
        self.shutdown()
        super().closeEvent(event)
