"""Benchmark word-level blame over a generated history and, when present, real Wikipedia revisions.

Run as a script (`python tests/benchmarks/bench_blame.py`) or through `run()`, which returns
one row per case. Real revisions are read from ../shared/revisions relative to the repository
root, or from the file named by EMEND_REVISIONS; the case is skipped with a message when absent.
"""

from __future__ import annotations

import json
import lzma
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corrections.blame import VersionInfo, blame  # noqa: E402
from tests.benchmarks import corpus  # noqa: E402

REVISIONS = ROOT.parent / "shared" / "revisions" / "anarchism-revisions-12000-12999.jsonl.xz"
GENERATED_VERSIONS = 200
GENERATED_BYTES = 35_000


def generated_history(count: int = GENERATED_VERSIONS, size: int = GENERATED_BYTES, seed: int = 7) -> list[VersionInfo]:
    """A seeded history of a news-style text of `size` bytes: word edits, moves, vandalism, reverts."""
    rng = random.Random(seed)
    versions = [VersionInfo(1, corpus.text(size, seed), "author-1", "2024-01-01T00:00:00Z", "first")]
    for number in range(2, count + 1):
        if versions[-1].note == "vandalism":
            text, note = versions[-2].text, "revert"
        elif rng.random() < 0.03:
            text, note = "vandalised " * rng.randint(1, 30), "vandalism"
        else:
            text, note = _edit(versions[-1].text, rng), f"edit {number}"
        when = f"2024-01-01T{number // 60:02d}:{number % 60:02d}:00Z"
        versions.append(VersionInfo(number, text, f"author-{number}", when, note))
    return versions


def _edit(text: str, rng: random.Random) -> str:
    """One to five edits: move, drop or add a paragraph; replace, insert or delete words."""
    chain = corpus.chain()
    paragraphs = text.rstrip("\n").split("\n\n")
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(paragraphs))
        words = paragraphs[at].split()
        action = rng.random()
        if action < 0.1:
            paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop(at))
        elif action < 0.15 and len(paragraphs) > 2:
            paragraphs.pop(at)
        elif action < 0.2:
            paragraphs.insert(at, chain.paragraph(rng))
        elif words:
            spot = rng.randrange(len(words))
            if action < 0.6:
                words[spot] = rng.choice(chain.vocabulary)
            elif action < 0.8:
                words[spot:spot] = rng.choices(chain.vocabulary, k=rng.randint(1, 12))
            else:
                del words[spot : spot + rng.randint(1, 8)]
            paragraphs[at] = " ".join(words)
    return "\n\n".join(paragraphs) + "\n"


def unrelated_pair(words: int = 20_000, seed: int = 11) -> list[VersionInfo]:
    """Two versions sharing only common words: the exact diff's worst case (a full rewrite)."""
    rng = random.Random(seed)
    vocabulary = [f"word{n}" for n in range(3_000)] + ["the", "of", "and", ",", "."] * 300
    texts = [" ".join(rng.choice(vocabulary) for _ in range(words)) for _ in range(2)]
    return [VersionInfo(n, text, f"author-{n}", "2024-01-01T00:00:00Z") for n, text in enumerate(texts, start=1)]


def real_history(path: Path) -> list[VersionInfo]:
    """The revisions in a .jsonl.xz file, in file order (oldest first)."""
    versions = []
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            author, note = row["contributor"] or "", row["comment"] or ""
            versions.append(VersionInfo(row["number"], row["text"], author, row["timestamp"], note))
    return versions


def measure(case: str, versions: list[VersionInfo], upto: int | None = None) -> dict:
    """Blame one history once and report its size, time and how the last text is attributed."""
    started = time.perf_counter()
    spans = blame(versions, upto)
    seconds = time.perf_counter() - started
    chosen = versions if upto is None else [v for v in versions if v.number <= upto]
    megabytes = sum(len(v.text.encode("utf-8")) for v in chosen) / 1e6
    first = chosen[0].number
    oldest_share = sum(s.end - s.start for s in spans if s.version == first) / max(1, len(chosen[-1].text))
    return {
        "case": case,
        "versions": len(chosen),
        "megabytes": round(megabytes, 2),
        "seconds": round(seconds, 3),
        "mb_per_s": round(megabytes / seconds, 1) if seconds else None,
        "spans": len(spans),
        "first_version_share": round(oldest_share, 3),
    }


def run() -> list[dict]:
    """Rows for `make bench`: generated history, then the real revisions when available."""
    blame([VersionInfo(0, "Warm up the word pattern.", "", "")])
    history = generated_history()
    rows = [
        measure("generated 200 x 35 KB", history),
        measure("generated, upto version 100", history, upto=100),
    ]
    rows.append(measure("worst case: 20,000 words replaced by unrelated ones", unrelated_pair()))
    path = Path(os.environ.get("EMEND_REVISIONS", REVISIONS))
    if path.exists():
        real = real_history(path)
        rows.append(measure(f"wikipedia {len(real)} revisions", real))
    else:
        print(f"skipped real revisions: {path} not found (set EMEND_REVISIONS)", file=sys.stderr)
    return rows


def main() -> None:
    for row in run():
        print("  ".join(f"{key}={value}" for key, value in row.items()))


if __name__ == "__main__":
    main()
