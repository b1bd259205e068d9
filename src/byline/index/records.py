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

from ..models import Record
from .db import Database

LATEST = "r.revision = (SELECT MAX(revision) FROM records WHERE id = r.id)"


class Records:
    def __init__(self, db: Database) -> None:
        self.db = db

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

    def all(
        self, source: str | None = None, all_revisions: bool = False, since: str | None = None
    ) -> Iterator[Record]:
        """Every record's latest revision (or every revision), oldest publication first;
        with `since`, only those published (else fetched) on or after that date."""
        sql = "SELECT * FROM records AS r WHERE 1"
        if not all_revisions:
            sql += f" AND {LATEST}"
        args: list[str] = []
        if source:
            sql += " AND source = ?"
            args.append(source)
        if since:
            sql += " AND COALESCE(date, fetched_at) >= ?"
            args.append(since)
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

    def containing(self, host: str, samples: list[str]) -> list[Record]:
        """Latest revisions of the records on this host whose text holds one of these."""
        if not samples:
            return []
        holds = " OR ".join("instr(text, ?) > 0" for _ in samples)
        rows = self.db.execute(
            f"""SELECT * FROM records AS r
                WHERE (url LIKE ? OR url LIKE ?) AND ({holds})
                  AND {LATEST}""",
            [f"http://{host}/%", f"https://{host}/%", *samples],
        )
        return [_record(row) for row in rows]

    def urls(self, source: str) -> list[str]:
        """The URLs of the source's records."""
        rows = self.db.execute("SELECT DISTINCT url FROM records WHERE source = ?", (source,))
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
