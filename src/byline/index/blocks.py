"""Learned boilerplate: the paragraphs ("blocks") a host repeats across its articles.

`blocks` counts, per host and fingerprint, the distinct articles a block was
seen on; `block_articles` says which (and by whom), so an article fetched
twice counts once and an author's own sign-off can be told from site chrome.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .db import Database, utc_now

SAMPLE_CHARS = 2000  # of a block's text kept to recognise it in stored records


class Blocks:
    def __init__(self, db: Database) -> None:
        self.db = db

    def learn(self, host: str, article: str, author: str | None, blocks: dict[str, str]) -> None:
        """Note that these blocks (fingerprint: text) appear on this article of the host;
        an article counts once per block however often it is fetched."""
        now = utc_now()
        with self.db.transaction():
            for fingerprint, text in blocks.items():
                added = self.db.execute(
                    "INSERT OR IGNORE INTO block_articles VALUES (?, ?, ?, ?)",
                    (host, fingerprint, article, author),
                ).rowcount
                self.db.execute(
                    """INSERT INTO blocks (host, fingerprint, sample, articles, first_seen,
                                           last_seen)
                       VALUES (?, ?, ?, ?, ?, ?)
                       ON CONFLICT (host, fingerprint) DO UPDATE SET
                           articles = blocks.articles + excluded.articles,
                           last_seen = excluded.last_seen""",
                    (host, fingerprint, text[:SAMPLE_CHARS], added, now, now),
                )

    def cleaned_with(self, host: str) -> str | None:
        """The digest of what the host's records were last cleaned with, if ever."""
        row = self.db.one("SELECT digest FROM cleaned_hosts WHERE host = ?", (host,))
        return str(row["digest"]) if row else None

    def save_cleaned_with(self, host: str, digest: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO cleaned_hosts (host, digest) VALUES (?, ?)", (host, digest)
        )

    def boilerplate(self, host: str, min_articles: int) -> dict[str, str]:
        """Fingerprint: text of the blocks seen on at least `min_articles` articles of the host,
        except an author's own sign-off: a block that names the author and was only ever
        seen on that author's articles ("(Ada Quill writes about rivers.)")."""
        rows = self.db.execute(
            """SELECT b.fingerprint, b.sample,
                      COUNT(DISTINCT a.author) AS authors, MIN(a.author) AS author
               FROM blocks AS b JOIN block_articles AS a
                    ON a.host = b.host AND a.fingerprint = b.fingerprint
               WHERE b.host = ? AND b.articles >= ?
               GROUP BY b.fingerprint""",
            (host, min_articles),
        )
        return {
            row["fingerprint"]: row["sample"]
            for row in rows
            if not (
                row["authors"] == 1
                and row["author"]
                and row["author"].casefold() in row["sample"].casefold()
            )
        }

    def learned(self, hosts: Iterable[str], min_articles: int) -> list[dict[str, Any]]:
        """The repeated blocks of these hosts, most widespread first (for inspection)."""
        wanted = list(hosts)
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"""SELECT host, fingerprint, sample, articles, first_seen, last_seen FROM blocks
                WHERE host IN ({marks}) AND articles >= 2
                ORDER BY articles DESC, first_seen""",
            wanted,
        )
        return [{**dict(row), "removed": row["articles"] >= min_articles} for row in rows]
