"""`byline export --format warc`: an archive a real pass made, read back record by record
with warcio and validated by `warcio check`."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import byline, made_archive
from warcio.archiveiterator import ArchiveIterator


@pytest.fixture(scope="module")
def made(tmp_path_factory, sites_dir):
    return made_archive(tmp_path_factory.mktemp("warc"), sites_dir)


@pytest.fixture
def archive(made, tmp_path) -> Path:
    """A copy of the made archive one test may change; its config."""
    shutil.copytree(made.parent / "archive", tmp_path / "archive")
    shutil.copy(made, tmp_path / "config.toml")
    return tmp_path / "config.toml"


def stored(config: Path) -> dict[str, dict]:
    """Each record file of the archive, by URL."""
    root = config.parent / "archive"
    found = (json.loads(p.read_text()) for p in root.rglob("*.json"))
    return {r["url"]: r for r in found}


def read_back(path: Path) -> list:
    """Every WARC record: (type, WARC headers, HTTP headers, payload bytes)."""
    out = []
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            http = record.http_headers
            out.append((record.rec_type, record.rec_headers, http, record.content_stream().read()))
    return out


def warcio_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_each_page_is_a_request_a_response_and_its_metadata(made, tmp_path):
    out = tmp_path / "export.warc.gz"
    code, _, err = byline(made, "export", "--format", "warc", "-o", str(out))
    records = stored(made)
    assert code == 0, err
    assert err.strip() == f"{len(records)} records written to {out}"

    checked = warcio_check(out)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("digest pass") == 1 + 3 * len(records)

    back = read_back(out)
    assert back[0][0] == "warcinfo"
    kinds = [kind for kind, *_ in back[1:]]
    assert sorted(kinds) == sorted(["response", "request", "metadata"] * len(records))
    responses = {
        h.get_header("WARC-Target-URI"): (h, http, body)
        for k, h, http, body in back
        if k == "response"
    }
    assert set(responses) == set(records)
    root = made.parent / "archive"
    for url, record in records.items():
        headers, http, body = responses[url]
        raw = gzip.decompress(
            (root / record["path"].removesuffix(".json")).with_suffix(".html.gz").read_bytes()
        )
        assert body == raw
        assert headers.get_header("WARC-Date") == record["fetched_at"]
        assert http.get_statuscode() == "200"
        assert http.get_header("Content-Length") == str(len(raw))
        assert http.get_header("ETag") == record["http"]["etag"]
        assert http.get_header("Content-Type") == "text/html; charset=utf-8"
        assert headers.get_header("WARC-Byline-Headers") is None
    by_id = {h.get_header("WARC-Record-ID"): h for _, h, _, _ in back}
    for kind, headers, http, body in back:
        if kind == "request":
            target = by_id[headers.get_header("WARC-Concurrent-To")]
            assert target.get_header("WARC-Type") == "response"
            assert target.get_header("WARC-Target-URI") == headers.get_header("WARC-Target-URI")
            assert http.protocol == "GET" and http.statusline.startswith("/opinion/")
            assert http.get_header("User-Agent").startswith("byline-test/")
            assert http.get_header("Host")
        if kind == "metadata":
            fields = json.loads(body)
            record = records[headers.get_header("WARC-Target-URI")]
            assert {k: fields[k] for k in ("id", "title", "author", "date", "text")} == {
                k: record[k] for k in ("id", "title", "author", "date", "text")
            }
            assert headers.get_header("Content-Type") == "application/json"
            refers = by_id[headers.get_header("WARC-Refers-To")]
            assert refers.get_header("WARC-Type") == "response"


def test_a_record_from_before_headers_were_kept_gets_a_minimal_honest_block(archive, tmp_path):
    root = archive.parent / "archive"
    db = sqlite3.connect(root / "index.sqlite")
    (record_id, old_http) = db.execute("SELECT id, http FROM records LIMIT 1").fetchone()
    http = json.loads(old_http)
    minimal = {k: http[k] for k in ("status", "etag", "last_modified")}
    db.execute("UPDATE records SET http = ? WHERE id = ?", (json.dumps(minimal), record_id))
    db.commit()
    db.close()
    out = tmp_path / "old.warc"  # and uncompressed, for once
    code, _, err = byline(archive, "export", "--format", "warc", "-o", str(out))
    assert code == 0, err
    assert not out.read_bytes().startswith(b"\x1f\x8b")
    assert warcio_check(out).returncode == 0
    flagged = [(h, http) for k, h, http, _ in read_back(out) if h.get_header("WARC-Byline-Headers")]
    assert {h.get_header("WARC-Type") for h, _ in flagged} == {"request", "response"}
    response = next(http for h, http in flagged if h.get_header("WARC-Type") == "response")
    assert [name for name, _ in response.headers] == ["Content-Type", "ETag", "Content-Length"]
    assert response.get_header("Content-Type") == "text/html"
    assert response.get_header("ETag") == minimal["etag"]


def test_filters_and_revisions_apply_to_warc(archive, tmp_path):
    out = tmp_path / "okafor.warc.gz"
    code, _, err = byline(
        archive, "export", "--format", "warc", "--author", "okafor", "-o", str(out)
    )
    assert code == 0, err
    okafor = [r for r in stored(archive).values() if r["author"] == "Mira Okafor"]
    metadata = [json.loads(b) for k, _, _, b in read_back(out) if k == "metadata"]
    assert sorted(m["id"] for m in metadata) == sorted(r["id"] for r in okafor)


def test_a_revision_made_by_reextract_shares_its_capture(archive, tmp_path):
    root = archive.parent / "archive"
    db = sqlite3.connect(root / "index.sqlite")  # make reextract's text differ for one
    db.execute("UPDATE records SET text = text || ' (edited)' WHERE rowid = 1")
    db.commit()
    db.close()
    code, out, err = byline(archive, "reextract")
    assert code == 0 and "1 changed" in out, out + err
    path = tmp_path / "all.warc.gz"
    code, _, err = byline(archive, "export", "--format", "warc", "--all-revisions", "-o", str(path))
    assert code == 0, err
    back = read_back(path)
    revisions = len(list(root.rglob("*.json")))
    kinds = [k for k, *_ in back]
    assert kinds.count("metadata") == revisions
    assert kinds.count("response") == kinds.count("request") == revisions - 1
    assert warcio_check(path).returncode == 0


def test_a_damaged_raw_page_is_left_out_and_named(archive, tmp_path):
    root = archive.parent / "archive"
    victim = sorted(root.rglob("*.html.gz"))[0]
    victim.write_bytes(victim.read_bytes()[:100])
    path = tmp_path / "damaged.warc.gz"
    code, _, err = byline(archive, "export", "--format", "warc", "-o", str(path))
    assert code == 1
    relative = victim.relative_to(root).as_posix()
    assert "left out:" in err and relative in err and "Traceback" not in err
    back = read_back(path)
    assert [k for k, *_ in back].count("response") == len(list(root.rglob("*.json"))) - 1
    assert warcio_check(path).returncode == 0


def test_warc_to_stdout_is_gzipped_and_whole(made, tmp_path):
    argv = [sys.executable, "-m", "byline", "--config", str(made), "export", "--format", "warc"]
    ran = subprocess.run([*argv, "--author", "brennan"], capture_output=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith(b"\x1f\x8b")
    path = tmp_path / "piped.warc.gz"
    path.write_bytes(ran.stdout)
    assert warcio_check(path).returncode == 0
    assert [k for k, *_ in read_back(path)].count("metadata") == 3
