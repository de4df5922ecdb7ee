"""Colours that follow the system light or dark palette and stay readable (WCAG AA) on it."""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from PySide6.QtGui import QColor, QGuiApplication, QPalette

import resources

MIN_CONTRAST = 4.5
# Below this relative luminance white text reads better than black (the two ratios meet near 0.179).
DARK_LUMINANCE = 0.179
Role = QPalette.ColorRole


@dataclass(frozen=True)
class DiffColours:
    """How the preview marks deletions, insertions and moved passages, and the background of the current change."""

    deleted_fg: QColor
    deleted_bg: QColor
    inserted_fg: QColor
    inserted_bg: QColor
    highlight_bg: QColor
    moved_fg: QColor
    moved_bg: QColor


@dataclass(frozen=True)
class _Scheme:
    deleted_fg: str
    deleted_bg: str
    inserted_fg: str
    inserted_bg: str
    highlight_bg: str
    extreme: str
    moved_fg: str
    moved_bg: str


LIGHT = _Scheme("#b42318", "#fde8e7", "#08702f", "#e2f5e7", "#ffe08a", "#000000", "#1d4ed8", "#e4ecfd")
DARK = _Scheme("#ff8a80", "#3d1714", "#6fdc8c", "#10301b", "#4a3a00", "#ffffff", "#8ab4ff", "#15233f")


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (same) to 21 (black on white); body text needs 4.5."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme: its window text is lighter than its window."""
    return relative_luminance(palette.color(Role.WindowText)) > relative_luminance(palette.color(Role.Window))


def blend(under: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `under` at opacity `amount` (0 keeps `under`, 1 gives `over`)."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in (
        (under.redF(), over.redF()), (under.greenF(), over.greenF()), (under.blueF(), over.blueF()))))


def diff_colours(palette: QPalette) -> DiffColours:
    """Red deletions and green insertions readable on the palette's text background, light or dark."""
    base = palette.color(Role.Base)
    scheme = DARK if relative_luminance(base) < DARK_LUMINANCE else LIGHT
    extreme = QColor(scheme.extreme)
    deleted_bg = _background(base, QColor(scheme.deleted_bg), extreme)
    inserted_bg = _background(base, QColor(scheme.inserted_bg), extreme)
    highlight_bg = _background(base, QColor(scheme.highlight_bg), extreme)
    moved_bg = _background(base, QColor(scheme.moved_bg), extreme)
    return DiffColours(
        deleted_fg=_readable(QColor(scheme.deleted_fg), (deleted_bg, base, highlight_bg), extreme),
        deleted_bg=deleted_bg,
        inserted_fg=_readable(QColor(scheme.inserted_fg), (inserted_bg, base, highlight_bg), extreme),
        inserted_bg=inserted_bg,
        highlight_bg=highlight_bg,
        moved_fg=_readable(QColor(scheme.moved_fg), (moved_bg, base, highlight_bg), extreme),
        moved_bg=moved_bg,
    )


def _background(base: QColor, tint: QColor, extreme: QColor) -> QColor:
    """The tint, faded towards the base until text of the extreme colour could still reach 4.5:1 on it."""
    for step in range(10, -1, -1):
        colour = blend(base, tint, step / 10)
        if contrast_ratio(colour, extreme) >= MIN_CONTRAST + 0.05:
            return colour
    return QColor(base)


def _readable(colour: QColor, backgrounds: tuple[QColor, ...], extreme: QColor) -> QColor:
    """The colour, moved towards black (light themes) or white (dark themes) until it reads on every background."""
    for step in range(21):
        candidate = blend(colour, extreme, step / 20)
        if all(contrast_ratio(candidate, background) >= MIN_CONTRAST for background in backgrounds):
            return candidate
    return QColor(extreme)


def secondary_text(palette: QPalette) -> QColor:
    """A quieter text colour for notes under a field, still readable (4.5:1) on the window."""
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    extreme = QColor("#ffffff" if relative_luminance(window) < DARK_LUMINANCE else "#000000")
    return _readable(blend(text, window, 0.4), (window,), extreme)


LIGHT_STYLE = {
    "separator": "#e4e7eb", "panel": "#eef1f4", "border": "#d5d9de", "toolbar": "#f7f8fa", "title": "#1f2933",
    "muted": "#52606d", "warning_bg": "#fff4e5", "warning_fg": "#7a3e00", "warning_border": "#f5c27a",
    "selection_bg": "#9ec5fe", "selection_fg": "#111111", "editing_bg": "#fffdf5", "alternate": "#f7f8fa",
    "row_selection_bg": "#cfe1fb", "row_selection_fg": "#111111", "header": "#f1f3f5", "saved_fg": "#1e6b3a",
}
DARK_WARNING = {"warning_bg": "#3d2a0f", "warning_fg": "#ffcf8a", "warning_border": "#8a5a1c"}
STYLE_SHEET = "styles/emend.qss"


def style_colours(palette: QPalette) -> dict[str, str]:
    """The colours the style sheet template names, for a light or a dark palette."""
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    if not is_dark(palette):
        return {**LIGHT_STYLE, "base": base.name(), "text": text.name()}
    window, window_text = palette.color(Role.Window), palette.color(Role.WindowText)
    highlight, highlighted = palette.color(Role.Highlight), palette.color(Role.HighlightedText)
    panel = blend(window, window_text, 0.07)
    muted = _readable(blend(window_text, window, 0.4), (window, panel), QColor("#ffffff"))
    return {
        "separator": blend(window, window_text, 0.12).name(), "panel": panel.name(),
        "border": blend(window, window_text, 0.2).name(), "toolbar": window.name(), "title": window_text.name(),
        "muted": muted.name(), **DARK_WARNING, "selection_bg": highlight.name(),
        "selection_fg": highlighted.name(), "editing_bg": blend(base, QColor("#4a3a00"), 0.35).name(),
        "alternate": palette.color(Role.AlternateBase).name(), "row_selection_bg": highlight.name(),
        "row_selection_fg": highlighted.name(), "header": panel.name(),
        "base": base.name(), "text": text.name(),
        "saved_fg": _readable(QColor("#6fdc8c"), (window, panel), QColor("#ffffff")).name(),
    }


def style_sheet(palette: QPalette) -> str:
    """Emend's style sheet (resources/styles/emend.qss) with the colours for this palette filled in."""
    return Template(resources.read_text(STYLE_SHEET)).substitute(style_colours(palette))


def apply_style_sheet(app: QGuiApplication) -> bool:
    """Style the application for its current palette; False when it already is (so palette events cannot loop)."""
    palette = app.palette()
    key = "/".join(palette.color(role).name() for role in (Role.Window, Role.WindowText, Role.Base, Role.Text,
                                                             Role.Highlight))
    if app.property("emendStyledFor") == key:
        return False
    app.setProperty("emendStyledFor", key)
    app.setStyleSheet(style_sheet(palette))
    return True


def light_palette() -> QPalette:
    """A light palette for Preferences > Theme > Light, whatever the desktop's own colours are."""
    palette = QPalette()
    colours = {
        Role.Window: "#efefef", Role.WindowText: "#1f2933", Role.Base: "#ffffff", Role.AlternateBase: "#f7f8fa",
        Role.Text: "#111111", Role.Button: "#efefef", Role.ButtonText: "#1f2933", Role.BrightText: "#ffffff",
        Role.Highlight: "#3074d0", Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#111111", Role.Link: "#0b57d0", Role.LinkVisited: "#6a3ab2",
        Role.PlaceholderText: "#6b7280", Role.Light: "#ffffff", Role.Midlight: "#e3e3e3", Role.Mid: "#b8b8b8",
        Role.Dark: "#9f9f9f", Role.Shadow: "#767676",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(disabled, role, QColor("#8c8f94"))
    return palette


def apply_theme(app: QGuiApplication, choice: str) -> None:
    """Preferences > Theme: "light" or "dark" colours, or "system" (the desktop's own palette back)."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    if choice == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif choice == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(light_palette())
    else:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # a palette with nothing set gives back the platform's
    apply_style_sheet(app)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes, for tests and screenshots of the dark look."""
    palette = QPalette()
    colours = {
        Role.Window: "#2b2d30", Role.WindowText: "#e6e6e6", Role.Base: "#1e1f22", Role.AlternateBase: "#26282b",
        Role.Text: "#e6e6e6", Role.Button: "#34363a", Role.ButtonText: "#e6e6e6", Role.BrightText: "#ffffff",
        Role.Highlight: "#2f65ca", Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#34363a",
        Role.ToolTipText: "#e6e6e6", Role.Link: "#78a9ff", Role.LinkVisited: "#b78cff",
        Role.PlaceholderText: "#8c8f94", Role.Light: "#4a4d52", Role.Midlight: "#3c3f43", Role.Mid: "#2f3135",
        Role.Dark: "#18191b", Role.Shadow: "#000000",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(disabled, role, QColor("#7d8085"))
    return palette
