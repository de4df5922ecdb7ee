"""Benchmark of the word diff against plain diff-match-patch and `git diff --word-diff`.

Run it as `.venv/bin/python tests/benchmarks/bench_diff.py`; it prints a table. `run()` returns
the rows for a runner that collects them. Plain diff-match-patch runs with its default one
second deadline: it "hit the deadline" when it took that long, and then its diff is the coarse
one it falls back to. Set EMEND_REVISIONS to a revisions .jsonl.xz file to add a row for real
consecutive revisions (default: ../shared/revisions/... beside the repository, if present).
"moves" counts the moved passages found in the diff (corrections/diff/moves.py) and "finding moves
ms" is the time that takes on the finished diff, on top of "ours".
"""

from __future__ import annotations

import json
import lzma
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diff_match_patch import diff_match_patch  # noqa: E402

from corrections.diff import available_backends, backends, change_count, word_diff  # noqa: E402
from corrections.diff.moves import find_moves  # noqa: E402
from tests.benchmarks import corpus  # noqa: E402

DEFAULT_REVISIONS = ROOT.parent / "shared" / "revisions" / "anarchism-revisions-12000-12999.jsonl.xz"
PLAIN_DMP_TIMEOUT = 1.0
PYTHON_BACKEND_MAX_SIZE = 35_000  # the pure-Python core is timed only up to this size


def _median_seconds(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _plain_dmp(old: str, new: str) -> tuple[float, bool]:
    """Plain diff_main's time with its default deadline, and whether it ran into the deadline."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = PLAIN_DMP_TIMEOUT
    started = time.perf_counter()
    dmp.diff_main(old, new)
    took = time.perf_counter() - started
    return took, took >= PLAIN_DMP_TIMEOUT


def _git_word_diff(old: str, new: str, repeats: int) -> float | None:
    """Wall time of `git diff --no-index --word-diff` on the two texts, process start included."""
    git = shutil.which("git")
    if git is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = Path(folder, "old.txt"), Path(folder, "new.txt")
        old_path.write_text(old, encoding="utf-8")
        new_path.write_text(new, encoding="utf-8")
        command = [git, "diff", "--no-index", "--no-color", "--no-ext-diff", "--word-diff=plain"]
        command += [str(old_path), str(new_path)]

        def run_git() -> None:
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

        return _median_seconds(run_git, repeats)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 2)


def _ratio(other: float | None, ours: float) -> float | None:
    return None if other is None or ours <= 0 else round(other / ours, 1)


def _core_seconds(old: str, new: str, repeats: int) -> float | None:
    """Time of the C++ diff-match-patch calls alone inside our word diff, replayed on their inputs.

    What is left of `ours` is Emend's own Python (lines, tokens, cleanups). Where this alone exceeds
    git's time, no Python around the exact Myers core can reach git's heuristic xdiff.
    """
    if "fast" not in available_backends():
        return None
    calls: list[tuple[str, str]] = []
    real = backends.core_fast
    backends.core_fast = lambda a, b: calls.append((a, b)) or real(a, b)
    try:
        word_diff(old, new, backend="fast")
    finally:
        backends.core_fast = real
    return _median_seconds(lambda: [real(a, b) for a, b in calls], repeats)


def bench_case(size_name: str, profile: str) -> dict:
    size = corpus.SIZES[size_name]
    old, new = corpus.case(size, profile)
    large = size >= 350_000
    repeats = 3 if large else 7
    ours = _median_seconds(lambda: word_diff(old, new), repeats)
    python_core = None
    if "fast" in available_backends() and size <= PYTHON_BACKEND_MAX_SIZE:
        python_core = _median_seconds(lambda: word_diff(old, new, backend="python"), repeats)
    core = _core_seconds(old, new, repeats)
    dmp_runs = [_plain_dmp(old, new) for _ in range(1 if large else 3)]
    dmp_seconds = statistics.median(took for took, _ in dmp_runs)
    git_seconds = _git_word_diff(old, new, repeats=3)
    diff = word_diff(old, new)
    moves_seconds = _median_seconds(lambda: find_moves(diff), repeats)
    return {
        "size": size_name,
        "chars": len(old),
        "profile": profile,
        "hunks": change_count(diff),
        "ours_ms": _ms(ours),
        "moves": len(find_moves(diff)),
        "moves_ms": _ms(moves_seconds),
        "core_ms": _ms(core),
        "python_core_ms": _ms(python_core),
        "plain_dmp_ms": _ms(dmp_seconds),
        "plain_dmp_hit_deadline": any(hit for _, hit in dmp_runs),
        "git_ms": _ms(git_seconds),
        "plain_dmp_over_ours": _ratio(dmp_seconds, ours),
        "git_over_ours": _ratio(git_seconds, ours),
        "note": "plain dmp run once" if large else "",
    }


def revisions_path() -> Path:
    return Path(os.environ.get("EMEND_REVISIONS") or DEFAULT_REVISIONS)


def bench_revisions(path: Path) -> dict:
    """Total time to diff each revision against the one before it."""
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    pairs = list(zip(texts, texts[1:]))
    hunks = moves = 0
    moving = 0.0
    started = time.perf_counter()
    for old, new in pairs:
        diff = word_diff(old, new)
        hunks += change_count(diff)
        finding = time.perf_counter()
        moves += len(find_moves(diff))
        moving += time.perf_counter() - finding
    took = time.perf_counter() - started - moving
    return {
        "size": f"{sum(map(len, texts)) // len(texts) // 1000} KB avg",
        "chars": sum(map(len, texts)),
        "profile": f"{len(pairs)} real revision pairs",
        "hunks": hunks,
        "ours_ms": _ms(took),
        "moves": moves,
        "moves_ms": _ms(moving),
        "core_ms": None,
        "python_core_ms": None,
        "plain_dmp_ms": None,
        "plain_dmp_hit_deadline": None,
        "git_ms": None,
        "plain_dmp_over_ours": None,
        "git_over_ours": None,
        "note": f"total over all pairs ({took / len(pairs) * 1000:.2f} ms a pair)",
    }


def run(sizes=tuple(corpus.SIZES), profiles=corpus.PROFILES) -> list[dict]:
    """One row per case (size x edit profile), plus one for real revisions when the file is there."""
    rows = [bench_case(size, profile) for size in sizes for profile in profiles]
    if revisions_path().is_file():
        rows.append(bench_revisions(revisions_path()))
    return rows


COLUMNS = (
    ("size", "size"),
    ("profile", "edit"),
    ("hunks", "hunks"),
    ("ours_ms", "ours ms"),
    ("moves", "moves"),
    ("moves_ms", "finding moves ms"),
    ("core_ms", "of it C++ core ms"),
    ("python_core_ms", "py-core ms"),
    ("plain_dmp_ms", "dmp(1s) ms"),
    ("plain_dmp_hit_deadline", "deadline"),
    ("git_ms", "git ms"),
    ("plain_dmp_over_ours", "dmp/ours"),
    ("git_over_ours", "git/ours"),
    ("note", "note"),
)


def table(rows: list[dict]) -> str:
    def cell(value) -> str:
        if value is None:
            return "-"
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return str(value)

    cells = [[title for _, title in COLUMNS]] + [[cell(row[key]) for key, _ in COLUMNS] for row in rows]
    widths = [max(len(line[column]) for line in cells) for column in range(len(COLUMNS))]
    lines = ["  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main() -> None:
    print(f"word_diff backends here: {', '.join(available_backends())}; times are medians")
    print(table(run()))


if __name__ == "__main__":
    main()
