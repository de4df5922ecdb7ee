"""File names made from article titles, safe to create inside a folder the user chose."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from corrections.errors import InputError

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^\w\- ]+")


def safe_stem(title: str, fallback: str = "article", limit: int = 80) -> str:
    """A title as a file name stem: no separators, dots, control or reserved names; never empty."""
    text = unicodedata.normalize("NFKC", title)
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", "-", text.strip()).strip("-_")[:limit].strip("-_")
    if not text or text.lower() in _RESERVED:
        return fallback
    return text


def path_in_folder(folder: str | Path, title: str, extension: str, *, fallback: str = "article") -> Path:
    """`folder/<safe title>.<extension>` under a name not yet taken (`-2`, `-3`… added), guaranteed to
    stay inside `folder`; `fallback` names a title that gives no usable name ('..', 'CON')."""
    from corrections.files import free_path

    folder = Path(folder).resolve()
    candidate = free_path(folder, safe_stem(title, fallback), extension).resolve()
    if candidate.parent != folder:
        raise InputError(f"the title {title!r} cannot be used as a file name in {folder}")
    return candidate
