"""Tests of the fixture server itself, and a sanity check of the columns site."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from helpers import wait_for
from siteserver import SiteServer, _Handler

ServerFactory = Callable[[str], SiteServer]


@pytest.fixture
def columns(site_server: ServerFactory) -> SiteServer:
    return site_server("columns")


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    """A throwaway site exercising the lookup rules and content types."""
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "index.html").write_text("<p>dir index at {{origin}}</p>")
    (tmp_path / "page.html").write_text("<p>page.html</p>")
    (tmp_path / "plain").write_text("a file without extension")
    (tmp_path / "notes.txt").write_text("origin={{origin}}")
    (tmp_path / "feed.atom").write_text("<feed>{{origin}}</feed>")
    (tmp_path / "map.xml.gz").write_bytes(b"\x1f\x8b{{origin}}")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    return tmp_path


def test_directory_path_serves_index_html(columns: SiteServer) -> None:
    for path in ("/opinion/columnists/", "/opinion/columnists"):
        r = httpx.get(columns.url(path))
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert "<h1>Columnists</h1>" in r.text
        assert r.headers["content-length"] == str(len(r.content))


def test_lookup_rules_and_content_types(tiny_site: Path) -> None:
    with SiteServer(tiny_site) as srv:
        expected = {
            "/dir/": ("text/html; charset=utf-8", f"dir index at {srv.origin}"),
            "/dir": ("text/html; charset=utf-8", "dir index"),
            "/page": ("text/html; charset=utf-8", "page.html"),
            "/page.html?x=1": ("text/html; charset=utf-8", "page.html"),
            "/plain": ("application/octet-stream", "without extension"),
            "/notes.txt": ("text/plain; charset=utf-8", f"origin={srv.origin}"),
            "/feed.atom": ("application/atom+xml", srv.origin),
        }
        with httpx.Client() as client:
            for path, (ctype, snippet) in expected.items():
                r = client.get(srv.url(path))
                assert (r.status_code, r.headers["content-type"]) == (200, ctype), path
                assert snippet in r.text, path
            gz = client.get(srv.url("/map.xml.gz"))
            assert gz.headers["content-type"] == "application/gzip"
            assert gz.content == b"\x1f\x8b{{origin}}"  # binary files are never rewritten
            assert client.get(srv.url("/photo.jpg")).headers["content-type"] == "image/jpeg"
            assert client.get(srv.url("/page/")).status_code == 404  # needs page/index.html


def test_origin_is_substituted_in_feeds_and_sitemaps(columns: SiteServer) -> None:
    assert columns.origin.startswith("http://127.0.0.1:")
    feed = httpx.get(columns.url("/opinion/feed.rss"))
    assert feed.headers["content-type"] == "application/rss+xml"
    assert "{{origin}}" not in feed.text
    assert f"<link>{columns.origin}/opinion/2024/01/09/feed-only-column/</link>" in feed.text
    sitemap = httpx.get(columns.url("/sitemap.xml"))
    assert sitemap.headers["content-type"] == "application/xml"
    assert f"<loc>{columns.origin}/about/</loc>" in sitemap.text
    robots = httpx.get(columns.url("/robots.txt"))
    assert robots.headers["content-type"] == "text/plain; charset=utf-8"
    assert f"Sitemap: {columns.origin}/sitemap.xml" in robots.text


def test_missing_path_is_404(columns: SiteServer) -> None:
    r = httpx.get(columns.url("/opinion/no-such-column/"))
    assert r.status_code == 404
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert "404" in r.text


@pytest.mark.parametrize("target", ["/../conftest.py", "/opinion/../../conftest.py", "/%2e%2e/x"])
def test_path_traversal_is_refused(columns: SiteServer, target: str) -> None:
    # http.client sends the target verbatim; httpx would normalise the dots away.
    conn = http.client.HTTPConnection("127.0.0.1", int(columns.origin.rsplit(":", 1)[1]))
    try:
        conn.request("GET", target)
        response = conn.getresponse()
        assert response.status == 403
        assert b"def " not in response.read()
    finally:
        conn.close()


def test_hits_count_query_variants(columns: SiteServer) -> None:
    path = "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/"
    with httpx.Client(headers={"User-Agent": "byline-test/1.0"}) as client:
        client.get(columns.url(path))
        client.get(columns.url(path + "?utm_source=x"))
        client.get(columns.url(path + "?utm_source=x"))
        client.head(columns.url(path))
    assert columns.hits[path] == 2
    assert columns.hits[path + "?utm_source=x"] == 2
    assert columns.hits_for(path) == 4
    assert columns.hits_for("/opinion/") == 0
    method, target, headers, _ = columns.requests[-1]
    assert (method, target) == ("HEAD", path)
    assert headers["User-Agent"] == headers["user-agent"] == "byline-test/1.0"
    columns.reset_hits()
    assert columns.hits_for(path) == 0
    assert columns.requests == []


def test_head_has_headers_but_no_body(columns: SiteServer) -> None:
    get = httpx.get(columns.url("/about/"))
    head = httpx.head(columns.url("/about/"))
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == str(len(get.content))


def test_put_and_remove_override_files(columns: SiteServer) -> None:
    url = columns.url("/opinion/columnists/")
    columns.put("/opinion/columnists/", "<p>replaced, see {{origin}}/x</p>")
    r = httpx.get(url + "?page=1")
    assert r.text == f"<p>replaced, see {columns.origin}/x</p>"

    columns.put("/brand-new/", b"{{origin}} stays", content_type="text/plain")
    r = httpx.get(columns.url("/brand-new/"))
    assert (r.headers["content-type"], r.text) == ("text/plain", "{{origin}} stays")

    columns.put("/moved/", "", status=301, headers={"Location": "/about/"})
    r = httpx.get(columns.url("/moved/"))
    assert (r.status_code, r.headers["location"]) == (301, "/about/")

    columns.remove("/opinion/columnists/")
    assert httpx.get(url).status_code == 404
    columns.clear_overrides()
    assert "<h1>Columnists</h1>" in httpx.get(url).text


def test_stop_is_quick_with_open_keepalive_connections(sites_dir: Path) -> None:
    """stop() does not wait for an idle keep-alive connection to time out: the server and
    its handler threads are gone before the connection's idle timeout would end it."""
    srv = SiteServer(sites_dir / "columns").start()
    client = httpx.Client()
    try:
        assert client.get(srv.url("/")).status_code == 200  # connection stays pooled
        idle_timeout_at = time.monotonic() + _Handler.timeout
        srv.stop()
        assert time.monotonic() < idle_timeout_at
        assert not srv.running
        prefix = f"SiteServer:{srv.origin.rsplit(':', 1)[1]}"
        wait_for(
            lambda: not any(t.name.startswith(prefix) for t in threading.enumerate()),
            timeout=idle_timeout_at - time.monotonic(),
            what="the server threads to end before the idle connection times out",
        )
    finally:
        client.close()
    srv.stop()  # idempotent


def test_columns_site_has_every_expected_page(columns: SiteServer, sites_dir: Path) -> None:
    expected = json.loads((sites_dir / "columns" / "expected.json").read_text("utf-8"))
    paths = [a["path"] for a in expected["articles"]]
    paths += expected["listing_pages"] + expected["non_article_paths"]
    paths += [expected["feed"], expected["sitemap"], expected["selector_page"]["path"]]
    with httpx.Client() as client:
        for path in paths:
            assert client.get(columns.url(path)).status_code == 200, path
        alias = expected["alias"]
        original = client.get(columns.url(alias["canonical_path"])).content
        assert client.get(columns.url(alias["alias_path"])).content == original
