"""The Awaiting sign-off panel: the versions a standards editor must approve, each one's diff and draft notice.

Reading the list, reading a version's review and deciding each run on a pool thread with a connection of
their own (desktop/history_reader.py); Approve and Send Back… go to the newsroom server, which checks who
may decide, and a refusal comes back as its one-line message in a message box.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListView, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget,
)

from corrections.errors import EmendError
from desktop.application import configuration, newsroom
from desktop.application.newsroom import Awaiting
from desktop.formatting import shown_line
from desktop.history_reader import HistoryReader
from desktop.models.awaiting_model import AwaitingModel
from desktop.signoff_reads import Listing, Review, read_listing, read_review
from desktop.widgets.action_row import action_row
from desktop.widgets.busy_bar import busy_bar
from desktop.widgets.diff_preview import DiffPreview
from desktop.widgets.pane_header import pane_header


class SignoffPanel(QWidget):
    """The waiting versions over the selected one's diff and draft notice, with Approve and Send Back…."""

    loaded = Signal()  # a fresh list of waiting versions is shown
    reviewed = Signal()  # the selected version's diff and draft notice are shown
    decided = Signal(object)  # the server recorded a decision (a newsroom Decision); the list is read again

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.setObjectName("signoffPanel")
        self.setAccessibleName(self.tr("Awaiting sign-off"))
        self.history = history
        self.listing: Listing | None = None
        self.review: Review | None = None
        self._deciding: tuple[str, Awaiting] | None = None
        self.model = AwaitingModel(self)
        self.lister, self.reviewer, self.decider = (HistoryReader(history, self) for _ in range(3))
        self._build()
        self.lister.finished.connect(self._listed)
        self.lister.failed.connect(self._listing_failed)
        self.lister.busyChanged.connect(self.busy.setVisible)
        self.reviewer.finished.connect(self._reviewed)
        self.reviewer.failed.connect(self._review_failed)
        self.decider.finished.connect(self._decided)
        self.decider.failed.connect(self._decision_failed)
        self.decider.busyChanged.connect(lambda _busy: self._update_buttons())
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.approve_button.clicked.connect(self.approve)
        self.send_back_button.clicked.connect(self.send_back)
        self._update_buttons()

    def _build(self) -> None:
        self.summary = QLabel(self.tr("Awaiting sign-off"), objectName="signoffSummary")
        self.busy = busy_bar("signoffBusy", self.tr("Reading the versions waiting for sign-off"))
        self.explanation = QLabel(self.tr(
            "This history is not shared through a newsroom server, so no version here waits for a standards "
            "editor's sign-off.\n\nVersions wait for sign-off in a history cloned from the newsroom server "
            "(emend clone URL) or pointed at it (emend remote URL), once it has synced."),
            objectName="signoffExplanation", wordWrap=True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setMargin(12)
        self.view = QListView(objectName="signoffList")
        self.view.setAccessibleName(self.tr("Versions awaiting sign-off"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.preview = DiffPreview()
        self.preview.setObjectName("signoffDiff")
        self.preview.inline.setPlaceholderText(self.tr("Select a version to see its changes since readers saw it."))
        self.notice = QPlainTextEdit(objectName="signoffNotice", readOnly=True)
        self.notice.setAccessibleName(self.tr("Draft correction notice"))
        notice_box = QWidget()
        box = QVBoxLayout(notice_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(pane_header(QLabel(self.tr("Draft notice"), objectName="previewTitle")))
        box.addWidget(self.notice, 1)
        self.parts = QSplitter(Qt.Orientation.Vertical, objectName="signoffSplitter")
        self.parts.setChildrenCollapsible(False)
        for part in (self.view, self.preview, notice_box):
            self.parts.addWidget(part)
        self.parts.setSizes([160, 320, 140])
        self.hint = QLabel("", objectName="signoffHint", wordWrap=True)
        self.approve_button = QPushButton(self.tr("&Approve"), objectName="approveButton")
        self.approve_button.setToolTip(self.tr("Approve the selected version, so its corrector can publish it"))
        self.send_back_button = QPushButton(self.tr("Send &Back…"), objectName="sendBackButton")
        self.send_back_button.setToolTip(self.tr("Send the selected version back to its corrector with a note"))
        row = action_row(self.hint)
        row.addWidget(self.approve_button)
        row.addWidget(self.send_back_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.parts, 1)
        column.addLayout(row)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.explanation)
        self.pages.addWidget(content)
        self.pages.setCurrentWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(pane_header(self.summary, self.busy))
        layout.addWidget(self.pages, 1)

    @property
    def local_only(self) -> bool:
        """Whether the history has no newsroom server (the panel then explains instead of listing)."""
        return self.pages.currentWidget() is self.explanation

    def refresh(self) -> None:
        """Read the waiting versions again (after a save, a sync, a decision, or when the panel is shown)."""
        self.lister.read(read_listing)

    def selected(self) -> Awaiting | None:
        """The waiting version selected, or None."""
        return self.model.item_at(self.view.selectionModel().currentIndex().row())

    def select(self, article_id: int, number: int) -> bool:
        """Select a waiting version's row, as clicking it would; False when it is not listed."""
        row = self.model.row_of(article_id, number)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return row >= 0

    def approve(self) -> None:
        """Approve the selected version on the newsroom server."""
        item = self.selected()
        if item is not None and not self.decider.busy:
            self._decide(newsroom.APPROVED, item, "")

    def send_back(self) -> None:
        """Ask what to change, then send the selected version back to its corrector with that note."""
        item = self.selected()
        if item is None or self.decider.busy:
            return
        from desktop.dialogs.send_back_dialog import ask_note  # loaded on first use: a quicker start

        note = ask_note(self, self.tr("Send version {number} of “{title}” back to {author}. The note tells them "
                                      "what to change; it stays on the record.").format(
            number=item.number, title=shown_line(item.title, 60), author=shown_line(item.author, 30)))
        if note is not None:
            self._decide(newsroom.SENT_BACK, item, note)

    def shutdown(self) -> None:
        """Wait for reads and decisions under way and close their connections, before the window goes."""
        for reader in (self.lister, self.reviewer, self.decider):
            reader.shutdown()

    def _decide(self, decision: str, item: Awaiting, note: str) -> None:
        self._deciding = (decision, item)
        decide = newsroom.approve if decision == newsroom.APPROVED else newsroom.send_back
        self.hint.setText(self.tr("Sending to the newsroom server…"))
        self.decider.read(lambda history: decide(history, item.article_id, item.number, note))
        self._update_buttons()

    def _decided(self, decision) -> None:
        kind, item = self._deciding
        self._deciding = None
        title = shown_line(item.title, 60)
        self.hint.setText(
            self.tr("Approved version {number} of “{title}”.").format(number=item.number, title=title)
            if kind == newsroom.APPROVED else
            self.tr("Sent version {number} of “{title}” back to {author}.").format(
                number=item.number, title=title, author=shown_line(item.author, 30)))
        self.refresh()
        self._update_buttons()
        self.decided.emit(decision)

    def _decision_failed(self, message: str) -> None:
        kind, _item = self._deciding or (newsroom.APPROVED, None)
        self._deciding = None
        self.hint.setText("")
        self._update_buttons()
        QMessageBox.critical(self, self.tr("Cannot approve the version") if kind == newsroom.APPROVED
                             else self.tr("Cannot send the version back"), message)

    def _listed(self, listing: Listing) -> None:
        self.listing = listing
        if listing.server is None:
            self.summary.setText(self.tr("Local history"))
            self.pages.setCurrentWidget(self.explanation)
            self.model.set_rows([])
            self._show_review(None)
            self.loaded.emit()
            return
        self.pages.setCurrentIndex(1)
        chosen = self.selected()
        self.model.set_rows(list(listing.rows))
        text = self.tr("%n version(s) awaiting sign-off", "", len(listing.rows)) if listing.rows \
            else self.tr("No version is waiting for sign-off")
        if not listing.required:
            text = self.tr("{listed} (this newsroom does not require sign-off to publish)").format(listed=text)
        self.summary.setText(text)
        self.summary.setToolTip(self.tr("On the newsroom server {server}, as of this history's last sync").format(
            server=listing.server))
        if not (chosen is not None and self.select(chosen.article_id, chosen.number)) and listing.rows:
            self.select(listing.rows[0].article_id, listing.rows[0].number)
        if self.selected() is None:
            self._show_review(None)
        self._update_buttons()
        self.loaded.emit()

    def _listing_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Cannot read the versions awaiting sign-off: {error}").format(error=message))

    def _row_changed(self, current, _previous) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        self._update_buttons()
        if item is None:
            self._show_review(None)
            return
        if self.review is not None and self.review.item == item:  # the list was read again; a version never changes
            return
        try:
            style = configuration.house_style()
        except EmendError as error:
            style = None
            self.hint.setText(self.tr("The draft uses the built-in house style: {error}").format(error=error))
        self.review = None
        self.preview.clear(self.tr("Reading version {number}…").format(number=item.number))
        self.notice.clear()
        self.reviewer.read(lambda history: read_review(history, item, style))

    def _reviewed(self, review: Review) -> None:
        chosen = self.selected()
        if chosen is None or (chosen.article_id, chosen.number) != (review.item.article_id, review.item.number):
            return
        self._show_review(review)
        self.reviewed.emit()

    def _review_failed(self, message: str) -> None:
        self.preview.clear(self.tr("Cannot read this version: {error}").format(error=message))

    def _show_review(self, review: Review | None) -> None:
        self.review = review
        if review is None:
            self.preview.clear(self.tr("Preview"))
            self.notice.clear()
            self.notice.setPlaceholderText(self.tr("Select a version to see the notice publishing it would carry."))
            return
        self.preview.show_result(review.preview)
        # The first change, not the article's top (the dock shows a few lines), once the new text has its scroll bar.
        QTimer.singleShot(0, self, lambda: self.review is review and self.preview.go_to_change(0))
        self.notice.setPlainText(review.notice or "")
        self.notice.setPlaceholderText(self.tr("This version applies no correction since readers last saw the "
                                               "article, so publishing it stores no notice."))

    def _update_buttons(self) -> None:
        can_decide = self.selected() is not None and not self.decider.busy
        self.approve_button.setEnabled(can_decide)
        self.send_back_button.setEnabled(can_decide)
