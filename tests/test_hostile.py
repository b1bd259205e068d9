"""Hostile input served on 127.0.0.1: links and redirects that do not parse, control
characters in pages. Each is one recorded failure at most, never the end of a pass."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import byline, records, run_pass, write_toml

from byline.index import Index

BAD_LINKS = [
    "http://127.0.0.1:99999/opinion/2024/05/01/a-port-out-of-range/",
    "http://[::1/opinion/2024/05/01/a-broken-ipv6-literal/",
    "http://[::1]:port/opinion/2024/05/01/not-a-port/",
    "https://exa mple.org/opinion/2024/05/01/a-space-in-the-host/",
]


def listing_with_bad_links(site) -> str:
    page = (Path(site.root) / "opinion" / "columnists" / "index.html").read_text()
    cards = "".join(
        f'<article class="teaser"><h2><a href="{url}">A column that cannot be</a></h2></article>'
        for url in BAD_LINKS
    )
    return page.replace("</main>", cards + "</main>", 1)


def feed_with_bad_links(origin: str) -> str:
    items = "".join(f"<item><title>x</title><link>{url}</link></item>" for url in BAD_LINKS)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{items}</channel></rss>'
    )


def sitemap_with_bad_links() -> str:
    locs = "".join(f"<url><loc>{url}</loc></url>" for url in BAD_LINKS)
    return (
        '<?xml version="1.0"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    )


def test_links_that_do_not_parse_are_left_out_and_the_pass_goes_on(tmp_path, site, expected):
    site.put("/opinion/columnists/", listing_with_bad_links(site))
    site.put("/bad-feed.xml", feed_with_bad_links(site.origin), "application/rss+xml")
    site.put("/bad-sitemap.xml", sitemap_with_bad_links(), "application/xml")
    columns = {
        "name": "columns",
        "pages": [f"{site.origin}/opinion/columnists/"],
        "feeds": [f"{site.origin}/bad-feed.xml"],
        "sitemaps": [f"{site.origin}/bad-sitemap.xml"],
        "find_feeds": False,
    }
    stats = run_pass(write_toml(tmp_path / "config.toml", [columns]))
    assert stats.error is None and stats.failed == 0 and not stats.page_errors, stats
    listed = {a["path"] for a in expected["articles"] if "/opinion/columnists/" in a["listed_on"]}
    assert listed <= set(records(tmp_path))


def test_a_redirect_to_a_url_that_does_not_parse_is_one_failure(tmp_path, site, expected):
    listed = [a for a in expected["articles"] if "/opinion/columnists/" in a["listed_on"]]
    moved = listed[0]["path"]
    for number, target in enumerate(BAD_LINKS):
        site.put(f"/moved-{number}/", "", status=301, headers={"Location": target})
    site.put(moved, "", status=302, headers={"Location": BAD_LINKS[1]})
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    stats = run_pass(write_toml(tmp_path / "config.toml", [columns]))
    assert stats.error is None
    assert stats.failed == 1, stats.errors
    (error,) = stats.errors
    assert error.startswith(site.url(moved)) and "redirect" in error
    assert {a["path"] for a in listed[1:]} <= set(records(tmp_path))
    with Index(tmp_path / "archive" / "index.sqlite") as index:
        assert index.frontier.state(site.url(moved)) == "failed"


def test_a_url_that_does_not_parse_on_the_command_line_is_a_usage_error(tmp_path, site):
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    path = write_toml(tmp_path / "config.toml", [columns])
    for url in BAD_LINKS:
        code, _, err = byline(path, "fetch", url)
        assert code == 2, (url, err)
        assert err == f"byline: {url}: not an http(s) URL\n"


def test_control_characters_in_a_page_are_dropped_not_fatal(tmp_path, site, expected):
    """0x01-0x08, 0x0b, 0x0c, 0x0e-0x1f anywhere in a page: the column is archived whole,
    without them."""
    article = expected["articles"][0]
    page = (Path(site.root) / article["path"].strip("/") / "index.html").read_text()
    first = article["paragraphs"][0]
    words = first.split(" ")
    dirty = " ".join(
        w + chr(c)
        for w, c in zip(words, [*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20)] * 9, strict=False)
    )
    site.put(article["path"], "\x01" + page.replace(first, dirty).replace("<body", "\x1f<body", 1))
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    path = write_toml(tmp_path / "config.toml", [columns])
    code, _, err = byline(path, "fetch", site.url(article["path"]))
    assert code == 0, err
    (record,) = records(tmp_path).values()
    assert first.replace(" ", "") in record["text"].replace(" ", "")
    assert not any(ord(c) < 0x20 and c != "\n" for c in record["text"])


def test_a_name_that_rebinds_to_loopback_is_never_connected_to(
    tmp_path, site, expected, monkeypatch
):
    """DNS rebinding: the guard's lookup of `localhost` says a public address; the system's
    (which a second lookup at connect time would use) says 127.0.0.1, where the site is.
    The connection goes to the address that was checked, so the local site never sees a
    request and nothing is archived."""
    from byline.fetch import guard

    async def public(host: str) -> list[str]:
        return ["192.0.2.10"] if host != "localhost" else ["93.184.216.34"]

    monkeypatch.setattr(guard, "resolve_host", public)
    port = urlsplit(site.origin).port
    url = f"http://localhost:{port}{expected['articles'][0]['path']}"
    columns = {"name": "columns", "pages": [f"http://localhost:{port}/opinion/columnists/"]}
    path = write_toml(
        tmp_path / "config.toml",
        [columns],
        fetch={
            "allow_private_networks": False,
            "respect_robots": False,
            "timeout": 2,
            "retries": 0,
        },
    )
    code, _, err = byline(path, "fetch", url)
    assert code == 1, err
    assert url in err
    assert site.requests == []  # not one connection reached the loopback server
    assert records(tmp_path) == {}


@pytest.mark.parametrize(
    ("declared", "kept"),
    [
        ("2024-13-45", None),  # the extractor said 2024-01-01
        ("2024-02-30", None),  # ... and 2024-02-01
        ("2024-02-30T10:00:00Z", None),
        ("2024-05-14", "2024-05-14"),
        ("2024-5-7", "2024-05-07"),
    ],
)
def test_an_impossible_date_is_dropped_not_repaired(declared, kept):
    from byline.extract import extract_article

    body = "<p>" + "A long paragraph about ferries, buses and the sea. " * 20 + "</p>"
    for where in (
        f'<meta property="article:published_time" content="{declared}">',
        f'<script type="application/ld+json">{{"datePublished": "{declared}"}}</script>',
    ):
        page = f"<html><head><title>T</title>{where}</head><body><article>{body}</article></body></html>"
        article = extract_article(page, "https://paper.example/a")
        assert article is not None and article.date == kept, (where, article)


def test_a_lying_utf16_charset_header_does_not_turn_the_text_to_mojibake(tmp_path, site, expected):
    article = expected["articles"][0]
    page = (Path(site.root) / article["path"].strip("/") / "index.html").read_text()
    site.put(article["path"], page.encode("utf-8"), "text/html; charset=utf-16")
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    path = write_toml(tmp_path / "config.toml", [columns])
    code, _, err = byline(path, "fetch", site.url(article["path"]))
    assert code == 0, err
    (record,) = records(tmp_path).values()
    assert article["paragraphs"][0] in record["text"]


def test_a_gzipped_sitemap_bomb_stops_at_the_protocols_limit():
    import gzip

    from byline.discover import MAX_SITEMAP_BYTES, Scope, read_sitemap
    from byline.errors import ContentError
    from byline.settings import Source

    scope = Scope(Source(name="paper", sitemaps=("https://paper.example/sitemap.xml.gz",)))
    bomb = gzip.compress(b"<urlset>" + b" " * (MAX_SITEMAP_BYTES + 10) + b"</urlset>")
    assert len(bomb) < 100_000  # small on the wire
    with pytest.raises(ContentError, match="larger than 52428800 bytes uncompressed"):
        read_sitemap(bomb, "https://paper.example/sitemap.xml.gz", scope)
    with pytest.raises(ContentError, match="corrupt gzip sitemap"):
        read_sitemap(bomb[:500], "https://paper.example/sitemap.xml.gz", scope)
