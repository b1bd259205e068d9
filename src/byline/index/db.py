"""The connection to `<root>/index.sqlite`: pragmas, transactions and the schema's versions.

sqlite3 runs in autocommit (`isolation_level=None`), so a lone statement is its
own transaction, and anything that writes more than one row goes through
`Database.transaction()`: `BEGIN IMMEDIATE … COMMIT`, rolled back when the
block raises. A transaction never spans an `await`: every caller is plain
synchronous code, so two asyncio tasks never share one.

The schema's version is SQLite's `user_version`. `MIGRATIONS[n]` takes an index
at version n to n + 1 inside one transaction; an index newer than this code is
refused, never touched.
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import BylineError, StorageError, storage_hint
from ..urls import host_key

_V1 = (
    """CREATE TABLE IF NOT EXISTS records (
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
    )""",
    "CREATE INDEX IF NOT EXISTS records_extracted_sha256 ON records (extracted_sha256)",
    "CREATE INDEX IF NOT EXISTS records_text_sha256 ON records (text_sha256)",
    "CREATE INDEX IF NOT EXISTS records_source_date ON records (source, date)",
    """CREATE TABLE IF NOT EXISTS urls (
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
    )""",
    "CREATE INDEX IF NOT EXISTS urls_source_state ON urls (source, state)",
    """CREATE TABLE IF NOT EXISTS validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        links TEXT NOT NULL DEFAULT '[]',
        checked_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS robots (
        origin TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        fetched_at REAL NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS passes (
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
    )""",
    "CREATE INDEX IF NOT EXISTS passes_source ON passes (source, id)",
    """CREATE TABLE IF NOT EXISTS blocks (
        host TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        sample TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (host, fingerprint)
    )""",
    """CREATE TABLE IF NOT EXISTS block_articles (
        host TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        article TEXT NOT NULL,
        author TEXT,
        PRIMARY KEY (host, fingerprint, article)
    )""",
    """CREATE TABLE IF NOT EXISTS source_patterns (
        source TEXT NOT NULL,
        host TEXT NOT NULL,
        pattern TEXT NOT NULL,  -- the path template, as JSON: a list of parts
        examples INTEGER NOT NULL,
        PRIMARY KEY (source, host, pattern)
    )""",
    """CREATE TABLE IF NOT EXISTS source_feeds (
        source TEXT NOT NULL,
        url TEXT NOT NULL,  -- a feed its listing pages advertised, read with them
        PRIMARY KEY (source, url)
    )""",
    """CREATE TABLE IF NOT EXISTS schedule (
        source TEXT PRIMARY KEY,
        next_run TEXT
    )""",
)
_V2 = (
    # Why a pass ended in "error" (a bug, kept so `byline sources` can say what it was).
    "ALTER TABLE passes ADD COLUMN error TEXT",
    # Revisions and aliases are found from a record's id.
    "CREATE INDEX IF NOT EXISTS urls_record_id ON urls (record_id)",
    # What each host's records were last cleaned with (see boilerplate.Boilerplate.stale).
    """CREATE TABLE IF NOT EXISTS cleaned_hosts (
        host TEXT PRIMARY KEY,
        digest TEXT NOT NULL
    )""",
)
_V3 = (
    # Full-text search over each record's latest revision (see search.py).
    """CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
        title, author, text, tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
    # What the filters look at, per search row: a small table, so a filtered search
    # never reads a record (nor an FTS row's whole text) that does not make the page.
    """CREATE TABLE IF NOT EXISTS search_filters (
        key INTEGER PRIMARY KEY,  -- the search row
        source TEXT NOT NULL,
        host TEXT NOT NULL,  -- of the record's URL, for re-cleaning a host's records
        day TEXT NOT NULL,  -- published, else fetched: YYYY-MM-DD
        who TEXT  -- the author, folded
    )""",
    """INSERT INTO search (rowid, title, author, text)
       SELECT record_rowid(id), COALESCE(title, ''), COALESCE(author, ''), text
       FROM records AS r
       WHERE r.revision = (SELECT MAX(revision) FROM records WHERE id = r.id)""",
    """INSERT INTO search_filters (key, source, host, day, who)
       SELECT record_rowid(id), source, host_of(url), substr(COALESCE(date, fetched_at), 1, 10),
              folded(author)
       FROM records AS r
       WHERE r.revision = (SELECT MAX(revision) FROM records WHERE id = r.id)""",
)
_V4 = (
    # Learned boilerplate kept up to date as articles come (see blocks.py): a block's
    # first article, first author and whether others had it, in its own row.
    "ALTER TABLE blocks ADD COLUMN first_article TEXT",
    "ALTER TABLE blocks ADD COLUMN author TEXT",
    "ALTER TABLE blocks ADD COLUMN authors INTEGER NOT NULL DEFAULT 0",  # 0, 1, 2: more
    "ALTER TABLE blocks ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0",
    """UPDATE blocks SET
           first_article = (SELECT MIN(a.article) FROM block_articles AS a
                            WHERE a.host = blocks.host AND a.fingerprint = blocks.fingerprint),
           author = (SELECT MIN(a.author) FROM block_articles AS a
                     WHERE a.host = blocks.host AND a.fingerprint = blocks.fingerprint),
           authors = MIN(2, (SELECT COUNT(DISTINCT a.author) FROM block_articles AS a
                             WHERE a.host = blocks.host AND a.fingerprint = blocks.fingerprint))""",
    # A block seen once keeps its article in its row, and no text.
    """DELETE FROM block_articles WHERE EXISTS (
           SELECT 1 FROM blocks AS b WHERE b.host = block_articles.host
               AND b.fingerprint = block_articles.fingerprint AND b.articles < 2)""",
    "UPDATE blocks SET sample = '' WHERE articles < 2",
    "CREATE INDEX IF NOT EXISTS blocks_learned ON blocks (host, articles)",
    """CREATE TABLE IF NOT EXISTS host_learning (
        host TEXT PRIMARY KEY,
        seq INTEGER NOT NULL DEFAULT 0,  -- articles of the host learned from
        generation INTEGER NOT NULL DEFAULT 0  -- moves when its learned set may change
    )""",
    """INSERT INTO host_learning (host, seq)
       SELECT host, COUNT(DISTINCT first_article) FROM blocks GROUP BY host""",
    "UPDATE blocks SET last_seq = (SELECT seq FROM host_learning WHERE host = blocks.host)",
    # The learned blocks a host's records were cleaned with, beside the rules' digest.
    "ALTER TABLE cleaned_hosts ADD COLUMN blocks TEXT",
    # A record found by the path of its file (`show PATH`, `verify --repair`).
    "CREATE INDEX IF NOT EXISTS records_path ON records (path)",
    # The article (known by its text) each URL's column was learned as.
    """CREATE TABLE IF NOT EXISTS learned_articles (
        host TEXT NOT NULL,
        key TEXT NOT NULL,  -- the URL's: record_id of its canonical, else final, URL
        article TEXT NOT NULL,
        PRIMARY KEY (host, key)
    )""",
)
# Version 5: a source's latest records, for learning its URL shape from them alone.
_V5 = ("CREATE INDEX IF NOT EXISTS records_source_fetched ON records (source, fetched_at)",)

# Version 6: a source's columns newest first, and counted, from an index alone (the
# reading room's pages of a source, and its sources page). The day index takes over
# from `records_source_date`, whose only use was its source.
_V6 = (
    "DROP INDEX IF EXISTS records_source_date",
    """CREATE INDEX IF NOT EXISTS records_source_day ON records
       (source, substr(COALESCE(date, fetched_at), 1, 10) DESC, fetched_at DESC, id)""",
    "CREATE INDEX IF NOT EXISTS records_source_id ON records (source, id)",
)

MIGRATIONS: tuple[Sequence[str], ...] = (_V1, _V2, _V3, _V4, _V5, _V6)  # n: version n to n + 1
SCHEMA_VERSION = len(MIGRATIONS)


def _record_rowid(record_id: str) -> int:
    return int(record_id, 16)


def folded(text: str | None) -> str | None:
    """`text` without case or accents, as search folds words: `Pérez` is `perez`."""
    if text is None:
        return None
    apart = unicodedata.normalize("NFKD", text)
    return "".join(c for c in apart if not unicodedata.combining(c)).casefold()


def iso(moment: datetime, precise: bool = False) -> str:
    moment = moment.astimezone(UTC)
    text = moment.isoformat(timespec="milliseconds" if precise else "seconds")
    return text.replace("+00:00", "Z")


def utc_now(precise: bool = False) -> str:
    """Now, UTC, ISO 8601: `2026-01-02T03:04:05Z` (with milliseconds when `precise`)."""
    return iso(datetime.now(UTC), precise)


class Database:
    """One WAL-mode connection; a one-off command writes beside a running daemon."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._depth = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise BylineError(f"{self.path}: cannot open the index: {_why(exc)}") from None
        self._db.row_factory = sqlite3.Row
        # A record's search row is its 12-hex-digit id as a number (see search.py).
        self._db.create_function("record_rowid", 1, _record_rowid, deterministic=True)
        self._db.create_function("folded", 1, folded, deterministic=True)
        self._db.create_function("host_of", 1, host_key, deterministic=True)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if isinstance(exc, sqlite3.OperationalError):
                why = _unwritable(self.path) or f"{exc}; {storage_hint(str(exc), self.path)}"
                raise BylineError(f"{self.path}: cannot use the index: {why}") from None
            raise BylineError(
                f"{self.path}: not a byline index, or damaged ({exc}); `byline reindex` "
                "rebuilds it from the archive's files (keeping this one as index.sqlite.old)"
            ) from None
        except BaseException:
            self._db.close()
            raise

    def _version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise BylineError(
                f"{self.path} was written by a newer byline (index version {version}, this "
                f"byline reads up to {SCHEMA_VERSION}); upgrade byline to use this archive"
            )

    def _migrate(self) -> None:
        """Bring the index to SCHEMA_VERSION, one version per transaction."""
        self._refuse_newer(self._version())
        while True:
            with self.transaction():
                version = self._version()  # again, inside the lock: another process may
                self._refuse_newer(version)  # have migrated since
                if version == SCHEMA_VERSION:
                    return
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={version + 1}")

    @property
    def version(self) -> int:
        return self._version()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all. Nested uses are savepoints:
        an inner block that raises undoes only its own writes if its caller goes on."""
        if self._depth:
            name = f"s{self._depth}"
            self.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                if self._db.in_transaction:  # SQLite may have rolled it all back already
                    self.execute(f"ROLLBACK TO {name}")
                    self.execute(f"RELEASE {name}")
                raise
            else:
                self.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:  # a full disk or an I/O error may have ended it
                self._db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def execute(self, sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, args)
        except sqlite3.DatabaseError as exc:
            raise self._fault(exc) from None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        try:
            return self._db.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise self._fault(exc) from None

    def one(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.execute(sql, args).fetchone()
        return row

    def _fault(self, exc: sqlite3.DatabaseError) -> Exception:
        """The StorageError naming the index for a full disk, a read-only or damaged
        file; a constraint or a programming error stays what it is: a bug."""
        why = str(exc)
        if type(exc) is sqlite3.DatabaseError:  # "malformed", "not a database"
            return StorageError(f"{self.path}: {why}; `byline reindex` rebuilds it from the files")
        if isinstance(exc, sqlite3.OperationalError) and _MACHINE_FAULT.search(why):
            return StorageError(f"{self.path}: {why}; {storage_hint(why, self.path)}")
        return exc

    def close(self) -> None:
        self._db.close()


def _unwritable(path: Path) -> str | None:
    """Why the index at `path` cannot be written, when the file system says so."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"{folder} is on a read-only file system (byline writes its index there)"
    except OSError:
        return None
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"this user may not write {path} (byline writes its index there)"
    return None


_MACHINE_FAULT = re.compile(r"disk|full|read-?only|locked|unable to open|I/O", re.IGNORECASE)


def _why(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
