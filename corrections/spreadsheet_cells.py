"""CSV cells a spreadsheet reads as text, never as a formula (OWASP's CSV-injection guidance)."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice or Google Sheets read a cell as a formula (or skip to one)."""


def inert_cell(value: object) -> object:
    """A text value that would start a formula gets a leading `'`, which spreadsheets show as text;
    numbers and other text are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
