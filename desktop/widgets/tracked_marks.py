"""Tracked changes drawn in the article view while its text is edited, the document's text left as it is.

Inserted text is underlined and a pending correction's passage struck through, as layout formats (what
QSyntaxHighlighter uses), so no mark is an edit or an undo step. Deleted text, and a correction's
replacement, are not in the document: the character before each gets extra letter spacing, and the view
paints the missing text, struck through or underlined, into that room. The document's text therefore stays
exactly the working text a save stores.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextBlock, QTextCharFormat, QTextLayout

from corrections.diff import DELETE, INSERT
from desktop.formatting import one_line
from desktop.theme import DiffColours, diff_colours

NOTED = 2
"""A pending correction that leaves its passage as it is (a note): tinted, neither struck nor underlined."""
PAD = 2.0  # pixels of room on each side of a painted phantom
WIDEST = 0.6  # a phantom wider than this share of the view is shortened in the middle (its tooltip has it whole)
_BREAKS = re.compile(r"\n+")

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Phantom:
    """Text shown in the article but not part of its text: a deletion, or a correction's replacement, at `at`."""

    at: int
    text: str
    op: int  # DELETE: struck through; INSERT: underlined


@dataclass
class _Room:
    """The phantoms painted at one place: after (or before) a host character, or on an empty line."""

    where: str  # "after", "before" or "line"
    phantoms: list[tuple[Phantom, str, float, float]] = field(default_factory=list)  # phantom, shown, width, lead

    @property
    def width(self) -> float:
        return sum(width + lead for _phantom, _shown, width, lead in self.phantoms)


class TrackedMarks:
    """The marks of one article view: set from the tracked changes, applied to the blocks, painted on paint."""

    def __init__(self, view):
        self.view = view
        self.colours: DiffColours = diff_colours(view.palette())
        self._ranges: dict[int, tuple[list[int], list[int]]] = {}  # op -> (starts, ends), Qt positions
        self._phantoms: list[tuple[int, str, Phantom]] = []  # (Qt position, text shown there, phantom), in order
        self._phantom_starts: list[int] = []
        self._rooms: dict[int, dict[tuple[int, int], _Room]] = {}  # block position -> its rooms, worked out once
        self._measured: dict[tuple[str, bool], tuple[str, float]] = {}  # (text, on a line of its own) -> shown, width
        self._measure_key: tuple = ()
        self._painted: list[tuple[QRectF, Phantom]] = []
        self._formats: dict[int, QTextCharFormat] = {}
        self.active = False

    # Setting the marks

    def set_marks(self, text: str, inserted: list[tuple[int, int]], struck: list[tuple[int, int]],
                  noted: list[tuple[int, int]], phantoms: list[Phantom], around: tuple[int, int] | None) -> None:
        """Show these marks (Python offsets of `text`, the document's text): redo the blocks round
        `around` (a Qt range just edited), or, when None, every block whose marks changed."""
        self.active = True
        self.colours = diff_colours(self.view.palette())
        self._formats = self._make_formats()
        positions = self.view.positions
        to_qt = positions.to_qt if positions.to_qt(len(text)) != len(text) else int  # no emoji: the same offsets
        document = self.view.document()
        self._ranges = {}
        for op, spans in ((INSERT, inserted), (DELETE, struck), (NOTED, noted)):
            kept = [(s, e) for s, e in spans if e > s]
            self._ranges[op] = ([to_qt(s) for s, _e in kept], [to_qt(e) for _s, e in kept])
        self._phantoms = []
        for phantom in phantoms:
            at, shown = _slid(phantom, text)
            self._phantoms.append((to_qt(at), shown, phantom))
        self._phantom_starts = [at for at, _shown, _phantom in self._phantoms]
        self._rooms = {}
        measure_key = (document.defaultFont().key(), self.view.viewport().width())
        if measure_key != self._measure_key:
            self._measured, self._measure_key = {}, measure_key
        if around is None:
            self._refresh_all()
            self.view.viewport().update()
            return
        first, last = document.findBlock(around[0]), document.findBlock(around[1])
        block = first.previous() if first.previous().isValid() else first
        stop = last.next().next() if last.next().isValid() else last.next()
        while block.isValid() and block != stop:  # the layout repaints what these blocks cover
            self._apply(block, force=True)
            block = block.next()

    def clear(self) -> None:
        """Take every mark off the text."""
        self.active = False
        self._ranges, self._rooms, self._phantoms, self._phantom_starts, self._painted = {}, {}, [], [], []
        self._refresh_all()
        self.view.viewport().update()

    def _make_formats(self) -> dict[int, QTextCharFormat]:
        from desktop.widgets.diff_preview import change_format  # the preview's own look for a change

        noted = QTextCharFormat()
        noted.setBackground(self.colours.highlight_bg)
        return {INSERT: change_format(INSERT, self.colours), DELETE: change_format(DELETE, self.colours),
                NOTED: noted}

    @staticmethod
    def _place(document, at: int, text: str) -> tuple[int, str]:
        """Where a phantom at document position `at` is painted: after the character before it, on an empty
        line, on the empty line before its paragraph (a deleted paragraph), or before a paragraph's first character."""
        block = document.findBlock(at)
        if at > block.position():
            return at - 1, "after"
        if block.length() == 1:
            return block.position(), "line"
        previous = block.previous()
        if text.endswith("\n") and previous.isValid() and previous.length() == 1:
            return previous.position(), "line"
        return at, "before"

    def _rooms_of(self, block: QTextBlock) -> dict[tuple[int, int], _Room]:
        """The phantoms painted in this block, by (host position, 0 before / 1 after the host), worked out on
        first need: a keystroke places only the phantoms of the blocks it touches and of those on screen."""
        start = block.position()
        rooms = self._rooms.get(start)
        if rooms is not None:
            return rooms
        rooms = self._rooms[start] = {}
        end = start + block.length()
        document = block.document()
        first, last = bisect_left(self._phantom_starts, start), bisect_right(self._phantom_starts, end)
        for at, text, phantom in self._phantoms[first:last]:
            host, where = self._place(document, at, text)
            lead = 0.0
            if where == "after" and _space(document, host) and host - 1 >= start and not _space(document, host - 1):
                # a space would hold the room, and a space at a line's end hangs past the margin: the room
                # goes after the word before it, with a space's width left blank before the phantom
                lead = QFontMetricsF(document.defaultFont()).horizontalAdvance(document.characterAt(host))
                host -= 1
            if not start <= host < end:
                continue  # a deleted paragraph shown on the empty line before its block, or the next block's
            shown, width = self._measure(text, where == "line")
            rooms.setdefault((host, 1 if where == "after" else 0), _Room(where)).phantoms.append(
                (phantom, shown, width, lead))
        return rooms

    def _measure(self, text: str, own_line: bool) -> tuple[str, float]:
        """The phantom's text as shown (paragraph breaks as ¶, shortened in the middle when too wide) and its width."""
        found = self._measured.get((text, own_line))
        if found is None:
            document = self.view.document()
            metrics = QFontMetricsF(document.defaultFont())
            line_width = max(60.0, self.view.viewport().width() - 2 * document.documentMargin() - 8)
            room_for = line_width if own_line else max(60.0, line_width * WIDEST)  # an empty line has it all
            shown = _BREAKS.sub("¶", text).replace("\t", " ")
            if metrics.horizontalAdvance(shown) + 2 * PAD > room_for:
                shown = metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, room_for - 2 * PAD)
            found = self._measured[(text, own_line)] = (shown, float(int(metrics.horizontalAdvance(shown) + 2 * PAD
                                                                         + 0.999)))
        return found

    def _block_formats(self, block: QTextBlock) -> list[QTextLayout.FormatRange]:
        start, end = block.position(), block.position() + block.length() - 1
        found = []
        for op, (starts, ends) in self._ranges.items():
            for index in range(bisect_right(ends, start), bisect_left(starts, end)):
                found.append(_range(max(starts[index], start) - start,
                                    min(ends[index], end) - max(starts[index], start), self._formats[op]))
        spacing: dict[int, QTextCharFormat] = {}
        for key, room in sorted(self._rooms_of(block).items()):
            if room.where == "line":
                continue
            room_format = spacing.get(key[0])
            if room_format is None:
                spacing[key[0]] = room_format = QTextCharFormat()
                room_format.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            room_format.setFontLetterSpacing(room_format.fontLetterSpacing() + room.width)
            if room.where == "before":  # the character is painted again after its phantoms
                room_format.setForeground(QColor(Qt.GlobalColor.transparent))
        return found + [_range(host - start, 1, room_format) for host, room_format in spacing.items()]

    def _apply(self, block: QTextBlock, force: bool = False) -> None:
        """Give the block its formats when they changed (or `force`); the layout lays it out again."""
        formats = self._block_formats(block) if self.active else []
        signature = hash(tuple((r.start, r.length, r.format.fontLetterSpacing(), r.format.fontUnderline(),
                                r.format.fontStrikeOut(), r.format.background().color().rgba()) for r in formats))
        state = signature & 0x3FFFFFFF if formats else -1
        if not force and block.userState() == state:
            return
        block.setUserState(state)
        block.layout().setFormats(formats)
        block.document().markContentsDirty(block.position(), block.length())

    def _refresh_all(self) -> None:
        block = self.view.document().begin()
        while block.isValid():
            self._apply(block)
            block = block.next()

    # Painting and pointing

    def paint(self, painter: QPainter) -> None:
        """Paint the phantoms of the blocks on screen (the painter clips to what needs it), noting where."""
        self._painted = []
        if not self._phantoms:
            return
        view = self.view
        offset = view.contentOffset()
        block = view.firstVisibleBlock()
        base_font = view.document().defaultFont()
        text_colour = view.palette().color(QPalette.ColorRole.Text)
        bottom = view.viewport().height()
        while block.isValid():
            box = view.blockBoundingGeometry(block).translated(offset)
            if box.top() > bottom:
                break
            for key, room in sorted(self._rooms_of(block).items()):
                self._paint_room(painter, block, box.top(), key, room, base_font, text_colour)
            block = block.next()

    def _paint_room(self, painter: QPainter, block: QTextBlock, top: float, key: tuple[int, int], room: _Room,
                    base_font: QFont, text_colour: QColor) -> None:
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return
        host = key[0]
        relative = host - block.position()
        line = layout.lineForTextPosition(relative if room.where != "line" else 0)
        if not line.isValid():
            return
        if room.where == "after":
            x = line.cursorToX(relative + 1)[0] - room.width
        else:
            x = line.cursorToX(relative)[0] if room.where == "before" else line.x()
        y = top + line.y()
        for phantom, shown, width, lead in room.phantoms:
            x += lead
            font = QFont(base_font)
            font.setStrikeOut(phantom.op == DELETE)
            font.setUnderline(phantom.op == INSERT)
            background, colour = ((self.colours.deleted_bg, self.colours.deleted_fg) if phantom.op == DELETE
                                  else (self.colours.inserted_bg, self.colours.inserted_fg))
            box = QRectF(x, y, width, line.height())
            painter.fillRect(box, background)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(x + PAD, y + line.ascent()), shown)
            self._painted.append((box, phantom))
            x += width
        if room.where == "before":  # the paragraph's first character, moved after its phantoms
            font, colour = QFont(base_font), text_colour
            for op, (starts, ends) in self._ranges.items():
                index = bisect_right(starts, host) - 1
                if index >= 0 and ends[index] > host and op != NOTED:
                    font.setUnderline(op == INSERT)
                    font.setStrikeOut(op == DELETE)
                    colour = self.colours.inserted_fg if op == INSERT else self.colours.deleted_fg
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(x, y + line.ascent()), block.text()[relative:relative + 1])

    def painted(self) -> list[tuple[QRectF, Phantom]]:
        """The phantoms the last paint drew and where, in order."""
        return list(self._painted)

    def phantom_at(self, point) -> Phantom | None:
        """The phantom painted under a point of the viewport, if any."""
        for box, phantom in self._painted:
            if box.contains(QPointF(point)):
                return phantom
        return None

    def tooltip_at(self, point) -> str:
        """What a phantom under the pointer stands for, in full; empty elsewhere."""
        phantom = self.phantom_at(point)
        if phantom is None:
            return ""
        if phantom.op == DELETE:
            return translate("TrackedChanges", "Deleted: “{text}”").format(text=one_line(phantom.text, 400))
        return translate("TrackedChanges", "Pending correction: “{text}”").format(text=one_line(phantom.text, 400))


def _space(document, position: int) -> bool:
    return position >= 0 and document.characterAt(position).isspace()


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found


def _slid(phantom: Phantom, text: str) -> tuple[int, str]:
    """Where a phantom is shown and its text there: a deletion after a space is shown before that space
    ("the[ big] dog", not "the [big ]dog"), since the space would hold the room, and a space at a line's end
    hangs past the margin."""
    at, shown = phantom.at, phantom.text
    while phantom.op == DELETE and at > 0 and shown.endswith(" ") and text[at - 1] == " ":
        at, shown = at - 1, " " + shown[:-1]
    return at, shown
