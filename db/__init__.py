"""Emend's history store: an append-only, hash-chained SQLite record of every version.

Built on sqlite-utils. Knows nothing of Qt; the CLI and the window both call `History`.
"""
