"""The fetcher's rules, against httpx.MockTransport handlers (no sockets)."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import time

import httpx
import pytest

from byline.errors import ContentTypeError, FetchError, HTTPStatusError, RefusedError, TooLargeError
from byline.fetch import Fetcher
from byline.models import FetchSettings

# A public address literal: no DNS is needed to decide it is not private.
PUBLIC = "http://93.184.216.34"


def html(body: str, charset: str | None = "utf-8", **headers: str) -> httpx.Response:
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    return httpx.Response(200, headers={"Content-Type": content_type, **headers}, content=body)


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


def test_redirect_to_private_address_refused():
    def handler(request):
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/secret"})

    with pytest.raises(RefusedError, match="169.254.169.254"):
        run(get(handler, PUBLIC + "/a"))


def test_redirects_followed_and_final_url_reported():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return html("<p>moved</p>")

    fetched = run(get(handler, PUBLIC + "/old"))
    assert fetched.url == PUBLIC + "/new"
    assert fetched.requested_url == PUBLIC + "/old"


def test_redirect_loop_is_a_failure():
    def handler(request):
        return httpx.Response(302, headers={"Location": request.url.path + "x"})

    with pytest.raises(FetchError, match="more than 3 redirects"):
        run(get(handler, PUBLIC + "/a", max_redirects=3))


def test_error_status_is_named():
    with pytest.raises(HTTPStatusError) as info:
        run(get(lambda r: httpx.Response(404, text="gone"), PUBLIC + "/a"))
    assert info.value.status == 404


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", ""])
def test_wrong_or_missing_content_type(content_type):
    def handler(request):
        return httpx.Response(200, headers={"Content-Type": content_type}, content=b"%PDF-1.4")

    with pytest.raises(ContentTypeError):
        run(get(handler, PUBLIC + "/a"))


def test_feed_types_accepted_for_feeds_only():
    def handler(request):
        return httpx.Response(
            200, headers={"Content-Type": "application/rss+xml"}, content=b"<rss/>"
        )

    assert run(get(handler, PUBLIC + "/feed", kind="feed")).content_type == "application/rss+xml"
    with pytest.raises(ContentTypeError):
        run(get(handler, PUBLIC + "/feed", kind="html"))


def test_max_bytes_declared_length():
    body = b"<p>" + b"a" * 5000 + b"</p>"
    with pytest.raises(TooLargeError, match="Content-Length"):
        run(get(lambda r: html(body.decode()), PUBLIC + "/a", max_bytes=2048))


def test_max_bytes_enforced_while_streaming_without_length():
    async def stream():
        for _ in range(100):
            yield b"<p>" + b"b" * 1000 + b"</p>"

    def handler(request):
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=stream())

    with pytest.raises(TooLargeError, match="exceeds 4096 bytes"):
        run(get(handler, PUBLIC + "/a", max_bytes=4096))


def test_gzip_bomb_counted_after_decompression():
    bomb = gzip.compress(b"<p>" + b"0" * 1_000_000)
    assert len(bomb) < 4096

    def handler(request):
        headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
        return httpx.Response(200, headers=headers, content=bomb)

    with pytest.raises(TooLargeError):
        run(get(handler, PUBLIC + "/a", max_bytes=100_000))


def test_empty_body_is_a_failure():
    with pytest.raises(FetchError, match="empty body"):
        run(get(lambda r: html("  \n"), PUBLIC + "/a"))


def test_charset_from_header():
    body = "<p>café</p>".encode("latin-1")

    def handler(request):
        return httpx.Response(
            200, headers={"Content-Type": "text/html; charset=ISO-8859-1"}, content=body
        )

    fetched = run(get(handler, PUBLIC + "/a"))
    assert "café" in fetched.text


def test_charset_from_meta_when_header_has_none():
    body = '<html><head><meta charset="windows-1252"></head><p>“quoted”</p>'.encode("cp1252")
    fetched = run(
        get(
            lambda r: httpx.Response(200, headers={"Content-Type": "text/html"}, content=body),
            PUBLIC + "/a",
        )
    )
    assert "“quoted”" in fetched.text
    assert fetched.encoding == "cp1252"


def test_charset_detected_when_undeclared():
    text = "<p>Это колонка о городах и людях, которые в них живут, и о том, как они меняются.</p>"
    body = text.encode("cp1251")
    fetched = run(
        get(
            lambda r: httpx.Response(200, headers={"Content-Type": "text/html"}, content=body),
            PUBLIC + "/a",
        )
    )
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
    starts: dict[str, float] = {}

    def handler(request):
        starts[request.url.host] = time.monotonic()
        return html("<p>x</p>")

    async def main():
        settings = FetchSettings(per_host_delay=5.0, respect_robots=False)
        async with Fetcher(settings, httpx.MockTransport(handler)) as f:
            await asyncio.gather(f.get("http://93.184.216.34/a"), f.get("http://93.184.216.35/a"))

    began = time.monotonic()
    run(main())
    assert len(starts) == 2
    assert time.monotonic() - began < 2.0  # neither waited for the other host's delay
