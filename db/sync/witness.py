"""`verify --remote`: every version this history synced must carry the chain hash the server holds for it."""

from __future__ import annotations

from db.records import Problem, VerifyReport
from db.server.connection import check_schema, connect
from db.sync import server_rows
from db.sync.engine import server_url


def verify_remote(history) -> VerifyReport:
    """The local verification, then each synced version compared with the newsroom record's."""
    report = history.verify()
    rows = history.db.execute("select v.article_id, v.number, v.uid, v.chain_sha256 from versions v "
                              "join server_receipts r on r.uid = v.uid order by v.article_id, v.number").fetchall()
    conn = connect(server_url(history), autocommit=True)
    try:
        check_schema(conn)
        theirs = server_rows.chains(conn, [uid for _, _, uid, _ in rows])
    finally:
        conn.close()
    problems, reported = [], set()
    for article_id, number, uid, chain in rows:
        held = theirs.get(uid)
        if article_id in reported:
            continue
        if held is None:
            problems.append(Problem(article_id, number, "the newsroom record does not hold this synced version"))
        elif held["chain_sha256"] != chain or held["number"] != number:
            problems.append(Problem(article_id, number, "its chain hash differs from the newsroom record's "
                                                        "(rewritten here or on the server after it was synced)"))
        else:
            continue
        reported.add(article_id)
    return VerifyReport(report.checked_articles, report.checked_versions, report.problems + tuple(problems))


def witnessed_publications(history) -> set[tuple[int, int]]:
    """(article id, version number) of every publish point the newsroom server acknowledged."""
    rows = history.db.execute("select p.article_id, v.number from publications p join versions v on v.id = p.version_id "
                              "join server_receipts r on r.uid = p.uid").fetchall()
    return {(a, n) for a, n in rows}
