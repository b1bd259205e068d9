"""What the reading room's pages show, read from the index: plain dicts, so each page
and its JSON twin under /api/ are the same data. Nothing here writes."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..discover import Scope
from ..errors import UsageError
from ..index import Index
from ..models import Filters, Record
from ..queries import check_filters
from ..settings import Settings, Source
from .chart import per_week, week_starts
from .wordiff import changed_words, word_diff


def schedule_of(source: Source) -> str:
    if source.cron:
        return f"cron {source.cron}" + (f" ({source.timezone})" if source.timezone else "")
    return f"every {source.every}"


def sources(index: Index, settings: Settings, today: date) -> list[dict[str, Any]]:
    """Every configured source, and any other the archive holds: its schedule, last pass,
    next run, failing and dead URLs, and how many columns it archived each week over the
    last year (by the day each was first fetched: a source gone quiet shows)."""
    configured = {s.name: s for s in settings.sources}
    names = [*configured, *sorted(set(index.records.sources()) - set(configured))]
    starts = week_starts(today)
    since = starts[0].isoformat()
    out = []
    for summary in index.summaries(names):
        source = configured.get(summary.name)
        days = index.records.archived_per_day(summary.name, since)
        out.append(
            {
                "name": summary.name,
                "configured": source is not None,
                "schedule": schedule_of(source) if source else None,
                "records": summary.records,
                "last_pass": {
                    "started": summary.last_started,
                    "finished": summary.last_finished,
                    "result": summary.last_result,
                    "new": summary.last_new,
                    "error": summary.last_error,
                },
                "next_run": summary.next_run,
                "failing": summary.failed,
                "dead": summary.dead,
                "pending": summary.pending,
                "troubled": index.frontier.troubled(summary.name, limit=20),
                "weeks": [
                    {"week": start.isoformat(), "columns": n}
                    for start, n in zip(starts, per_week(days, starts), strict=True)
                ],
            }
        )
    return out


def page_of(number: int, size: int, total: int) -> dict[str, int]:
    pages = max(1, -(-total // size))
    return {"page": number, "pages": pages, "per_page": size, "total": total}


def columns(
    index: Index, settings: Settings, filters: Filters, number: int, size: int
) -> dict[str, Any]:
    """A page of a source's columns (or any filtered set), newest first."""
    check_filters(index, settings, filters)
    found, total = index.records.newest(filters, size, (number - 1) * size)
    return {
        "columns": [_summary(record) for record in found],
        **page_of(number, size, total),
    }


def _summary(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "title": record.title,
        "author": record.author,
        "date": record.date or record.fetched_at[:10],
        "source": record.source,
        "url": record.url,
        "words": len(record.text.split()),
        "revisions": record.revision,
    }


def column(index: Index, record_id: str, diff: tuple[int, int] | None) -> dict[str, Any] | None:
    """A column's latest text, its revisions, and the word diff between two of them
    (None: no such column). UsageError for a diff naming a revision it does not have."""
    revisions = index.records.of_id(record_id)
    if not revisions:
        return None
    latest = revisions[-1]
    shown: dict[str, Any] = {
        **_summary(latest),
        "canonical_url": latest.canonical_url,
        "fetched_at": latest.fetched_at,
        "language": latest.language,
        "paragraphs": [p for p in latest.text.split("\n\n") if p.strip()],
        "text": latest.text,
        "aliases": latest.aliases,
        "revision_list": [
            {
                "revision": r.revision,
                "fetched_at": r.fetched_at,
                "words": len(r.text.split()),
                "title": r.title,
            }
            for r in revisions
        ],
        "diff": None,
    }
    if diff is not None:
        by_number = {r.revision: r for r in revisions}
        missing = [n for n in diff if n not in by_number]
        if missing:
            have = ", ".join(str(r.revision) for r in revisions)
            raise UsageError(
                f"diff: column {record_id} has no revision {missing[0]} (it has {have})"
            )
        old, new = by_number[diff[0]], by_number[diff[1]]
        pieces = word_diff(old.text, new.text)
        inserted, deleted = changed_words(pieces)
        shown["diff"] = {
            "from": diff[0],
            "to": diff[1],
            "pieces": [{"kind": kind, "text": text} for kind, text in pieces],
            "inserted_words": inserted,
            "deleted_words": deleted,
            "title_from": old.title,
            "title_to": new.title,
        }
    return shown


def revision_record(index: Index, record_id: str, revision: int | None) -> Record | None:
    revisions = index.records.of_id(record_id)
    if revision is None:
        return revisions[-1] if revisions else None
    return next((r for r in revisions if r.revision == revision), None)


def search(
    index: Index, settings: Settings, query: str, filters: Filters, number: int, size: int
) -> dict[str, Any]:
    """The hits of a full-text query, best first, with their snippets' highlights."""
    check_filters(index, settings, filters)
    hits = index.records.search.query(query, filters, size, (number - 1) * size)
    total = index.records.search.count(query, filters)
    return {
        "query": query,
        "hits": [
            {**hit.to_dict(), "pieces": _highlighted(hit.snippet, hit.highlights)} for hit in hits
        ],
        **page_of(number, size, total),
    }


def _highlighted(snippet: str, spans: tuple[tuple[int, int], ...]) -> list[dict[str, Any]]:
    """The snippet cut into plain and matched pieces, for escaping piece by piece."""
    pieces, at = [], 0
    for start, end in spans:
        if start > at:
            pieces.append({"text": snippet[at:start], "match": False})
        pieces.append({"text": snippet[start:end], "match": True})
        at = end
    if at < len(snippet):
        pieces.append({"text": snippet[at:], "match": False})
    return pieces


def boilerplate(index: Index, settings: Settings) -> list[dict[str, Any]]:
    """Per host of the configured sources, the blocks it repeats: on how many articles
    each was seen and whether it is removed."""
    hosts: dict[str, list[str]] = {}
    for source in settings.sources:
        for host in Scope(source).hosts:
            hosts.setdefault(host, []).append(source.name)
    blocks = index.blocks.learned(
        [h for host in hosts for h in (host, "www." + host)], settings.boilerplate.min_articles
    )
    out: dict[str, dict[str, Any]] = {}
    for block in blocks:
        host = block["host"]
        entry = out.setdefault(
            host,
            {"host": host, "sources": hosts.get(host.removeprefix("www."), []), "blocks": []},
        )
        entry["blocks"].append(
            {
                "text": block["sample"],
                "articles": block["articles"],
                "removed": block["removed"],
                "first_seen": block["first_seen"],
                "last_seen": block["last_seen"],
            }
        )
    return sorted(out.values(), key=lambda e: e["host"])
