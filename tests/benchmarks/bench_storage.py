"""Benchmark the history store: bytes kept for 1,000 versions, reading and saving a version.

Run as a script or through `run()`. The generated case grows the sample article to 35 KB and
saves 1,000 versions with a few words changed each; the real case (when ../shared/revisions
is present, or EMEND_REVISIONS names the file) stores 1,000 real Wikipedia revisions. The last
50 saves are each made by a History just opened, as an editor's first save after opening an
article is: its parent text is rebuilt from a snapshot and patches rather than remembered.
"""

from __future__ import annotations

import json
import lzma
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

import resources  # noqa: E402
from db.history import History  # noqa: E402

REVISIONS = Path(os.environ.get("EMEND_REVISIONS") or ROOT.parent / "shared" / "revisions"
                 / "anarchism-revisions-12000-12999.jsonl.xz")
FIRST_SAVES = 50  # the last versions are each saved by a History just opened
WORDS = ["harbour", "bridge", "council", "ferry", "cyclists", "2024", "million", "engineers", "reopened"]


def generated_texts(count: int = 1000, size: int = 35_000, seed: int = 11) -> list[str]:
    """The sample article grown to `size` characters, then `count` versions of a few word edits each."""
    rng = random.Random(seed)
    body = resources.read_text(resources.SAMPLE_ARTICLE)
    text = (body * (size // len(body) + 1))[:size]
    texts = [text]
    for _ in range(count - 1):
        words = texts[-1].split(" ")
        for _ in range(rng.randint(1, 6)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        texts.append(" ".join(words))
    return texts


def real_texts() -> list[str] | None:
    if not REVISIONS.exists():
        return None
    with lzma.open(REVISIONS, "rt", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def measure(name: str, texts: list[str]) -> dict:
    """Save every text as a version, then read random versions back; sizes from SQLite's pages."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        history = History.open(path)
        article = history.import_article(texts[0] or "(empty)", title=name, author="bench")
        saves, first_saves = [], []
        stored = [history.text(article.id, 1)]
        for index, text in enumerate(texts[1:], 1):
            first = index > len(texts) - FIRST_SAVES
            if first:  # an editor's first save after opening: the parent is rebuilt, not remembered
                history.close()
                history = History.open(path)
            started = time.perf_counter()
            try:
                history.save_version(article.id, message="edit", author="bench", text=text or "(empty)")
            except Exception as error:  # identical consecutive revisions are refused: nothing to save
                if "nothing to save" not in str(error):
                    raise
                continue
            (first_saves if first else saves).append(time.perf_counter() - started)
            stored.append(text)
        numbers = [v.number for v in history.versions(article.id)]
        rng = random.Random(3)
        reads = []
        for number in rng.sample(numbers, min(200, len(numbers))):
            started = time.perf_counter()
            history.text(article.id, number)
            reads.append(time.perf_counter() - started)
        history.db.execute("VACUUM")
        history.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        history.close()
        db_bytes = path.stat().st_size
    full_bytes = sum(len(t.encode("utf-8")) for t in stored)
    return {
        "case": name, "versions": len(numbers), "full copies MB": round(full_bytes / 1e6, 2),
        "database MB": round(db_bytes / 1e6, 2), "storage ratio": f"{db_bytes / full_bytes:.1%}",
        "save median ms": round(statistics.median(saves) * 1000, 2),
        "save p95 ms": round(sorted(saves)[int(len(saves) * 0.95)] * 1000, 2),
        "first save after opening, median / p95 / max ms": " / ".join(
            f"{seconds * 1000:.2f}" for seconds in (statistics.median(first_saves),
                                                    sorted(first_saves)[int(len(first_saves) * 0.95)],
                                                    max(first_saves))),
        "read median ms": round(statistics.median(reads) * 1000, 2),
        "read max ms": round(max(reads) * 1000, 2),
    }


def run() -> list[dict]:
    rows = [measure("generated: 1,000 versions of a 35 KB article", generated_texts())]
    real = real_texts()
    if real is None:
        print(f"(skipped real revisions: {REVISIONS} not found)", file=sys.stderr)
    else:
        rows.append(measure("real: 1,000 Wikipedia revisions (86 KB avg)", real))
    return rows


if __name__ == "__main__":
    from tests.benchmarks.table import print_table

    print_table("History storage", run())
