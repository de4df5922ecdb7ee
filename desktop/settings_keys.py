"""The preferences the Preferences dialog edits: their QSettings keys, defaults and typed accessors.

Author name and preview mode keep the keys desktop.preferences (and so the main window) already use.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import preferences

if TYPE_CHECKING:
    from corrections.notices.house_style import HouseStyle

FONT_SIZE = "view/font_size"
DATABASE = "database/path"
HOUSE_STYLE = "notices/house_style"
THEME = "view/theme"

DEFAULT_FONT_SIZE = 12
FONT_SIZES = range(9, 25)


class PreviewMode(str, Enum):
    """How the diff preview shows changes."""

    INLINE = "inline"
    SIDE_BY_SIDE = "side-by-side"


class ThemeChoice(str, Enum):
    """Light or dark colours, or the desktop's own (desktop/theme.apply_theme)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class PreferenceValues:
    """Everything the Preferences dialog shows, as stored; empty paths mean the built-in default."""

    author: str
    database_path: str
    house_style_path: str
    preview_mode: PreviewMode
    font_size: int
    theme: ThemeChoice = ThemeChoice.SYSTEM

    @classmethod
    def load(cls) -> "PreferenceValues":
        """The preferences as saved now, with the defaults where none are."""
        return cls(author=preferences.saved_author(), database_path=str(database_path() or ""),
                   house_style_path=str(house_style_path() or ""), preview_mode=preview_mode(),
                   font_size=font_size(), theme=theme())

    def save(self) -> None:
        """Store every value; an empty path removes its key, so the default applies again."""
        preferences.save_author(self.author)
        preferences.save_side_by_side(self.preview_mode is PreviewMode.SIDE_BY_SIDE)
        store = preferences.settings()
        store.setValue(FONT_SIZE, self.font_size)
        store.setValue(THEME, ThemeChoice(self.theme).value)
        for key, value in ((DATABASE, self.database_path), (HOUSE_STYLE, self.house_style_path)):
            if value:
                store.setValue(key, value)
            else:
                store.remove(key)
        store.sync()

    def changes_from(self, before: "PreferenceValues") -> dict[str, object]:
        """The fields that differ from `before`, by name, with their new values."""
        old = asdict(before)
        return {name: value for name, value in asdict(self).items() if old[name] != value}


def _text(key: str) -> str:
    return str(preferences.settings().value(key, "") or "").strip()


def preview_mode() -> PreviewMode:
    """The saved preview mode, from the key the main window already keeps."""
    return PreviewMode.SIDE_BY_SIDE if preferences.side_by_side() else PreviewMode.INLINE


def font_size() -> int:
    """The point size of the article and preview text, within FONT_SIZES."""
    try:
        size = int(preferences.settings().value(FONT_SIZE, DEFAULT_FONT_SIZE))
    except (TypeError, ValueError):
        return DEFAULT_FONT_SIZE
    return min(max(size, FONT_SIZES.start), FONT_SIZES.stop - 1)


def theme() -> ThemeChoice:
    """The colours chosen in Preferences; the desktop's own unless light or dark was chosen."""
    try:
        return ThemeChoice(str(preferences.settings().value(THEME, ThemeChoice.SYSTEM.value)))
    except ValueError:
        return ThemeChoice.SYSTEM


def database_path() -> Path | None:
    """The database file chosen in Preferences, or None for the default one."""
    value = _text(DATABASE)
    return Path(value).expanduser() if value else None


def house_style_path() -> Path | None:
    """The newsroom's notice house style file chosen in Preferences, or None for the built-in style."""
    value = _text(HOUSE_STYLE)
    return Path(value).expanduser() if value else None


def house_style() -> HouseStyle:
    """The notice house style to use; raises InputError when the chosen file has become unreadable."""
    path = house_style_path()
    from corrections.notices.house_style import HouseStyle  # loaded when a notice needs it: a quicker start

    return HouseStyle.from_file(path) if path else HouseStyle.default()
