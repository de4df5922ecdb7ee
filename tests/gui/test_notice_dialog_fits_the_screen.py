"""Issue 16's trial: on a 1024×700 screen History > Correction Notice… opened 1040 pixels wide, its Close button
and the title bar's close box past the screen's right edge. The dialog opens no larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize


def test_the_notice_dialog_opens_within_the_screen(sample_window, qtbot):
    window = sample_window
    room = window.screen().availableGeometry()
    assert room.width() < 1040  # the offscreen screen is 800×800, narrower than the dialog's own size

    qtbot.keySequence(window, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: window.notice_dialog is not None and window.notice_dialog.isVisible())

    dialog = window.notice_dialog
    assert dialog.width() <= room.width() - 16 and dialog.height() <= room.height() - 48
    assert dialog.minimumSizeHint().boundedTo(QSize(1024 - 16, 700 - 48)) == dialog.minimumSizeHint()
    close = dialog.close_button
    assert dialog.rect().contains(close.mapTo(dialog, QPoint(close.width() - 1, close.height() - 1)))
    close.click()
