"""Issue 16's trial: the line under the History told a version as "… · 2026-12-05T10:35:01.967907Z (UTC) · ✔
Published 05 Dec 2026 10:35", the stored timestamp with its microseconds. It reads to the second."""

from __future__ import annotations

import re


def test_the_picked_version_is_dated_to_the_second_in_utc(sample_window, history, qtbot):
    window = sample_window
    stored = history.version(window.session.article.id, 1).created_at
    assert re.search(r"T\d\d:\d\d:\d\d\.\d+", stored)  # what the history keeps

    window.history_panel.view.selectRow(0)

    detail = window.history_panel.detail
    qtbot.waitUntil(lambda: "(UTC)" in detail.text(), timeout=5000)
    assert re.search(r"\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\)", detail.text())
    assert stored not in detail.text() and stored not in window.history_model.index(0, 0).data(3)
