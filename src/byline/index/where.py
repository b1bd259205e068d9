"""The conditions several parts of the index put on `records AS r`."""

from __future__ import annotations

from ..models import Filters
from .db import folded

LATEST = "r.revision = (SELECT MAX(revision) FROM records WHERE id = r.id)"
# A record's day, for filters and stats. The index `records_source_day` holds this very
# expression (db.py, version 6): change one and the other must follow.
DAY = "substr(COALESCE(r.date, r.fetched_at), 1, 10)"


def matching(
    filters: Filters, source: str = "r.source", day: str = DAY, who: str = "folded(r.author)"
) -> tuple[str, list[str]]:
    """The SQL condition and its arguments for these filters: on `records AS r`, or on
    other columns holding a record's source, day and folded author (the search table's)."""
    sql, args = "1", []
    if filters.source:
        sql += f" AND {source} = ?"
        args.append(filters.source)
    if filters.author:
        sql += f" AND instr({who}, ?) > 0"
        args.append(folded(filters.author) or "")
    if filters.since:
        sql += f" AND {day} >= ?"
        args.append(filters.since)
    if filters.until:
        sql += f" AND {day} <= ?"
        args.append(filters.until)
    return sql, args
