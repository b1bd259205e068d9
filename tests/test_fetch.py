"""The fetcher's rules, against httpx.MockTransport handlers (no sockets).

Every mock body is streamed (`reply`), as from a socket, so that it goes
through the fetcher's own bounded decoder; an `httpx.Response(content=...)`
would be read before the fetcher sees it.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import socket
import time
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest

from byline.errors import ContentTypeError, FetchError, HTTPStatusError, RefusedError, TooLargeError
from byline.fetch import Fetcher
from byline.fetch.guard import DNS_TTL
from byline.settings import FetchSettings, HostPolicy

# A public address literal: no DNS is needed to decide it is not private.
PUBLIC = "http://93.184.216.34"


class Chunks(httpx.AsyncByteStream):
    """A body yielded `size` bytes at a time; `sent` counts what the fetcher pulled."""

    def __init__(self, body: bytes, size: int = 16_384) -> None:
        self.body = body
        self.size = size
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.body), self.size):
            chunk = self.body[start : start + self.size]
            self.sent += len(chunk)
            yield chunk


def reply(
    status: int = 200,
    body: bytes | str | Chunks = b"",
    headers: dict[str, str] | None = None,
    length: bool = True,
) -> httpx.Response:
    """A streamed mock response, with the Content-Length a server sends unless `length` is false."""
    if not isinstance(body, Chunks):
        body = Chunks(body.encode() if isinstance(body, str) else body)
    headers = dict(headers or {})
    if length:
        headers.setdefault("Content-Length", str(len(body.body)))
    return httpx.Response(status, headers=headers, stream=body)


def html(
    body: bytes | str | Chunks,
    charset: str | None = "utf-8",
    headers: dict[str, str] | None = None,
    length: bool = True,
) -> httpx.Response:
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    return reply(200, body, {"Content-Type": content_type, **(headers or {})}, length)


async def get(handler, url: str, kind="html", **settings) -> object:
    """One GET through a fetcher on a mock transport; robots.txt is tested elsewhere."""
    settings = {"per_host_delay": 0, "respect_robots": False, **settings}
    async with Fetcher(FetchSettings(**settings), httpx.MockTransport(handler)) as f:
        return await f.get(url, kind)


def run(coro):
    return asyncio.run(coro)


def test_sends_user_agent_and_accept():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return html("<p>hello</p>")

    fetched = run(get(handler, PUBLIC + "/a", user_agent="byline-test/1 (+http://x.example/)"))
    assert fetched.text == "<p>hello</p>"
    assert seen["user-agent"] == "byline-test/1 (+http://x.example/)"
    assert "text/html" in seen["accept"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/a",
        "http://10.1.2.3/a",
        "http://192.168.0.9/a",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/a",
        "http://localhost/a",
    ],
)
def test_private_addresses_refused_before_any_request(url):
    calls = []

    def handler(request):
        calls.append(request)
        return html("x")

    with pytest.raises(RefusedError, match="private address"):
        run(get(handler, url))
    assert calls == []


def test_private_addresses_allowed_when_configured():
    fetched = run(
        get(lambda r: html("<p>ok</p>"), "http://127.0.0.1/a", allow_private_networks=True)
    )
    assert fetched.status == 200


def test_address_verdict_expires_so_a_host_that_moves_is_checked_again(monkeypatch):
    # A daemon runs for weeks: a host that later resolves to a private address
    # (DNS rebinding, a moved site) must be refused once its verdict is stale.
    answers = ["93.184.216.34"]
    lookups: list[str] = []
    now = [1_000.0]

    async def getaddrinfo(host, port, **kwargs):
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[0], 0))]

    async def main():
        monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", getaddrinfo)
        settings = FetchSettings(per_host_delay=0, respect_robots=False)
        async with Fetcher(settings, httpx.MockTransport(lambda r: html("<p>x</p>"))) as f:
            f._guard.clock = lambda: now[0]
            await f.get("http://columns.example/a")
            answers[0] = "10.0.0.7"
            now[0] += DNS_TTL - 1
            await f.get("http://columns.example/b")  # the verdict still holds: no lookup
            assert lookups == ["columns.example"]
            now[0] += 2
            with pytest.raises(RefusedError, match=r"private address \(10\.0\.0\.7\)"):
                await f.get("http://columns.example/c")
            assert lookups == ["columns.example"] * 2

    run(main())


def test_redirect_to_private_address_refused():
    def handler(request):
        return reply(302, headers={"Location": "http://169.254.169.254/secret"})

    with pytest.raises(RefusedError, match="169.254.169.254"):
        run(get(handler, PUBLIC + "/a"))


def test_redirects_followed_and_final_url_reported():
    def handler(request):
        if request.url.path == "/old":
            return reply(301, headers={"Location": "/new"})
        return html("<p>moved</p>")

    fetched = run(get(handler, PUBLIC + "/old"))
    assert fetched.url == PUBLIC + "/new"
    assert fetched.requested_url == PUBLIC + "/old"


def test_redirect_loop_is_a_failure():
    def handler(request):
        return reply(302, headers={"Location": request.url.path + "x"})

    with pytest.raises(FetchError, match="more than 3 redirects"):
        run(get(handler, PUBLIC + "/a", max_redirects=3))


def test_error_status_is_named():
    with pytest.raises(HTTPStatusError) as info:
        run(get(lambda r: reply(404, "gone", {"Content-Type": "text/plain"}), PUBLIC + "/a"))
    assert info.value.status == 404


def test_retry_after_holds_the_host_but_keeps_its_pacing():
    # The [fetch] default is slow; this source paces the host at 0. A 429 must
    # not leave the host at the default delay for the rest of the run.
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            return reply(429, "slow down", {"Content-Type": "text/plain", "Retry-After": "0"})
        return html("<p>x</p>")

    async def main():
        settings = FetchSettings(per_host_delay=5.0, respect_robots=False)
        async with Fetcher(settings, httpx.MockTransport(handler)) as f:
            fast = HostPolicy(delay=0.0, limit=3, respect_robots=False)
            assert (await f.get(PUBLIC + "/a", policy=fast)).status == 200
            return f._gates.get(PUBLIC)

    gate = run(main())
    assert len(calls) == 2  # the 429, then the retry
    assert (gate.delay, gate.limit) == (0.0, 3)


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", ""])
def test_wrong_or_missing_content_type(content_type):
    def handler(request):
        return reply(200, b"%PDF-1.4", {"Content-Type": content_type})

    with pytest.raises(ContentTypeError):
        run(get(handler, PUBLIC + "/a"))


def test_feed_types_accepted_for_feeds_only():
    def handler(request):
        return reply(200, b"<rss/>", {"Content-Type": "application/rss+xml"})

    assert run(get(handler, PUBLIC + "/feed", kind="feed")).content_type == "application/rss+xml"
    with pytest.raises(ContentTypeError):
        run(get(handler, PUBLIC + "/feed", kind="html"))


def test_max_bytes_declared_length():
    body = b"<p>" + b"a" * 5000 + b"</p>"
    stream = Chunks(body)
    with pytest.raises(TooLargeError, match="Content-Length"):
        run(get(lambda r: html(stream), PUBLIC + "/a", max_bytes=2048))
    assert stream.sent == 0  # refused before reading


def test_max_bytes_enforced_while_streaming_without_length():
    body = (b"<p>" + b"b" * 1000 + b"</p>") * 100
    stream = Chunks(body, size=1007)
    with pytest.raises(TooLargeError, match="exceeds 4096 bytes"):
        run(get(lambda r: html(stream, length=False), PUBLIC + "/a", max_bytes=4096))
    assert stream.sent < len(body)


def test_gzip_bomb_counted_after_decompression():
    packer = zlib.compressobj(wbits=31)  # gzip; 100 MB of zeros, never held whole
    block = bytes(1_000_000)
    bomb = b"".join(packer.compress(block) for _ in range(100)) + packer.flush()
    assert len(bomb) < 200_000
    stream = Chunks(bomb)

    def handler(request):
        return html(stream, headers={"Content-Encoding": "gzip"})

    with pytest.raises(TooLargeError, match="body exceeds 100000 bytes"):
        run(get(handler, PUBLIC + "/a", max_bytes=100_000))
    assert stream.sent < len(bomb)  # cut off while streaming, the rest never read


def test_compressed_body_is_decoded():
    body = gzip.compress("<p>déjà lu</p>".encode())
    fetched = run(get(lambda r: html(body, headers={"Content-Encoding": "gzip"}), PUBLIC + "/a"))
    assert fetched.text == "<p>déjà lu</p>"


def test_a_body_read_before_the_fetcher_is_not_taken_on_trust():
    # Every body goes through the fetcher's bounded decoder; a response some
    # transport already read (httpx.Response(content=...)) is an error, not a
    # way around it.
    def handler(request):
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>x</p>")

    with pytest.raises(httpx.StreamConsumed):
        run(get(handler, PUBLIC + "/a"))


def test_empty_body_is_a_failure():
    with pytest.raises(FetchError, match="empty body"):
        run(get(lambda r: html("  \n"), PUBLIC + "/a"))


def test_charset_from_header():
    body = "<p>café</p>".encode("latin-1")
    fetched = run(get(lambda r: html(body, charset="ISO-8859-1"), PUBLIC + "/a"))
    assert "café" in fetched.text


def test_charset_from_meta_when_header_has_none():
    body = '<html><head><meta charset="windows-1252"></head><p>“quoted”</p>'.encode("cp1252")
    fetched = run(get(lambda r: html(body, charset=None), PUBLIC + "/a"))
    assert "“quoted”" in fetched.text
    assert fetched.encoding == "cp1252"


def test_charset_detected_when_undeclared():
    text = "<p>Это колонка о городах и людях, которые в них живут, и о том, как они меняются.</p>"
    body = text.encode("cp1251")
    fetched = run(get(lambda r: html(body, charset=None), PUBLIC + "/a"))
    assert "колонка" in fetched.text


def test_per_host_delay_spaces_request_starts():
    starts: list[float] = []

    def handler(request):
        starts.append(time.monotonic())
        return html("<p>x</p>")

    async def main():
        settings = FetchSettings(per_host_delay=0.2, per_host_concurrency=4, respect_robots=False)
        async with Fetcher(settings, httpx.MockTransport(handler)) as f:
            await asyncio.gather(*(f.get(f"{PUBLIC}/{i}") for i in range(3)))

    run(main())
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 3
    assert all(gap >= 0.19 for gap in gaps), gaps


def test_hosts_are_paced_independently():
    """Host A's request is answered only once host B's has started: had B waited for A's
    turn or its 5 s delay, A's answer would never come (the wait fails after 30 s)."""
    started: set[str] = set()
    b_started = asyncio.Event()

    async def handler(request):
        started.add(request.url.host)
        if request.url.host == "93.184.216.35":
            b_started.set()
        else:
            await asyncio.wait_for(b_started.wait(), timeout=30)
        return html("<p>x</p>")

    async def main():
        settings = FetchSettings(per_host_delay=5.0, per_host_concurrency=1, respect_robots=False)
        async with Fetcher(settings, httpx.MockTransport(handler)) as f:
            await asyncio.gather(f.get("http://93.184.216.34/a"), f.get("http://93.184.216.35/a"))

    run(main())
    assert started == {"93.184.216.34", "93.184.216.35"}
