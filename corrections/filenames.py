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


def path_in_folder(folder: str | Path, title: str, extension: str) -> Path:
    """`folder/<safe title>.<extension>`, guaranteed to stay inside `folder`."""
    folder = Path(folder).resolve()
    candidate = (folder / f"{safe_stem(title)}.{extension.lstrip('.')}").resolve()
    if candidate.parent != folder:
        raise InputError(f"the title {title!r} cannot be used as a file name in {folder}")
    return candidate
