"""The SQLite index: the only code with SQL.

It knows every URL byline has met (archived, alias, failed), every record, and
every pass over a source. WAL mode and a busy timeout let a one-off command
read and write beside a running daemon. Everything in it can be rebuilt from
the archive's files, except the history of failures and passes.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .errors import BylineError
from .models import Record, Validators
from .urlshape import Template

INDEX_FILE = "index.sqlite"
_NEVER = "9999-12-31T00:00:00Z"  # the next try of a URL skipped for good
SCHEMA_VERSION = 1
_LATEST = "revision = (SELECT MAX(revision) FROM records WHERE id = r.id)"
SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT,
    source TEXT NOT NULL,
    title TEXT,
    author TEXT,
    date TEXT,
    fetched_at TEXT NOT NULL,
    language TEXT,
    text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    http TEXT NOT NULL,
    extractor TEXT NOT NULL,
    path TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    extracted_sha256 TEXT,  -- the text before boilerplate cleaning, for deduplication
    PRIMARY KEY (id, revision)
);
CREATE INDEX IF NOT EXISTS records_extracted_sha256 ON records (extracted_sha256);
CREATE INDEX IF NOT EXISTS records_text_sha256 ON records (text_sha256);
CREATE INDEX IF NOT EXISTS records_source_date ON records (source, date);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('pending', 'archived', 'alias', 'failed', 'dead', 'skipped')),
    record_id TEXT,
    error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_tried TEXT,
    next_try TEXT,
    claimed_until TEXT,
    claimed_by INTEGER
);
CREATE INDEX IF NOT EXISTS urls_source_state ON urls (source, state);
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    links TEXT NOT NULL DEFAULT '[]',
    checked_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS robots (
    origin TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    fetched_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS passes (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    aliases INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    result TEXT
);
CREATE INDEX IF NOT EXISTS passes_source ON passes (source, id);
CREATE TABLE IF NOT EXISTS blocks (
    host TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sample TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (host, fingerprint)
);
CREATE TABLE IF NOT EXISTS block_articles (
    host TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    article TEXT NOT NULL,
    author TEXT,
    PRIMARY KEY (host, fingerprint, article)
);
CREATE TABLE IF NOT EXISTS source_patterns (
    source TEXT NOT NULL,
    host TEXT NOT NULL,
    pattern TEXT NOT NULL,  -- the path template, as JSON: a list of parts
    examples INTEGER NOT NULL,
    PRIMARY KEY (source, host, pattern)
);
CREATE TABLE IF NOT EXISTS source_feeds (
    source TEXT NOT NULL,
    url TEXT NOT NULL,  -- a feed its listing pages advertised, read with them
    PRIMARY KEY (source, url)
);
CREATE TABLE IF NOT EXISTS schedule (
    source TEXT PRIMARY KEY,
    next_run TEXT
);
"""


def _iso(moment: datetime, precise: bool = False) -> str:
    moment = moment.astimezone(UTC)
    text = moment.isoformat(timespec="milliseconds" if precise else "seconds")
    return text.replace("+00:00", "Z")


def utc_now(precise: bool = False) -> str:
    """Now, UTC, ISO 8601: `2026-01-02T03:04:05Z` (with milliseconds when `precise`)."""
    return _iso(datetime.now(UTC), precise)


@dataclass(frozen=True)
class SourceSummary:
    """What `byline sources` shows of one source."""

    name: str
    records: int
    failed: int
    dead: int
    pending: int
    skipped: int
    last_started: str | None
    last_finished: str | None
    last_result: str | None
    last_new: int
    next_run: str | None
    url_shapes: tuple[str, ...] = ()  # learned from its archived columns


class Index:
    """One connection to `<root>/index.sqlite`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise BylineError(
                f"{self.path} was written by a newer byline (index version {version}); "
                "upgrade byline to use this archive"
            )
        self.db.executescript(SCHEMA)
        # Later versions migrate from here, step by step, on `user_version`.
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @classmethod
    def of_archive(cls, root: str | Path) -> Index:
        """The index of the archive at `root` (`<root>/index.sqlite`)."""
        return cls(Path(root) / INDEX_FILE)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # URLs -------------------------------------------------------------------

    def known(self, urls: Iterable[str]) -> set[str]:
        """Those of `urls` already archived (as a record or as an alias)."""
        wanted = list(urls)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
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
        with self.db:
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

    def claim(self, url: str, seconds: float) -> bool:
        """Take a pending or failed URL for this process for `seconds`; False when it is
        archived already or another process holds it (a daemon beside a one-off run)."""
        now = datetime.now(UTC)
        cursor = self.db.execute(
            """UPDATE urls SET claimed_until = ?, claimed_by = ?
               WHERE url = ? AND state NOT IN ('archived', 'alias')
                 AND (claimed_until IS NULL OR claimed_until < ?)""",
            (_iso(now + timedelta(seconds=seconds), True), os.getpid(), url, _iso(now, True)),
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
        next_try = None if retry else _NEVER
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
        row = self.db.execute("SELECT failures FROM urls WHERE url = ?", (url,)).fetchone()
        failures = (row["failures"] if row else 0) + 1
        state = "dead" if failures >= max_failures else "failed"
        next_try = now + timedelta(seconds=backoff * 2 ** (failures - 1))
        self.db.execute(
            """INSERT INTO urls (url, source, state, error, failures, first_seen, last_tried,
                                 next_try)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET state = excluded.state, error = excluded.error,
                   failures = excluded.failures, last_tried = excluded.last_tried,
                   next_try = excluded.next_try, claimed_until = NULL""",
            (url, source, state, error, failures, _iso(now), _iso(now), _iso(next_try)),
        )
        return state

    # What a source's archived columns look like -------------------------------

    def record_urls(self, source: str) -> list[str]:
        """The URLs of the source's records."""
        rows = self.db.execute("SELECT DISTINCT url FROM records WHERE source = ?", (source,))
        return [row["url"] for row in rows]

    def save_source_templates(self, source: str, templates: Iterable[Template]) -> None:
        with self.db:
            self.db.execute("DELETE FROM source_patterns WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT INTO source_patterns (source, host, pattern, examples) VALUES (?,?,?,?)",
                [(source, t.host, json.dumps(t.parts), t.examples) for t in templates],
            )

    def source_templates(self, source: str) -> list[Template]:
        """The URL templates the source's archived columns taught, most examples first."""
        rows = self.db.execute(
            "SELECT * FROM source_patterns WHERE source = ? ORDER BY examples DESC, pattern",
            (source,),
        )
        return [Template(r["host"], tuple(json.loads(r["pattern"])), r["examples"]) for r in rows]

    def save_found_feeds(self, source: str, urls: Iterable[str]) -> None:
        with self.db:
            self.db.execute("DELETE FROM source_feeds WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT INTO source_feeds (source, url) VALUES (?, ?)",
                [(source, url) for url in sorted(urls)],
            )

    def found_feeds(self, source: str) -> list[str]:
        """The feeds the source's listing pages advertised when last read."""
        rows = self.db.execute(
            "SELECT url FROM source_feeds WHERE source = ? ORDER BY url", (source,)
        )
        return [row["url"] for row in rows]

    # Validators and robots.txt ----------------------------------------------

    def validators(self, url: str) -> tuple[Validators, list[str]] | None:
        """The last ETag/Last-Modified of a listing, feed or sitemap, and the links it gave."""
        row = self.db.execute(
            "SELECT etag, last_modified, links FROM validators WHERE url = ?", (url,)
        ).fetchone()
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
        row = self.db.execute(
            "SELECT body, fetched_at FROM robots WHERE origin = ?", (origin,)
        ).fetchone()
        return (row["body"], row["fetched_at"]) if row else None

    def save_robots(self, origin: str, body: str, fetched_at: float) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO robots (origin, body, fetched_at) VALUES (?, ?, ?)",
            (origin, body, fetched_at),
        )

    # Records ----------------------------------------------------------------

    def add_record(self, record: Record, extracted_sha256: str | None = None) -> None:
        """Insert or update a record; `extracted_sha256` (the hash of its text before
        cleaning) is kept from an earlier call when not given."""
        row = {**_record_row(record), "extracted_sha256": extracted_sha256}
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

    def record_with_text(self, *hashes: str) -> Record | None:
        """The record whose latest text, cleaned or as extracted, has one of these hashes."""
        marks = ",".join("?" * len(hashes))
        row = self.db.execute(
            f"""SELECT * FROM records
                WHERE text_sha256 IN ({marks}) OR extracted_sha256 IN ({marks})
                ORDER BY revision DESC LIMIT 1""",
            [*hashes, *hashes],
        ).fetchone()
        return _record(row) if row else None

    def record_for_url(self, url: str) -> Record | None:
        """The latest revision of the record this URL (or alias) points to."""
        row = self.db.execute(
            """SELECT records.* FROM urls JOIN records ON records.id = urls.record_id
               WHERE urls.url = ? ORDER BY records.revision DESC LIMIT 1""",
            (url,),
        ).fetchone()
        return _record(row) if row else None

    def records(
        self, source: str | None = None, all_revisions: bool = False, since: str | None = None
    ) -> Iterator[Record]:
        """Every record's latest revision (or every revision), oldest publication first;
        with `since`, only those published (else fetched) on or after that date."""
        sql = "SELECT * FROM records AS r WHERE 1"
        if not all_revisions:
            sql += f" AND {_LATEST}"
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

    def records_containing(self, host: str, samples: list[str]) -> list[Record]:
        """Latest revisions of the records on this host whose text holds one of these."""
        if not samples:
            return []
        holds = " OR ".join("instr(text, ?) > 0" for _ in samples)
        rows = self.db.execute(
            f"""SELECT * FROM records AS r
                WHERE (url LIKE ? OR url LIKE ?) AND ({holds})
                  AND {_LATEST}""",
            [f"http://{host}/%", f"https://{host}/%", *samples],
        )
        return [_record(row) for row in rows]

    # Learned boilerplate ----------------------------------------------------

    def learn_blocks(
        self, host: str, article: str, author: str | None, blocks: dict[str, str]
    ) -> None:
        """Note that these blocks (fingerprint: text) appear on this article of the host;
        an article counts once per block however often it is fetched."""
        now = utc_now()
        with self.db:
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
                    (host, fingerprint, text[:2000], added, now, now),
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

    def learned_blocks(self, hosts: Iterable[str], min_articles: int) -> list[dict[str, Any]]:
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

    # Passes -----------------------------------------------------------------

    def start_pass(self, source: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO passes (source, started_at) VALUES (?, ?)", (source, utc_now(precise=True))
        )
        return int(cursor.lastrowid or 0)

    def last_pass_started(self, source: str) -> datetime | None:
        """When the source's latest complete pass began (for the daemon's start-up); a
        pass cut short by a stop does not count, so a restart resumes at once."""
        row = self.db.execute(
            """SELECT started_at FROM passes WHERE source = ? AND finished_at IS NOT NULL
                   AND result IS NOT 'interrupted'
               ORDER BY id DESC LIMIT 1""",
            (source,),
        ).fetchone()
        return datetime.fromisoformat(row["started_at"]) if row else None

    def save_next_run(self, source: str, when: datetime | None) -> None:
        """The daemon's next run of a source, for `byline sources` in another process."""
        if when is None:
            self.db.execute("DELETE FROM schedule WHERE source = ?", (source,))
            return
        self.db.execute(
            "INSERT OR REPLACE INTO schedule (source, next_run) VALUES (?, ?)",
            (source, _iso(when)),
        )

    def next_runs(self) -> dict[str, str]:
        return {r["source"]: r["next_run"] for r in self.db.execute("SELECT * FROM schedule")}

    def finish_pass(
        self,
        pass_id: int,
        pages: int,
        new: int,
        aliases: int,
        failed: int,
        skipped: int,
        result: str,
    ) -> None:
        self.db.execute(
            """UPDATE passes SET finished_at = ?, pages = ?, new = ?, aliases = ?, failed = ?,
                   skipped = ?, result = ? WHERE id = ?""",
            (utc_now(precise=True), pages, new, aliases, failed, skipped, result, pass_id),
        )

    def summaries(self, names: Iterable[str]) -> list[SourceSummary]:
        out = []
        next_runs = self.next_runs()
        for name in names:
            last = self.db.execute(
                "SELECT * FROM passes WHERE source = ? ORDER BY id DESC LIMIT 1", (name,)
            ).fetchone()
            records = self.db.execute(
                "SELECT COUNT(DISTINCT id) FROM records WHERE source = ?", (name,)
            ).fetchone()[0]
            states = dict(
                self.db.execute(
                    "SELECT state, COUNT(*) FROM urls WHERE source = ? GROUP BY state", (name,)
                ).fetchall()
            )
            out.append(
                SourceSummary(
                    name=name,
                    records=int(records),
                    failed=int(states.get("failed", 0)),
                    dead=int(states.get("dead", 0)),
                    pending=int(states.get("pending", 0)),
                    skipped=int(states.get("skipped", 0)),
                    last_started=last["started_at"] if last else None,
                    last_finished=last["finished_at"] if last else None,
                    last_result=last["result"] if last else None,
                    last_new=int(last["new"]) if last else 0,
                    next_run=next_runs.get(name),
                    url_shapes=tuple(str(t) for t in self.source_templates(name)),
                )
            )
        return out


def _record_row(record: Record) -> dict[str, Any]:
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
