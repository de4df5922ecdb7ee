"""Which articles hold a correction raised a given way: the Library's filter by severity and by who raised it."""

from __future__ import annotations

from sqlite_utils import Database

from corrections.intake import RaisedBy, Severity


def articles_raised(db: Database, *, severity: Severity | None = None, raised_by: RaisedBy | None = None) -> set[int]:
    """Ids of the articles with at least one correction (withdrawn ones aside) of this severity and raised by
    this kind of person; either left as None matches any."""
    sql = "select distinct article_id from corrections where status != 'withdrawn'"
    params = []
    if severity is not None:
        sql += " and severity = ?"
        params.append(severity.value)
    if raised_by is not None:
        sql += " and raised_by = ?"
        params.append(raised_by.value)
    return {row[0] for row in db.execute(sql, params).fetchall()}
