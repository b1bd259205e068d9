"""The command line end to end, the fixture site on 127.0.0.1: in this process through the
real entry point (exit statuses included), and in real processes where a terminal or a
signal is what is tested."""

from __future__ import annotations

import csv
import io
import json
import signal
import sqlite3
import subprocess
import sys

import pytest
from helpers import EXCLUDE, byline, fixture_page, on_terminal, records, wait_for, write_config


def test_run_prints_one_summary_line_per_source(tmp_path, site, expected):
    config = write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE)
    done = byline(config, "run")
    assert done.returncode == 0, done.stderr
    # The listing pages advertise the opinion feed, which is the same list: it is read too
    # (5 documents), and its feed-only column is found.
    wanted = {a["path"] for a in expected["articles"] if a["listed_on"] or a["in_feed"]}
    assert done.stdout.splitlines()[0].startswith(
        f"columns: 5 pages read, {len(wanted)} new articles, 0 failures"
    )
    again = byline(config, "run")
    assert again.stdout.startswith(
        "columns: 5 pages read (5 unchanged), 0 new articles, 0 failures"
    )


def test_run_on_a_terminal_shows_progress(tmp_path, site):
    """A real pseudo-terminal: rich draws its progress display, the summary follows."""
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    code, text, _ = on_terminal(config, "run")
    assert code == 0, text
    assert "\x1b[" in text  # the live display drew on the terminal
    assert "columns: fetching" in text or "columns: discovering" in text
    # max_index_pages defaults to 3; the pages advertise a feed, read too
    assert "columns: 4 pages read" in text


def test_fetch_archives_a_url_under_its_source(tmp_path, site, expected):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    article = expected["articles"][0]
    code, out, err = byline(config, "fetch", site.url(article["path"]))
    assert code == 0, err
    assert out.startswith("new ")
    record = records(tmp_path)[article["path"]]
    assert record["source"] == "columns"
    assert article["closing_line"] in record["text"]
    # Again: fetched again, same text, nothing new written.
    code, out, _ = byline(config, "fetch", site.url(article["path"]))
    assert code == 0 and out.startswith("unchanged ")
    assert site.hits_for(article["path"]) == 2
    assert len(records(tmp_path)) == 1


def test_fetch_print_writes_text_and_archives_nothing(tmp_path, site, expected):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    article = expected["articles"][1]
    done = byline(config, "fetch", "--print", site.url(article["path"]))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"# {article['title']}\n")
    for paragraph in article["paragraphs"]:
        assert paragraph in done.stdout
    for sentence in expected["boilerplate_sentences"]:
        assert sentence not in done.stdout
    assert not list((tmp_path / "archive").glob("2*"))


def test_fetch_failure_is_one_line_and_exit_1(tmp_path, site):
    config = write_config(tmp_path, site.origin)
    code, _, err = byline(config, "fetch", site.url("/no/such-page-here/"))
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "HTTP 404" in err and "/no/such-page-here/" in err


def test_fetch_rejects_a_non_url(tmp_path, site):
    config = write_config(tmp_path, site.origin)
    code, _, err = byline(config, "fetch", "not-a-url")
    assert code == 2
    assert "not-a-url" in err and "Traceback" not in err


def test_export_jsonl_and_csv(tmp_path, site, expected):
    config = write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE)
    assert byline(config, "run").returncode == 0
    archived = records(tmp_path)

    code, out, _ = byline(config, "export", "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == len(archived)
    by_url = {line["url"]: line for line in lines}
    for record in archived.values():
        assert by_url[record["url"]] == record  # the export is the record, field for field
    dates = [line["date"] for line in lines]
    assert dates == sorted(dates)

    out_file = tmp_path / "out.csv"
    code, _, err = byline(config, "export", "--format", "csv", "-o", out_file)
    assert code == 0 and f"{len(archived)} records written" in err
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert len(rows) == len(archived)
    row = next(r for r in rows if r["aliases"])
    assert row["http_status"] == "200"
    assert row["extractor"].startswith("trafilatura ")
    assert row["aliases"] == site.origin + expected["alias"]["alias_path"]
    assert {"url", "canonical_url", "text", "text_sha256", "raw_sha256", "revision", "path"} <= set(
        row
    )


def test_sources_lists_last_pass(tmp_path, site):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    before = byline(config, "sources")
    assert before.returncode == 0 and "never" in before.stdout
    assert byline(config, "run").returncode == 0
    after = byline(config, "sources")
    assert "columns" in after.stdout and "ok" in after.stdout and "never" not in after.stdout


def test_fetch_of_an_edited_article_keeps_both_revisions(tmp_path, site, expected):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    article = expected["articles"][2]
    url = site.url(article["path"])
    assert byline(config, "fetch", url).returncode == 0
    page = fixture_page(site, article["path"])
    edited = page.replace(article["paragraphs"][0], "A correction was made to this column.")
    assert edited != page
    site.put(article["path"], edited)
    code, out, _ = byline(config, "fetch", url)
    assert code == 0 and out.startswith("revision ")
    files = sorted(p.name for p in (tmp_path / "archive").rglob("*.json"))
    assert len(files) == 2 and any(".r2.json" in name for name in files)
    texts = [json.loads(p.read_text())["text"] for p in (tmp_path / "archive").rglob("*.json")]
    assert sum(article["paragraphs"][0] in t for t in texts) == 1
    assert sum("A correction was made" in t for t in texts) == 1


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("sigint", ["default", "ignored"])
def test_sigterm_stops_a_one_off_run_in_order(tmp_path, site, expected, sigint):
    """SIGTERM to `byline run` is handled like Ctrl-C: the pass is recorded as
    interrupted, exit status 130, no temporary file left; also when the run was started
    with SIGINT ignored, as `byline run &` in a script does. A real process: the signal
    is what is tested."""
    # The source's own pacing (0.4 s a request) makes the pass last a few seconds.
    config = write_config(tmp_path, site.origin, max_index_pages=4, per_host_delay=0.4)
    proc = subprocess.Popen(
        [sys.executable, "-m", "byline", "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ignore_sigint if sigint == "ignored" else None,
    )
    db = tmp_path / "archive" / "index.sqlite"

    def archived_one() -> bool:
        if not db.exists():
            return False
        with sqlite3.connect(db) as index:
            try:
                return bool(index.execute("SELECT COUNT(*) FROM records").fetchone()[0])
            except sqlite3.OperationalError:  # the tables are not created yet
                return False

    def still_running() -> None:
        if proc.poll() is not None:
            raise AssertionError(f"byline run ended before the signal: {proc.communicate()}")

    wait_for(archived_one, timeout=60, what="the first article archived", fail_fast=still_running)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with sqlite3.connect(db) as index:
        results = [r for (r,) in index.execute("SELECT result FROM passes")]
        archived = index.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    assert results == ["interrupted"]
    assert 0 < archived < len(expected["articles"])
    assert not list((tmp_path / "archive").rglob(".tmp-*"))


def test_fetch_keeps_a_source_s_url_within_its_hosts(tmp_path, site, site_server, expected):
    """`byline fetch` of a configured source's URL refuses a redirect off its hosts, as a
    pass does; a URL of no source may be redirected (private addresses still need
    allowing, which this config does)."""
    elsewhere = site_server("columns")
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE)
    article = expected["articles"][0]["path"]
    site.put("/moved/", "", status=301, headers={"Location": elsewhere.url(article)})
    code, _, err = byline(config, "fetch", site.url("/moved/"))
    assert code == 1
    assert f"redirect out of scope to {elsewhere.url(article)}" in err
    assert elsewhere.hits_for(article) == 0
    elsewhere.put("/short/", "", status=302, headers={"Location": site.url(article)})
    code, out, err = byline(config, "fetch", elsewhere.url("/short/"))
    assert code == 0, err
    assert out.startswith("new ")
    assert article in records(tmp_path)
