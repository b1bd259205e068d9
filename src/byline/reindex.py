"""Rebuilding `index.sqlite` from the archive's files alone.

Every `.json` under the root becomes its record row (every revision), its URL
archived and its aliases known as aliases, so the next pass fetches none of them
again. What lives only in the index starts empty: fetch validators, robots.txt
files, failure history, passes, learned URL shapes. Learned boilerplate is
learned again afterwards from the stored raw pages (`Pipeline.relearn`, called
by `pipeline.reindex_now` with the daemon lock still held).

The new index is written beside the old one (`index.sqlite.rebuilding`) and
swapped in at the end; the old one, if any, is kept as `index.sqlite.old` with
its WAL. A crash before the swap leaves the old index as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .archive import Archive, DaemonLock
from .errors import DamagedError
from .index import INDEX_FILE, Index
from .models import Record

_SIDECARS = ("", "-wal", "-shm")


@dataclass
class Rebuilt:
    records: int = 0  # revisions indexed
    articles: int = 0  # distinct records
    aliases: int = 0
    kept_old: Path | None = None
    problems: list[str] = field(default_factory=list)  # files left out, and why
    relearned: int = 0  # raw pages boilerplate was learned again from
    hosts: int = 0  # hosts they came from


def rebuild(root: str | os.PathLike[str], locked: bool = False) -> Rebuilt:
    """Build a new index from the files under `root` and swap it in. Holds the daemon
    lock meanwhile (LockedError when a daemon runs on this archive), unless the caller
    holds it already (`locked`)."""
    archive = Archive(root)
    target = archive.root / INDEX_FILE
    fresh = target.with_name(INDEX_FILE + ".rebuilding")
    lock = None if locked else DaemonLock(archive.root).acquire()
    try:
        _remove(fresh)
        done = _fill(archive, fresh)
        if target.exists():
            old = target.with_name(INDEX_FILE + ".old")
            _remove(old)
            for suffix in _SIDECARS:  # the old WAL goes with its index, never to the new
                if Path(f"{target}{suffix}").exists():
                    os.replace(f"{target}{suffix}", f"{old}{suffix}")
            done.kept_old = old
        os.replace(fresh, target)
        return done
    finally:
        _remove(fresh)
        if lock is not None:
            lock.release()


def _fill(archive: Archive, fresh: Path) -> Rebuilt:
    done = Rebuilt()
    with Index(fresh) as index, index.transaction():
        ids: set[str] = set()
        aliases: set[str] = set()
        for path in archive.record_paths():
            try:
                record = archive.read(path)
            except DamagedError as exc:
                why = str(exc).removeprefix(f"{path}: ")
                done.problems.append(f"{path}: left out, it does not parse ({why})")
                continue
            record.path = path  # where the file is, whatever it says
            aliases.update(add_record(index, record))
            done.records += 1
            ids.add(record.id)
        done.articles = len(ids)
        done.aliases = len(aliases)
    return done


def add_record(index: Index, record: Record) -> set[str]:
    """Index a record read from its file: its row, its URL archived, its aliases known
    as aliases (returned)."""
    index.records.add(record)
    index.frontier.mark_archived(record.url, record.source, record.id)
    aliases = {alias for alias in record.aliases if alias != record.url}
    for alias in aliases:
        index.frontier.mark_alias(alias, record.source, record.id)
    return aliases


def _remove(path: Path) -> None:
    for suffix in _SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
