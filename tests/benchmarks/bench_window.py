"""Window benchmark: history list of 10,000 versions, event-loop stall on a 1 MB preview, cold start.

Run as `python -m tests.benchmarks window` (offscreen). Cold start is timed as whole processes:
`emend`'s window with the sample article ready, against a bare PySide6 window, in the same run.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer  # noqa: E402

import resources  # noqa: E402
from db.history import History  # noqa: E402
from desktop.app import application, create_main_window  # noqa: E402

HISTORY_VERSIONS = 10_000
BIG_ARTICLE = 1_000_000
STARTS = 5

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
app.processEvents()
"""

EMEND_WINDOW = """
import gc, sys
gc.disable()  # as `emend open` does (desktop/cli.py) until desktop.app.started()
from desktop.app import application, create_main_window, started
import resources
app = application()
window = create_main_window(sys.argv[1], author="bench", remember=False)
window.show()
started()
window.open_file(str(resources.sample_article_path()))
while window.scheduler.busy or not window.preview.change_count and window.session.pending:
    app.processEvents()
app.processEvents()
assert window.session.has_article
window.shutdown()
"""


def _settle(app, until=lambda: False, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if until():
            return
        time.sleep(0.001)


def _long_history(path: Path) -> int:
    """An article of HISTORY_VERSIONS versions, one word changed in each."""
    history = History.open(path)
    text = resources.read_text(resources.SAMPLE_ARTICLE)
    article = history.import_article(text, title="Ten thousand versions", author="bench")
    rng = random.Random(3)
    words = text.split(" ")
    for number in range(2, HISTORY_VERSIONS + 1):
        words[rng.randrange(len(words))] = f"word{number}"
        history.save_version(article.id, text=" ".join(words), author="bench", message=f"edit {number}")
    history.close()
    return article.id


def history_open() -> dict:
    """Time from asking the window to open the article to its history list showing the newest rows."""
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.sqlite"
        started = time.perf_counter()
        article_id = _long_history(path)
        built = time.perf_counter() - started
        times = []
        for _ in range(3):
            window = create_main_window(path, author="bench", remember=False)
            window.show()
            _settle(app, timeout=0.2)
            started = time.perf_counter()
            window.open_article(article_id)
            app.processEvents()
            times.append(time.perf_counter() - started)
            rows = window.history_model.rowCount()
            total = window.history_model.total
            window.shutdown()
            window.deleteLater()
            _settle(app, timeout=0.1)
    return {"case": f"history list, {total:,} versions", "median": f"{statistics.median(times) * 1000:.0f} ms",
            "max": f"{max(times) * 1000:.0f} ms", "target": "≤ 200 ms",
            "note": f"{rows} rows materialised; history built in {built:.0f} s"}


def preview_stall() -> dict:
    """Longest gap between 2 ms timer ticks while a 1 MB article's preview (1% of words changed) is
    computed on the pool and rendered, after the edited text is in the view."""
    app = application()
    body = resources.read_text(resources.SAMPLE_ARTICLE)
    text = (body * (BIG_ARTICLE // len(body) + 1))[:BIG_ARTICLE]
    words = text.split(" ")
    rng = random.Random(5)
    for _ in range(len(words) // 100):
        words[rng.randrange(len(words))] = "changed"
    edited = " ".join(words)
    with tempfile.TemporaryDirectory() as folder:
        history = History.open(Path(folder) / "big.sqlite")
        article = history.import_article(text, title="A megabyte", author="bench")
        history.close()
        window = create_main_window(Path(folder) / "big.sqlite", author="bench", remember=False)
        window.show()
        window.open_article(article.id)
        _settle(app, lambda: not window.scheduler.busy and window.preview.change_count == 0, timeout=5)
        ready = []
        window.scheduler.ready.connect(lambda _result: ready.append(time.perf_counter()))
        gaps = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        loading = time.perf_counter()
        window.session.set_working_text(edited)  # as if the whole edited text were pasted into the view
        loaded = time.perf_counter() - loading
        ticker = QTimer(interval=2)
        ticker.timeout.connect(tick)
        last[0] = clock.elapsed()
        ticker.start()
        started = time.perf_counter()
        window.scheduler.request(now=True)
        _settle(app, lambda: bool(ready) and not window.scheduler.busy)
        _settle(app, timeout=0.3)
        ticker.stop()
        changes = window.preview.change_count
        window.shutdown()
        window.deleteLater()
        _settle(app, timeout=0.1)
    return {"case": "preview of a 1 MB article, 1% of words changed",
            "median": f"{(ready[0] - started) * 1000:.0f} ms to preview",
            "max": f"{max(gaps)} ms longest event-loop stall", "target": "no freeze",
            "note": f"{changes:,} changes shown; putting the 1 MB text in the view took {loaded * 1000:.0f} ms"}


def _process_seconds(code: str, *args: str) -> float:
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Emend starts from compiled bytecode after its first run
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def cold_start() -> dict:
    """Whole-process start to a usable window, Emend with the sample article against a bare window."""
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "start.sqlite")
        _process_seconds(EMEND_WINDOW, db)  # a first run: imports the sample, compiles the bytecode
        bare, emend = [], []
        for _ in range(STARTS):
            bare.append(_process_seconds(BARE_WINDOW))
            emend.append(_process_seconds(EMEND_WINDOW, db))
    bare_s, emend_s = statistics.median(bare), statistics.median(emend)
    return {"case": "cold start to a usable window with the sample", "median": f"{emend_s * 1000:.0f} ms",
            "max": f"{max(emend) * 1000:.0f} ms", "target": "≤ 3× bare",
            "note": f"bare PySide6 window {bare_s * 1000:.0f} ms; ratio {emend_s / bare_s:.2f}×"}


def run() -> list[dict]:
    rows = [history_open(), preview_stall(), cold_start()]
    QCoreApplication.processEvents()
    return rows


if __name__ == "__main__":
    from tests.benchmarks.table import print_table

    print_table("Window", run())
