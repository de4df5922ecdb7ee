"""One configuration for both front ends: the history, the author and the notice house style.

Each setting is taken, in this one documented order, from an explicit flag, else the environment
(EMEND_DB, EMEND_AUTHOR, EMEND_HOUSE_STYLE), else what was saved in Preferences, else the default.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.paths import default_db_path
from desktop import preferences, settings_keys

if TYPE_CHECKING:
    from corrections.notices.house_style import HouseStyle


@dataclass(frozen=True)
class Configuration:
    """The settings a command or a window works with, each with where it came from."""

    db_path: Path
    author: str
    author_source: str
    """'flag', 'environment', 'preference' or 'login' (the window asks once when it is 'login')."""
    house_style_path: Path | None

    def house_style(self) -> "HouseStyle":
        """The house style file's wording over the built-in style; InputError names an unreadable file."""
        return house_style(self.house_style_path)


def configuration(*, db: str | os.PathLike | None = None, author: str | None = None,
                  house_style: str | os.PathLike | None = None) -> Configuration:
    """The configuration for explicit values (from flags; None where not given)."""
    name, source = author_name(author)
    return Configuration(db_path=db_path(db), author=name, author_source=source,
                         house_style_path=house_style_path(house_style))


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db, else EMEND_DB, else the database chosen in Preferences, else the user data folder's."""
    chosen = _first(explicit, os.environ.get("EMEND_DB"))
    if chosen:
        return Path(chosen).expanduser()
    return settings_keys.database_path() or default_db_path()


def author_name(explicit: str | None = None) -> tuple[str, str]:
    """--author, else EMEND_AUTHOR, else the name saved in Preferences, else the login name; and which."""
    for value, source in ((explicit, "flag"), (os.environ.get("EMEND_AUTHOR"), "environment"),
                          (preferences.saved_author(), "preference")):
        if value and value.strip():
            return value.strip(), source
    return login_name(), "login"


def house_style_path(explicit: str | os.PathLike | None = None) -> Path | None:
    """--house-style, else EMEND_HOUSE_STYLE, else the file chosen in Preferences, else None (built-in)."""
    chosen = _first(explicit, os.environ.get("EMEND_HOUSE_STYLE"))
    if chosen:
        return Path(chosen).expanduser()
    return settings_keys.house_style_path()


def house_style(explicit: str | os.PathLike | None = None) -> "HouseStyle":
    """The house style in force (see house_style_path); InputError names a file that cannot be used."""
    from corrections.notices.house_style import HouseStyle  # loaded when a notice needs it: a quicker start

    path = house_style_path(explicit)
    return HouseStyle.from_file(path) if path else HouseStyle.default()


def login_name() -> str:
    """The name the operating system knows the user by."""
    try:
        return os.getlogin()
    except OSError:
        return getpass.getuser()


def _first(*values: str | os.PathLike | None) -> str | None:
    for value in values:
        if value is not None and str(value).strip():
            return os.fspath(value)
    return None
