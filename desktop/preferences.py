"""User preferences, kept with QSettings (an INI file in the user's config folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Emend"
APPLICATION = "Emend"
MAX_RECENT_FILES = 10


def settings() -> QSettings:
    """The one QSettings store every part of Emend reads and writes."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def remembered_folder(key: str) -> Path:
    """The folder saved under `key` (where the last export or backup went), else the user's Documents."""
    saved = str(settings().value(key, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(key: str, folder: Path) -> None:
    """Save the folder a file dialog last used under `key`, so the next one opens there."""
    store = settings()
    store.setValue(key, str(folder))
    store.sync()


def saved_author() -> str:
    """The author name the editor saved in preferences, or ''."""
    value = settings().value("author/name", "")
    return str(value or "").strip()


def save_author(name: str) -> None:
    """Save the name recorded as the author of this user's versions and corrections."""
    store = settings()
    store.setValue("author/name", name.strip())
    store.sync()


def recent_files() -> list[str]:
    """The files opened lately, most recent first."""
    value = settings().value("recent/files", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(item) for item in (value or []) if str(item).strip()]


def add_recent_file(path: str) -> list[str]:
    """Put `path` at the top of the recent files (once), keeping the list short."""
    files = [path] + [item for item in recent_files() if item != path]
    store = settings()
    store.setValue("recent/files", files[:MAX_RECENT_FILES])
    store.sync()
    return files[:MAX_RECENT_FILES]


def clear_recent_files() -> None:
    """Forget every recent file (File > Open Recent > Clear)."""
    store = settings()
    store.remove("recent/files")
    store.sync()


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    """The main window's saved geometry and dock layout, if any."""
    store = settings()
    geometry, state = store.value("window/geometry"), store.value("window/state")
    return (geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None)


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    """Save the main window's geometry and dock layout, so the next start looks the same."""
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)
    store.sync()


def side_by_side() -> bool:
    """Whether the diff preview shows old and new text side by side rather than inline."""
    return str(settings().value("preview/side_by_side", "false")).lower() == "true"


def save_side_by_side(enabled: bool) -> None:
    """Save whether the diff preview shows old and new text side by side."""
    store = settings()
    store.setValue("preview/side_by_side", "true" if enabled else "false")
    store.sync()
