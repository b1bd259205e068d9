"""Read-only questions the command line asks of an archive: no fetcher, no pool."""

from __future__ import annotations

from typing import Any

from .archive import Archive, DaemonLock
from .discover import Scope
from .index import Index, SourceSummary
from .models import Record
from .pipeline import select_sources
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


def revisions_of(settings: Settings, url: str) -> list[Record]:
    """Every revision of the record archived for this URL, oldest first."""
    with Index.of_archive(settings.archive_root) as index:
        return index.records.revisions(normalize(url, settings.discovery.strip_params))


def check_archive(settings: Settings) -> Report:
    """Every file of the archive against the index, and the index against the files."""
    with Index.of_archive(settings.archive_root) as index:
        return verify(Archive(settings.archive_root), index)
