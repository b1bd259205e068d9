"""Records out of the archive: JSON lines or CSV, one record per line, or WARC."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, TextIO

from .archive import Archive
from .index import Index
from .models import EVERYTHING, Filters, Record
from .queries import check_filters
from .settings import Settings
from .warc import write_warc

FORMATS = ("jsonl", "csv", "warc")
# The record's fields, with `http` spread over three columns.
CSV_FIELDS = [
    column
    for name in Record.FIELDS
    for column in (
        ("http_status", "http_etag", "http_last_modified") if name == "http" else (name,)
    )
]


def export(
    settings: Settings,
    fmt: str,
    out: TextIO,
    all_revisions: bool = False,
    filters: Filters = EVERYTHING,
) -> int:
    """Write the records the filters let through (their latest revision, or every
    revision) to `out`; how many."""
    with _selected(settings, filters, all_revisions) as records:
        return write_csv(records, out) if fmt == "csv" else write_jsonl(records, out)


def export_warc(
    settings: Settings,
    out: BinaryIO,
    gzip: bool = True,
    all_revisions: bool = False,
    filters: Filters = EVERYTHING,
) -> tuple[int, list[str]]:
    """Write the records the filters let through as WARC (see `warc`): how many, and
    the damaged raw pages left out."""
    with _selected(settings, filters, all_revisions) as records:
        return write_warc(records, Archive(settings.archive_root), out, gzip)


@contextmanager
def _selected(
    settings: Settings, filters: Filters, all_revisions: bool
) -> Iterator[Iterator[Record]]:
    """The records an export writes, read while the index is open; a bad filter is
    refused before the first is written."""
    with Index.of_archive(settings.archive_root) as index:
        check_filters(index, settings, filters)
        yield index.records.all(filters, all_revisions=all_revisions)


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_row(record: Record) -> dict[str, Any]:
    row = record.to_dict()
    http = row.pop("http")
    row["http_status"] = http.get("status")
    row["http_etag"] = http.get("etag")
    row["http_last_modified"] = http.get("last_modified")
    row["extractor"] = " ".join(filter(None, row["extractor"].values()))
    row["aliases"] = " ".join(row["aliases"])
    return {key: _inert(value) for key, value in row.items()}


def _inert(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `@x`)
    gets a leading apostrophe, so it is shown as the text the page had."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(csv_row(record))
        count += 1
    return count
