"""The fetcher's rules against a misbehaving server on 127.0.0.1 (real sockets)."""

from __future__ import annotations

import asyncio
import itertools
import time
import tracemalloc

import pytest

from byline.errors import (
    ContentError,
    ContentTypeError,
    DeferredError,
    DisallowedError,
    FetchError,
    HTTPStatusError,
    NetworkError,
    RefusedError,
    TooLargeError,
)
from byline.fetch import Fetcher
from byline.models import Validators
from byline.settings import FetchSettings
from byline.urls import host_key


@pytest.fixture
def srv(fault_server):
    return fault_server(None)


def settings(srv, **changes) -> FetchSettings:
    """Fast settings that allow exactly this server's private address."""
    base = {
        "allow_private_hosts": (host_key(srv.origin),),
        "per_host_delay": 0.0,
        "backoff": 0.01,
        "max_backoff": 0.05,
        "timeout": 5.0,
    }
    return FetchSettings(**{**base, **changes})


def fetch(srv, path: str, kind="html", store=None, validators=None, **changes):
    async def main():
        async with Fetcher(settings(srv, **changes), robots_store=store) as fetcher:
            return await fetcher.get(srv.url(path), kind, validators=validators)

    return asyncio.run(main())


# Retries --------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_retryable_status_then_success(srv, status):
    path = f"/fault/flaky/{status}/2/a"
    fetched = fetch(srv, path)
    assert fetched.status == 200 and path in fetched.text
    assert srv.attempts(path) == 3


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_other_4xx_is_final_without_retry(srv, status):
    path = f"/fault/flaky/{status}/1/b"
    with pytest.raises(HTTPStatusError) as info:
        fetch(srv, path)
    assert info.value.status == status and not info.value.retryable
    assert srv.attempts(path) == 1


def test_retries_are_bounded(srv):
    path = "/fault/flaky/503/100/c"
    with pytest.raises(HTTPStatusError, match="HTTP 503"):
        fetch(srv, path, retries=2)
    assert srv.attempts(path) == 3  # the first try and two retries


def test_retry_after_seconds_is_honoured(srv):
    path = "/fault/retry-after/1/1/d"
    began = time.monotonic()
    fetched = fetch(srv, path, backoff=0.0)
    assert fetched.status == 200
    assert time.monotonic() - began >= 0.95  # waited what the server asked, not the backoff


def test_retry_after_http_date_is_honoured(srv):
    path = "/fault/retry-after/date-2/1/e?status=429"
    began = time.monotonic()
    assert fetch(srv, path, backoff=0.0).status == 200
    assert time.monotonic() - began >= 0.9  # HTTP dates have whole seconds


def test_retry_after_beyond_the_cap_rests_the_host(srv):
    path = "/fault/retry-after/3600/1/f"

    async def main():
        async with Fetcher(settings(srv, max_retry_after=5)) as fetcher:
            with pytest.raises(DeferredError, match=r"3600s without requests") as first:
                await fetcher.get(srv.url(path))
            with pytest.raises(DeferredError, match="Retry-After") as other:
                await fetcher.get(srv.url("/fault/status/200"))
            return first.value, other.value

    first, other = asyncio.run(main())
    assert first.url == srv.url(path) and other.url == srv.url("/fault/status/200")
    assert srv.attempts(path) == 1  # no retry of the turned-away request
    assert srv.hits_for("/fault/status/200") == 0  # and nothing more sent to the host


def test_connection_reset_mid_body_is_retried_then_named(srv):
    with pytest.raises(NetworkError) as info:
        fetch(srv, "/fault/reset", retries=1)
    assert info.value.retryable
    assert srv.hits_for("/fault/reset") == 2


def test_truncated_body_is_a_network_failure(srv):
    with pytest.raises(NetworkError):
        fetch(srv, "/fault/truncated", retries=0)


def test_slow_first_byte_times_out(srv):
    with pytest.raises(NetworkError, match="timed out"):
        fetch(srv, "/fault/slow-first-byte/5", timeout=0.5, retries=1)
    assert srv.hits_for("/fault/slow-first-byte/5") == 2


def test_slow_drip_is_bounded_by_the_whole_request_timeout(srv):
    # Every chunk arrives well within the timeout; the whole body does not.
    with pytest.raises(NetworkError, match="timed out"):
        fetch(srv, "/fault/drip/3/12", timeout=1.0, retries=0)
    assert fetch(srv, "/fault/drip/0.3/3", timeout=2.0).status == 200


# Size, type, charset -----------------------------------------------------------


@pytest.mark.parametrize("bomb", ["gzip-bomb", "deflate-bomb", "br-bomb"])
def test_compression_bombs_are_cut_off_without_holding_them(srv, bomb):
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="exceeds 1000000 bytes"):
            fetch(srv, f"/fault/{bomb}", max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12_000_000  # a 200 MiB body was never held


def test_huge_page_with_length_refused_before_reading(srv):
    with pytest.raises(TooLargeError, match="Content-Length"):
        fetch(srv, "/fault/huge/5", max_bytes=1_000_000)


def test_huge_page_without_length_cut_off_while_streaming(srv):
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="body exceeds"):
            fetch(srv, "/fault/huge/20?no-length=1", max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12_000_000


@pytest.mark.parametrize("content_type", ["application/pdf", "image/jpeg", ""])
def test_wrong_or_missing_content_type(srv, content_type):
    with pytest.raises(ContentTypeError):
        fetch(srv, f"/fault/content-type?type={content_type}")


def test_binary_body_is_named(srv):
    with pytest.raises(ContentError, match="binary"):
        fetch(srv, "/fault/binary")


def test_empty_200_is_named(srv):
    with pytest.raises(ContentError, match="empty body"):
        fetch(srv, "/fault/empty")


def test_bogus_charset_header_falls_back_to_the_page_declaration(srv):
    fetched = fetch(srv, "/fault/bad-charset")
    assert fetched.encoding == "cp1252"
    assert "café" in fetched.text and "“quoted”" in fetched.text


def test_undeclared_charset_is_detected(srv):
    fetched = fetch(srv, "/fault/latin1-undeclared")
    assert "\ufffd" not in fetched.text
    assert any(word in fetched.text for word in ("été", "à", "élève", "français"))


# Redirects ------------------------------------------------------------------------


def test_redirect_chain_followed(srv):
    fetched = fetch(srv, "/fault/redirect/3")
    assert fetched.url == srv.url("/fault/redirect/0")
    assert fetched.requested_url == srv.url("/fault/redirect/3")


def test_redirect_limit_and_loop(srv):
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(srv, "/fault/redirect/5", max_redirects=2)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(srv, "/fault/redirect-loop")


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9/admin"]
)
def test_redirect_to_a_private_address_is_refused(srv, target):
    with pytest.raises(RefusedError, match="private address"):
        fetch(srv, f"/fault/redirect-to?url={target}")


# Conditional GET ----------------------------------------------------------------


def test_conditional_get_gets_304_until_the_page_changes(srv):
    first = fetch(srv, "/fault/conditional/listing")
    assert first.status == 200 and first.etag
    validators = Validators(first.etag, first.last_modified)
    again = fetch(srv, "/fault/conditional/listing", validators=validators)
    assert again.not_modified and again.body == b""
    srv.bump("listing")
    changed = fetch(srv, "/fault/conditional/listing", validators=validators)
    assert changed.status == 200 and changed.etag != first.etag
    sent = [r.headers for r in srv.requests if r.path == "/fault/conditional/listing"]
    assert sent[1]["If-None-Match"] == first.etag
    assert sent[1]["If-Modified-Since"] == first.last_modified


# robots.txt ---------------------------------------------------------------------


class MemoryStore:
    def __init__(self):
        self.saved: dict[str, tuple[str, float]] = {}

    def load_robots(self, origin):
        return self.saved.get(origin)

    def save_robots(self, origin, body, fetched_at):
        self.saved[origin] = (body, fetched_at)


def test_disallowed_url_is_never_requested(srv):
    srv.robots("User-agent: *\nDisallow: /fault/status/\n")
    with pytest.raises(DisallowedError, match="robots.txt"):
        fetch(srv, "/fault/status/200")
    assert srv.hits_for("/fault/status/200") == 0
    assert fetch(srv, "/fault/redirect/0").status == 200


def test_rules_for_our_user_agent_apply(srv):
    srv.robots("User-agent: byline\nDisallow: /fault/redirect/\n\nUser-agent: *\nDisallow: /\n")
    with pytest.raises(DisallowedError):
        fetch(srv, "/fault/redirect/0")
    assert fetch(srv, "/fault/status/200").status == 200


@pytest.mark.parametrize("status", [403, 404, 410])
def test_robots_4xx_allows_everything(srv, status):
    # RFC 9309 2.3.1.3: a robots.txt that is missing or forbidden restricts nothing.
    srv.robots(status=status)
    assert fetch(srv, "/fault/redirect/0").status == 200
    assert srv.hits_for("/robots.txt") == 1  # final: not retried


@pytest.mark.parametrize("status", [408, 425, 429, 500, 501, 502, 503, 504])
def test_robots_busy_or_failing_defers_the_host(srv, status):
    # RFC 9309 2.3.1.4: an unreachable robots.txt means "do not crawl yet"; the
    # 4xx that mean "ask again later" count as unreachable, not as missing.
    srv.robots(status=status)
    with pytest.raises(DeferredError, match=f"HTTP {status}; host deferred"):
        fetch(srv, "/fault/redirect/0", retries=1)
    assert srv.hits_for("/fault/redirect/0") == 0


def test_robots_timeout_defers_the_host(srv):
    srv.robots(text="User-agent: *\nAllow: /\n", delay=3)
    with pytest.raises(DeferredError, match="robots.txt unreachable .*timed out"):
        fetch(srv, "/fault/redirect/0", timeout=0.5, retries=0)
    assert srv.hits_for("/fault/redirect/0") == 0


def test_robots_fetched_once_and_kept_in_the_store(srv):
    srv.robots("User-agent: *\nDisallow: /private/\n")
    store = MemoryStore()

    async def twice():
        async with Fetcher(settings(srv), robots_store=store) as fetcher:
            await fetcher.get(srv.url("/fault/redirect/0"))
            await fetcher.get(srv.url("/fault/redirect/1"))

    asyncio.run(twice())
    assert srv.hits_for("/robots.txt") == 1
    asyncio.run(twice())  # a new fetcher, as in the next `byline run`
    assert srv.hits_for("/robots.txt") == 1
    assert "Disallow: /private/" in store.saved[srv.origin][0]


def test_crawl_delay_slows_the_host(srv):
    srv.robots("User-agent: *\nCrawl-delay: 0.4\n")
    starts = []

    async def three():
        async with Fetcher(settings(srv, per_host_concurrency=4)) as fetcher:
            await asyncio.gather(
                *(fetcher.get(srv.url(f"/fault/redirect/0?i={i}")) for i in range(3))
            )

    asyncio.run(three())
    starts = [r.time for r in srv.requests if r.path.startswith("/fault/redirect/0")]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 3 and min(gaps) >= 0.35, gaps


def test_identity_headers_on_every_request(srv):
    fetch(srv, "/fault/redirect/1", user_agent="byline-test/9 (+mailto:a@b.example)")
    assert len(srv.requests) == 3  # robots.txt and two hops
    for request in srv.requests:
        assert request.headers["User-Agent"] == "byline-test/9 (+mailto:a@b.example)"
        assert "br" in request.headers["Accept-Encoding"]
        assert "gzip" in request.headers["Accept-Encoding"]


def test_per_host_concurrency_limit(srv):
    async def six():
        async with Fetcher(settings(srv, per_host_concurrency=2, respect_robots=False)) as f:
            await asyncio.gather(
                *(f.get(srv.url(f"/fault/slow-first-byte/0.4?i={i}")) for i in range(6))
            )

    asyncio.run(six())
    arrivals = sorted(r.time for r in srv.requests)
    assert len(arrivals) == 6
    # Two at a time: the third request can only start once one of the first two ended.
    assert arrivals[2] - arrivals[0] >= 0.35
    assert arrivals[4] - arrivals[2] >= 0.35


def test_redirect_out_of_scope_is_refused(srv):
    async def main():
        async with Fetcher(settings(srv)) as fetcher:
            target = "http://elsewhere.example/opinion/a-b-c"
            return await fetcher.get(
                srv.url(f"/fault/redirect-to?url={target}"),
                in_scope=lambda url: url.startswith(srv.origin),
            )

    with pytest.raises(RefusedError, match="out of scope"):
        asyncio.run(main())


def test_a_sources_slower_pacing_wins_on_a_shared_host(srv):
    from byline.settings import HostPolicy

    async def main():
        async with Fetcher(settings(srv, respect_robots=False)) as fetcher:
            fast = HostPolicy(delay=0.0, limit=4, respect_robots=False)
            slow = HostPolicy(delay=0.3, limit=4, respect_robots=False)
            await fetcher.get(srv.url("/fault/redirect/0?a"), policy=fast)
            await asyncio.gather(
                fetcher.get(srv.url("/fault/redirect/0?b"), policy=slow),
                fetcher.get(srv.url("/fault/redirect/0?c"), policy=fast),
            )

    asyncio.run(main())
    times = [r.time for r in srv.requests]
    assert len(times) == 3
    # The fast source waits for the slow one's pacing: its request starts 0.3 s after the
    # slow one's, which starts after the first request was answered. (Measured from the
    # first request's arrival: the slow request's own arrival may lag its start while its
    # connection opens, so the gap between the last two is not a bound.)
    assert times[2] - times[0] >= 0.3
