"""The conditions several parts of the index put on `records AS r`."""

from __future__ import annotations

from ..models import Filters
from .db import folded

LATEST = "r.revision = (SELECT MAX(revision) FROM records WHERE id = r.id)"
DAY = "substr(COALESCE(r.date, r.fetched_at), 1, 10)"  # a record's day, for filters and stats


def matching(filters: Filters) -> tuple[str, list[str]]:
    """The SQL condition (on `records AS r`) and its arguments for these filters."""
    sql, args = "1", []
    if filters.source:
        sql += " AND r.source = ?"
        args.append(filters.source)
    if filters.author:
        sql += " AND instr(folded(r.author), ?) > 0"
        args.append(folded(filters.author) or "")
    if filters.since:
        sql += f" AND {DAY} >= ?"
        args.append(filters.since)
    if filters.until:
        sql += f" AND {DAY} <= ?"
        args.append(filters.until)
    return sql, args
