"""The SQLite index, `<root>/index.sqlite`: the only code with SQL.

    db         the connection, `transaction()`, the schema and its migrations
    frontier   every URL met and its state (pending, archived, alias, failed, ...)
    records    records and revisions
    httpcache  validators of listings, feeds and sitemaps; robots.txt files
    blocks     learned boilerplate
    passes     passes, the daemon's schedule, what passes learned about a source

Everything in it can be rebuilt from the archive's files, except the history
of failures and passes and the HTTP cache. WAL mode and a busy timeout let a
one-off command read and write beside a running daemon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..archive import Archive
from ..errors import BylineError
from .blocks import Blocks
from .db import SCHEMA_VERSION, Database, utc_now
from .frontier import NEVER, Frontier
from .httpcache import HttpCache
from .passes import Passes, PassRow
from .records import Records

INDEX_FILE = "index.sqlite"

__all__ = [
    "INDEX_FILE",
    "NEVER",
    "SCHEMA_VERSION",
    "Index",
    "PassRow",
    "SourceSummary",
    "utc_now",
]


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
    last_error: str | None = None  # why the last pass ended in "error"


class Index:
    """One connection to an index, and its parts by what they keep."""

    def __init__(self, path: str | Path) -> None:
        self.db = Database(path)
        self.path = self.db.path
        self.frontier = Frontier(self.db)
        self.records = Records(self.db)
        self.http = HttpCache(self.db)
        self.blocks = Blocks(self.db)
        self.passes = Passes(self.db)

    @classmethod
    def of_archive(cls, root: str | Path) -> Index:
        """The index of the archive at `root` (`<root>/index.sqlite`), made if the
        archive is new. An archive with records but no index lost it: opening a new
        empty one would have the next pass fetch every article again, so it is refused."""
        path = Path(root) / INDEX_FILE
        if not path.exists() and Archive(root).has_records():
            raise BylineError(
                f"{path} is missing but the archive holds records: run `byline reindex` "
                "to rebuild it from the files first"
            )
        return cls(path)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes through any part that commit together or not at all."""
        with self.db.transaction():
            yield

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def summaries(self, names: Iterable[str]) -> list[SourceSummary]:
        out = []
        next_runs = self.passes.next_runs()
        for name in names:
            last = self.passes.last(name)
            states = self.frontier.counts(name)
            out.append(
                SourceSummary(
                    name=name,
                    records=self.records.count(name),
                    failed=states.get("failed", 0),
                    dead=states.get("dead", 0),
                    pending=states.get("pending", 0),
                    skipped=states.get("skipped", 0),
                    last_started=last["started_at"] if last else None,
                    last_finished=last["finished_at"] if last else None,
                    last_result=last["result"] if last else None,
                    last_new=int(last["new"]) if last else 0,
                    next_run=next_runs.get(name),
                    url_shapes=tuple(str(t) for t in self.passes.templates(name)),
                    last_error=last["error"] if last else None,
                )
            )
        return out
