"""Keeping articles, against the columns site on 127.0.0.1 and a real SQLite file: a crash
between the file and the index, an edit and its revert, a bug in one source beside a
healthy one, re-cleaning off the event loop."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import byline, records, run_pass, write_config, write_toml

from byline import boilerplate, config, pipeline
from byline.crawl import Crawler
from byline.index import Index

CRASH_ON_SECOND_ARTICLE = """
import asyncio, os, sys
from byline import config, pipeline
from byline.index.frontier import Frontier

calls = []
settle = Frontier.mark_archived

def crash_on_the_second_article(self, url, source, record_id):
    calls.append(record_id)
    if len(set(calls)) == 2:  # the second record's row is written, its URL is not
        os._exit(3)
    settle(self, url, source, record_id)

Frontier.mark_archived = crash_on_the_second_article
asyncio.run(pipeline.run_sources(config.load(sys.argv[1])))
"""


def index_of(tmp_path: Path) -> Index:
    return Index(tmp_path / "archive" / "index.sqlite")


def test_a_crash_between_the_record_and_its_url_leaves_neither(tmp_path, site):
    """The process dies after the second record's row and before its URL is settled: the
    index keeps neither, and the next pass archives the article and settles every URL."""
    path = write_config(tmp_path, site.origin, fetch={"concurrency": 1})
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_ON_SECOND_ARTICLE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crashed.returncode == 3, crashed.stderr
    with index_of(tmp_path) as index:
        rows = index.db.execute("SELECT id FROM records").fetchall()
        assert len(rows) == 1  # the first article only: the second's row was rolled back
        pending = index.db.execute("SELECT COUNT(*) FROM urls WHERE state = 'pending'")
        assert pending.fetchone()[0] >= 1
    stats = run_pass(path)
    assert stats.failed == 0 and stats.new >= 1
    with index_of(tmp_path) as index:
        states = dict(index.db.execute("SELECT url, state FROM urls").fetchall())
        assert set(states.values()) <= {"archived", "alias"}, states
        with_record = index.db.execute(
            "SELECT COUNT(*) FROM urls JOIN records ON records.id = urls.record_id "
            "WHERE urls.state NOT IN ('archived', 'alias')"
        ).fetchone()[0]
        assert with_record == 0
        assert index.frontier.due("columns") == []
        count = index.db.execute("SELECT COUNT(DISTINCT id) FROM records").fetchone()[0]
    assert len(records(tmp_path)) == count  # one file per record: the rewrite replaced it
    again = run_pass(path)
    assert (again.new, again.unchanged, again.failed) == (0, 0, 0)  # nothing left to settle


def test_a_record_left_pending_by_an_old_crash_is_settled_when_seen_again(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin)
    url = site.url(expected["articles"][0]["path"])
    assert byline(path, "fetch", url).returncode == 0
    db = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    db.execute("UPDATE urls SET state = 'pending' WHERE url = ?", (url,))  # as before the fix
    db.commit()
    db.close()
    code, out, _ = byline(path, "fetch", url)
    assert code == 0 and out.startswith("unchanged")
    with index_of(tmp_path) as index:
        assert index.frontier.state(url) == "archived"


def test_an_edit_reverted_to_the_first_text_is_a_third_revision(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin)
    article = expected["articles"][2]
    url = site.url(article["path"])
    first = article["paragraphs"][0]
    assert byline(path, "fetch", url).returncode == 0
    page = (Path(site.root) / article["path"].strip("/") / "index.html").read_text()
    site.put(article["path"], page.replace(first, "A correction was made to this column."))
    assert byline(path, "fetch", url).stdout.startswith("revision ")
    site.put(article["path"], page)  # the newspaper takes the correction back
    code, out, _ = byline(path, "fetch", url)
    assert code == 0 and out.startswith("revision "), out
    with index_of(tmp_path) as index:
        revisions = index.records.revisions(url)
    assert [r.revision for r in revisions] == [1, 2, 3]
    assert first in revisions[-1].text
    assert "A correction was made" not in revisions[-1].text
    assert revisions[-1].text == revisions[0].text
    code, out, _ = byline(path, "fetch", url)  # and the same text once more is unchanged
    assert code == 0 and out.startswith("unchanged")


def two_sources(tmp_path: Path, origin: str) -> Path:
    return write_toml(
        tmp_path / "config.toml",
        [
            {"name": "alpha", "pages": [f"{origin}/opinion/columnists/"]},
            {"name": "bravo", "pages": [f"{origin}/opinion/columnists/page/2/"]},
        ],
    )


@pytest.fixture
def alpha_has_a_bug(monkeypatch):
    """Source alpha's crawl raises at once, while bravo's is under way."""
    explore = Crawler.explore

    async def buggy(self, ctx):
        if ctx.source.name == "alpha":
            raise RuntimeError("bug in alpha")
        return await explore(self, ctx)

    monkeypatch.setattr(Crawler, "explore", buggy)


@pytest.mark.usefixtures("alpha_has_a_bug")
def test_a_bug_in_one_source_leaves_the_other_to_finish(tmp_path, site):
    path = two_sources(tmp_path, site.origin)
    alpha, bravo = asyncio.run(pipeline.run_sources(config.load(path)))
    assert alpha.error == "RuntimeError: bug in alpha" and alpha.result == "error"
    assert "buggy" in (alpha.traceback or "")
    assert bravo.error is None and bravo.result == "ok" and bravo.new > 0
    with index_of(tmp_path) as index:
        rows = {
            r["source"]: (r["result"], r["error"], r["finished_at"] is not None)
            for r in index.db.execute("SELECT * FROM passes")
        }
        assert rows == {
            "alpha": ("error", "RuntimeError: bug in alpha", True),
            "bravo": ("ok", None, True),
        }
        (alpha_row, _) = index.summaries(["alpha", "bravo"])
        assert alpha_row.last_error == "RuntimeError: bug in alpha"


@pytest.mark.usefixtures("alpha_has_a_bug")
def test_run_reports_the_broken_source_in_one_line_and_exits_1(tmp_path, site):
    code, out, err = byline(two_sources(tmp_path, site.origin), "run")
    assert code == 1
    assert "bravo: " in out and "new article" in out
    assert "alpha: internal error: RuntimeError: bug in alpha" in err
    assert "Traceback" not in err
    assert err.count("internal error") == 1
    code, out, _ = byline(two_sources(tmp_path, site.origin), "sources")
    assert code == 0
    assert "alpha: last pass ended in an error: RuntimeError: bug in alpha" in out


def test_recleaning_runs_in_a_thread_and_only_after_learning(tmp_path, site, monkeypatch):
    """No `exclude`: the first pass learns the bios and cleans its first records again,
    off the event loop's thread; a second pass that learns nothing re-cleans nothing."""
    calls: list[tuple[str, list[str]]] = []
    plan = boilerplate._plan_reclean

    def watched(path, archive, settings, hosts):
        calls.append((threading.current_thread().name, list(hosts)))
        return plan(path, archive, settings, hosts)

    monkeypatch.setattr(boilerplate, "_plan_reclean", watched)
    path = write_config(tmp_path, site.origin, max_index_pages=4)
    first = run_pass(path)
    assert first.recleaned >= 1
    assert len(calls) == 1
    thread, hosts = calls[0]
    assert thread != threading.main_thread().name
    assert hosts == [site.origin.removeprefix("http://")]
    second = run_pass(path)
    assert second.recleaned == 0 and len(calls) == 1


def test_a_new_boilerplate_threshold_recleans_on_a_pass_with_nothing_new(tmp_path, site, expected):
    """Raising the bar kept the bios; lowering it again cleans the archived records on the
    next pass, though that pass fetches no article."""
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}

    def configure(min_articles: int) -> Path:
        boilerplate = {"min_articles": min_articles}
        return write_toml(tmp_path / "config.toml", [columns], boilerplate=boilerplate)

    bio = expected["boilerplate_sentences"][0]
    first = run_pass(configure(1000))
    assert first.new > 0 and first.recleaned == 0
    assert any(bio in r["text"] for r in records(tmp_path).values())
    again = run_pass(configure(3))
    assert again.new == 0 and again.recleaned >= 1
    assert not any(bio in r["text"] for r in records(tmp_path).values())


def test_temporaries_a_killed_write_left_are_removed_by_the_next_run(tmp_path, site):
    """A SIGKILL mid-write leaves `.tmp-*.part` in the archive's scratch folder (where every
    file is written before its rename); the next run deletes it, unless another live
    byline process could still be writing it (then only old ones go)."""
    import os
    import time

    path = write_config(tmp_path, site.origin)
    folder = tmp_path / "archive" / ".partial"
    folder.mkdir(parents=True)
    left = folder / ".tmp-killed.part"
    left.write_bytes(b"half a record")
    run_pass(path)
    assert not left.exists()

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        db = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
        db.execute(
            "UPDATE urls SET claimed_until = '9999-01-01T00:00:00.000Z', claimed_by = ? "
            "WHERE rowid = (SELECT MIN(rowid) FROM urls)",
            (other.pid,),
        )
        db.commit()
        db.close()
        young, old = folder / ".tmp-young.part", folder / ".tmp-old.part"
        young.write_bytes(b"maybe the other process's write")
        old.write_bytes(b"an hour old")
        an_hour_ago = time.time() - 3600
        os.utime(old, (an_hour_ago, an_hour_ago))
        run_pass(path)
        assert young.exists() and not old.exists()
    finally:
        other.kill()
        other.wait()
