"""The questions the command line asks of an archive, and verify's repair: no fetcher, no pool."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .archive import Archive, DaemonLock
from .discover import Scope
from .errors import UsageError
from .index import Index, SourceSummary
from .index.search import Hit
from .models import EVERYTHING, Filters, Record
from .pipeline import select_sources
from .repair import Repair, repair
from .settings import Settings
from .urls import normalize
from .verify import Report, verify


def source_status(settings: Settings) -> list[SourceSummary]:
    """Each configured source's counts and last pass, from the index."""
    with Index.of_archive(settings.archive_root) as index:
        return index.summaries(s.name for s in settings.sources)


def daemon_pid(settings: Settings) -> int | None:
    """The pid of the daemon running on this archive, if one is."""
    return DaemonLock(settings.archive_root).holder()


def learned_boilerplate(settings: Settings, name: str | None = None) -> list[dict[str, Any]]:
    """The repeated blocks learned on the hosts of all sources, or of one source."""
    sources = select_sources(settings, [name] if name else [])
    hosts = {h for source in sources for host in Scope(source).hosts for h in (host, "www." + host)}
    with Index.of_archive(settings.archive_root) as index:
        return index.blocks.learned(hosts, settings.boilerplate.min_articles)


_ID = re.compile(r"^[0-9a-f]{12}$")


def revisions_of(settings: Settings, ref: str) -> list[Record]:
    """Every revision, oldest first, of the record `ref` names: its id (12 hex digits),
    the path of one of its files (relative to the archive root, or not), or a URL it
    was archived from (or an alias of it). Empty when there is none."""
    root = settings.archive_root
    with Index.of_archive(root) as index:
        if _ID.match(ref):
            return index.records.of_id(ref)
        if not ref.startswith(("http://", "https://")):
            stored = index.records.at(_record_path(root, ref))
            return index.records.of_id(stored.id) if stored else []
        return index.records.revisions(normalize(ref, settings.discovery.strip_params))


def _record_path(root: str | Path, ref: str) -> str:
    """The `.json` path, relative to `root`, of a record file named in any of its forms."""
    path = Path(ref)
    named = path.is_absolute() or path.exists()  # else it is relative to the root already
    if named and path.resolve().is_relative_to(Path(root).resolve()):
        path = path.resolve().relative_to(Path(root).resolve())
    text = path.as_posix()
    for suffix in (".html.gz", ".md"):
        if text.endswith(suffix):
            return text.removesuffix(suffix) + ".json"
    return text


def raw_page(settings: Settings, record: Record) -> bytes:
    """The HTML as it was fetched for this revision, checked against its hash."""
    return Archive(settings.archive_root).raw(record)


def check_filters(index: Index, settings: Settings, filters: Filters) -> None:
    """A source filter names a configured source or one the archive holds."""
    name = filters.source
    if name and name not in {s.name for s in settings.sources} and not index.records.count(name):
        raise UsageError(f"--source {name}: no such source in the configuration or the archive")


def records(settings: Settings, filters: Filters = EVERYTHING) -> Iterator[Record]:
    """The latest revision of each record the filters let through, oldest first. A bad
    filter is refused here, before the first record is read."""
    index = Index.of_archive(settings.archive_root)
    try:
        check_filters(index, settings, filters)
    except BaseException:
        index.close()
        raise

    def latest() -> Iterator[Record]:
        with index:
            yield from index.records.all(filters)

    return latest()


def search(
    settings: Settings, query: str, filters: Filters = EVERYTHING, limit: int = 20, offset: int = 0
) -> tuple[list[Hit], int]:
    """The best `limit` records matching the full-text `query`, and how many match."""
    with Index.of_archive(settings.archive_root) as index:
        check_filters(index, settings, filters)
        hits = index.records.search.query(query, filters, limit, offset)
        return hits, index.records.search.count(query, filters)


def archive_stats(settings: Settings, filters: Filters = EVERYTHING) -> dict[str, Any]:
    """What the archive holds (records per source, author and month; revisions; aliases;
    bytes on disk) and how its sources fare (last pass, failing and dead URLs: how
    many, and the first 100 with their errors). The URL counts and passes follow only
    the source filter: a URL has no author or date."""
    root = settings.archive_root
    with Index.of_archive(root) as index:
        check_filters(index, settings, filters)
        tally = index.records.tally(filters)
        names = sorted({*(s.name for s in settings.sources), *tally["per_source"]})
        if filters.source:
            names = [filters.source]
        sources = {}
        for summary in index.summaries(names):
            sources[summary.name] = {
                "records": tally["per_source"].get(summary.name, 0),
                "failing": summary.failed,
                "dead": summary.dead,
                "pending": summary.pending,
                "last_pass": summary.last_started,
                "last_result": summary.last_result,
                "last_new": summary.last_new,
                "troubled": index.frontier.troubled(summary.name),
            }
    return {**tally, "sources": sources, "bytes_on_disk": Archive(root).size()}


def check_archive(settings: Settings) -> Report:
    """Every file of the archive against the index, and the index against the files."""
    with Index.of_archive(settings.archive_root) as index:
        return verify(Archive(settings.archive_root), index)


def repair_archive(settings: Settings) -> tuple[Report, list[Repair]]:
    """Check the archive, then fix what can be fixed without loss. Holds the daemon lock
    meanwhile (LockedError when a daemon runs on this archive)."""
    archive = Archive(settings.archive_root)
    lock = DaemonLock(archive.root).acquire()
    try:
        with Index.of_archive(archive.root) as index:
            report = verify(archive, index)
            return report, repair(archive, index, report)
    finally:
        lock.release()
