"""The fetch package's parts on their own: host pacing and holds, retry waits."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from byline.errors import HTTPStatusError, NetworkError
from byline.fetch.pacing import HostGates
from byline.fetch.retry import parse_retry_after, retry_wait
from byline.settings import FetchSettings, HostPolicy

URL = "https://columns.example/opinion/a"


# Pacing ---------------------------------------------------------------------------


def test_hold_pauses_the_host_without_touching_its_pacing():
    gates = HostGates()
    gate = gates.gate(URL, HostPolicy(delay=0.0, limit=3, respect_robots=True))
    before = time.monotonic()
    gates.hold(URL, HostPolicy(delay=5.0, limit=1, respect_robots=True), 30.0)
    assert gates.get(URL) is gate
    assert (gate.delay, gate.limit) == (0.0, 3)
    assert gate.next_start >= before + 30.0


def test_hold_on_a_host_without_a_gate_paces_it_as_the_turned_away_request_asked():
    gates = HostGates()
    gates.hold(URL, HostPolicy(delay=0.5, limit=2, respect_robots=True), 10.0)
    gate = gates.get(URL)
    assert gate is not None and (gate.delay, gate.limit) == (0.5, 2)
    assert gates.get("https://other.example/") is None


def test_sources_sharing_a_host_get_the_slower_pacing_and_smaller_limit():
    gates = HostGates()
    gates.gate(URL, HostPolicy(delay=0.0, limit=4, respect_robots=True))
    gate = gates.gate("https://COLUMNS.example:443/b", HostPolicy(1.5, 2, True))
    assert (gate.delay, gate.limit) == (1.5, 2)


# Retries --------------------------------------------------------------------------


def test_retry_after_is_the_wait():
    settings = FetchSettings(max_retry_after=60, backoff=1.0)
    assert retry_wait(0, HTTPStatusError(URL, 429, 30.0), settings) == 30.0
    assert retry_wait(3, HTTPStatusError(URL, 503, 0.0), settings) == 0.0


def test_backoff_doubles_with_jitter_up_to_max_backoff():
    settings = FetchSettings(backoff=1.0, max_backoff=6.0)
    error = NetworkError(URL, "reset")
    for attempt, ceiling in [(0, 1.0), (1, 2.0), (2, 4.0), (3, 6.0), (9, 6.0)]:
        assert ceiling / 2 <= retry_wait(attempt, error, settings) <= ceiling


def test_retry_after_header_values():
    assert parse_retry_after(" 120 ") == 120.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    wait = parse_retry_after(later)
    assert wait is not None and 80 <= wait <= 90
