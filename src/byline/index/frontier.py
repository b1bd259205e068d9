"""Every URL byline has met, and what became of it: the crawl frontier.

    pending    found, not fetched yet (or fetched and not settled: a crash)
    archived   the URL of a record
    alias      another URL of a record (a print or tracking copy)
    failed     failed; tried again once its backoff is over
    dead       failed `max_failures` passes; tried again only with --retry-dead
    skipped    not archived on purpose (robots.txt, another author)

A URL being fetched is *claimed* by the process fetching it for a while, so a
daemon and a one-off `run` on the same archive never fetch it twice at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from .db import Database, iso, utc_now

NEVER = "9999-12-31T00:00:00Z"  # the next try of a URL skipped for good
_CHUNK = 500  # URLs per IN (...) query
MAX_WAIT = 366 * 86_400.0  # the longest a failed URL waits, however often it failed


class Frontier:
    def __init__(self, db: Database) -> None:
        self.db = db

    def known(self, urls: Iterable[str]) -> set[str]:
        """Those of `urls` already archived (as a record or as an alias)."""
        wanted = list(urls)
        found: set[str] = set()
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT url FROM urls WHERE state IN ('archived', 'alias') AND url IN ({marks})",
                chunk,
            )
            found.update(row["url"] for row in rows)
        return found

    def add_pending(self, urls: Iterable[str], source: str) -> None:
        """Remember discovered URLs before fetching them, so none is lost to a crash or a 304."""
        now = utc_now()
        with self.db.transaction():
            self.db.executemany(
                """INSERT INTO urls (url, source, state, first_seen) VALUES (?, ?, 'pending', ?)
                   ON CONFLICT (url) DO NOTHING""",
                [(url, source, now) for url in urls],
            )

    def due(self, source: str, retry_dead: bool = False) -> list[str]:
        """URLs of the source to try this pass: pending, skipped by robots.txt (it may have
        changed; not those skipped for good), failed whose backoff is over, and dead ones
        when asked."""
        states = "'pending', 'dead'" if retry_dead else "'pending'"
        rows = self.db.execute(
            f"""SELECT url FROM urls WHERE source = ? AND (state IN ({states})
                   OR (state IN ('failed', 'skipped') AND (next_try IS NULL OR next_try <= ?)))
                   AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY first_seen, rowid""",
            (source, utc_now(), utc_now(precise=True)),
        )
        return [row["url"] for row in rows]

    def state(self, url: str) -> str | None:
        row = self.db.one("SELECT state FROM urls WHERE url = ?", (url,))
        return str(row["state"]) if row else None

    # Claims -------------------------------------------------------------------

    def claim(self, url: str, seconds: float) -> bool:
        """Take a pending or failed URL for this process for `seconds`; False when it is
        archived already or another process holds it (a daemon beside a one-off run)."""
        now = datetime.now(UTC)
        cursor = self.db.execute(
            """UPDATE urls SET claimed_until = ?, claimed_by = ?
               WHERE url = ? AND state NOT IN ('archived', 'alias')
                 AND (claimed_until IS NULL OR claimed_until < ?)""",
            (iso(now + timedelta(seconds=seconds), True), os.getpid(), url, iso(now, True)),
        )
        return cursor.rowcount == 1

    def claim_holders(self) -> set[int]:
        """The pids holding claims that have not expired."""
        rows = self.db.execute(
            "SELECT DISTINCT claimed_by FROM urls WHERE claimed_until >= ?",
            (utc_now(precise=True),),
        )
        return {int(row[0]) for row in rows if row[0] is not None}

    def release_claims_of(self, pid: int) -> int:
        """Drop the claims of a process that is gone; how many."""
        cursor = self.db.execute(
            "UPDATE urls SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ?",
            (pid,),
        )
        return cursor.rowcount

    def release(self, url: str) -> None:
        """Give up a claim without settling the URL."""
        self.db.execute("UPDATE urls SET claimed_until = NULL WHERE url = ?", (url,))

    # Settling -----------------------------------------------------------------

    def _settle(self, url: str, source: str, state: str, record_id: str | None) -> None:
        now = utc_now()
        self.db.execute(
            """INSERT INTO urls (url, source, state, record_id, first_seen, last_tried)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET state = excluded.state,
                   record_id = excluded.record_id, error = NULL, failures = 0,
                   next_try = NULL, claimed_until = NULL, last_tried = excluded.last_tried""",
            (url, source, state, record_id, now, now),
        )

    def mark_archived(self, url: str, source: str, record_id: str) -> None:
        self._settle(url, source, "archived", record_id)

    def mark_alias(self, url: str, source: str, record_id: str) -> None:
        self._settle(url, source, "alias", record_id)

    def mark_skipped(self, url: str, source: str, reason: str, retry: bool = True) -> None:
        """Not archived on purpose: robots.txt said no (tried again next pass, never counted
        dead), or, without `retry`, for good (another author's article)."""
        now = utc_now()
        next_try = None if retry else NEVER
        self.db.execute(
            """INSERT INTO urls (url, source, state, error, first_seen, last_tried, next_try)
               VALUES (?, ?, 'skipped', ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET state = 'skipped', error = excluded.error,
                   claimed_until = NULL, last_tried = excluded.last_tried,
                   next_try = excluded.next_try""",
            (url, source, reason, now, now, next_try),
        )

    def mark_failed(
        self, url: str, source: str, error: str, backoff: float, max_failures: int
    ) -> str:
        """Count a failed pass; the next try waits `backoff` seconds, doubled per failure.
        After `max_failures` failed passes the URL is dead. Returns the new state."""
        now = datetime.now(UTC)
        with self.db.transaction():  # read and count in one go: two processes may fail it
            row = self.db.one("SELECT failures FROM urls WHERE url = ?", (url,))
            failures = (row["failures"] if row else 0) + 1
            state = "dead" if failures >= max_failures else "failed"
            wait = min(backoff * 2.0 ** min(failures - 1, 64), MAX_WAIT)
            next_try = now + timedelta(seconds=wait)
            self.db.execute(
                """INSERT INTO urls (url, source, state, error, failures, first_seen,
                                     last_tried, next_try)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET state = excluded.state,
                       error = excluded.error, failures = excluded.failures,
                       last_tried = excluded.last_tried, next_try = excluded.next_try,
                       claimed_until = NULL""",
                (url, source, state, error, failures, iso(now), iso(now), iso(next_try)),
            )
        return state

    def counts(self, source: str) -> dict[str, int]:
        """How many of the source's URLs are in each state."""
        rows = self.db.execute(
            "SELECT state, COUNT(*) AS n FROM urls WHERE source = ? GROUP BY state", (source,)
        )
        return {row["state"]: int(row["n"]) for row in rows}

    def troubled(self, source: str, limit: int = 100) -> list[dict[str, Any]]:
        """The source's failing and dead URLs, dead first, each with its last error, its
        failed passes, when it was last tried and when it is tried next."""
        rows = self.db.execute(
            """SELECT url, state, error, failures, last_tried, next_try FROM urls
               WHERE source = ? AND state IN ('failed', 'dead')
               ORDER BY state = 'failed', last_tried DESC, url LIMIT ?""",
            (source, limit),
        )
        return [dict(row) for row in rows]
