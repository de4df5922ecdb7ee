"""Emend's domain core: articles, anchors, corrections, the diff engine and notices.

Pure Python: nothing here imports Qt or SQLite (an import-linter contract checks it).
"""

__version__ = "0.1.0"
