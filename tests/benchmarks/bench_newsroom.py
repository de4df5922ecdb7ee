"""Benchmark newsroom sync (PostgreSQL): idle sync, 1,000-version push, clone, 8 editors at once.

Run through `make bench`, `python -m tests.benchmarks newsroom` or as a script. `run()` starts its own
PostgresCluster (tests/postgres_cluster.py; as the postgres user when run as root) with one newsroom
database per case, and returns one row per measurement with its target and PASS/FAIL (rows without a
target are context). Nothing here is a timed test: the numbers depend on the machine.

* idle sync: a history of 50 articles x 5 versions, all synced; `sync` with nothing to do, repeated.
* big push: 1,000 versions of a 35 KB article saved locally, then one `sync` pushes them all.
* clone: a newsroom of 1,000 articles x 10 versions (built by one local history and one push), then a
  real `clone` (desktop.application.newsroom.clone) into a new file.
* 8 editors: 8 processes (spawned), each with its own history cloned from the server, each saving and
  syncing 25 versions of one article, each save changing its own paragraph so every rebase merges
  cleanly. A sync that reports conflicts or runs out of ChainRefused retries is retried, and counted.
  Afterwards: 201 versions on the server, every save's change in the version it became, the server's
  chain unbroken, and every client's history verifying after a final sync, with the server's head.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.history import History  # noqa: E402
from db.sync import settings  # noqa: E402
from db.sync.engine import sync  # noqa: E402
from tests.benchmarks import corpus  # noqa: E402

TARGETS = {  # seconds
    "idle": 0.100,   # median of a sync with nothing to do
    "push": 5.0,     # one sync pushing 1,000 versions of a 35 KB article
    "clone": 30.0,   # cloning 1,000 articles x 10 versions
}
IDLE_ARTICLES, IDLE_VERSIONS, IDLE_RUNS = 50, 5, 30
PUSH_VERSIONS = 1000
CLONE_ARTICLES, CLONE_VERSIONS, CLONE_ARTICLE_BYTES = 1000, 10, 4_000
CLIENTS, SAVES = 8, 25
SYNC_TRIES = 200          # per save: syncs reporting conflicts or exhausted ChainRefused retries before giving up
BARRIER_TIMEOUT = 900     # seconds: a stuck client fails the case instead of hanging `make bench`


# -- helpers ---------------------------------------------------------------------------------------------

def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _row(case: str, runs: int, median: str, *, p95: str = "", most: str = "", target: str = "", result: str = "",
         notes: str = "") -> dict:
    """One table row, every column in the same order (context rows have no target and no result)."""
    return {"case": case, "runs": runs, "median": median, "p95": p95, "max": most, "target": target,
            "result": result, "notes": notes}


def _verdict(seconds: float, target: float) -> str:
    return "PASS" if seconds <= target else "FAIL"


def _laptop(path: Path, url: str) -> History:
    history = History.open(path)
    with history.transaction():
        settings.set_remote_url(history.db, url)
    return history


def _edited(text: str, rng: random.Random) -> str:
    """A few words of `text` replaced (about 1%, at least one)."""
    return corpus.with_words_rewritten(text, 0.01, rng)


def _save_versions(history: History, article_id: int, text: str, count: int, rng: random.Random) -> None:
    for number in range(count):
        text = _edited(text, rng)
        history.save_version(article_id, text=text, message=f"edit {number + 2}", author="Bench Editor")


# -- idle sync -------------------------------------------------------------------------------------------

def idle_sync(cluster, folder: Path) -> list[dict]:
    from tests.newsroom.helpers import make_newsroom

    room = make_newsroom(cluster)
    history = _laptop(folder / "idle.sqlite", room.add("idle"))
    rng = random.Random(5)
    for index in range(IDLE_ARTICLES):
        text = corpus.text(3_000, seed=100 + index)
        article = history.import_article(text, title=f"Article {index + 1}", author="Bench Editor")
        _save_versions(history, article.id, text, IDLE_VERSIONS - 1, rng)
    first = sync(history)
    assert first.pushed == IDLE_ARTICLES * IDLE_VERSIONS, first.line()
    times = []
    for _ in range(IDLE_RUNS + 2):
        started = time.perf_counter()
        result = sync(history)
        times.append(time.perf_counter() - started)
        assert result.line() == "pushed 0, pulled 0, conflicts 0", result.line()
    times = times[2:]  # two warm-up runs
    history.close()
    median = statistics.median(times)
    return [_row(f"sync with nothing to do ({IDLE_ARTICLES} articles x {IDLE_VERSIONS} versions, all synced)",
                 IDLE_RUNS, _ms(median), p95=_ms(_p95(times)), most=_ms(max(times)),
                 target=f"median <= {_ms(TARGETS['idle'])}", result=_verdict(median, TARGETS["idle"]))]


# -- big push --------------------------------------------------------------------------------------------

def big_push(cluster, folder: Path) -> list[dict]:
    from tests.benchmarks.bench_storage import generated_texts
    from tests.newsroom.helpers import make_newsroom

    room = make_newsroom(cluster)
    history = _laptop(folder / "push.sqlite", room.add("pusher"))
    texts = []  # bench_storage's texts, less the few that repeat the one before (nothing to save)
    for text in generated_texts(PUSH_VERSIONS + 50):
        if not texts or text != texts[-1]:
            texts.append(text)
    texts = texts[:PUSH_VERSIONS]
    started = time.perf_counter()
    article = history.import_article(texts[0], title="A long article", author="Bench Editor")
    for number, text in enumerate(texts[1:], 2):
        history.save_version(article.id, text=text, message=f"edit {number}", author="Bench Editor")
    saving = time.perf_counter() - started
    count = len(history.versions(article.id))
    started = time.perf_counter()
    result = sync(history)
    seconds = time.perf_counter() - started
    assert result.pushed == count, result.line()
    history.close()
    return [
        _row(f"save {count} versions of a 35 KB article locally (context)", 1, f"{saving:.2f} s"),
        _row(f"one sync pushing those {count} versions", 1, f"{seconds:.2f} s",
             target=f"<= {TARGETS['push']:.0f} s", result=_verdict(seconds, TARGETS["push"])),
    ]


# -- clone -----------------------------------------------------------------------------------------------

def clone_newsroom(cluster, folder: Path) -> list[dict]:
    from desktop.application.newsroom import clone
    from tests.newsroom.helpers import make_newsroom

    room = make_newsroom(cluster)
    source = _laptop(folder / "desk.sqlite", room.add("desk"))
    rng = random.Random(9)
    bodies = [corpus.text(CLONE_ARTICLE_BYTES, seed=1000 + n) for n in range(16)]
    started = time.perf_counter()
    for index in range(CLONE_ARTICLES):
        text = _edited(bodies[index % len(bodies)], rng)  # no two articles alike
        article = source.import_article(text, title=f"Story {index + 1}", author="Bench Editor")
        _save_versions(source, article.id, text, CLONE_VERSIONS - 1, rng)
    building = time.perf_counter() - started
    started = time.perf_counter()
    pushed = sync(source).pushed
    pushing = time.perf_counter() - started
    source.close()
    total = CLONE_ARTICLES * CLONE_VERSIONS
    assert pushed == total, pushed

    url = room.add("newcomer")
    started = time.perf_counter()
    history, result = clone(url, folder / "clone.sqlite")
    seconds = time.perf_counter() - started
    assert result.pulled == total, result.line()
    assert len(history.articles()) == CLONE_ARTICLES
    idle = []
    for _ in range(5):
        began = time.perf_counter()
        sync(history)
        idle.append(time.perf_counter() - began)
    history.close()
    return [
        _row(f"build: save {total} versions locally ({CLONE_ARTICLES} x {CLONE_VERSIONS}, "
             f"{CLONE_ARTICLE_BYTES // 1000} KB articles) (context)", 1, f"{building:.1f} s"),
        _row(f"build: one sync pushing those {total} versions (context)", 1, f"{pushing:.1f} s"),
        _row(f"clone a newsroom of {CLONE_ARTICLES} articles x {CLONE_VERSIONS} versions", 1, f"{seconds:.1f} s",
             target=f"<= {TARGETS['clone']:.0f} s", result=_verdict(seconds, TARGETS["clone"])),
        _row(f"then sync with nothing to do on that clone ({CLONE_ARTICLES} articles) (context)", len(idle),
             _ms(statistics.median(idle)), p95=_ms(_p95(idle)), most=_ms(max(idle))),
    ]


# -- 8 editors at once -----------------------------------------------------------------------------------

def _marker(client: int, number: int) -> str:
    return f"Desk note {client} is at revision {number} now."


def shared_article() -> str:
    """A headline and, for each client, a paragraph of its own with a marker sentence in its middle."""
    rng = random.Random(21)
    chain = corpus.chain()
    paragraphs = [chain.headline(rng)]
    for client in range(CLIENTS):
        paragraphs.append(f"{chain.paragraph(rng)} {_marker(client, 0)} {chain.paragraph(rng)}")
        paragraphs.append(chain.paragraph(rng))  # an untouched paragraph between two clients' ones
    return "\n\n".join(paragraphs) + "\n"


def _sync_until_clean(history, stats: dict, latencies: list[float]) -> None:
    """Sync; again while it reports conflicts or runs out of ChainRefused retries (each counted)."""
    from db.server.errors import ChainRefused

    for _ in range(SYNC_TRIES):
        started = time.perf_counter()
        try:
            result = sync(history)
        except ChainRefused:
            stats["exhausted"] += 1
            latencies.append(time.perf_counter() - started)
            continue
        latencies.append(time.perf_counter() - started)
        if result.conflicts:
            stats["conflicts"] += 1
            time.sleep(0.05)
            continue
        return
    raise RuntimeError(f"sync still not clean after {SYNC_TRIES} tries: {stats}")


def editor(client: int, url: str, folder: str, start, done, results) -> None:
    """One editor's process: clone, wait for the others, then save and sync SAVES times; final sync, verify."""
    try:
        from db.server.errors import ChainRefused
        from db.sync import server_rows
        from desktop.application.newsroom import clone

        stats = {"client": client, "conflicts": 0, "exhausted": 0, "refused_pushes": 0}
        push = server_rows.push

        def counted_push(*args, **kwargs):  # the engine retries these itself, up to ATTEMPTS times
            try:
                return push(*args, **kwargs)
            except ChainRefused:
                stats["refused_pushes"] += 1
                raise

        server_rows.push = counted_push
        history, _ = clone(url, Path(folder) / f"client-{client}.sqlite")
        [summary] = history.articles()
        article_id = summary.id
        latencies: list[float] = []
        start.wait(BARRIER_TIMEOUT)
        for number in range(1, SAVES + 1):
            text = history.text(article_id)
            changed = text.replace(_marker(client, number - 1), _marker(client, number))
            if changed == text:
                raise RuntimeError(f"client {client}: its marker {number - 1} is not in the latest text")
            history.save_version(article_id, text=changed, message=f"client {client} save {number}",
                                 author=f"Client {client}")
            _sync_until_clean(history, stats, latencies)
        done.wait(BARRIER_TIMEOUT)
        _sync_until_clean(history, stats, [])
        latest = history.latest(article_id)
        stats.update(latencies=latencies, verify_ok=history.verify().ok, versions=len(history.versions(article_id)),
                     head=(latest.number, latest.chain_sha256), unsynced=_unsynced(history))
        history.close()
        results.put(stats)
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which fails the case
        start.abort()
        done.abort()
        results.put({"client": client, "error": f"{type(error).__name__}: {error}"})


def _unsynced(history) -> int:
    from db.sync.local_rows import count_unsynced

    return count_unsynced(history.db)


def concurrent_editors(cluster, folder: Path) -> list[dict]:
    from db.server.connection import connect
    from tests.newsroom.helpers import make_newsroom

    room = make_newsroom(cluster)
    seeder = _laptop(folder / "seeder.sqlite", room.add("seeder"))
    seeder.import_article(shared_article(), title="Everyone edits this", author="Seeder")
    sync(seeder)
    seeder.close()
    urls = [room.add(f"client{client}") for client in range(CLIENTS)]

    context = multiprocessing.get_context("spawn")
    start, done = context.Barrier(CLIENTS + 1), context.Barrier(CLIENTS + 1)
    results = context.Queue()
    processes = [context.Process(target=editor, args=(client, urls[client], str(folder), start, done, results))
                 for client in range(CLIENTS)]
    for process in processes:
        process.start()
    problems: list[str] = []
    wall = None
    try:
        start.wait(BARRIER_TIMEOUT)
        began = time.perf_counter()
        done.wait(BARRIER_TIMEOUT)
        wall = time.perf_counter() - began
    except threading.BrokenBarrierError:
        problems.append("a client failed (see below)")
    reports = []
    for _ in processes:
        try:
            reports.append(results.get(timeout=BARRIER_TIMEOUT))
        except queue.Empty:
            problems.append("a client never reported (its process died?)")
            break
    for process in processes:
        process.join(60)
    problems += [f"client {r['client']}: {r['error']}" for r in reports if "error" in r]
    reports = [r for r in reports if "error" not in r]

    conn = connect(room.url(), autocommit=True)
    try:
        rows = conn.execute("select number, uid::text, parent_uid::text, chain_sha256, parent_chain_sha256, message, "
                            "text from emend.versions order by number").fetchall()
    finally:
        conn.close()
    expected = 1 + CLIENTS * SAVES
    if len(rows) != expected or [r[0] for r in rows] != list(range(1, len(rows) + 1)):
        problems.append(f"the server holds {len(rows)} versions numbered {rows[0][0]}..{rows[-1][0]}, not {expected}")
    for parent, child in zip(rows, rows[1:]):
        if child[2] != parent[1] or child[4] != parent[3]:
            problems.append(f"server chain broken at version {child[0]}")
            break
    for client in range(CLIENTS):
        saves = [(r[5], r[6]) for r in rows if r[5].startswith(f"client {client} save ")]
        numbers = [int(message.rsplit(" ", 1)[1]) for message, _ in saves]
        if numbers != list(range(1, SAVES + 1)):
            problems.append(f"client {client}: the server has saves {numbers}, not 1..{SAVES} in order")
        lost = [n for n, (_, text) in zip(numbers, saves) if _marker(client, n) not in text]
        if lost:
            problems.append(f"client {client}: the change of saves {lost} is missing from their versions")
        if rows and _marker(client, SAVES) not in rows[-1][6]:
            problems.append(f"client {client}: its last change is not in the server's latest version")
    head = (rows[-1][0], rows[-1][3]) if rows else None
    for report in reports:
        if not report["verify_ok"]:
            problems.append(f"client {report['client']}: verify failed")
        if tuple(report["head"]) != head or report["versions"] != expected or report["unsynced"]:
            problems.append(f"client {report['client']}: {report['versions']} versions, head {report['head'][0]}, "
                            f"{report['unsynced']} unsynced after the final sync")
    if len(reports) != CLIENTS:
        problems.append(f"only {len(reports)} of {CLIENTS} clients reported")

    latencies = [s for r in reports for s in r["latencies"]]
    conflicts = sum(r["conflicts"] for r in reports)
    exhausted = sum(r["exhausted"] for r in reports)
    refused = sum(r["refused_pushes"] for r in reports)
    for problem in problems:
        print(f"newsroom benchmark, 8 editors: {problem}", file=sys.stderr)
    ok = not problems
    return [
        _row(f"{CLIENTS} editors (processes) each save + sync {SAVES} versions of one article at once",
             CLIENTS * SAVES, f"wall {wall:.1f} s" if wall is not None else "wall n/a",
             target=f"{expected} versions, none lost, chain ok, all verify", result="PASS" if ok else "FAIL",
             notes=f"{len(rows)} versions on the server; {len(latencies)} syncs; {conflicts} reported conflicts, "
                   f"{exhausted} ChainRefused retries exhausted, {refused} refused pushes retried inside sync"),
        _row("each sync during that rush (context)", len(latencies),
             _ms(statistics.median(latencies)) if latencies else "n/a",
             p95=_ms(_p95(latencies)) if latencies else "n/a", most=_ms(max(latencies)) if latencies else "n/a"),
    ]


# -- all -------------------------------------------------------------------------------------------------

CASES = {"idle": idle_sync, "push": big_push, "clone": clone_newsroom, "editors": concurrent_editors}


def run(cases: list[str] | None = None) -> list[dict]:
    """One cluster, one newsroom database per case; rows for `make bench`."""
    from tests.postgres_cluster import PostgresCluster, PostgresUnavailable

    try:
        cluster = PostgresCluster()
    except PostgresUnavailable as unavailable:
        print(f"skipped the newsroom benchmark: {unavailable}", file=sys.stderr)
        return [_row("newsroom sync (skipped: no PostgreSQL server binaries)", 0, "", result="SKIP")]
    rows: list[dict] = []
    with cluster, tempfile.TemporaryDirectory(prefix="emend-bench-newsroom-") as folder:
        for name, case in CASES.items():
            if cases and name not in cases:
                continue
            place = Path(folder) / name
            place.mkdir()
            rows += case(cluster, place)
    return rows


if __name__ == "__main__":
    from tests.benchmarks.table import print_table

    print_table("Newsroom sync", run(sys.argv[1:] or None))
