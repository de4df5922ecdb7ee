"""Toolbar icons drawn from the bundled SVGs, their strokes lightened on a dark palette so they stay visible."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources
from desktop import theme

ICON_PROPERTY = "emendIcon"  # set on an action: the name of its bundled icon, for redrawing
SIZES = (16, 24, 32, 48)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_DARK_LIFT = 0.55  # how far each stroke colour moves towards white on a dark palette


def svg_for(name: str, dark: bool) -> str:
    """The icon's SVG text; on a dark palette every colour is blended towards white."""
    svg = resources.read_text(f"icons/{name}.svg")
    if not dark:
        return svg
    white = QColor("#ffffff")
    return _HEX.sub(lambda match: theme.blend(QColor(match.group(0)), white, _DARK_LIFT).name(), svg)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The bundled icon `name` (e.g. 'save') for the palette given, or the application's."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    renderer = QSvgRenderer(QByteArray(svg_for(name, theme.is_dark(palette)).encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
