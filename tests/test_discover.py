"""URL normalisation, scope and the article-link heuristic, on small inline pages."""

from __future__ import annotations

import gzip

import pytest

from byline.discover import Scope, looks_like_article, read_feed, read_sitemap
from byline.listing import decide, read_page
from byline.settings import Source
from byline.urls import host_key, normalize

SITE = "https://paper.example"
SOURCE = Source(name="paper", pages=(SITE + "/opinion/columnists/",))
SCOPE = Scope(SOURCE)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (SITE + "/a/b-c-d/#comments", SITE + "/a/b-c-d/"),
        (SITE + "/a/b-c-d/?utm_source=x&utm_medium=y", SITE + "/a/b-c-d/"),
        (SITE + "/a/b-c-d/?fbclid=abc&id=7", SITE + "/a/b-c-d/?id=7"),
        ("HTTPS://Paper.Example:443/a/b-c-d/", SITE + "/a/b-c-d/"),
        ("http://paper.example:80/x", "http://paper.example/x"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_host_key_keeps_non_default_port():
    assert host_key("http://127.0.0.1:8080/a") == "127.0.0.1:8080"
    assert host_key("https://Example.org:443/") == "example.org"


def test_scope_is_the_sources_hosts_plus_extra_hosts():
    source = Source(name="s", pages=(SITE + "/o/",), hosts=("cdn.paper.example",))
    scope = Scope(source)
    assert scope(SITE + "/any/thing")
    assert scope("https://www.paper.example/any")  # www. is the same site
    assert scope("https://cdn.paper.example/any")
    assert not scope("https://elsewhere.example/opinion/a-b-c")
    assert not scope("ftp://paper.example/a-b-c")


def test_match_restricts_wanted_urls():
    scope = Scope(Source(name="s", pages=(SITE + "/o/",), match=r"/opinion/"))
    assert scope.wants(SITE + "/opinion/2024/01/a-b-c/")
    assert not scope.wants(SITE + "/news/2024/01/a-b-c/")


@pytest.mark.parametrize(
    "path",
    [
        "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
        "/story/opinion-why-buses-matter-1234567.html",
        "/views/2025/03/17/night-trains",
        "/commentisfree/2024/may/14/a-column-about-rivers",
        "/columns/12345678",
        "/columnists/2024/01/05/some-words-here/",
        "/comment/columnists/article/some-words-abc12xyz9",
        "/opinion/columnists/article/3246012/some-words",
        "/news/articles/c0jq7w2x1ewo",
        "/meinung/article67000000.ece",
    ],
)
def test_article_urls(path):
    assert looks_like_article(SITE + path)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/opinion/",
        "/opinion/columnists/",
        "/tag/climate/",
        "/category/politics/",
        "/author/jane-doe-smith/",
        "/views/writers/jane-doe-smith",
        "/login/",
        "/opinion/columnists/page/2/",
        "/about/",
        "/privacy-and-cookies/",
        "/subscribe/",
    ],
)
def test_non_article_urls(path):
    assert not looks_like_article(SITE + path)


LISTING = """
<html><body>
<header><nav>
  <a href="/">Home</a><a href="/news/">News</a>
  <a href="/news/2024/05/harbour-dredging-starts-today/">Breaking: dredging starts today</a>
  <a href="/tag/climate/">Climate</a><a href="/login/">Log in</a>
</nav></header>
<main>
  <h1>Columnists</h1>
  <div class="teaser">
    <a href="/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/">The quiet cost of cheap flights</a>
    <a href="/author/mira-okafor/">Mira Okafor</a>
  </div>
  <div class="teaser">
    <a href="/opinion/2024/05/10/schools-need-more-time-not-tests/?utm_source=home#top">Schools need time</a>
  </div>
  <div class="teaser">
    <a href="/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/#comments">12 comments</a>
  </div>
  <a href="https://elsewhere.example/opinion/2024/05/outside-column/">Elsewhere</a>
  <div class="sidebar-most-read"><a href="/news/2024/05/a-most-read-news-story/">Most read</a></div>
  <nav class="pagination"><a href="/opinion/columnists/page/2/" rel="next">Older columns</a></nav>
</main>
<aside><a href="/news/2024/05/council-budget-approved-tonight/">Most read</a></aside>
<footer><a href="/about/">About</a></footer>
</body></html>
"""


def test_heuristic_listing_takes_main_article_links_only():
    page = read_page(LISTING, SITE + "/opinion/columnists/", SOURCE, SCOPE)
    assert decide([page], SOURCE).articles == (
        SITE + "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
        SITE + "/opinion/2024/05/10/schools-need-more-time-not-tests/",
    )
    assert page.next_page == SITE + "/opinion/columnists/page/2/"


def test_link_selector_overrides_heuristic():
    source = Source(name="paper", pages=SOURCE.pages, link_selector="div.sidebar-most-read a")
    page = read_page(LISTING, SITE + "/opinion/columnists/", source, Scope(source))
    assert decide([page], source).articles == (SITE + "/news/2024/05/a-most-read-news-story/",)


def test_next_page_out_of_scope_ignored():
    page = '<main></main><a rel="next" href="https://elsewhere.example/o/2">Next</a>'
    assert read_page(page, SITE + "/o/", SOURCE, SCOPE).next_page is None


def test_base_href_respected():
    page = (
        '<head><base href="https://paper.example/opinion/"></head><main><ul>'
        '<li><a href="2024/05/a-b-c-d/">The first of the columns here</a></li>'
        '<li><a href="2024/05/e-f-g-h/">The second of the columns here</a></li></ul></main>'
    )
    found = decide([read_page(page, SITE + "/elsewhere/", SOURCE, SCOPE)], SOURCE)
    assert found.articles == (
        SITE + "/opinion/2024/05/a-b-c-d/",
        SITE + "/opinion/2024/05/e-f-g-h/",
    )


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://paper.example/opinion/2024/05/one-two-three/?utm_source=rss</link></item>
<item><title>Two</title><link>https://elsewhere.example/opinion/2024/05/four-five-six/</link></item>
<item><title>Three</title><link>/opinion/2024/05/seven-eight-nine/</link></item>
</channel></rss>"""


def test_feed_links_normalised_and_scoped():
    assert read_feed(RSS, SITE + "/feed.rss", SCOPE) == (
        SITE + "/opinion/2024/05/one-two-three/",
        SITE + "/opinion/2024/05/seven-eight-nine/",
    )


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://paper.example/opinion/2024/01/one-two-three/</loc></url>
<url><loc>https://paper.example/about/</loc></url>
<url><loc>https://elsewhere.example/opinion/2024/01/four-five-six/</loc></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://paper.example/sitemap-1.xml.gz</loc></sitemap>
<sitemap><loc>https://elsewhere.example/sitemap.xml</loc></sitemap>
</sitemapindex>"""


def test_sitemap_urlset_keeps_articles_in_scope():
    sitemap = read_sitemap(URLSET, SITE + "/sitemap.xml", SCOPE)
    assert sitemap.articles == (SITE + "/opinion/2024/01/one-two-three/",)
    assert sitemap.sitemaps == ()


def test_sitemap_index_and_gzip():
    index = read_sitemap(gzip.compress(INDEX), SITE + "/sitemap.xml", SCOPE)
    assert index.sitemaps == (SITE + "/sitemap-1.xml.gz",)
    assert index.articles == ()


def test_text_sitemap():
    body = b"https://paper.example/opinion/2024/01/one-two-three/\nhttps://paper.example/about/\n"
    assert read_sitemap(body, SITE + "/sitemap.txt", SCOPE).articles == (
        SITE + "/opinion/2024/01/one-two-three/",
    )
