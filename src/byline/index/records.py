"""Records and their revisions, as the index keeps them beside the `.json` files.

A record is one article; each text it has had is a revision (1, 2, ...). Only
the latest revision of a record counts when asking "is this text archived
already?": a column edited and then reverted gets a third revision holding
its first text again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from ..models import EVERYTHING, Filters, Record
from .db import Database
from .search import Search
from .where import DAY, LATEST, matching


class Records:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.search = Search(db)

    def add(self, record: Record, extracted_sha256: str | None = None) -> None:
        """Insert or update a record; `extracted_sha256` (the hash of its text before
        cleaning) is kept from an earlier call when not given."""
        row = {**_row_of(record), "extracted_sha256": extracted_sha256}
        marks = ",".join("?" * len(row))
        updates = ", ".join(
            f"{k} = excluded.{k}" for k in row if k not in ("id", "revision", "extracted_sha256")
        )
        self.db.execute(
            f"""INSERT INTO records ({",".join(row)}) VALUES ({marks})
                ON CONFLICT (id, revision) DO UPDATE SET {updates},
                extracted_sha256 = COALESCE(excluded.extracted_sha256, records.extracted_sha256)""",
            [*row.values()],
        )
        if record.revision >= self.latest(record.id):  # only the current text is searched
            self.search.put(record)

    def with_text(self, *hashes: str) -> Record | None:
        """The record whose latest revision's text, cleaned or as extracted, has one of
        these hashes. Earlier revisions do not count: their text is no longer current."""
        marks = ",".join("?" * len(hashes))
        row = self.db.one(
            f"""SELECT * FROM records AS r
                WHERE (text_sha256 IN ({marks}) OR extracted_sha256 IN ({marks}))
                  AND {LATEST}
                ORDER BY revision DESC LIMIT 1""",
            [*hashes, *hashes],
        )
        return _record(row) if row else None

    def for_url(self, url: str) -> Record | None:
        """The latest revision of the record this URL (or alias) points to."""
        row = self.db.one(
            """SELECT records.* FROM urls JOIN records ON records.id = urls.record_id
               WHERE urls.url = ? ORDER BY records.revision DESC LIMIT 1""",
            (url,),
        )
        return _record(row) if row else None

    def latest(self, record_id: str) -> int:
        """The latest revision number of a record (0 when there is none)."""
        row = self.db.one("SELECT MAX(revision) AS n FROM records WHERE id = ?", (record_id,))
        return int(row["n"] or 0) if row else 0

    def all(self, filters: Filters = EVERYTHING, all_revisions: bool = False) -> Iterator[Record]:
        """The latest revision (or every revision) of each record these filters let
        through, oldest publication first."""
        condition, args = matching(filters)
        sql = f"SELECT * FROM records AS r WHERE {condition}"
        if not all_revisions:
            sql += f" AND {LATEST}"
        sql += " ORDER BY COALESCE(date, fetched_at), id, revision"
        for row in self.db.execute(sql, args):
            yield _record(row)

    def revisions(self, url: str) -> list[Record]:
        """Every revision of the record this URL (or alias) points to, oldest first."""
        rows = self.db.execute(
            """SELECT records.* FROM urls JOIN records ON records.id = urls.record_id
               WHERE urls.url = ? ORDER BY records.revision""",
            (url,),
        )
        return [_record(row) for row in rows]

    def holding(self, host: str, samples: list[str]) -> list[Record]:
        """Latest revisions of the records on this host whose text holds one of these,
        found through the search index (a phrase of each sample's first words), then
        checked against the text itself."""
        ids = {record_id for sample in samples for record_id in self.search.holding(host, sample)}
        current = (self.current(record_id) for record_id in sorted(ids))
        return [r for r in current if r and any(sample in r.text for sample in samples)]

    def heads(self, filters: Filters = EVERYTHING) -> list[tuple[str, str, str]]:
        """(id, url, fetched_at) of the latest revision of each record the filters let
        through: what choosing among records takes, without their texts."""
        condition, args = matching(filters)
        rows = self.db.execute(
            f"SELECT id, url, fetched_at FROM records AS r WHERE {condition} AND {LATEST}", args
        )
        return [(row["id"], row["url"], row["fetched_at"]) for row in rows]

    def of_id(self, record_id: str) -> list[Record]:
        """Every revision of the record with this id, oldest first."""
        rows = self.db.execute("SELECT * FROM records WHERE id = ? ORDER BY revision", (record_id,))
        return [_record(row) for row in rows]

    def current(self, record_id: str) -> Record | None:
        """The latest revision of the record with this id, if there is one."""
        row = self.db.one(
            "SELECT * FROM records WHERE id = ? ORDER BY revision DESC LIMIT 1", (record_id,)
        )
        return _record(row) if row else None

    def at(self, path: str) -> Record | None:
        """The revision whose `.json` is stored at `path` (relative to the root)."""
        row = self.db.one("SELECT * FROM records WHERE path = ?", (path,))
        return _record(row) if row else None

    def tally(self, filters: Filters = EVERYTHING) -> dict[str, Any]:
        """How many records these filters let through: in all, per source, per author
        and per month (of publication, else of fetching); their revisions and aliases."""
        condition, args = matching(filters)
        current = f"FROM records AS r WHERE {condition} AND {LATEST}"

        def grouped(key: str, order: str) -> dict[str, int]:
            rows = self.db.execute(
                f"SELECT {key} AS k, COUNT(*) AS n {current} GROUP BY k ORDER BY {order}", args
            )
            return {(row["k"] if row["k"] is not None else ""): int(row["n"]) for row in rows}

        revisions = self.db.one(f"SELECT COUNT(*) AS n FROM records AS r WHERE {condition}", args)
        aliases = self.db.one(
            f"""SELECT COUNT(*) AS n FROM urls AS u JOIN records AS r ON r.id = u.record_id
                WHERE u.state = 'alias' AND {condition} AND {LATEST}""",
            args,
        )
        per_source = grouped("r.source", "k")
        return {
            "records": sum(per_source.values()),
            "revisions": int(revisions["n"]) if revisions else 0,
            "aliases": int(aliases["n"]) if aliases else 0,
            "per_source": per_source,
            "per_author": grouped("r.author", "n DESC, k"),
            "per_month": grouped(f"substr({DAY}, 1, 7)", "k"),
        }

    def newest(
        self, filters: Filters = EVERYTHING, limit: int = 50, offset: int = 0
    ) -> tuple[list[Record], int]:
        """A page of the latest revisions these filters let through, newest publication
        first (a record's revision number is how many it has), and how many there are
        in all. The page is chosen on small columns; only its rows are read whole."""
        condition, args = matching(filters)
        rows = self.db.execute(
            f"""SELECT whole.* FROM (
                    SELECT r.id, r.revision, {DAY} AS day, r.fetched_at AS fetched
                    FROM records AS r WHERE {condition} AND {LATEST}
                    ORDER BY day DESC, fetched DESC, r.id LIMIT ? OFFSET ?
                ) AS page
                JOIN records AS whole ON whole.id = page.id AND whole.revision = page.revision
                ORDER BY page.day DESC, page.fetched DESC, page.id""",
            [*args, limit, offset],
        )
        page = [_record(row) for row in rows]
        if filters.author or filters.since or filters.until:
            sql = f"SELECT COUNT(*) AS n FROM records AS r WHERE {condition} AND {LATEST}"
        else:  # every record's latest revision passes: count the records, on an index
            sql = f"SELECT COUNT(DISTINCT r.id) AS n FROM records AS r WHERE {condition}"
        total = self.db.one(sql, args)
        return page, int(total["n"]) if total else 0

    def sources(self) -> list[str]:
        """The names of the sources the archive holds records of."""
        return [row["source"] for row in self.db.execute("SELECT DISTINCT source FROM records")]

    def archived_per_day(self, source: str, since: str) -> dict[str, int]:
        """How many of the source's records were first archived on each day from `since`
        (their first revision's fetch)."""
        rows = self.db.execute(
            """SELECT substr(fetched_at, 1, 10) AS day, COUNT(*) AS n FROM records
               WHERE source = ? AND revision = 1 AND fetched_at >= ? GROUP BY day""",
            (source, since),
        )
        return {str(row["day"]): int(row["n"]) for row in rows}

    def recent_urls(self, source: str, limit: int) -> list[str]:
        """The URLs of the source's `limit` records first archived last."""
        rows = self.db.execute(
            """SELECT url FROM records WHERE source = ? AND revision = 1
               ORDER BY fetched_at DESC LIMIT ?""",
            (source, limit),
        )
        return [row["url"] for row in rows]

    def count(self, source: str) -> int:
        row = self.db.one("SELECT COUNT(DISTINCT id) AS n FROM records WHERE source = ?", (source,))
        return int(row["n"]) if row else 0


def _row_of(record: Record) -> dict[str, Any]:
    row = record.to_dict()
    for key in ("http", "extractor", "aliases"):
        row[key] = json.dumps(row[key])
    return row


def _record(row: sqlite3.Row) -> Record:
    data = dict(row)
    data.pop("extracted_sha256", None)
    for key in ("http", "extractor", "aliases"):
        data[key] = json.loads(data[key])
    return Record.from_dict(data)
