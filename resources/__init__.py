"""Emend's bundled resources: sample articles, notice templates, icons, styles, translations.

Every resource is read through `path()` or `read_text()`, resolved against this package,
never against the current working directory.
"""

from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path

SAMPLE_ARTICLE = "samples/harbour-bridge.txt"


def path(name: str) -> Path:
    """The file system path of a bundled resource, e.g. path('samples/harbour-bridge.txt')."""
    return Path(str(_resources.files(__name__).joinpath(name)))


def read_text(name: str) -> str:
    """A bundled text resource, decoded as UTF-8."""
    return _resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def sample_article_path() -> Path:
    """The sample article that `make run` and File > Open Sample Article open."""
    return path(SAMPLE_ARTICLE)
