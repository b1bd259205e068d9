"""Checking the archive: every file against the index, and the index against the files.

What is checked, for every revision the index knows:
- its `.json` exists, parses as a record, and is the record the index holds
  (same id, revision and URL), and its text still has its `text_sha256`;
- its `.md` exists and says what the `.json` says;
- its `.html.gz` exists, inflates, and still has its `raw_sha256`.
Then: record files the index does not know, and temporary files left by
interrupted writes. Nothing here writes; a finding names the file and what is
wrong with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .archive import Archive, markdown, sha256
from .errors import DamagedError
from .index import Index
from .models import Record

# What makes a record file the record the index holds at its path.
IDENTITY = ("id", "revision", "url", "text_sha256", "raw_sha256")


@dataclass(frozen=True)
class Finding:
    """One thing wrong. `kind`: "missing" (a file the index lists is not on disk),
    "unreadable" (a record file that does not parse), "altered" (content that is not
    what was archived), "index" (a record file that disagrees with the index),
    "markdown" (an `.md` that disagrees with its `.json`), "unknown" (a record file
    the index does not know), "temporary" (a leftover of an interrupted write)."""

    kind: str
    path: str  # relative to the archive root
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.path}: {self.detail}"


@dataclass
class Report:
    records: int  # revisions checked
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings


def verify(archive: Archive, index: Index) -> Report:
    indexed = {record.path: record for record in index.records.all(all_revisions=True)}
    findings = [f for record in indexed.values() for f in _check(archive, record)]
    for path in sorted(set(archive.record_paths()) - set(indexed)):
        findings.append(Finding("unknown", path, "not in the index"))
    for leftover in archive.temporary_files():
        findings.append(Finding("temporary", _relative(archive, leftover), "interrupted write"))
    return Report(len(indexed), findings)


def _check(archive: Archive, record: Record) -> Iterator[Finding]:
    path = record.path
    if not (archive.root / path).is_file():
        yield Finding("missing", path, "the record file is gone")
    else:
        try:
            stored = archive.read(path)
        except DamagedError as exc:
            yield Finding("unreadable", path, str(exc).removeprefix(f"{path}: "))
            stored = None
        if stored is not None:
            yield from _against_index(stored, record)
            yield from _markdown(archive, stored)
    try:
        archive.raw(record)
    except DamagedError as exc:
        raw = path.removesuffix(".json") + ".html.gz"
        detail = str(exc).removeprefix(f"{archive.root / raw}: ")
        yield Finding("missing" if detail == "missing" else "altered", raw, detail)


def _against_index(stored: Record, record: Record) -> Iterator[Finding]:
    path = record.path
    if sha256(stored.text) != stored.text_sha256:
        yield Finding("altered", path, "its text does not have its text_sha256")
    for name in IDENTITY:
        if getattr(stored, name) != getattr(record, name):
            yield Finding(
                "index",
                path,
                f"{name} is {getattr(stored, name)!r} in the file, "
                f"{getattr(record, name)!r} in the index",
            )


def _markdown(archive: Archive, stored: Record) -> Iterator[Finding]:
    md = stored.path.removesuffix(".json") + ".md"
    try:
        text = (archive.root / md).read_text(encoding="utf-8")
    except FileNotFoundError:
        yield Finding("missing", md, "the readable text is gone")
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield Finding("unreadable", md, str(exc))
        return
    if text != markdown(stored):
        yield Finding("markdown", md, "differs from its .json")


def _relative(archive: Archive, path: Path) -> str:
    return str(path.relative_to(archive.root))
