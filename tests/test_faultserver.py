"""Tests of the fault-serving test server (``faultserver.py``).

Every test uses short client timeouts and sleeps no longer than the fault it
checks; sleeping server handlers are woken by ``stop()`` at teardown.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.client
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import httpx
import pytest
from faultserver import BOMB_PREFIX, BOMB_SIZE, FaultServer, brotli_available
from helpers import wait_for

FaultFactory = Callable[[str | None], FaultServer]


@pytest.fixture
def srv(fault_server: FaultFactory) -> FaultServer:
    return fault_server(None)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, trust_env=False) as c:
        yield c


def port_of(server: FaultServer) -> int:
    return int(server.origin.rsplit(":", 1)[1])


_connections: list[http.client.HTTPConnection] = []


@pytest.fixture(autouse=True)
def _close_raw_connections() -> Iterator[None]:
    yield
    while _connections:
        _connections.pop().close()


def raw_get(
    server: FaultServer, target: str, headers: dict[str, str] | None = None, timeout: float = 5
) -> http.client.HTTPResponse:
    """GET with http.client: no redirects followed, no content decoding.

    The connection is closed when the test ends.
    """
    conn = http.client.HTTPConnection("127.0.0.1", port_of(server), timeout=timeout)
    _connections.append(conn)
    conn.request("GET", target, headers=headers or {})
    return conn.getresponse()


class _Article(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.meta: dict[str, str] = {}
        self.texts: dict[str, list[str]] = {"title": [], "h1": [], "p": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta":
            self.meta[a.get("name") or a.get("property") or ""] = a.get("content", "")
        elif tag in self.texts and not a.get("class"):
            self._open = tag
            self.texts[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[self._open][-1] += data


def assert_article(text: str, path: str, lang: str = "en") -> _Article:
    """The page is a small article an extractor can work with, naming ``path``."""
    page = _Article()
    page.feed(text)
    assert page.lang == lang
    assert page.texts["title"] and page.texts["h1"]
    assert page.meta.get("author")
    assert page.meta.get("article:published_time", "").startswith("20")
    paragraphs = page.texts["p"]
    assert len(paragraphs) >= 3
    assert all(len(p.split()) >= 40 for p in paragraphs), paragraphs
    if path:
        assert path in page.texts["title"][0]
        assert path in paragraphs[0]
    return page


# -- plain statuses, flaky, retry-after ---------------------------------------


@pytest.mark.parametrize("status", [200, 201, 204, 301, 304, 404, 410, 418, 429, 500, 503, 599])
def test_status(srv: FaultServer, status: int) -> None:
    r = raw_get(srv, f"/fault/status/{status}")
    body = r.read()
    assert r.status == status
    assert r.getheader("Location") is None
    if status in (204, 304):
        assert body == b""
    else:
        assert str(status).encode() in body
        assert r.getheader("Content-Type") == "text/html; charset=utf-8"


@pytest.mark.parametrize("target", ["/fault/status/99", "/fault/status/x", "/fault/drip/1/0"])
def test_malformed_fault_urls_are_400(srv: FaultServer, client: httpx.Client, target: str) -> None:
    assert client.get(srv.url(target)).status_code == 400


def test_flaky_counts_per_path(srv: FaultServer, client: httpx.Client) -> None:
    a, b = "/fault/flaky/503/2/a", "/fault/flaky/500/1/b"
    assert [client.get(srv.url(a)).status_code for _ in range(2)] == [503, 503]
    assert client.get(srv.url(b)).status_code == 500
    ok = client.get(srv.url(a + "?retry=3"))  # the query string does not make a new key
    assert ok.status_code == 200
    assert_article(ok.text, a)
    assert client.get(srv.url(b)).status_code == 200
    assert client.get(srv.url(a)).status_code == 200
    assert srv.attempts(a) == 4
    assert srv.hits[a] == 3
    assert srv.hits_for(a) == 4
    assert client.get(srv.url("/fault/flaky/404/0/c")).status_code == 200  # k=0: never fails


def test_flaky_is_thread_safe(srv: FaultServer) -> None:
    path = "/fault/flaky/503/10/threads"
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(timeout=5, trust_env=False) as c:
            for _ in range(5):
                code = c.get(srv.url(path)).status_code
                with lock:
                    statuses.append(code)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses).count(503) == 10
    assert statuses.count(200) == 10


def test_retry_after_seconds_then_success(srv: FaultServer, client: httpx.Client) -> None:
    path = "/fault/retry-after/2/2/s"
    for _ in range(2):
        r = client.get(srv.url(path))
        assert (r.status_code, r.headers["retry-after"]) == (503, "2")
    r = client.get(srv.url(path))
    assert r.status_code == 200
    assert "retry-after" not in r.headers
    assert_article(r.text, path)


def test_retry_after_http_date_and_429(srv: FaultServer, client: httpx.Client) -> None:
    r = client.get(srv.url("/fault/retry-after/date-30/1/d?status=429"))
    assert r.status_code == 429
    when = email.utils.parsedate_to_datetime(r.headers["retry-after"])
    assert r.headers["retry-after"].endswith(" GMT")
    # 30 s after the response's own Date (both whole seconds, the date taken a moment later).
    sent = email.utils.parsedate_to_datetime(r.headers["date"])
    assert 29 <= (when - sent).total_seconds() <= 30
    assert client.get(srv.url("/fault/retry-after/date-30/1/d?status=429")).status_code == 200


def test_retry_after_other_values_are_sent_verbatim(srv: FaultServer, client: httpx.Client) -> None:
    r = client.get(srv.url("/fault/retry-after/soon/1/g"))
    assert (r.status_code, r.headers["retry-after"]) == (503, "soon")


# -- timing faults --------------------------------------------------------------


def test_slow_first_byte_trips_a_short_timeout(srv: FaultServer) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(srv.url("/fault/slow-first-byte/30"), timeout=0.2, trust_env=False)
    # The client gave up before the first byte, which the server sends only after 30 s.
    assert time.monotonic() - started < 30


def test_slow_first_byte_then_article(srv: FaultServer, client: httpx.Client) -> None:
    started = time.monotonic()
    r = client.get(srv.url("/fault/slow-first-byte/0.2"))
    assert time.monotonic() - started >= 0.2
    assert r.status_code == 200
    assert_article(r.text, "/fault/slow-first-byte/0.2")


def test_drip_spreads_the_body_over_the_given_time(srv: FaultServer) -> None:
    path = "/fault/drip/0.8/4"
    # A read timeout longer than each gap but shorter than the whole body:
    # dripping defeats per-read timeouts.
    with httpx.Client(timeout=httpx.Timeout(5, read=0.5), trust_env=False) as c:
        started = time.monotonic()
        with c.stream("GET", srv.url(path)) as r:
            headers_at = time.monotonic() - started
            pieces = list(r.iter_raw())
    elapsed = time.monotonic() - started
    body = b"".join(pieces)
    # The headers came at once, before the first of the four 0.2 s gaps ended: the whole
    # drip (0.8 s) went by after them, less half a gap for the client to see them.
    assert elapsed - headers_at >= 0.7
    assert elapsed >= 0.8
    assert r.headers["content-length"] == str(len(body))
    assert len(pieces) >= 2
    assert_article(body.decode(), path)


# -- broken connections ----------------------------------------------------------


def test_reset_mid_body(srv: FaultServer) -> None:
    r = raw_get(srv, "/fault/reset")
    assert (r.status, r.getheader("Content-Length")) == (200, "5000")
    with pytest.raises((ConnectionResetError, http.client.IncompleteRead)):
        r.read()
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        httpx.get(srv.url("/fault/reset"), timeout=2, trust_env=False)


def test_truncated_body(srv: FaultServer) -> None:
    r = raw_get(srv, "/fault/truncated")
    length = int(r.getheader("Content-Length") or 0)
    with pytest.raises(http.client.IncompleteRead) as info:
        r.read()
    assert 0 < len(info.value.partial) < length
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(srv.url("/fault/truncated"), timeout=2, trust_env=False)


# -- compression bombs -----------------------------------------------------------

FIRST = 8 * 1024 * 1024  # decode only this much of a bomb


def _check_bomb_head(data: bytes) -> None:
    assert len(data) == FIRST
    assert data.startswith(BOMB_PREFIX)
    assert data[len(BOMB_PREFIX) :].strip(b" ") == b""


@pytest.mark.parametrize(("path", "encoding"), [("gzip-bomb", "gzip"), ("deflate-bomb", "deflate")])
def test_zlib_bombs(srv: FaultServer, path: str, encoding: str) -> None:
    r = raw_get(srv, f"/fault/{path}")
    raw = r.read()
    assert r.getheader("Content-Encoding") == encoding
    assert r.getheader("Content-Type") == "text/html"
    assert int(r.getheader("Content-Length") or 0) == len(raw) < 512 * 1024
    decoder = zlib.decompressobj(31 if encoding == "gzip" else 15)
    _check_bomb_head(decoder.decompress(raw, FIRST))
    assert decoder.unconsumed_tail  # far more to come
    if encoding == "gzip":  # the trailer states the decoded size
        assert int.from_bytes(raw[-4:], "little") == BOMB_SIZE % 2**32 >= 200 * 10**6


@pytest.mark.skipif(not brotli_available(), reason="brotli not installed")
def test_brotli_bomb(srv: FaultServer) -> None:
    import brotli  # type: ignore[import-untyped,unused-ignore]

    r = raw_get(srv, "/fault/br-bomb")
    raw = r.read()
    assert (r.getheader("Content-Encoding"), r.getheader("Content-Type")) == ("br", "text/html")
    assert len(raw) < 512 * 1024
    decoder = brotli.Decompressor()
    head = decoder.process(raw, output_buffer_limit=FIRST)
    assert not decoder.is_finished()
    _check_bomb_head(head[:FIRST])


# -- size --------------------------------------------------------------------------


def test_huge_with_content_length(srv: FaultServer, client: httpx.Client) -> None:
    size = 3 * 1024 * 1024
    with client.stream("GET", srv.url("/fault/huge/3")) as r:
        assert r.headers["content-length"] == str(size)
        chunks = list(r.iter_bytes())
    body = b"".join(chunks)
    assert len(body) == size
    assert body.startswith(b"<!DOCTYPE html>") and body.endswith(b"</html>\n")
    assert b"/fault/huge/3" in body[:2000]


def test_huge_chunked_without_length(srv: FaultServer, client: httpx.Client) -> None:
    with client.stream("GET", srv.url("/fault/huge/1.5?no-length=1")) as r:
        assert "content-length" not in r.headers
        assert r.headers["transfer-encoding"] == "chunked"
        size = sum(len(c) for c in r.iter_bytes())
    assert size == int(1.5 * 1024 * 1024)
    assert client.get(srv.url("/fault/huge/0.01")).status_code == 200  # connection reusable


def test_huge_without_length_for_http10_is_close_delimited(srv: FaultServer) -> None:
    with socket.create_connection(("127.0.0.1", port_of(srv)), timeout=5) as sock:
        sock.sendall(b"GET /fault/huge/0.25?no-length=1 HTTP/1.0\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert b"content-length" not in head.lower() and b"chunked" not in head.lower()
    assert len(body) == 256 * 1024


def test_empty_body(srv: FaultServer) -> None:
    r = raw_get(srv, "/fault/empty")
    assert (r.status, r.getheader("Content-Length"), r.read()) == (200, "0", b"")
    assert r.getheader("Content-Type") == "text/html; charset=utf-8"


# -- redirects ----------------------------------------------------------------------


def test_redirect_chain(srv: FaultServer, client: httpx.Client) -> None:
    hop = raw_get(srv, "/fault/redirect/2")
    assert (hop.status, hop.getheader("Location")) == (302, "/fault/redirect/1")
    r = client.get(srv.url("/fault/redirect/3"), follow_redirects=True)
    assert r.status_code == 200
    assert [str(h.url.path) for h in r.history] == [f"/fault/redirect/{n}" for n in (3, 2, 1)]
    assert_article(r.text, "/fault/redirect/0")


def test_redirect_loop_never_ends(srv: FaultServer, client: httpx.Client) -> None:
    r = raw_get(srv, "/fault/redirect-loop")
    assert (r.status, r.getheader("Location")) == (302, "/fault/redirect-loop?i=1")
    r = raw_get(srv, "/fault/redirect-loop?i=1")
    assert r.getheader("Location") == "/fault/redirect-loop?i=2"
    client.max_redirects = 30
    with pytest.raises(httpx.TooManyRedirects):
        client.get(srv.url("/fault/redirect-loop"), follow_redirects=True)
    assert srv.hits_for("/fault/redirect-loop") == 2 + 31


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9/admin?x=1&y=2"]
)
def test_redirect_to(srv: FaultServer, client: httpx.Client, url: str) -> None:
    r = client.get(srv.url("/fault/redirect-to"), params={"url": url})
    assert (r.status_code, r.headers["location"]) == (302, url)
    assert client.get(srv.url("/fault/redirect-to")).status_code == 400


def test_redirect_to_another_local_server(
    srv: FaultServer, fault_server: FaultFactory, client: httpx.Client
) -> None:
    other = fault_server(None)
    target = other.url("/fault/redirect/0")
    r = client.get(srv.url("/fault/redirect-to"), params={"url": target}, follow_redirects=True)
    assert (r.status_code, str(r.url)) == (200, target)
    assert other.hits["/fault/redirect/0"] == 1


# -- content types and charsets ----------------------------------------------------------


@pytest.mark.parametrize(
    "ctype", ["application/pdf", "text/html; charset=utf-8", "TEXT/HTML", "image/png", ""]
)
def test_content_type(srv: FaultServer, client: httpx.Client, ctype: str) -> None:
    r = client.get(srv.url("/fault/content-type"), params={"type": ctype})
    assert r.status_code == 200
    assert r.headers.get("content-type") == (ctype or None)
    assert_article(r.content.decode(), "/fault/content-type")


def test_content_type_missing_parameter_sends_none(srv: FaultServer) -> None:
    r = raw_get(srv, "/fault/content-type")
    assert r.getheader("Content-Type") is None
    assert b"<h1>" in r.read()


def test_binary(srv: FaultServer, client: httpx.Client) -> None:
    first, second = (client.get(srv.url("/fault/binary")) for _ in range(2))
    assert first.headers["content-type"] == "text/html"
    assert len(first.content) == 20 * 1024
    assert first.content.count(b"\x00") > 10
    assert first.content == second.content  # seeded
    with pytest.raises(UnicodeDecodeError):
        first.content.decode("utf-8")


def test_bad_charset(srv: FaultServer, client: httpx.Client) -> None:
    r = client.get(srv.url("/fault/bad-charset"))
    assert r.headers["content-type"] == "text/html; charset=klingon-8"
    assert b'<meta charset="windows-1252">' in r.content
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    text = r.content.decode("cp1252")
    for word in ("café", "“quoted”", "naïve", "résumés", "€2", "façade"):
        assert word in text
    assert_article(text, "/fault/bad-charset")


def test_latin1_undeclared(srv: FaultServer, client: httpx.Client) -> None:
    r = client.get(srv.url("/fault/latin1-undeclared"))
    assert r.headers["content-type"] == "text/html"
    assert b"charset" not in r.content.lower()
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    text = r.content.decode("iso-8859-1")
    accented = [w for w in text.split() if any(c in w for c in "éèêàâçîôûù")]
    assert len(accented) >= 30
    assert_article(text, "/fault/latin1-undeclared", lang="fr")


# -- conditional requests --------------------------------------------------------------


def test_conditional_304_and_bump(srv: FaultServer, client: httpx.Client) -> None:
    url = srv.url("/fault/conditional/col")
    first = client.get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert (first.status_code, etag) == (200, '"v1-col"')
    assert modified == "Tue, 14 May 2024 08:00:00 GMT"
    assert_article(first.text, "/fault/conditional/col")

    for headers in (
        {"If-None-Match": etag},
        {"If-None-Match": f'"other", W/{etag}'},
        {"If-None-Match": "*"},
        {"If-Modified-Since": modified},
        {"If-Modified-Since": "Wed, 15 May 2024 00:00:00 GMT"},
    ):
        r = client.get(url, headers=headers)
        assert (r.status_code, r.content) == (304, b""), headers
        assert r.headers["etag"] == etag
    for headers in (
        {"If-None-Match": '"v0-col"'},
        {"If-None-Match": '"v0-col"', "If-Modified-Since": modified},  # INM wins
        {"If-Modified-Since": "Mon, 13 May 2024 08:00:00 GMT"},
        {"If-Modified-Since": "not a date"},
    ):
        assert client.get(url, headers=headers).status_code == 200, headers

    assert srv.bump("col") == 2
    r = client.get(url, headers={"If-None-Match": etag, "If-Modified-Since": modified})
    assert r.status_code == 200
    assert r.headers["etag"] == '"v2-col"'
    assert email.utils.parsedate_to_datetime(r.headers["last-modified"]) > (
        email.utils.parsedate_to_datetime(modified)
    )
    assert r.text != first.text and "revision 2" in r.text
    assert client.get(url, headers={"If-None-Match": '"v2-col"'}).status_code == 304
    assert client.get(srv.url("/fault/conditional/other")).headers["etag"] == '"v1-other"'


# -- robots.txt ------------------------------------------------------------------


def test_robots_default(fault_server: FaultFactory, client: httpx.Client) -> None:
    bare, columns = fault_server(None), fault_server("columns")
    assert client.get(bare.url("/robots.txt")).status_code == 404
    r = client.get(columns.url("/robots.txt"))
    assert r.status_code == 200
    assert f"Sitemap: {columns.origin}/sitemap.xml" in r.text


def test_robots_configured(fault_server: FaultFactory, client: httpx.Client) -> None:
    srv = fault_server("columns")
    srv.robots("User-agent: *\nDisallow: /opinion/\nSitemap: {{origin}}/s.xml\n")
    r = client.get(srv.url("/robots.txt"))
    assert (r.status_code, r.headers["content-type"]) == (200, "text/plain; charset=utf-8")
    assert r.text.startswith("User-agent: *\nDisallow: /opinion/")
    assert f"Sitemap: {srv.origin}/s.xml" in r.text
    for status in (404, 500, 503):
        srv.robots(status=status)
        assert client.get(srv.url("/robots.txt")).status_code == status
    srv.robots()  # back to the fixture's file
    assert "Sitemap:" in client.get(srv.url("/robots.txt")).text
    assert srv.hits["/robots.txt"] == 5


def test_robots_delay(srv: FaultServer, client: httpx.Client) -> None:
    srv.robots("User-agent: *\nAllow: /\n", delay=5)
    with pytest.raises(httpx.ReadTimeout):
        client.get(srv.url("/robots.txt"), timeout=0.2)
    srv.robots(delay=0.2)  # the default answer, late
    started = time.monotonic()
    assert client.get(srv.url("/robots.txt")).status_code == 404
    assert time.monotonic() - started >= 0.2


# -- whole-site faults -------------------------------------------------------------


def _outcome(client: httpx.Client, url: str) -> str:
    try:
        return str(client.get(url).status_code)
    except (httpx.ReadError, httpx.RemoteProtocolError) as exc:
        return type(exc).__name__


def test_fail_every_cycles_faults_over_files_and_overrides(
    fault_server: FaultFactory, client: httpx.Client
) -> None:
    srv = fault_server("columns")
    srv.put("/extra/", "<p>override</p>")
    srv.fail_every(2)
    paths = ["/", "/about/", "/extra/", "/opinion/columnists/"] * 2 + ["/fault/redirect/0"] * 2
    outcomes = []
    for path in paths:
        outcomes.append(_outcome(client, srv.url(path)))
        assert client.get(srv.url("/robots.txt")).status_code == 200  # skipped, not counted
    assert outcomes[0::2] == ["200"] * 5
    assert outcomes[1::2] == ["503", "500", "ReadError", "429", "503"]
    assert srv.faults_served == {"503": 2, "500": 1, "reset": 1, "429": 1}
    assert srv.hits["/about/"] == 2 and srv.hits["/extra/"] == 2
    srv.fail_every(0)
    assert [_outcome(client, srv.url("/about/")) for _ in range(3)] == ["200"] * 3


def test_fail_every_other_kinds(srv: FaultServer) -> None:
    srv.fail_every(1, faults=("502", "504", "408", "truncated", "timeout"), skip=("/fault/empty",))
    with httpx.Client(timeout=0.3, trust_env=False) as c:
        assert c.get(srv.url("/fault/empty")).status_code == 200  # skipped
        assert [c.get(srv.url("/a")).status_code for _ in range(3)] == [502, 504, 408]
        with pytest.raises(httpx.RemoteProtocolError):
            c.get(srv.url("/a"))
        with pytest.raises(httpx.ReadTimeout):
            c.get(srv.url("/a"))
    assert sum(srv.faults_served.values()) == 5
    with pytest.raises(ValueError):
        srv.fail_every(3, faults=("404",))


# -- server behaviour ----------------------------------------------------------------


def test_head_and_overrides(srv: FaultServer, client: httpx.Client) -> None:
    get = client.get(srv.url("/fault/redirect/0"))
    head = client.head(srv.url("/fault/redirect/0"))
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == str(len(get.content))
    srv.put("/fault/empty", "<p>replaced</p>")
    assert client.get(srv.url("/fault/empty")).text == "<p>replaced</p>"
    assert client.get(srv.url("/fault/no-such-endpoint")).status_code == 404
    assert client.get(srv.url("/")).status_code == 404  # no fixture root
    assert srv.root is None and "None" in repr(srv)


def test_distinct_article_text_per_endpoint(srv: FaultServer, client: httpx.Client) -> None:
    paths = ["/fault/redirect/0", "/fault/slow-first-byte/0", "/fault/flaky/500/0/x"]
    titles = {assert_article(client.get(srv.url(p)).text, p).texts["title"][0] for p in paths}
    assert len(titles) == len(paths)


def test_stop_is_quick_while_handlers_sleep() -> None:
    """stop() wakes the sleeping handlers: each connection ends without its page, long
    before the sleeps (30 s, 60 s) would have."""
    srv = FaultServer().start()
    srv.fail_every(1, faults=("timeout",), skip=("/fault/",))
    prefix = f"SiteServer:{port_of(srv)}:"
    socks = []
    for target in ("/fault/slow-first-byte/30", "/fault/drip/30/2", "/page"):
        sock = socket.create_connection(("127.0.0.1", port_of(srv)), timeout=5)
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        socks.append(sock)
    wait_for(lambda: len(srv.requests) >= 3, what="the three requests to arrive")
    handlers_done_by = time.monotonic() + 30  # the shortest sleep among them
    srv.stop()
    wait_for(
        lambda: not any(t.name.startswith(prefix) for t in threading.enumerate()),
        timeout=handlers_done_by - time.monotonic(),
        what="the handler threads to end before their sleeps would",
    )
    received = []
    for sock in socks:
        with sock:
            data = b""
            with contextlib.suppress(ConnectionError):
                while chunk := sock.recv(65536):  # ends at once: the server hung up
                    data += chunk
            received.append(data)
    slow, drip, timeout = received
    assert slow == b""  # the slow page was never served
    assert drip.startswith(b"HTTP/1.1 200") and not drip.rstrip().endswith(b"</html>")
    assert timeout == b""  # the timeout fault closes without answering
