"""Passes over sources, the daemon's schedule, and what each pass taught about its
source (the URL shapes of its columns, the feeds its pages advertise)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..urlshape import Template
from .db import Database, iso, utc_now


@dataclass(frozen=True)
class PassRow:
    """The counts a finished pass leaves in the index."""

    pages: int = 0
    new: int = 0
    aliases: int = 0
    failed: int = 0
    skipped: int = 0
    result: str = "interrupted"
    error: str | None = None  # what went wrong when the result is "error"


class Passes:
    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, source: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO passes (source, started_at) VALUES (?, ?)", (source, utc_now(precise=True))
        )
        return int(cursor.lastrowid or 0)

    def finish(self, pass_id: int, row: PassRow) -> None:
        self.db.execute(
            """UPDATE passes SET finished_at = ?, pages = ?, new = ?, aliases = ?, failed = ?,
                   skipped = ?, result = ?, error = ? WHERE id = ?""",
            (
                utc_now(precise=True),
                row.pages,
                row.new,
                row.aliases,
                row.failed,
                row.skipped,
                row.result,
                row.error,
                pass_id,
            ),
        )

    def last(self, source: str) -> dict[str, Any] | None:
        """The source's latest pass, finished or not."""
        row = self.db.one(
            "SELECT * FROM passes WHERE source = ? ORDER BY id DESC LIMIT 1", (source,)
        )
        return dict(row) if row else None

    def last_started(self, source: str) -> datetime | None:
        """When the source's latest complete pass began (for the daemon's start-up); a
        pass cut short by a stop does not count, so a restart resumes at once."""
        row = self.db.one(
            """SELECT started_at FROM passes WHERE source = ? AND finished_at IS NOT NULL
                   AND result IS NOT 'interrupted'
               ORDER BY id DESC LIMIT 1""",
            (source,),
        )
        return datetime.fromisoformat(row["started_at"]) if row else None

    # The daemon's schedule, for `byline sources` in another process -------------

    def save_next_run(self, source: str, when: datetime | None) -> None:
        if when is None:
            self.db.execute("DELETE FROM schedule WHERE source = ?", (source,))
            return
        self.db.execute(
            "INSERT OR REPLACE INTO schedule (source, next_run) VALUES (?, ?)",
            (source, iso(when)),
        )

    def next_runs(self) -> dict[str, str]:
        return {r["source"]: r["next_run"] for r in self.db.execute("SELECT * FROM schedule")}

    # What passes learned about a source ------------------------------------------

    def save_templates(self, source: str, templates: Iterable[Template]) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM source_patterns WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT INTO source_patterns (source, host, pattern, examples) VALUES (?,?,?,?)",
                [(source, t.host, json.dumps(t.parts), t.examples) for t in templates],
            )

    def templates(self, source: str) -> list[Template]:
        """The URL templates the source's archived columns taught, most examples first."""
        rows = self.db.execute(
            "SELECT * FROM source_patterns WHERE source = ? ORDER BY examples DESC, pattern",
            (source,),
        )
        return [Template(r["host"], tuple(json.loads(r["pattern"])), r["examples"]) for r in rows]

    def save_feeds(self, source: str, urls: Iterable[str]) -> None:
        with self.db.transaction():
            self.db.execute("DELETE FROM source_feeds WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT INTO source_feeds (source, url) VALUES (?, ?)",
                [(source, url) for url in sorted(urls)],
            )

    def feeds(self, source: str) -> list[str]:
        """The feeds the source's listing pages advertised when last read."""
        rows = self.db.execute(
            "SELECT url FROM source_feeds WHERE source = ? ORDER BY url", (source,)
        )
        return [row["url"] for row in rows]
