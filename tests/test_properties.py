"""Property-based: no configuration, URL, listing, feed, sitemap or page makes byline raise
anything but its own errors. Hypothesis generates the inputs; the budget per property is
kept small so the suite stays fast (HYPOTHESIS_PROFILE=long runs many more)."""

from __future__ import annotations

import contextlib
import gzip
import os
from pathlib import Path

import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from byline import config, listing
from byline.discover import Scope, read_feed, read_sitemap
from byline.errors import ConfigError, ContentError
from byline.extract import extract_article
from byline.fetch import decode_body
from byline.settings import Source
from byline.urls import host_key, normalize, resolve

settings.register_profile(
    "suite", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

BASE = "https://paper.example/opinion/columnists/"
SOURCE = Source(name="paper", pages=(BASE,))
SCOPE = Scope(SOURCE)

# Pieces real pages, feeds and configs are made of, so generated inputs reach deep code.
URLISH = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "http://127.0.0.1:99999/x",
            "http://[::1/x",
            "https://paper.example:0/a",
            "//paper.example/opinion/2024/05/01/a/",
            "/opinion/2024/05/01/a-column/?utm_source=x&id=3",
            "javascript:alert(1)",
            "https://exa mple.org/",
            "https://paper.example/%ZZ/",
            "mailto:a@b",
            "https://xn--80ak6aa92e.com/",
        ]
    ),
    st.builds(
        lambda path, query: f"https://paper.example/{path}?{query}",
        st.text(max_size=20),
        st.text(max_size=20),
    ),
)
TAGS = st.sampled_from(["div", "ul", "li", "article", "main", "h2", "h3", "nav", "aside", "p"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        href = draw(URLISH).replace('"', "&quot;")
        text = draw(st.text(max_size=30))
        cls = draw(st.sampled_from(["", ' class="card"', ' class="pagination"', ' rel="next"']))
        parts.append(f'<{tag}{cls}><a href="{href}"{cls}>{text}</a></{tag}>')
    junk = draw(st.text(max_size=50))
    return f"<html><head><title>{junk}</title></head><body><main>{''.join(parts)}</main>{junk}"


@given(st.text(max_size=300))
def test_any_text_is_a_configuration_or_one_config_error(text):
    try:
        config._from_text(Path("config.toml"), text)
    except ConfigError as exc:
        assert "\n" not in str(exc)


TOML_VALUES = st.recursive(
    st.one_of(
        st.integers(),
        st.floats(allow_nan=True),
        st.booleans(),
        st.text(max_size=20),
        st.sampled_from(["1h", "0s", "61 * * * *", "https://a.example/", "div:not(.a, .b)"]),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
KEYS = st.sampled_from(
    [
        "per_host_delay",
        "timeout",
        "max_bytes",
        "user_agent",
        "every",
        "cron",
        "exclude",
        "pages",
        "name",
        "recheck",
        "min_articles",
        "strip_params",
    ]
)


@given(
    st.dictionaries(
        st.sampled_from(["fetch", "daemon", "boilerplate", "discovery", "extract", "archive"]),
        st.dictionaries(KEYS, TOML_VALUES, max_size=4),
        max_size=3,
    ),
    st.lists(st.dictionaries(KEYS, TOML_VALUES, max_size=5), max_size=2),
)
def test_any_shaped_configuration_is_settings_or_one_config_error(tables, sources):
    document = dict(tables)
    if sources:
        document["sources"] = sources
    try:
        text = tomlkit.dumps(document)
    except Exception:
        return
    try:
        config._from_text(Path("config.toml"), text)
    except ConfigError as exc:
        assert "\n" not in str(exc)


@given(URLISH, URLISH)
def test_urls_never_raise(base, href):
    url = resolve(BASE, base) or BASE
    joined = resolve(url, href)
    if joined is not None:
        host_key(joined)
        normalize(joined, ("sess_*",))
        SCOPE(joined)
        SCOPE.wants(joined)
    normalize(base)


@given(html_pages())
@settings(max_examples=25)
def test_any_listing_page_is_read_and_decided(page):
    read = listing.read_page(page, BASE, SOURCE, SCOPE)
    listing.decide([read], SOURCE, [])


@given(st.lists(URLISH, max_size=8), st.text(max_size=40))
def test_any_feed_gives_links_in_scope(links, junk):
    items = "".join(f"<item><link>{link}</link></item>" for link in links)
    for body in (f"<rss><channel>{items}{junk}</channel></rss>".encode(), junk.encode()):
        assert all(SCOPE(url) for url in read_feed(body, BASE, SCOPE))


@given(st.lists(URLISH, max_size=8), st.binary(max_size=60), st.booleans())
def test_any_sitemap_is_read_or_one_content_error(locs, junk, gzipped):
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs).encode()
    for body in (b"<urlset>" + urls + junk + b"</urlset>", junk, b"\x1f\x8b" + junk):
        if gzipped and not body.startswith(b"\x1f\x8b"):
            body = gzip.compress(body)
        try:
            found = read_sitemap(body, BASE, SCOPE)
        except ContentError:
            continue
        assert all(SCOPE(url) for url in (*found.articles, *found.sitemaps))


@given(html_pages())
@settings(max_examples=25)
def test_any_page_is_an_article_or_none(page):
    extract_article(page, "https://paper.example/opinion/2024/05/01/a/", (".card", "nav"))


@given(st.binary(max_size=200), st.sampled_from([None, "utf-8", "utf-16", "latin-1", "x-nope"]))
def test_any_body_decodes_or_is_one_content_error(body, charset):
    with contextlib.suppress(ContentError):
        decode_body("https://paper.example/a", charset, body)
