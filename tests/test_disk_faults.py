"""A disk that fills up, an index that cannot grow: one line naming the path, nothing
half written, nothing already archived lost, and the next run picks up where it stopped.

The first tests fill a real tmpfs (root may mount one; elsewhere they are skipped and
say why); the others make the same faults happen on any machine: SQLite's own
`max_page_count` makes a real "database or disk is full", and ENOSPC is injected
where a file is written.
"""

from __future__ import annotations

import errno
import gzip
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import EXCLUDE, byline, byline_process, records, write_config

from byline import archive as archive_module
from byline.errors import StorageError
from byline.index import db as db_module
from byline.index.frontier import Frontier

FILLER = "filler.bin"


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """`tmp_path/archive` on a 16 MiB tmpfs of its own."""
    root = tmp_path / "archive"
    if os.geteuid() != 0 or not _mount_tmpfs(root, "16m"):
        pytest.skip("mounting a tmpfs needs root (the injected faults below run anyway)")
    try:
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


def fill(root: Path, leave: int) -> None:
    """Fill the disk of `root` until only `leave` bytes are free."""
    stat = os.statvfs(root)
    free = stat.f_bavail * stat.f_frsize
    with open(root / FILLER, "wb") as handle:
        remaining = max(0, free - leave)
        chunk = b"\0" * (1 << 20)
        while remaining:
            try:
                remaining -= handle.write(chunk[: min(remaining, len(chunk))])
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break


def index_paths(root: Path) -> set[str]:
    db = sqlite3.connect(root / "index.sqlite")
    try:
        return {row[0] for row in db.execute("SELECT path FROM records")}
    finally:
        db.close()


def files_on_disk(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*.json")}


def assert_consistent(root: Path) -> None:
    """Every record file is in the index and every indexed record has its three files;
    no temporary file is left."""
    on_disk = files_on_disk(root)
    assert on_disk == index_paths(root)
    for path in on_disk:
        stem = root / path.removesuffix(".json")
        assert stem.with_name(stem.name + ".md").is_file()
        assert stem.with_name(stem.name + ".html.gz").is_file()
    assert not list(root.rglob(".tmp-*"))


def listed(expected) -> set[str]:
    return {a["path"] for a in expected["articles"] if a["listed_on"] or a["in_feed"]}


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("byline: ")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("leave", [0, 96 * 1024])
def test_a_disk_that_fills_mid_pass_stops_it_cleanly(tmp_path, small_disk, site, expected, leave):
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    first = byline_process(path, "sources")  # creates the index before the disk fills
    assert first.returncode == 0, first.stderr
    fill(small_disk, leave)
    ran = byline_process(path, "run")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    line = one_line(ran.stderr)  # the pass's, or the index's when it cannot even open
    assert str(small_disk) in line and "free space on the archive's disk" in line, line
    status = byline_process(path, "sources")  # works, or says in one line why not
    assert status.returncode == 0 or one_line(status.stderr), status.stderr

    (small_disk / FILLER).unlink()  # SQLite needs room even to read a WAL index
    assert_consistent(small_disk)
    assert set(records(tmp_path)) < listed(expected)
    again = byline_process(path, "run")
    assert again.returncode == 0, again.stderr
    assert_consistent(small_disk)
    assert set(records(tmp_path)) == listed(expected)
    status = byline_process(path, "sources")
    assert "last pass ended in an error" not in status.stdout


# The same faults on any machine -----------------------------------------------------


def test_an_index_that_cannot_grow_stops_the_pass_and_leaves_no_orphan(
    tmp_path, site, expected, monkeypatch
):
    """SQLite refuses to grow the index past a few pages (its real SQLITE_FULL)."""
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(path, "sources").returncode == 0
    pages = sqlite3.connect(root / "index.sqlite").execute("PRAGMA page_count").fetchone()[0]
    opened = db_module.Database.__init__

    def capped(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        self.execute(f"PRAGMA max_page_count = {pages + 12}")

    monkeypatch.setattr(db_module.Database, "__init__", capped)
    ran = byline(path, "run")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    line = one_line(ran.stderr)
    assert "index.sqlite: database or disk is full; free space" in line
    assert_consistent(root)
    assert set(records(tmp_path)) < listed(expected)

    monkeypatch.setattr(db_module.Database, "__init__", opened)
    assert byline(path, "run").returncode == 0
    assert_consistent(root)
    assert set(records(tmp_path)) == listed(expected)


@pytest.mark.parametrize("fail_at", [1, 3, 7])
def test_enospc_on_a_file_removes_the_record_s_other_files(
    tmp_path, site, expected, monkeypatch, fail_at
):
    """The n-th file written fails as a full disk does (at fsync, where ENOSPC often
    surfaces): the record's files written before it are removed again."""
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    real_fsync = os.fsync
    calls = {"files": 0}

    def fsync(fd: int) -> None:
        if _is_archive_file(fd, root):
            calls["files"] += 1
            if calls["files"] >= fail_at:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(archive_module.os, "fsync", fsync)
    ran = byline(path, "run")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    line = one_line(ran.stderr)
    assert "cannot write: No space left on device; free space on the archive's disk" in line
    assert str(root) in line
    assert_consistent(root)
    assert len(files_on_disk(root)) == (fail_at - 1) // 3  # three files a record

    monkeypatch.setattr(archive_module.os, "fsync", real_fsync)
    assert byline(path, "run").returncode == 0
    assert_consistent(root)
    assert set(records(tmp_path)) == listed(expected)


def _is_archive_file(fd: int, root: Path) -> bool:
    """A temporary file being written under `root` (not a folder's fsync)."""
    target = os.readlink(f"/proc/self/fd/{fd}")
    return target.startswith(str(root)) and ".tmp-" in target


def test_a_read_only_archive_is_one_line_and_untouched(tmp_path, small_disk, site):
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    assert byline_process(path, "run").returncode == 0
    before = {p: p.stat().st_mtime_ns for p in small_disk.rglob("*") if p.is_file()}
    remount = ["mount", "-o", "remount,ro", str(small_disk)]
    subprocess.run(remount, check=True)
    try:
        site.put("/opinion/columnists/", "<html><body>changed</body></html>")
        ran = byline_process(path, "run")
        status = byline_process(path, "sources")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    line = one_line(ran.stderr)
    assert f"{small_disk} is on a read-only file system" in line, line
    assert status.returncode in (0, 1) and "Traceback" not in status.stderr
    after = {p: p.stat().st_mtime_ns for p in small_disk.rglob("*") if p.is_file()}
    assert after == before


def test_a_pass_that_dies_before_its_links_are_pending_leaves_them_to_the_next(
    tmp_path, site, expected, monkeypatch
):
    """The listing pages are read, then the disk refuses the new pending URLs: the pages
    must not be cached as read, or the next pass would get 304s and find nothing."""
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    real = Frontier.add_pending

    def full(self, urls, source):
        raise StorageError("index.sqlite: database or disk is full; free space")

    monkeypatch.setattr(Frontier, "add_pending", full)
    assert byline(path, "run").returncode == 1
    monkeypatch.setattr(Frontier, "add_pending", real)
    again = byline(path, "run")
    assert again.returncode == 0, again.stderr
    assert set(records(tmp_path)) == listed(expected)


def test_reextract_names_each_damaged_raw_page_and_does_the_rest(tmp_path, site, expected):
    """A truncated, an altered and a missing `.html.gz` are three named failures; every
    other record is extracted again, and the damaged ones stay as they were."""
    path = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(path, "run").returncode == 0
    raws = sorted(root.rglob("*.html.gz"))
    truncated, altered, missing = raws[:3]
    truncated.write_bytes(truncated.read_bytes()[:40])
    altered.write_bytes(gzip.compress(b"<html><body><p>Not what was fetched.</p></body></html>"))
    missing.unlink()
    before = {p: p.read_bytes() for p in root.rglob("*.json")}
    ran = byline(path, "reextract")
    assert ran.returncode == 0, ran.stderr
    assert f"{len(raws)} records re-extracted: 0 changed (new revisions), " in ran.stdout
    assert f"{len(raws) - 3} unchanged, 3 failed" in ran.stdout
    assert f"{truncated}: unreadable" in ran.stderr
    assert f"{altered}: not the page archived" in ran.stderr
    assert f"{missing}: missing" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert {p: p.read_bytes() for p in root.rglob("*.json")} == before
