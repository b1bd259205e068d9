"""The files on disk: layout, atomic writes, the record round trip."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from helpers import make_record

from byline.archive import Archive, atomic_write, record_id


def test_record_id_is_stable_short_hex():
    first = record_id("https://paper.example/a")
    assert first == record_id("https://paper.example/a")
    assert first != record_id("https://paper.example/b")
    assert len(first) == 12 and int(first, 16) >= 0


def test_layout_and_three_files(tmp_path):
    archive = Archive(tmp_path)
    record = make_record()
    archive.write(record, b"<html>raw</html>")
    stem = f"2024/05/14/paper/why-etc-passwd-and-b-tags-b-stay-out-of-paths--{record.id}"
    assert record.path == stem + ".json"
    for suffix in (".json", ".md", ".html.gz"):
        assert (tmp_path / (stem + suffix)).is_file()
    assert gzip.decompress((tmp_path / (stem + ".html.gz")).read_bytes()) == b"<html>raw</html>"
    assert json.loads((tmp_path / record.path).read_text())["title"] == record.title
    markdown = (tmp_path / (stem + ".md")).read_text()
    assert markdown.startswith("---\ntitle: ")
    assert "Second paragraph." in markdown
    assert archive.read(record.path) == record
    assert [r.id for r in archive.records()] == [record.id]


def test_dated_by_fetch_date_without_publication_date(tmp_path):
    record = make_record(date=None, title=None)
    Archive(tmp_path).write(record, b"x")
    assert record.path.startswith("2026/01/02/paper/untitled--")


def test_later_revision_sits_beside_the_first(tmp_path):
    archive = Archive(tmp_path)
    first, second = make_record(), make_record(revision=2, text="Changed.")
    archive.write(first, b"a")
    archive.write(second, b"b")
    assert second.path == first.path.replace(".json", ".r2.json")
    assert archive.read(first.path).text != archive.read(second.path).text


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "a" / "file.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["file.json"]
    assert oct(target.stat().st_mode & 0o777) == "0o644"


def test_failed_write_keeps_old_file_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "file.json"
    atomic_write(target, b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert Archive(tmp_path).temporary_files() == []


def test_csv_export_shows_formula_like_cells_as_text():
    """A title or text that a spreadsheet would run (`=HYPERLINK(...)`) is written with a
    leading apostrophe; the JSON export and the record keep it as the page had it."""
    import csv
    import io

    from byline.export import write_csv, write_jsonl

    title = '=HYPERLINK("https://evil.example/","click")'
    record = make_record(title=title, author="@someone", text="-1 is the loneliest number")
    out = io.StringIO()
    assert write_csv([record], out) == 1
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["title"] == "'" + title
    assert row["author"] == "'@someone"
    assert row["text"] == "'-1 is the loneliest number"
    assert row["url"] == record.url and row["revision"] == "1"  # the rest as it was
    jsonl = io.StringIO()
    write_jsonl([record], jsonl)
    assert json.loads(jsonl.getvalue())["title"] == title


def test_files_are_written_through_the_scratch_folder(tmp_path, monkeypatch):
    """Every temporary file is made in `<root>/.partial`, so a pass lists one folder to
    find an interrupted write's leftover; the record's own folder never holds one."""
    from byline import archive as archive_module

    made = []
    real = archive_module.tempfile.mkstemp

    def spy(*args, **kwargs):
        made.append(Path(kwargs["dir"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(archive_module.tempfile, "mkstemp", spy)
    archive = Archive(tmp_path)
    record = make_record()
    archive.write(record, b"<html>raw</html>")
    assert made and set(made) == {tmp_path / ".partial"}
    assert archive.temporary_files(everywhere=False) == []
    assert (tmp_path / record.path).exists()


def test_a_folder_on_another_file_system_gets_its_temporary_beside_the_file(tmp_path, monkeypatch):
    """A rename out of the scratch folder refused with EXDEV (a day folder mounted from
    elsewhere): the file is written with a temporary beside it instead, and nothing is
    left in either place."""
    import errno

    from byline import archive as archive_module

    real = archive_module.os.replace

    def across(src, dst):
        if "/.partial/" in str(src):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real(src, dst)

    monkeypatch.setattr(archive_module.os, "replace", across)
    target = tmp_path / "2026" / "01" / "02" / "x.json"
    atomic_write(target, b"{}", scratch=tmp_path / ".partial")
    assert target.read_bytes() == b"{}"
    assert list(tmp_path.rglob(".tmp-*")) == []
