"""Table columns sized to what they hold: short columns (kind, status, version, time) as wide as their
content, and the room left shared by the text columns in proportion to their content, so a narrow panel
cuts the long texts (whose full words the detail line shows) rather than the short ones."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_WIDTH = 24


SHORT_SHARE = 0.6
"""The short columns keep their content's width while it takes no more than this share of the table."""


def shared(room: int, wanted: dict[int, int], columns: list[int]) -> dict[int, int]:
    """Share `room` among `columns`: those wanting less than a fair share get what they want, the rest split
    what is left evenly."""
    widths, rest, left = {}, list(columns), room
    while rest:
        fair = left // len(rest)
        small = [c for c in rest if wanted[c] <= fair]
        if not small:
            widths.update({c: max(fair, MIN_WIDTH) for c in rest})
            break
        for c in small:
            widths[c] = wanted[c]
            left -= wanted[c]
            rest.remove(c)
    return widths


class ColumnFit(QObject):
    """Fits `view`'s columns to their content whenever its rows or its width change; `flexible` are the text
    columns that give up room first (they take what is left over when everything fits)."""

    def __init__(self, view: QTableView, flexible: tuple[int, ...]):
        super().__init__(view)
        self.view, self.flexible = view, flexible
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._timer.start)
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)

    def fit(self) -> None:
        """Give each column its content's width when all fit; else the text columns share what the short ones
        leave (the short ones too, in a panel too narrow even for them)."""
        if not shiboken6.isValid(self.view):
            return  # the panel is being torn down
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        wanted = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in columns}
        room = view.viewport().width()
        short = [c for c in columns if c not in self.flexible]
        texts = [c for c in columns if c in self.flexible]
        fixed = sum(wanted[c] for c in short)
        if fixed > room * SHORT_SHARE:
            widths = shared(room, wanted, columns)
        elif sum(wanted[c] for c in texts) <= room - fixed:
            extra = (room - fixed - sum(wanted[c] for c in texts)) // max(len(texts), 1)
            widths = {**wanted, **{c: wanted[c] + extra for c in texts}}
        else:
            widths = {**wanted, **shared(room - fixed, wanted, texts)}
        for c in columns:
            view.setColumnWidth(c, widths[c])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)
