"""The installed Qt binding keeps Python's reference counts: a long editing session must not crash.

PySide6 6.12.0 released a reference to None on every call of a method that returns nothing; after
some thousands of such calls (rendering one large diff is enough) Python aborts with
"deallocating None". pyproject.toml excludes that release; this test catches any wheel like it.
"""

import sys

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument


def test_methods_returning_nothing_keep_none_alive(qapp):
    fmt, document = QTextCharFormat(), QTextDocument()
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(500):
        fmt.setFontStrikeOut(True)
        fmt.setForeground(QColor("red"))
        cursor.insertText("word ", fmt)
    assert sys.getrefcount(None) - before > -100  # 6.12.0 loses 1,500 here
