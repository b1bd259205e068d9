"""`byline daemon` end to end: a real daemon process, the fixture sites on 127.0.0.1.

Every test starts `python -m byline daemon` as a subprocess with sub-second
intervals and watches what it does from the outside: the SQLite index (opened
read-only for each look), the files on disk, the status endpoint and the JSON
log lines on stderr (written to a file). Nothing sleeps for a set time: `until`
and `wait_event` poll for the state or log line a test expects, and fail with a
clear message (and the daemon's log) only when it never comes; no assertion
bounds how long something took, only what happened before what. Every daemon
started is killed at teardown, with its process group (its forkserver and pool
workers).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest
from helpers import EXCLUDE, byline, byline_process, wait_for, write_toml
from prometheus_client.parser import text_string_to_metric_families
from siteserver import SiteServer

from byline.archive import Archive, DaemonLock

T = TypeVar("T")

SITES = Path(__file__).resolve().parent / "sites"
LISTING = "/opinion/columnists/"
LISTING_2 = "/opinion/columnists/page/2/"
MIRA = "/opinion/columnists/mira-okafor/"
PAGE_1_ARTICLES = {
    "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
    "/opinion/2024/05/13/homework-is-a-habit-not-a-measure/",
    "/opinion/2024/05/10/night-buses-are-a-lifeline/",
    "/opinion/2024/05/08/rent-caps-and-the-empty-flat-upstairs/",
}
NEW_ARTICLE = "/opinion/2024/06/01/a-new-column-about-ferries/"
NEW_TITLE = "A new column about ferries"
NEW_SENTENCE = (
    "The ferry to the outer islands left on time on Saturday for the first time in a month"
)
EXPECTED = json.loads((SITES / "columns" / "expected.json").read_text(encoding="utf-8"))
START_TIMEOUT = 20.0  # a daemon's start-up (imports, forkserver) on a busy machine


# The archive and its index, from outside ----------------------------------------


def query(root: Path, sql: str, *args: Any) -> list[sqlite3.Row]:
    """Rows of `sql` on `<root>/index.sqlite`, opened read-only for this one query.

    An index that does not exist yet, or whose tables are not created yet, has no rows.
    """
    path = root / "index.sqlite"
    if not path.exists():
        return []
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    db.row_factory = sqlite3.Row
    try:
        return db.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    finally:
        db.close()


def passes(root: Path, source: str | None = None) -> list[sqlite3.Row]:
    if source is None:
        return query(root, "SELECT * FROM passes ORDER BY id")
    return query(root, "SELECT * FROM passes WHERE source = ? ORDER BY id", source)


def finished(root: Path, source: str | None = None) -> list[sqlite3.Row]:
    return [p for p in passes(root, source) if p["finished_at"] is not None]


def record_urls(root: Path) -> set[str]:
    return {r["url"] for r in query(root, "SELECT url FROM records")}


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def assert_consistent(root: Path, daemon_stopped: bool = True) -> None:
    """No leftover temporary file; index sound and in step with the files on disk."""
    archive = Archive(root)
    assert archive.temporary_files() == []
    assert [tuple(r) for r in query(root, "PRAGMA integrity_check")] == [("ok",)]
    rows = query(root, "SELECT id, revision, url, path FROM records")
    for row in rows:
        stem = root / row["path"].removesuffix(".json")
        for suffix in (".json", ".md", ".html.gz"):
            assert Path(f"{stem}{suffix}").is_file(), (row["url"], suffix)
    on_disk = {str(p.relative_to(root)) for p in root.glob("[0-9]*/*/*/*/*.json")}
    assert on_disk == {row["path"] for row in rows}
    record_ids = {row["id"] for row in rows}
    for url in query(root, "SELECT url, record_id FROM urls WHERE state IN ('archived', 'alias')"):
        assert url["record_id"] in record_ids, url["url"]
    if daemon_stopped:
        unfinished = [dict(p) for p in passes(root) if p["finished_at"] is None]
        assert unfinished == []
        assert DaemonLock(root).holder() is None


# Configuration ----------------------------------------------------------------


def source(name: str, origin: str, *pages: str, **keys: Any) -> dict[str, Any]:
    """One `[[sources]]` table: every 0.3s, one listing page, the fixture's boilerplate
    (a key given as None is left out). The feed the listing advertises is not read: these
    tests count the listing's own pages and articles."""
    keys.setdefault("every", "0.3s")
    keys.setdefault("max_index_pages", 1)
    keys.setdefault("find_feeds", False)
    keys.setdefault("exclude", EXCLUDE)
    table = {"name": name, "pages": [origin + page for page in pages or (LISTING,)], **keys}
    return {key: value for key, value in table.items() if value is not None}


def daemon_config(path: Path, sources: list[dict[str, Any]], **daemon: Any) -> Path:
    """A config whose archive is `archive/` beside it, with these sources and `[daemon]`
    keys (stop_timeout 2 s unless given)."""
    daemon.setdefault("stop_timeout", 2)
    return write_toml(path, sources, daemon=daemon)


# Daemons ------------------------------------------------------------------------


class DaemonProcess:
    """A running `byline daemon` whose stderr goes to a file."""

    def __init__(self, proc: subprocess.Popen[bytes], log: Path, config: Path) -> None:
        self.proc = proc
        self.log = log
        self.config = config
        self.root = config.parent / "archive"

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def lines(self) -> list[str]:
        """Complete lines written so far (a line being written is left out)."""
        text = self.log_text()
        return text[: text.rfind("\n") + 1].splitlines()

    def events(self) -> list[dict[str, Any]]:
        """The JSON log lines (a line that is not JSON shows up as {"raw": line})."""
        events = []
        for line in self.lines():
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                events.append({"raw": line})
        return events

    def find(self, event: str, **fields: Any) -> list[dict[str, Any]]:
        return [
            e
            for e in self.events()
            if e.get("event") == event and all(e.get(k) == v for k, v in fields.items())
        ]

    def wait_event(self, event: str, timeout: float = 10.0, **fields: Any) -> dict[str, Any]:
        found = self.until(
            lambda: self.find(event, **fields),
            timeout=timeout,
            what=f"log event {event!r} {fields or ''}",
        )
        return found[0]

    def started(self) -> DaemonProcess:
        self.wait_event("started", timeout=START_TIMEOUT)
        return self

    def signal(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM, and the exit status."""
        self.signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def until(self, predicate: Callable[[], T], timeout: float = 10.0, what: str = "") -> T:
        """Poll `predicate` until it returns something truthy, and return that; fail at once
        (with the log) if the daemon exits, or after `timeout` if it never comes."""
        return wait_for(
            predicate,
            timeout=timeout,
            what=what or None,
            fail_fast=self._still_running,
            context=lambda: f"daemon log:\n{self.log_text()[-3000:]}",
        )

    def _still_running(self) -> None:
        if self.proc.poll() is not None:
            raise AssertionError(
                f"daemon exited with status {self.proc.returncode}:\n{self.log_text()[-3000:]}"
            )


def launch(config: Path, log: Path, *args: str, log_format: str = "json") -> DaemonProcess:
    """Start `byline daemon` in a session of its own (so it and its forkserver and pool
    workers form one process group), stderr to `log`."""
    env = {k: v for k, v in os.environ.items() if k != "BYLINE_CONFIG"}
    with open(log, "wb") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "byline",
                "--config",
                str(config),
                "daemon",
                "--log-format",
                log_format,
                *args,
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            cwd=config.parent,
            env=env,
            start_new_session=True,
        )
    return DaemonProcess(proc, log, config)


def kill(daemon: DaemonProcess) -> None:
    """SIGKILL the daemon's process group (it may have exited, its children not)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(daemon.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        daemon.proc.wait(timeout=10)


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[..., DaemonProcess]]:
    """Factory: `start_daemon(config, "--status-port", "0")` starts a JSON-logging daemon;
    every daemon started is killed at teardown, with its process group."""
    started: list[DaemonProcess] = []

    def start(config: Path, *args: str, log_format: str = "json") -> DaemonProcess:
        log = tmp_path / f"daemon-{len(started)}.log"
        started.append(launch(config, log, *args, log_format=log_format))
        return started[-1]

    yield start
    for daemon in started:
        kill(daemon)


# Fixture pages ---------------------------------------------------------------


def new_article_page() -> str:
    """An article page of the columns site, with its own title, date and text."""
    html = SITES / "columns" / "opinion/2024/05/14/the-quiet-cost-of-cheap-flights/index.html"
    text = html.read_text(encoding="utf-8")
    text = text.replace("/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/", NEW_ARTICLE)
    text = text.replace("The quiet cost of cheap flights", NEW_TITLE)
    text = text.replace("2024-05-14", "2024-06-01")
    paragraphs = [
        f"{NEW_SENTENCE}, and the queue on the slipway was full of people who had stopped "
        "expecting it to. A timetable that is kept is worth more than a timetable that is "
        "promised, and the islanders have had a great many promises.",
        "The operator blames the weather, the age of the boats and a shortage of engineers. "
        "All three are real. None of them explains why the Sunday crossing is cancelled more "
        "often than the weekday ones, or why the notices go up after the passengers arrive.",
        "A ferry is not a luxury for the people who live out there. It is the school run, the "
        "hospital appointment and the weekly shop, and it deserves to be run like the road it "
        "replaces rather than like a summer excursion that may or may not sail.",
        "The council should publish the reliability figures every month, name the crossings "
        "that did not run, and tie the operator's subsidy to the ones that did. Islanders can "
        "read a table; what they cannot do is plan a week around a rumour.",
    ]
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    text, count = re.subn(
        r'(<div class="story-body">\n).*?(\n\s*<div class="related">)',
        lambda m: m.group(1) + body + m.group(2),
        text,
        flags=re.S,
    )
    assert count == 1
    return text


def listing_with_new_teaser() -> str:
    text = (SITES / "columns" / "opinion/columnists/index.html").read_text(encoding="utf-8")
    teaser = (
        '<article class="teaser">\n'
        f'      <h2 class="teaser-title"><a href="{NEW_ARTICLE}">{NEW_TITLE}</a></h2>\n'
        '      <p class="teaser-meta"><a class="author" href="/author/mira-okafor/">Mira Okafor</a>\n'
        '        &middot; <time datetime="2024-06-01">1 June 2024</time></p>\n'
        "    </article>\n    "
    )
    marker = '<article class="teaser">'
    assert marker in text
    return text.replace(marker, teaser + marker, 1)


def sources_table(stdout: str) -> dict[str, dict[str, str]]:
    """The table `byline sources` prints, as {source: {column: cell}}."""
    header: list[str] = []
    rows: dict[str, dict[str, str]] = {}
    for line in stdout.splitlines():
        if line.startswith("\u2503"):  # heavy bar: the header
            header = [cell.strip() for cell in line.strip("\u2503").split("\u2503")]
        elif line.startswith("\u2502"):  # light bar: a row
            cells = [cell.strip() for cell in line.strip("\u2502").split("\u2502")]
            rows[cells[0]] = dict(zip(header, cells, strict=True))
    assert header, stdout
    return rows


def get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers["Content-Type"], response.read().decode()


# 1. New articles between ticks ---------------------------------------------------


def test_new_article_is_archived_on_the_next_tick(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    daemon = start_daemon(config).started()
    root = daemon.root
    daemon.until(
        lambda: {site.origin + p for p in PAGE_1_ARTICLES} <= record_urls(root),
        timeout=START_TIMEOUT,
        what="the first pass to archive the page-1 articles",
    )
    daemon.until(lambda: len(finished(root)) >= 2, what="a second pass (all 304)")

    site.put(NEW_ARTICLE, new_article_page())
    site.put(LISTING, listing_with_new_teaser())
    # Every request recorded from here on is answered with the new pages (the server
    # records a request before it looks up what to answer).
    published = len(site.requests)
    daemon.until(
        lambda: site.origin + NEW_ARTICLE in record_urls(root),
        what="the new article in the records table",
    )
    paths = [r.path.split("?")[0] for r in site.requests]
    fetched = paths.index(NEW_ARTICLE)
    # The article was fetched by the first pass that read the new listing: no listing
    # request answered with the new page went by without it.
    assert paths[published:fetched].count(LISTING) <= 1, paths[published:]

    (row,) = query(root, "SELECT title, text FROM records WHERE url = ?", site.origin + NEW_ARTICLE)
    assert row["title"] == NEW_TITLE
    assert NEW_SENTENCE in row["text"]
    daemon.until(lambda: len(finished(root)) >= 4, what="more passes")

    assert daemon.stop() == 0
    hits = {path.split("?")[0] for path in site.hits}
    articles = {p for p in hits if p.startswith("/opinion/20")}
    assert articles == PAGE_1_ARTICLES | {NEW_ARTICLE}
    for path in articles:
        assert site.hits_for(path) == 1, path  # never fetched twice, across every pass
    done = passes(root)
    assert len(done) >= 4
    assert site.hits_for(LISTING) == len(done)  # the listing is read on every tick
    assert sum(p["new"] for p in done) == 5
    assert [p["new"] for p in done if p["new"]] == [4, 1]
    assert_consistent(root)


# 2. No overlapping passes ----------------------------------------------------------


def test_a_slow_source_never_has_two_passes_at_once(tmp_path, fault_server, start_daemon):
    server = fault_server(None)
    slow = "/fault/slow-first-byte/1"  # the listing takes a second to answer
    config = daemon_config(
        tmp_path / "config.toml",
        [source("slow", server.origin, slow, every="0.2s")],
        stop_timeout=0,
    )
    daemon = start_daemon(config).started()
    daemon.until(
        lambda: len(passes(daemon.root)) >= 3 and len(finished(daemon.root)) >= 2,
        timeout=START_TIMEOUT,
        what="two passes done and a third started",
    )
    assert daemon.stop() == 0

    rows = passes(daemon.root, "slow")
    spans = [(parse_time(p["started_at"]), parse_time(p["finished_at"])) for p in rows]
    assert len(spans) >= 3
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end, spans
    for start, end in spans[:-1]:
        assert end - start >= timedelta(seconds=0.9)  # each of them waited for the listing
    # The server agrees: each listing request arrived after the previous one was answered.
    times = [r.time for r in server.requests if r.path == slow]
    assert len(times) >= 3
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(times)), times


# 3. SIGTERM mid-pass ---------------------------------------------------------------


def slow_pass_config(
    tmp_path: Path, origin: str, stop_timeout: float, per_host_delay: float = 0.5
) -> Path:
    """Eight articles on two listing pages, half a second apart: a pass of 4 s or more."""
    return daemon_config(
        tmp_path / "config.toml",
        [source("columns", origin, max_index_pages=2, per_host_delay=per_host_delay, every="1h")],
        stop_timeout=stop_timeout,
        max_jitter=0,
    )


def wait_mid_pass(daemon: DaemonProcess) -> None:
    daemon.until(
        lambda: (
            record_urls(daemon.root)
            and [p for p in passes(daemon.root) if p["finished_at"] is None]
        ),
        timeout=START_TIMEOUT,
        what="a pass under way with an article archived",
    )


def test_sigterm_mid_pass_stops_cleanly_within_stop_timeout(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    daemon = start_daemon(slow_pass_config(tmp_path, site.origin, stop_timeout=2)).started()
    wait_mid_pass(daemon)
    signalled = time.monotonic()
    daemon.signal(signal.SIGTERM)
    status = daemon.proc.wait(timeout=60)
    took = time.monotonic() - signalled
    assert status == 0, daemon.log_text()
    assert took >= 2 - 0.2  # the pass got its stop_timeout...
    # ... and no more: it was cut short (interrupted, URLs left pending, below) although it
    # would have finished a few seconds later.

    root = daemon.root
    assert_consistent(root)
    (row,) = passes(root)
    assert row["result"] == "interrupted"
    assert row["finished_at"] is not None
    # Nothing discovered was lost: what was not fetched yet is pending for the next pass.
    states = {r["url"]: r["state"] for r in query(root, "SELECT url, state FROM urls")}
    listed = {
        site.origin + a["path"]
        for a in EXPECTED["articles"]
        if set(a["listed_on"]) & {LISTING, LISTING_2}
    }
    assert len(listed) == 8
    assert {states[url] for url in listed} == {"archived", "pending"}
    assert set(states.values()) == {"archived", "pending"}
    assert {u for u, s in states.items() if s == "archived"} == record_urls(root)
    assert daemon.find("stopping", signal="SIGTERM")
    assert daemon.find("pass", source="columns", result="interrupted")
    assert daemon.find("stopped", status=0)


def test_sigterm_lets_a_pass_that_ends_in_time_finish(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = slow_pass_config(tmp_path, site.origin, stop_timeout=15, per_host_delay=0.2)
    daemon = start_daemon(config).started()
    wait_mid_pass(daemon)
    daemon.signal(signal.SIGTERM)
    assert daemon.proc.wait(timeout=15) == 0
    assert "finishing 1 passes in flight" in daemon.find("stopping")[0]["message"]
    (row,) = passes(daemon.root)
    assert (row["result"], row["new"]) == ("ok", 8)
    assert len(record_urls(daemon.root)) == 8
    assert_consistent(daemon.root)


# 4. A second signal ----------------------------------------------------------------


def test_second_signal_stops_at_once_with_status_1(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    daemon = start_daemon(slow_pass_config(tmp_path, site.origin, stop_timeout=30)).started()
    wait_mid_pass(daemon)
    daemon.signal(signal.SIGTERM)
    daemon.wait_event("stopping")
    daemon.signal(signal.SIGTERM)
    status = daemon.proc.wait(timeout=60)
    assert status == 1, daemon.log_text()
    assert daemon.find("stopping-now")
    assert daemon.find("stopped", status=1)
    # At once: the second signal cut the pass short, although the first one gave it 30 s,
    # far more than the few seconds it needed to finish.
    (row,) = passes(daemon.root)
    assert row["result"] == "interrupted"
    assert query(daemon.root, "SELECT url FROM urls WHERE state = 'pending'")
    assert_consistent(daemon.root)


# 5. SIGHUP ---------------------------------------------------------------------------


def test_sighup_reloads_sources_and_keeps_them_on_an_invalid_file(
    tmp_path, site_server, start_daemon
):
    site = site_server("columns")
    alpha = source("alpha", site.origin, LISTING)
    bravo = source("bravo", site.origin, MIRA)
    charlie = source("charlie", site.origin, LISTING_2)
    config = daemon_config(tmp_path / "config.toml", [alpha, bravo], max_jitter=0)
    daemon = start_daemon(config).started()
    root = daemon.root
    daemon.until(
        lambda: len(finished(root, "alpha")) >= 2 and len(finished(root, "bravo")) >= 2,
        timeout=START_TIMEOUT,
        what="two passes of alpha and of bravo",
    )

    # alpha removed, charlie added, bravo slowed down to once an hour.
    daemon_config(config, [{**bravo, "every": "1h"}, charlie], max_jitter=0)
    daemon.signal(signal.SIGHUP)
    reloaded = daemon.wait_event("reloaded")
    assert reloaded["sources"] == ["bravo", "charlie"]
    alpha_passes = len(passes(root, "alpha"))
    bravo_passes = len(passes(root, "bravo"))
    daemon.until(
        lambda: len(finished(root, "charlie")) >= 3, what="three passes of charlie after reload"
    )
    assert len(passes(root, "alpha")) == alpha_passes
    # (+1: a bravo run the scheduler had already handed over when the signal came.)
    assert len(passes(root, "bravo")) <= bravo_passes + 1
    page_2 = {site.origin + a["path"] for a in EXPECTED["articles"] if LISTING_2 in a["listed_on"]}
    assert page_2 <= record_urls(root)  # charlie's work (bravo had two of them already)
    schedule = {
        r["source"]: parse_time(r["next_run"]) for r in query(root, "SELECT * FROM schedule")
    }
    now = datetime.now(UTC)
    assert set(schedule) == {"bravo", "charlie"}
    assert abs(schedule["bravo"] - now - timedelta(hours=1)) < timedelta(seconds=10)
    assert abs(schedule["charlie"] - now) < timedelta(seconds=5)
    shown = byline_process(config, "sources")  # a separate process beside the daemon
    assert shown.returncode == 0, shown.stderr
    table = sources_table(shown.stdout)
    assert set(table) == {"bravo", "charlie"}
    assert table["bravo"]["schedule"] == "every 1h"
    assert table["bravo"]["result"] == "ok"
    assert table["bravo"]["next run"] == schedule["bravo"].strftime("%Y-%m-%dT%H:%M:%SZ")
    # charlie passes every 0.3 s: its next run moves on, and its result reads "running" while a
    # pass is running (the table shows the latest pass, finished or not).
    assert table["charlie"]["next run"] not in ("no daemon", "-")
    assert table["charlie"]["result"] in ("ok", "running")
    assert f"daemon running (pid {daemon.pid})" in shown.stdout

    broken = daemon_config(config, [{**bravo, "every": "1h"}, {**charlie, "every": "soon"}])
    daemon.signal(signal.SIGHUP)
    failed = daemon.wait_event("reload-failed")
    assert failed["level"] == "ERROR"
    assert str(broken) in failed["message"]
    assert "sources[1].every" in failed["message"]
    assert "'soon'" in failed["message"]
    charlie_passes = len(finished(root, "charlie"))
    daemon.until(
        lambda: len(finished(root, "charlie")) >= charlie_passes + 3,
        what="charlie still passing every 0.3 s after the failed reload",
    )
    assert len(passes(root, "alpha")) == alpha_passes
    assert len(passes(root, "bravo")) <= bravo_passes + 1
    assert daemon.stop() == 0
    assert_consistent(root)


def test_a_reload_reaches_the_passes_that_start_after_it(tmp_path, site_server, start_daemon):
    """SIGHUP lowers `[boilerplate] min_articles`: the pass of the source it adds cleans
    with the new value, and the records archived before it are cleaned too."""
    site = site_server("columns")
    alpha = source("alpha", site.origin, LISTING, exclude=None)
    charlie = source("charlie", site.origin, LISTING_2, exclude=None)
    path = tmp_path / "config.toml"
    daemon_table = {"stop_timeout": 2, "max_jitter": 0}
    write_toml(path, [alpha], daemon=daemon_table, boilerplate={"min_articles": 1000})
    daemon = start_daemon(path).started()
    root = daemon.root
    bios = EXPECTED["boilerplate_sentences"]

    def texts() -> list[str]:
        return [record.text for record in Archive(root).records()]

    daemon.until(lambda: finished(root, "alpha"), timeout=START_TIMEOUT, what="alpha's pass")
    assert any(bio in text for text in texts() for bio in bios)  # nothing learned yet

    write_toml(
        path, [{**alpha, "every": "1h"}, charlie], daemon=daemon_table, boilerplate={}
    )  # min_articles back to its default, 3
    daemon.signal(signal.SIGHUP)
    daemon.wait_event("reloaded")
    daemon.until(lambda: finished(root, "charlie"), what="charlie's first pass")
    daemon.until(
        lambda: not any(bio in text for text in texts() for bio in bios),
        what="every record cleaned with the reloaded [boilerplate]",
    )
    assert daemon.stop() == 0
    assert_consistent(root)


def test_a_start_up_failure_with_a_status_port_exits_with_one_line(tmp_path, site_server):
    """An index from a newer byline stops the daemon at start-up, status port and all: one
    line naming the index, exit status 1, no wait for a server that never served."""
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    index = tmp_path / "archive" / "index.sqlite"
    index.parent.mkdir()
    db = sqlite3.connect(index)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    done = byline_process(config, "daemon", "--status-port", "0", timeout=60)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if "newer byline" in line]
    assert len(lines) == 1 and str(index) in lines[0], done.stderr
    assert "Traceback" not in done.stderr


# 6. One daemon per archive -------------------------------------------------------------


def test_second_daemon_is_refused_and_one_off_run_works_beside(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    first = start_daemon(config).started()
    root = first.root
    first.until(lambda: len(finished(root)) >= 1, timeout=START_TIMEOUT, what="a first pass")

    second = byline_process(config, "daemon", "--log-format", "json")
    assert second.returncode == 1  # not a usage error: the archive is busy
    lines = second.stderr.splitlines()
    assert len(lines) == 1, second.stderr
    assert "another byline daemon" in lines[0]
    assert f"pid {first.pid}" in lines[0]
    assert DaemonLock(root).holder() == first.pid

    count = len(passes(root))
    first.until(lambda: len(finished(root)) >= count + 2, what="the first daemon still passing")

    # A one-off run beside it, on the same archive, with deeper listings.
    other = daemon_config(
        tmp_path / "other.toml", [source("columns", site.origin, max_index_pages=3)]
    )
    run = byline_process(other, "run")
    assert run.returncode == 0, run.stderr
    # Page 1 is unchanged since the daemon read it; pages 2 and 3 hold seven articles and
    # a print copy of one on page 1. (The daemon may archive some of the seven first: it
    # takes up any pending URL of its source.)
    assert run.stdout.startswith("columns: 3 pages read (1 unchanged), "), run.stdout
    assert len(record_urls(root)) == 11
    alias = site.origin + EXPECTED["alias"]["alias_path"]
    assert [tuple(r) for r in query(root, "SELECT state FROM urls WHERE url = ?", alias)] == [
        ("alias",)
    ]
    assert_consistent(root, daemon_stopped=False)
    count = len(passes(root))
    first.until(lambda: len(finished(root)) >= count + 2, what="the daemon passing after the run")
    assert first.proc.poll() is None
    assert first.stop() == 0
    assert_consistent(root)


# 7. `byline sources` ---------------------------------------------------------------------


def test_sources_shows_the_daemons_schedule_while_it_runs(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(
        tmp_path / "config.toml", [source("columns", site.origin, every="1h")], max_jitter=0
    )
    daemon = start_daemon(config, log_format="text")
    root = daemon.root
    (last,) = daemon.until(lambda: finished(root), timeout=START_TIMEOUT, what="the start-up pass")
    # The next run is published once the pass is over.
    (next_run,) = daemon.until(
        lambda: [
            r["next_run"]
            for r in query(root, "SELECT next_run FROM schedule")
            if parse_time(r["next_run"]) > parse_time(last["started_at"])
        ],
        what="the next run published after the start-up pass",
    )

    shown = byline_process(config, "sources")  # a separate process beside the daemon
    assert shown.returncode == 0, shown.stderr
    row = sources_table(shown.stdout)["columns"]
    assert row["schedule"] == "every 1h"
    assert row["archived"] == "4"
    assert row["last pass"] == last["started_at"]
    assert row["result"] == "ok"
    assert row["next run"] == next_run
    assert abs(
        parse_time(next_run) - parse_time(last["started_at"]) - timedelta(hours=1)
    ) < timedelta(seconds=2)
    assert f"daemon running (pid {daemon.pid})" in shown.stdout
    # The human log: readable lines, not JSON.
    log = daemon.lines()
    assert any("columns: 1 page read, 4 new articles, 0 failures" in line for line in log)
    assert not any(line.startswith("{") for line in log)

    assert daemon.stop() == 0
    shown = byline(config, "sources")
    assert shown.returncode == 0, shown.stderr
    row = sources_table(shown.stdout)["columns"]
    assert (row["result"], row["next run"]) == ("ok", "no daemon")
    assert "daemon running" not in shown.stdout


# 8. The status endpoint ---------------------------------------------------------------------


def test_status_endpoint_health_status_and_metrics(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    daemon = start_daemon(config, "--status-port", "0")
    url = daemon.wait_event("status-endpoint", timeout=START_TIMEOUT)["url"]
    parts = urlsplit(url)
    assert parts.hostname == "127.0.0.1"
    assert parts.port
    daemon.until(lambda: len(finished(daemon.root)) >= 2, timeout=START_TIMEOUT, what="2 passes")

    status, ctype, body = get(url + "/health")
    health = json.loads(body)
    assert (status, ctype) == (200, "application/json")
    assert health["status"] == "ok"
    assert health["sources"] == 1
    assert health["uptime_seconds"] > 0

    status, _, body = get(url + "/status")
    figures = json.loads(body)["sources"]["columns"]
    assert figures["passes"] >= 2
    assert isinstance(figures["running"], bool)
    last = figures["last_pass"]
    assert last["result"] == "ok"
    assert last["new"] == 0  # the first pass archived the page; the later ones find nothing
    assert last["pages"] == 1 and last["unchanged_pages"] == 1
    assert last["seconds"] >= 0
    next_run = datetime.fromisoformat(figures["next_run"])
    assert abs(next_run - datetime.now(UTC)) < timedelta(seconds=5)

    status, ctype, body = get(url + "/metrics")
    assert status == 200 and ctype.startswith("text/plain")
    assert re.search(r'^byline_passes_total\{result="ok",source="columns"\} [1-9]', body, re.M)
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }
    assert samples[("byline_passes_total", (("result", "ok"), ("source", "columns")))] >= 2
    assert samples[("byline_articles_archived_total", (("source", "columns"),))] == 4
    assert samples[("byline_pages_read_total", (("source", "columns"),))] >= 2
    assert samples[("byline_failures_total", (("source", "columns"),))] == 0
    assert ("byline_next_run_timestamp_seconds", (("source", "columns"),)) in samples

    with pytest.raises(urllib.error.HTTPError) as info:
        get(url + "/nothing-here")
    assert info.value.code == 404

    # 127.0.0.1 only: the same port on another loopback address is not served.
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.2", parts.port), timeout=2),
    ):
        pass
    assert daemon.stop() == 0
    with pytest.raises(OSError):
        get(url + "/health")


# 9. Start-up respects the last pass -------------------------------------------------------------


def test_start_up_waits_out_the_interval_of_a_recent_pass(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(
        tmp_path / "config.toml",
        [
            source("columns", site.origin, every="1h"),
            source("fresh", site.origin, MIRA, every="1h"),
        ],
        max_jitter=0,
    )
    run = byline(config, "run", "columns")
    assert run.returncode == 0, run.stderr
    root = tmp_path / "archive"
    (ran,) = passes(root)
    daemon = start_daemon(config).started()
    due = parse_time(ran["started_at"]) + timedelta(hours=1)

    def next_runs() -> dict[str, datetime]:
        return {
            r["source"]: parse_time(r["next_run"]) for r in query(root, "SELECT * FROM schedule")
        }

    # A source that never ran is passed at once, not an interval later ...
    daemon.until(lambda: finished(root, "fresh"), timeout=START_TIMEOUT, what="a pass of 'fresh'")
    (fresh,) = finished(root, "fresh")
    assert parse_time(fresh["started_at"]) < due
    # (its next run is published once the pass is over)
    daemon.until(
        lambda: next_runs()["fresh"] > parse_time(fresh["started_at"]),
        what="the next run of 'fresh' after its start-up pass",
    )
    # ... one that ran a moment ago is not: it waits for its hour. Both were scheduled as
    # the daemon started: a start-up pass of 'columns' would have begun beside the one of
    # 'fresh', which has now run to its end.
    assert [tuple(p) for p in passes(root, "columns")] == [tuple(ran)]
    schedule = next_runs()
    assert abs(schedule["columns"] - due) < timedelta(seconds=2)
    assert abs(
        schedule["fresh"] - parse_time(fresh["started_at"]) - timedelta(hours=1)
    ) < timedelta(seconds=2)
    assert daemon.stop() == 0


# 10. JSON logs ----------------------------------------------------------------------------------


def test_json_log_has_one_line_per_pass_with_counts(tmp_path, site_server, start_daemon):
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    daemon = start_daemon(config).started()
    daemon.until(lambda: len(finished(daemon.root)) >= 4, timeout=START_TIMEOUT, what="4 passes")
    assert daemon.stop() == 0

    lines = daemon.log_text().splitlines()
    events = []
    for line in lines:
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            pytest.fail(f"not a JSON line: {line!r}")
    for event in events:
        assert {"message", "level", "time", "name"} <= set(event), event
    pass_lines = [e for e in events if e.get("event") == "pass"]
    rows = passes(daemon.root)
    assert len(pass_lines) == len(rows) >= 4
    for line, row in zip(pass_lines, rows, strict=True):
        assert line["source"] == "columns"
        assert line["level"] == "INFO"
        assert (line["result"], line["new"], line["pages"]) == (row["result"], row["new"], 1)
        assert isinstance(line["seconds"], float | int) and line["seconds"] >= 0
        assert {"failed", "skipped", "aliases", "unchanged_pages", "deferred"} <= set(line)
    assert pass_lines[0]["new"] == 4
    assert sum(e["new"] for e in pass_lines) == len(record_urls(daemon.root)) == 4
    order = [e["event"] for e in events if e.get("event") in ("started", "stopping", "stopped")]
    assert order == ["started", "stopping", "stopped"]


# Stops, restarts, reloads beside passes; ports and cron ----------------------------------------


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaemonProcess]:
    """A daemon stopped by SIGTERM (stop_timeout = 0) in the middle of a slow pass,
    after it archived at least one article; shared by the tests that look at what it left."""
    site = SiteServer(SITES / "columns").start()
    tmp = tmp_path_factory.mktemp("interrupted")
    daemon = launch(slow_pass_config(tmp, site.origin, stop_timeout=0), tmp / "daemon.log")
    try:
        daemon.started()
        wait_mid_pass(daemon)
        assert daemon.stop() == 0, daemon.log_text()
        yield daemon
    finally:
        kill(daemon)
        site.stop()


def test_an_interrupted_pass_records_the_articles_it_archived(interrupted):
    """An interrupted pass is recorded with the articles it archived before the stop."""
    (row,) = passes(interrupted.root)
    assert row["result"] == "interrupted"
    archived = len(record_urls(interrupted.root))
    assert archived >= 1
    assert row["new"] == archived


def test_an_interrupted_pass_is_logged_with_counts_and_seconds(interrupted):
    """The log line of an interrupted pass carries its counts and duration, as any other."""
    (line,) = interrupted.find("pass", result="interrupted")
    assert {"new", "pages", "failed", "seconds"} <= set(line)


def test_a_graceful_stop_logs_no_error(interrupted):
    """A stop that cancels a pass is not an error: no ERROR line (no scheduler traceback)."""
    assert interrupted.find("stopped", status=0)
    errors = [e for e in interrupted.events() if e["level"] in ("ERROR", "CRITICAL")]
    assert errors == []


def test_restart_after_an_interrupted_pass_resumes_at_once(interrupted, tmp_path, start_daemon):
    """A pass cut short by a stop does not count as the last pass: a restart resumes at once."""
    shutil.copytree(interrupted.root, tmp_path / "archive")
    config = shutil.copy(interrupted.config, tmp_path / "config.toml")
    assert [p["result"] for p in passes(tmp_path / "archive")] == ["interrupted"]
    daemon = start_daemon(config).started()
    # every = "1h", and the last pass ended on a SIGTERM with most of its articles pending.
    daemon.until(
        lambda: len(passes(daemon.root)) >= 2,
        timeout=START_TIMEOUT,
        what="a pass right after the restart, not an hour later",
    )


def test_sigterm_to_the_process_group_lets_the_pass_finish(tmp_path, site_server, start_daemon):
    """`systemctl stop` signals the whole process group (KillMode=control-group): the pool
    workers and the forkserver must survive it so the pass can finish in stop_timeout."""
    site = site_server("columns")
    config = slow_pass_config(tmp_path, site.origin, stop_timeout=15, per_host_delay=0.3)
    daemon = start_daemon(config).started()
    wait_mid_pass(daemon)
    os.killpg(daemon.pid, signal.SIGTERM)  # as `systemctl stop byline` does
    assert daemon.proc.wait(timeout=20) == 0
    assert not [e for e in daemon.events() if e["level"] == "ERROR"]
    (row,) = passes(daemon.root)
    assert (row["result"], row["new"]) == ("ok", 8)


def test_a_source_removed_mid_pass_stays_out_of_the_status(
    tmp_path, site_server, fault_server, start_daemon
):
    """A source removed by SIGHUP while its pass runs does not come back in /status, /health
    or /metrics when that pass ends."""
    site = site_server("columns")
    slow = fault_server(None)
    columns = source("columns", site.origin)
    config = daemon_config(
        tmp_path / "config.toml",
        [source("slow", slow.origin, "/fault/slow-first-byte/1.5"), columns],
    )
    daemon = start_daemon(config, "--status-port", "0")
    url = daemon.wait_event("status-endpoint", timeout=START_TIMEOUT)["url"]
    daemon.until(
        lambda: [p for p in passes(daemon.root, "slow") if p["finished_at"] is None],
        timeout=START_TIMEOUT,
        what="a pass of 'slow' under way",
    )
    daemon_config(config, [columns])
    daemon.signal(signal.SIGHUP)
    daemon.wait_event("reloaded")
    assert "slow" not in json.loads(get(url + "/status")[2])["sources"]
    daemon.until(
        lambda: all(p["finished_at"] for p in passes(daemon.root, "slow")),
        what="the pass of the removed source to end",
    )

    def columns_logged_after_the_last_slow_pass() -> bool:
        order = [e.get("source") for e in daemon.events() if e.get("event") == "pass"]
        if order.count("slow") < len(passes(daemon.root, "slow")):
            return False  # the removed source's last pass is not logged yet
        last = len(order) - 1 - order[::-1].index("slow")
        return "columns" in order[last:]

    # The bookkeeping of a pass follows its index write and its log line, in the same step
    # of the daemon's event loop: once a later pass has been logged, it is done.
    daemon.until(
        columns_logged_after_the_last_slow_pass,
        what="a pass of 'columns' logged after the last one of 'slow'",
    )
    assert list(json.loads(get(url + "/status")[2])["sources"]) == ["columns"]
    assert json.loads(get(url + "/health")[2])["sources"] == 1
    assert 'byline_pass_running{source="slow"}' not in get(url + "/metrics")[2]


def test_a_one_off_run_beside_the_daemon_fetches_no_article_twice(
    tmp_path, site_server, start_daemon
):
    """A one-off `byline run` beside the daemon: the daemon's passes take up the URLs the run
    discovered, and neither fetches an article the other is fetching or has archived."""
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    daemon = start_daemon(config).started()
    daemon.until(lambda: finished(daemon.root), timeout=START_TIMEOUT, what="a first pass")
    other = daemon_config(
        tmp_path / "other.toml",
        [source("columns", site.origin, max_index_pages=3, per_host_delay=0.2)],
    )
    run = byline_process(other, "run")
    assert run.returncode == 0, run.stderr
    assert len(record_urls(daemon.root)) == 11
    # Each article counted new once, by the run or by a daemon pass.
    assert sum(p["new"] for p in passes(daemon.root)) == 11
    twice = {
        p: n for p, n in site.hits.items() if p.startswith(("/opinion/20", "/print/")) and n > 1
    }
    assert twice == {}


def test_cron_sources_are_jittered_too(tmp_path, site_server, start_daemon):
    """A cron source's runs are spread by the jitter too (10% of an hour, at most max_jitter)."""
    site = site_server("columns")
    config = daemon_config(
        tmp_path / "config.toml",
        [source("columns", site.origin, every=None, cron="* * * * *")],
        max_jitter=30,
    )
    daemon = start_daemon(config, "--status-port", "0")
    url = daemon.wait_event("status-endpoint", timeout=START_TIMEOUT)["url"]
    next_run = datetime.fromisoformat(
        json.loads(get(url + "/status")[2])["sources"]["columns"]["next_run"]
    )
    assert (next_run.second, next_run.microsecond) != (0, 0)


def test_a_busy_status_port_is_one_clear_error(tmp_path, site_server):
    """A --status-port already in use is one clear line on stderr, not an internal error."""
    site = site_server("columns")
    config = daemon_config(tmp_path / "config.toml", [source("columns", site.origin)])
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = byline_process(config, "daemon", "--log-format", "json", "--status-port", str(port))
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert str(port) in lines[0]
    assert "internal error" not in lines[0]


def test_a_restart_after_a_crash_fetches_what_the_dead_pass_left(
    tmp_path, site_server, start_daemon
):
    """A daemon killed mid-pass (a crash, the OOM killer) loses nothing: after a restart,
    the URLs its pass had discovered but not archived are fetched by the first pass."""
    site = site_server("columns")
    config = slow_pass_config(tmp_path, site.origin, stop_timeout=2, per_host_delay=0.3)
    crashed = start_daemon(config).started()
    wait_mid_pass(crashed)
    kill(crashed)
    root = crashed.root
    pending = {r["url"] for r in query(root, "SELECT url FROM urls WHERE state = 'pending'")}
    assert len(pending) >= 5

    restarted = start_daemon(config).started()
    (row,) = restarted.until(
        lambda: [p for p in finished(root) if p["id"] > 1],
        timeout=START_TIMEOUT,
        what="the first pass after the restart",
    )
    assert pending <= {
        r["url"] for r in query(root, "SELECT url FROM urls WHERE state IN ('archived', 'alias')")
    }
    assert row["new"] + row["aliases"] == len(pending)


def test_half_open_connections_cannot_take_the_status_endpoint_down():
    """Slowloris on 127.0.0.1: 200 connections that never finish their request. The
    endpoint holds at most MAX_CONNECTIONS of them (the rest are closed at once), closes
    those after READ_TIMEOUT, and answers /health again."""
    from byline import status as status_module
    from byline.daemon import raise_file_limit

    assert raise_file_limit() >= 1024
    server = status_module.StatusServer(status_module.Status(), 0).start()
    host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
    attackers = []
    try:
        for _ in range(200):
            conn = socket.create_connection((host, port))
            conn.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
            conn.settimeout(30)
            attackers.append(conn)
        closed = sum(conn.recv(1) == b"" for conn in attackers)  # every one ends, in time
        assert closed == 200
        wait_for(lambda: get(server.url + "/health")[0] == 200, timeout=30, what="/health")
    finally:
        for conn in attackers:
            conn.close()
        server.stop()


# A long extraction: stops, dead workers, two Ctrl-C ----------------------------------

HUGE = sorted(PAGE_1_ARTICLES)[0]
#: Minutes of trafilatura's time (the pass cannot simply wait for it to end).
HUGE_PARAGRAPHS = 400_000


def huge_column() -> str:
    body = "".join(f"<p>Line {i}.</p>" for i in range(HUGE_PARAGRAPHS))  # 6 MB
    return f"<html><head><title>Long</title></head><body><article>{body}</article></body></html>"


def group_members(pgid: int) -> dict[int, float]:
    """The processes of process group `pgid` (but its leader): pid -> CPU seconds."""
    members = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == pgid:
            continue
        with contextlib.suppress(OSError):
            text = (entry / "stat").read_text()
            fields = text[text.rindex(")") + 2 :].split()  # after "pid (comm) "
            if fields[0] != "Z" and int(fields[2]) == pgid:
                members[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    return members


def busy_worker(pgid: int, what: Callable[[Callable[[], T], str], T]) -> int:
    """The pool worker of group `pgid` that has spent over a second of CPU: the one
    extracting the huge page (workers that only read small pages use far less)."""

    def busy() -> int | None:
        spent = {pid: cpu for pid, cpu in group_members(pgid).items() if cpu > 1.0}
        return max(spent, key=spent.__getitem__) if spent else None

    return what(busy, "a pool worker busy with the huge page")


def long_extraction_config(tmp_path: Path, origin: str, stop_timeout: float) -> Path:
    return write_toml(
        tmp_path / "config.toml",
        [source("columns", origin, every="1h", per_host_delay=0)],
        daemon={"stop_timeout": stop_timeout, "max_jitter": 0},
        extract={"timeout": 3600},
    )


def test_sigterm_during_a_long_extraction_stops_within_stop_timeout(
    tmp_path, site_server, start_daemon
):
    """stop_timeout bounds the stop even while a worker is deep in one page: the worker
    is stopped, the URL stays pending for the next pass, nothing is left running."""
    site = site_server("columns")
    site.put(HUGE, huge_column())
    daemon = start_daemon(long_extraction_config(tmp_path, site.origin, 1)).started()
    busy_worker(daemon.pid, lambda f, w: daemon.until(f, timeout=60, what=w))
    daemon.signal(signal.SIGTERM)
    status = daemon.proc.wait(timeout=60)  # the page alone needs minutes
    assert status == 0, daemon.log_text()
    wait_for(lambda: not group_members(daemon.pid), what="the workers gone")
    (row,) = passes(daemon.root)
    assert row["result"] == "interrupted"
    state = query(daemon.root, "SELECT state FROM urls WHERE url = ?", site.url(HUGE))
    assert [r["state"] for r in state] == ["pending"]
    assert_consistent(daemon.root)


def test_a_worker_killed_mid_extraction_is_one_failure_and_the_daemon_goes_on(
    tmp_path, site_server, start_daemon
):
    site = site_server("columns")
    site.put(HUGE, huge_column())
    daemon = start_daemon(long_extraction_config(tmp_path, site.origin, 2)).started()
    worker = busy_worker(daemon.pid, lambda f, w: daemon.until(f, timeout=60, what=w))
    os.kill(worker, signal.SIGKILL)  # as the OOM killer would
    row = daemon.until(lambda: finished(daemon.root), timeout=60, what="the pass finished")[0]
    assert (row["result"], row["new"], row["failed"]) == ("partial", 3, 1)
    (url,) = query(daemon.root, "SELECT state, error FROM urls WHERE url = ?", site.url(HUGE))
    assert url["state"] == "failed"
    assert "its worker died (killed by SIGKILL) and was replaced" in url["error"]
    assert record_urls(daemon.root) == {site.url(p) for p in PAGE_1_ARTICLES - {HUGE}}
    # Still alive and well: a reload is applied, and a stop is clean.
    daemon.signal(signal.SIGHUP)
    daemon.wait_event("reloaded")
    assert daemon.stop(timeout=30) == 0
    assert_consistent(daemon.root)


def test_two_ctrl_c_during_a_long_extraction_end_a_run(tmp_path, site_server):
    """Ctrl-C twice, as a terminal sends it: to the whole foreground process group,
    workers included. `run` ends, in one line, and leaves no process behind."""
    site = site_server("columns")
    site.put(HUGE, huge_column())
    config = long_extraction_config(tmp_path, site.origin, 1)
    env = {k: v for k, v in os.environ.items() if k != "BYLINE_CONFIG"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "byline", "--config", str(config), "run"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
        start_new_session=True,
    )
    try:
        busy_worker(proc.pid, lambda f, w: wait_for(f, timeout=60, what=w))
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.2)  # two presses, not one signal delivered twice
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)  # the page alone needs minutes
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    assert "Traceback" not in err.decode()
    wait_for(lambda: not group_members(proc.pid), what="the workers gone")
    root = tmp_path / "archive"
    state = query(root, "SELECT state FROM urls WHERE url = ?", site.url(HUGE))
    assert [r["state"] for r in state] == ["pending"]
    assert_consistent(root)
