"""`byline run` against a misbehaving copy of the fixture newspaper."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from helpers import EXCLUDE, byline, records, run_pass
from helpers import write_config as write_site_config

from byline import config, pipeline
from byline.urls import host_key


@pytest.fixture
def flaky(fault_server):
    return fault_server("columns")


def write_config(tmp_path: Path, srv, **fetch) -> Path:
    """One source over the whole fixture site; only this server's private address allowed,
    quick retries."""
    quick = {"backoff": 0.01, "max_backoff": 0.05, "timeout": 5}
    return write_site_config(
        tmp_path,
        srv.origin,
        private=False,
        fetch={**quick, "allow_private_hosts": [host_key(srv.origin)], **fetch},
        max_index_pages=4,
        exclude=EXCLUDE,
    )


def url_states(tmp_path: Path) -> dict[str, tuple[str, str | None, int]]:
    db = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    rows = db.execute("SELECT url, state, error, failures FROM urls")
    return {url: (state, error, failures) for url, state, error, failures in rows}


def article_hits(srv, expected) -> int:
    paths = [a["path"] for a in expected["articles"]] + [expected["alias"]["alias_path"]]
    return sum(srv.hits_for(p) for p in paths)


def test_one_request_in_five_failing_loses_nothing(tmp_path, flaky, expected):
    """The issue's acceptance run: faults on 1 request in 5, two passes archive every
    article once, nothing is fetched from a disallowed path, and a third pass over the
    unchanged site fetches no article and gets 304s for its listings."""
    disallowed = expected["articles"][3]["path"]
    assert disallowed != expected["alias"]["canonical_path"]
    flaky.robots(f"User-agent: *\nDisallow: /login/\nDisallow: {disallowed}\n")
    flaky.fail_every(5, faults=("503", "500", "reset", "429", "502", "504", "408", "truncated"))
    path = write_config(tmp_path, flaky, retries=1, failure_backoff=0)
    first = run_pass(path)
    second = run_pass(path)
    # Listed, or in the opinion feed the listing pages advertise.
    wanted = {a["path"] for a in expected["articles"] if a["listed_on"] or a["in_feed"]}
    wanted -= {disallowed}
    assert set(records(tmp_path)) == wanted
    assert sum(flaky.faults_served.values()) >= 5
    assert first.new + second.new == len(wanted)
    assert flaky.hits_for(disallowed) == 0
    assert first.skipped == 1
    state, error, _ = url_states(tmp_path)[flaky.url(disallowed)]
    assert (state, error) == ("skipped", f"robots: disallowed by {flaky.origin}/robots.txt")
    records_on_disk = list((tmp_path / "archive").rglob("*.json"))
    assert len(records_on_disk) == len(wanted)  # no duplicates

    flaky.fail_every(0)
    flaky.reset_hits()
    third = run_pass(path)
    assert article_hits(flaky, expected) == 0
    assert third.new == 0 and third.failed == 0
    # The listing pages and the feed they advertise, all unchanged.
    assert third.pages == third.unchanged_pages == len(expected["listing_pages"]) + 1
    for listing in expected["listing_pages"]:
        assert flaky.hits_for(listing) == 1
    print(
        f"\nacceptance: pass 1 new={first.new} failed={first.failed} skipped={first.skipped}; "
        f"pass 2 new={second.new} failed={second.failed}; pass 3 unchanged listings="
        f"{third.unchanged_pages} article requests=0; faults={dict(flaky.faults_served)}"
    )


def test_robots_5xx_defers_the_host_to_the_next_pass(tmp_path, flaky, expected):
    flaky.robots(status=503)
    path = write_config(tmp_path, flaky, retries=1)
    first = run_pass(path)
    assert first.result == "deferred" and first.pages == 0
    assert first.deferred == 1 and first.failed == 0
    assert sum(flaky.hits.values()) == flaky.hits_for("/robots.txt")  # nothing else asked
    flaky.robots()
    second = run_pass(path)
    assert second.result == "ok"
    assert len(records(tmp_path)) == second.new > 0


def test_a_failing_article_waits_longer_then_is_dead(tmp_path, flaky, expected):
    broken = expected["articles"][1]["path"]
    flaky.put(broken, "gone", status=404)
    url = flaky.url(broken)
    path = write_config(tmp_path, flaky, failure_backoff=0, max_failures=2)
    assert run_pass(path).failed == 1
    assert url_states(tmp_path)[url] == ("failed", "http-status: HTTP 404", 1)
    assert run_pass(path).failed == 1
    assert url_states(tmp_path)[url] == ("dead", "http-status: HTTP 404", 2)
    hits = flaky.hits_for(broken)
    assert run_pass(path).failed == 0
    assert flaky.hits_for(broken) == hits  # dead: not tried again
    flaky.remove(broken)
    flaky.clear_overrides()
    revived = run_pass(path, retry_dead=True)
    assert revived.new == 1
    assert url_states(tmp_path)[url][0] == "archived"


def test_failure_backoff_skips_the_next_pass(tmp_path, flaky, expected):
    broken = expected["articles"][1]["path"]
    flaky.put(broken, "busy", status=500)
    path = write_config(tmp_path, flaky, retries=0, failure_backoff=3600)
    run_pass(path)
    hits = flaky.hits_for(broken)
    assert hits == 1
    run_pass(path)
    assert flaky.hits_for(broken) == hits  # an hour has not passed


def test_pending_urls_survive_an_unchanged_listing(tmp_path, flaky, expected):
    """An article whose fetch was cut short is still tried although its listing now 304s."""
    path = write_config(tmp_path, flaky)
    settings = config.load(path)

    async def discover_only():
        async with pipeline.Pipeline(settings) as p:
            source = settings.sources[0]
            stats = pipeline.PassStats(source.name)
            found = await p.explore(source, stats)
            p.index.frontier.add_pending(found.candidates, source.name)  # as run_source does,
            p.crawler.settle(found)  # then "crash"
            return found.candidates

    found = asyncio.run(discover_only())
    assert found
    assert article_hits(flaky, expected) == 0
    stats = run_pass(path)
    # The listing pages and the feed they advertise.
    assert stats.unchanged_pages == len(expected["listing_pages"]) + 1
    assert stats.new == len(records(tmp_path)) > 0


def test_sources_shows_dead_urls(tmp_path, flaky, expected):
    flaky.put(expected["articles"][1]["path"], "gone", status=410)
    path = write_config(tmp_path, flaky, failure_backoff=0, max_failures=1)
    run_pass(path)
    code, table, err = byline(path, "sources")
    assert code == 0, err
    row = next(line for line in table.splitlines() if "columns" in line and "every" in line)
    cells = [cell.strip() for cell in row.split("│") if cell.strip()]
    assert cells[3:5] == ["0", "1"]  # failing, dead


def test_a_retry_after_beyond_the_cap_defers_the_host_without_failing(tmp_path, flaky, expected):
    """A 503 asking for an hour ends the host's pass: its URLs stay pending, none fails,
    and the next pass (the server answering again) archives them."""
    turned_away = expected["articles"][1]["path"]
    flaky.put(turned_away, "busy", status=503, headers={"Retry-After": "3600"})
    path = write_config(tmp_path, flaky, max_retry_after=60, concurrency=1)
    first = run_pass(path)
    assert first.failed == 0 and first.deferred >= 1
    assert first.result == "deferred"
    assert flaky.hits_for(turned_away) == 1  # asked once, not retried
    assert url_states(tmp_path)[flaky.url(turned_away)] == ("pending", None, 0)
    flaky.clear_overrides()
    second = run_pass(path)
    assert second.failed == 0 and second.deferred == 0
    wanted = {a["path"] for a in expected["articles"] if a["listed_on"] or a["in_feed"]}
    assert set(records(tmp_path)) == wanted
