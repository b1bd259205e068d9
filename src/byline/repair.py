"""`byline verify --repair`: fixing what verify found, where that loses nothing.

What can be fixed, and how:
- a `.json` that is missing, unreadable or whose text lost its hash, while the
  index still holds the record as archived (its text has its `text_sha256`):
  written again from the index; a damaged file is kept beside it as
  `.json.damaged` or `.json.altered`;
- an `.md` that is missing, unreadable or disagrees with its `.json`: written
  again from the `.json`;
- a record file the index does not know (and whose text has its hash): indexed,
  its URL and aliases with it;
- a leftover temporary file older than ten minutes: removed (a younger one
  may be a write in progress).
What cannot: a raw page that is missing or altered (there is no other copy), a
record file that disagrees with the index on what it is (a person decides; or
`byline reindex` makes the index follow the files), a file that cannot be read
back either way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .archive import LEFTOVER_AGE, Archive, sha256
from .errors import DamagedError, StorageError
from .index import Index
from .models import Record
from .reindex import add_record
from .verify import IDENTITY, Finding, Report


@dataclass(frozen=True)
class Repair:
    finding: Finding
    fixed: bool
    how: str  # what was done, or why it was not

    def __str__(self) -> str:
        return f"{'fixed' if self.fixed else 'left'}: {self.finding} ({self.how})"


def repair(archive: Archive, index: Index, report: Report) -> list[Repair]:
    """Fix each finding of `report` that can be fixed without loss; one Repair each."""
    return [_repair(archive, index, finding) for finding in report.findings]


def _repair(archive: Archive, index: Index, finding: Finding) -> Repair:
    path, kind = finding.path, finding.kind

    def done(how: str) -> Repair:
        return Repair(finding, True, how)

    def left(why: str) -> Repair:
        return Repair(finding, False, why)

    try:
        if kind == "temporary":
            target = archive.root / path
            if time.time() - target.stat().st_mtime < LEFTOVER_AGE:
                return left("younger than ten minutes: a write may be in progress")
            target.unlink()
            return done("removed")
        if path.endswith(".html.gz"):
            return left("the raw page has no other copy")
        if path.endswith(".md"):
            record_path = path.removesuffix(".md") + ".json"
            stored = _sound(archive, record_path)
            if stored is None or not _agrees(stored, index.records.at(record_path)):
                return left("its .json cannot be trusted to write it from")
            archive.rewrite_markdown(stored)
            return done("written again from its .json")
        if kind == "unknown":
            return _index_orphan(archive, index, finding)
        record = index.records.at(path)
        if kind in ("missing", "unreadable", "altered") and record is not None:
            if sha256(record.text) != record.text_sha256:
                return left("the index's copy does not have its text_sha256 either")
            kept = ""
            if kind != "missing":
                suffix = ".damaged" if kind == "unreadable" else ".altered"
                kept = f"; the file found is kept as {archive.set_aside(path, suffix)}"
            archive.rewrite(record)
            return done(f"written again from the index{kept}")
        return left("the file and the index disagree: a person decides, or `byline reindex`")
    except (OSError, StorageError) as exc:
        return left(f"could not: {exc}")


def _sound(archive: Archive, path: str) -> Record | None:
    """The record in the file at `path` when it parses and its text has its hash."""
    try:
        stored = archive.read(path)
    except DamagedError:
        return None
    return stored if sha256(stored.text) == stored.text_sha256 else None


def _agrees(stored: Record, record: Record | None) -> bool:
    """Whether a record file is the record the index holds at its path."""
    return record is not None and all(getattr(stored, n) == getattr(record, n) for n in IDENTITY)


def _index_orphan(archive: Archive, index: Index, finding: Finding) -> Repair:
    path = finding.path
    stored = _sound(archive, path)
    if stored is None:
        return Repair(finding, False, "it does not parse, or its text lost its hash")
    stored.path = path
    for other in index.records.of_id(stored.id):
        if other.revision == stored.revision:
            return Repair(finding, False, f"the index has this revision at {other.path}")
    with index.transaction():
        add_record(index, stored)
    return Repair(finding, True, "indexed")
