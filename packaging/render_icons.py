"""Render the application icon's SVG to the PNG sizes desktops and the hicolor theme expect.

Run it after editing the SVG: `python packaging/render_icons.py` (no display needed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ICON_ID = "io.github.emend.Emend"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"


def png_name(size: int) -> str:
    """The file name of one rendering, e.g. io.github.emend.Emend-48.png."""
    return f"{ICON_ID}-{size}.png"


def render_icons(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Draw `svg` on a transparent square of every size and save each as a PNG in `out_dir`."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / png_name(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICON_DIR / f"{ICON_ID}.svg")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="folder for the PNGs (default: beside the SVG)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
