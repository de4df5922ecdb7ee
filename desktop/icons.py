"""Toolbar icons drawn from the bundled SVGs, their strokes lightened on a dark palette so they stay visible."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources
from desktop import theme

ICON_PROPERTY = "emendIcon"  # set on an action: the name of its bundled icon, for redrawing
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_DARK_LIFT = 0.55  # how far each stroke colour moves towards white on a dark palette


def svg_for(name: str, dark: bool) -> str:
    """The icon's SVG text; on a dark palette every colour is blended towards white."""
    svg = resources.read_text(f"icons/{name}.svg")
    if not dark:
        return svg
    white = QColor("#ffffff")
    return _HEX.sub(lambda match: theme.blend(QColor(match.group(0)), white, _DARK_LIFT).name(), svg)


class SvgIconEngine(QIconEngine):
    """Renders the SVG only when a size is asked for (most never are), and keeps what it rendered."""

    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._rendered: dict[tuple[int, int], QIcon] = {}

    def _at(self, size: QSize) -> QIcon:
        """A pixmap icon holding the SVG drawn at `size`: Qt's own engine derives the disabled look from it."""
        key = (size.width(), size.height())
        if key not in self._rendered:
            if self._renderer is None:
                self._renderer = QSvgRenderer(QByteArray(self._svg))
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            self._renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._rendered[key] = QIcon(QPixmap.fromImage(image))
        return self._rendered[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon at `size`, rendered once per size; the mode (disabled, selected) is Qt's."""
        if size.isEmpty():
            return QPixmap()
        return self._at(size).pixmap(size, mode, state)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into `rect` at that rect's size, never scaled from another size."""
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        """A new engine on the same SVG: Qt copies an icon's engine when the icon is detached."""
        return SvgIconEngine(self._svg)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The bundled icon `name` (e.g. 'save') for the palette given, or the application's."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    return QIcon(SvgIconEngine(svg_for(name, theme.is_dark(palette)).encode("utf-8")))
