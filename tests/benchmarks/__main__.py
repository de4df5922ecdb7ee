"""`make bench`: run every tests/benchmarks/bench_*.py module's run() and print its table.

`python -m tests.benchmarks [NAME ...]` runs only the named ones (e.g. `diff storage`).
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from tests.benchmarks.table import print_table

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    chosen = [n for n in names if not argv or n in argv]
    for name in chosen:
        module = importlib.import_module(f"tests.benchmarks.bench_{name}")
        started = time.perf_counter()
        rows = module.run()
        title = (module.__doc__ or name).strip().splitlines()[0].rstrip(".")
        print_table(f"{title} ({time.perf_counter() - started:.0f} s)", rows)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
