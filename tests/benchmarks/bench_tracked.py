"""Tracked changes in Edit Text mode: keystroke-to-paint and the longest event-loop stall while typing.

Run as `python -m tests.benchmarks tracked` (offscreen). A 35 KB article with 1% (then 10%) of its words already
changed is open in Edit Text mode; keystrokes arrive through the event loop at a fast typist's pace, with pauses that
let the exact word diff and the preview land. A keystroke counts as painted when the article view has drawn
its tracked changes with that keystroke in them; a 2 ms timer measures how long the event loop stalls.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402

from db.history import History  # noqa: E402
from desktop.app import application, create_main_window  # noqa: E402
from tests.benchmarks import corpus  # noqa: E402

SIZE = 35_000
KEYSTROKES = 300
KEY_INTERVAL_MS = 35  # about 30 characters a second
PAUSE_EVERY, PAUSE_MS = 25, 400  # a pause long enough for the word diff and the preview to land
TYPED = "the council said on Tuesday that "


def _settle(app, until=lambda: False, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if until():
            return
        time.sleep(0.001)


def _keys(rng: random.Random) -> list[tuple[int, str]]:
    """What the typist presses: the sentence again and again, a mistake now and then put right with Backspace."""
    keys: list[tuple[int, str]] = []
    while len(keys) < KEYSTROKES:
        for char in TYPED:
            keys.append((Qt.Key.Key_Space if char == " " else Qt.Key.Key_A, char))
            if rng.random() < 0.05:
                keys += [(Qt.Key.Key_X, "x"), (Qt.Key.Key_Backspace, "")]
    return keys[:KEYSTROKES]


def typing(profile: str) -> dict:
    """Keystroke-to-paint times and the longest event-loop stall while typing into the 35 KB article with
    `profile` (corpus.PROFILES) already changed."""
    app = application()
    old, edited = corpus.case(SIZE, profile)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tracked.sqlite"
        history = History.open(path)
        article = history.import_article(old, title="Thirty-five kilobytes", author="bench")
        history.close()
        window = create_main_window(path, author="bench", remember=False)
        window.resize(1280, 800)
        window.show()
        window.open_article(article.id)
        window.set_edit_mode(True)
        window.session.set_working_text(edited)
        view, tracked = window.article_view, window.tracked
        _settle(app, lambda: tracked.edits is not None and not tracked.scheduler.busy and not window.scheduler.busy)
        existing = tracked.count
        middle = view.toPlainText().index("\n\n", len(edited) // 2) + 2
        cursor = view.textCursor()
        cursor.setPosition(middle)
        view.setTextCursor(cursor)
        view.centerCursor()
        view.setFocus()
        _settle(app, timeout=0.3)

        latencies: list[float] = []
        sent: list[float] = []
        paint = tracked.marks.paint

        def painted(painter) -> None:
            paint(painter)
            if sent and len(latencies) < len(sent) and tracked.text == view.text():
                latencies.append(time.perf_counter() - sent[len(latencies)])

        tracked.marks.paint = painted
        gaps: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        keys = _keys(random.Random(7))

        def press() -> None:  # a typist does not wait for the last keystroke to show
            key, char = keys[len(sent)]
            sent.append(time.perf_counter())
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.postEvent(view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
            if len(sent) < len(keys):
                pause = PAUSE_MS if len(sent) % PAUSE_EVERY == 0 else KEY_INTERVAL_MS
                QTimer.singleShot(pause, press)

        ticker = QTimer(interval=2)
        ticker.timeout.connect(tick)
        ticker.start()
        last[0] = clock.elapsed()
        QTimer.singleShot(0, press)
        _settle(app, lambda: len(latencies) >= len(keys), timeout=120)
        _settle(app, lambda: not tracked.scheduler.busy and not window.scheduler.busy, timeout=10)
        _settle(app, timeout=0.3)
        ticker.stop()
        tracked.marks.paint = paint
        changes = tracked.count
        window.shutdown()
        window.deleteLater()
        _settle(app, timeout=0.1)
    times = sorted(latencies)
    median = statistics.median(times) * 1000
    p99 = times[min(len(times) - 1, round(len(times) * 0.99))] * 1000
    return {"case": f"keystroke to paint, {SIZE // 1000} KB article in Edit Text, {existing} changes marked",
            "median": f"{median:.1f} ms", "p99": f"{p99:.1f} ms", "max": f"{times[-1] * 1000:.1f} ms",
            "target": "median ≤ 16 ms, p99 ≤ 50 ms",
            "note": f"{len(times)} keystrokes; longest event-loop stall {max(gaps)} ms; {changes} changes after"}


def run() -> list[dict]:
    rows = [typing("1% words"), typing("10% words")]
    QCoreApplication.processEvents()
    return rows


if __name__ == "__main__":
    from tests.benchmarks.table import print_table

    print_table("Tracked changes", run())
