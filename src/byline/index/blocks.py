"""Learned boilerplate: the paragraphs ("blocks") a host repeats across its articles.

`blocks` keeps, per host and fingerprint, on how many distinct articles the
block was seen, its first author and whether other authors had it too (so an
author's own sign-off can be told from site chrome), and, once it is seen a
second time, its text. A block seen on one article only keeps that article's
key in its own row; from its second article on, `block_articles` says which
articles had it, so an article fetched twice counts once.

Everything a pass asks is kept up to date as articles come, never recomputed
from the occurrences: the learned set of a host is one indexed query of the
blocks seen often enough, and `host_learning` carries a generation number that
moves only when that set may have changed, so callers can cache it. Blocks
seen once are forgotten after `HORIZON` further articles of their host: what a
host repeats, it repeats within that.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .db import Database, utc_now

SAMPLE_CHARS = 2000  # of a block's text kept to recognise it in stored records
HORIZON = 1000  # articles of a host after which a block seen once is forgotten
PRUNE_EVERY = 100  # articles of a host between two prunings
_BATCH = 500  # fingerprints asked about in one statement


@dataclass(frozen=True)
class Cleaned:
    """What a host's records were last cleaned with: the rules' digest (min_length,
    keep and drop) and the learned blocks' fingerprints (None: not known)."""

    rules: str
    blocks: frozenset[str] | None


class Blocks:
    def __init__(self, db: Database) -> None:
        self.db = db

    def learn(
        self,
        host: str,
        article: str,
        author: str | None,
        blocks: dict[str, str],
        min_articles: int,
        key: str | None = None,
    ) -> bool:
        """Note that these blocks (fingerprint: text) appear on this article of the host;
        an article counts once per block however often it is fetched. `key` (the URL's
        own, when given) is remembered as this article's, for `article_of`. True when
        this may have changed the host's learned set (a block reached `min_articles`, or
        a learned block was found under a second author), which moves its generation."""
        now = utc_now()
        changed = False
        with self.db.transaction():
            if key is not None:
                self.db.execute(
                    "INSERT OR IGNORE INTO learned_articles (host, key, article) VALUES (?, ?, ?)",
                    (host, key, article),
                )
            seq = self._next_article(host)
            known = self._rows(host, blocks)  # one query for the page, not one per block
            for fingerprint, text in blocks.items():
                changed |= self._seen(
                    known.get(fingerprint),
                    host,
                    fingerprint,
                    text,
                    article,
                    author,
                    seq,
                    now,
                    min_articles,
                )
            if changed:
                self.db.execute(
                    "UPDATE host_learning SET generation = generation + 1 WHERE host = ?", (host,)
                )
            if seq % PRUNE_EVERY == 0:
                self.db.execute(
                    "DELETE FROM blocks WHERE host = ? AND articles = 1 AND last_seq < ?",
                    (host, seq - HORIZON),
                )
        return changed

    def _next_article(self, host: str) -> int:
        row = self.db.one(
            """INSERT INTO host_learning (host, seq, generation) VALUES (?, 1, 0)
               ON CONFLICT (host) DO UPDATE SET seq = seq + 1 RETURNING seq""",
            (host,),
        )
        return int(row["seq"]) if row else 0

    def _rows(self, host: str, fingerprints: Iterable[str]) -> dict[str, Any]:
        """What `blocks` holds of these blocks of the host, by fingerprint."""
        wanted = list(fingerprints)
        found = {}
        for start in range(0, len(wanted), _BATCH):  # within SQLite's limit on variables
            batch = wanted[start : start + _BATCH]
            rows = self.db.execute(
                f"""SELECT fingerprint, articles, first_article, author, authors FROM blocks
                    WHERE host = ? AND fingerprint IN ({",".join("?" * len(batch))})""",
                [host, *batch],
            )
            found.update({row["fingerprint"]: row for row in rows})
        return found

    def _seen(
        self,
        row: Any,
        host: str,
        fingerprint: str,
        text: str,
        article: str,
        author: str | None,
        seq: int,
        now: str,
        min_articles: int,
    ) -> bool:
        """Count one block of one article (`row`: what `blocks` held of it, if anything);
        whether the host's learned set may change."""
        if row is None:
            self.db.execute(
                """INSERT INTO blocks (host, fingerprint, sample, articles, first_seen,
                                       last_seen, first_article, author, authors, last_seq)
                   VALUES (?, ?, '', 1, ?, ?, ?, ?, ?, ?)""",
                (host, fingerprint, now, now, article, author, int(author is not None), seq),
            )
            return False
        if row["articles"] == 1:
            if row["first_article"] == article:
                self.db.execute(
                    """UPDATE blocks SET last_seen = ?, last_seq = ?
                       WHERE host = ? AND fingerprint = ?""",
                    (now, seq, host, fingerprint),
                )
                return False
            self.db.execute(  # from its second article on, each is kept by name
                "INSERT OR IGNORE INTO block_articles VALUES (?, ?, ?, ?)",
                (host, fingerprint, row["first_article"], row["author"]),
            )
        added = self.db.execute(
            "INSERT OR IGNORE INTO block_articles VALUES (?, ?, ?, ?)",
            (host, fingerprint, article, author),
        ).rowcount
        if not added:
            return False
        first_author, authors = row["author"], row["authors"]
        if author is not None and first_author is None:
            first_author, authors = author, 1
        elif author is not None and author != first_author:
            authors = 2  # more than one
        articles = int(row["articles"]) + 1
        self.db.execute(
            """UPDATE blocks SET articles = ?, author = ?, authors = ?, last_seen = ?,
                   last_seq = ?, sample = CASE WHEN sample = '' THEN ? ELSE sample END
               WHERE host = ? AND fingerprint = ?""",
            (articles, first_author, authors, now, seq, text[:SAMPLE_CHARS], host, fingerprint),
        )
        crossed: bool = articles == min_articles
        return crossed or (articles > min_articles and authors != int(row["authors"]))

    def article_of(self, host: str, key: str) -> str | None:
        """The article a URL's key was learned as before (an edit of the same column, a
        re-extraction), so its revisions count as one article with it."""
        row = self.db.one(
            "SELECT article FROM learned_articles WHERE host = ? AND key = ?", (host, key)
        )
        return str(row["article"]) if row else None

    def counts(self, host: str, fingerprints: Iterable[str]) -> dict[str, int]:
        """On how many articles of the host each of these blocks was seen (0: never)."""
        wanted = list(fingerprints)
        rows = self._rows(host, wanted)
        return {f: int(rows[f]["articles"]) if f in rows else 0 for f in wanted}

    def generation(self, host: str) -> int:
        """A number that moves whenever the host's learned set may have changed."""
        row = self.db.one("SELECT generation FROM host_learning WHERE host = ?", (host,))
        return int(row["generation"]) if row else 0

    def boilerplate(self, host: str, min_articles: int) -> dict[str, str]:
        """Fingerprint: text of the blocks seen on at least `min_articles` articles of the host,
        except an author's own sign-off: a block that names the author and was only ever
        seen on that author's articles ("(Ada Quill writes about rivers.)")."""
        rows = self.db.execute(
            """SELECT fingerprint, sample, author, authors FROM blocks
               WHERE host = ? AND articles >= ?""",
            (host, max(min_articles, 2)),
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

    def cleaned(self, host: str) -> Cleaned | None:
        """What the host's records were last cleaned with, if they ever were."""
        row = self.db.one("SELECT digest, blocks FROM cleaned_hosts WHERE host = ?", (host,))
        if row is None:
            return None
        blocks = frozenset(json.loads(row["blocks"])) if row["blocks"] is not None else None
        return Cleaned(str(row["digest"]), blocks)

    def save_cleaned(self, host: str, rules: str, blocks: Iterable[str]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO cleaned_hosts (host, digest, blocks) VALUES (?, ?, ?)",
            (host, rules, json.dumps(sorted(blocks))),
        )

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
