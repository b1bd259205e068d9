"""What HTTP told us last time: validators of listings, feeds and sitemaps, and
robots.txt files (the fetcher's `RobotsStore`)."""

from __future__ import annotations

import json

from ..models import Validators
from .db import Database, utc_now


class HttpCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    def validators(self, url: str) -> tuple[Validators, list[str]] | None:
        """The last ETag/Last-Modified of a listing, feed or sitemap, and the links it gave."""
        row = self.db.one("SELECT etag, last_modified, links FROM validators WHERE url = ?", (url,))
        if row is None:
            return None
        return Validators(row["etag"], row["last_modified"]), json.loads(row["links"])

    def save_validators(self, url: str, validators: Validators, links: list[str]) -> None:
        self.db.execute(
            """INSERT OR REPLACE INTO validators (url, etag, last_modified, links, checked_at)
               VALUES (?, ?, ?, ?, ?)""",
            (url, validators.etag, validators.last_modified, json.dumps(links), utc_now()),
        )

    def load_robots(self, origin: str) -> tuple[str, float] | None:
        row = self.db.one("SELECT body, fetched_at FROM robots WHERE origin = ?", (origin,))
        return (row["body"], row["fetched_at"]) if row else None

    def save_robots(self, origin: str, body: str, fetched_at: float) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO robots (origin, body, fetched_at) VALUES (?, ?, ?)",
            (origin, body, fetched_at),
        )
