"""What a source may fetch, and the article links of its feeds and sitemaps.

Pure parsing, no network: the pipeline fetches, this module reads. Listing
pages are read by `listing`; `looks_like_article` (URL shape alone) is one of
its signals and the filter on sitemaps, which have no structure to read.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser
from courlan import is_navigation_page, is_not_crawlable
from lxml import etree

from .errors import ContentError
from .settings import Source
from .urls import host_key, normalize, resolve


class Scope:
    """The hosts a source may fetch from: those of its pages, feeds, sitemaps and `hosts`."""

    def __init__(self, source: Source, strip_params: Iterable[str] = ()) -> None:
        urls = [*source.pages, *source.feeds, *source.sitemaps]
        self.hosts = {_scope_key(host) for host in (*map(host_key, urls), *source.hosts)}
        self.pattern = re.compile(source.match) if source.match else None
        self.strip_params = tuple(strip_params)

    def __call__(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            key = host_key(url)
        except ValueError:  # a port out of range, a broken IPv6 literal
            return False
        return parts.scheme in ("http", "https") and _scope_key(key) in self.hosts

    def normalize(self, url: str) -> str:
        """The URL as this source identifies it: normalised, its tracking parameters
        and those of `[discovery] strip_params` removed."""
        return normalize(url, self.strip_params)

    def wants(self, url: str) -> bool:
        """In scope and, where the source sets `match`, matching it."""
        return self(url) and (self.pattern is None or bool(self.pattern.search(url)))


def _scope_key(host: str) -> str:
    """`www.example.org` and `example.org` are one site."""
    return host.lower().removeprefix("www.")


# Path segments that name a list of things or a service, wherever they are in a path...
_NON_ARTICLE_SEGMENTS = frozenset(
    """
    tag tags topic topics category categories search login logout signin sign-in signup
    sign-up register subscribe subscription account newsletter newsletters feed feeds rss
    atom gallery galleries wp-admin wp-login.php cart shop jobs advertise partner partners
    sponsored advertorial paid-content promoted
    """.split()
)
# ... and those that do only at the end of one: `/columnists/jane-doe/` is a person,
# `/columnists/2024/01/05/some-words/` a column.
_LISTING_ENDS = frozenset(
    """
    section sections author authors by writer writers columnist columnists contributor
    contributors profile profiles people user users page index archive archives about
    contact privacy terms cookies help faq
    """.split()
)
_SERVICE_WORDS = frozenset(
    """
    privacy cookie cookies terms policy contact subscribe subscription newsletter
    newsletters advertise advertising careers jobs help faq
    """.split()
)
_ARTICLE_SUFFIX_RE = re.compile(r"\.(s?html?|php|aspx?)$", re.I)
_DATE_PATH_RE = re.compile(r"/(19|20)\d{2}/(0?[1-9]|1[0-2])/")
_DATE_SLUG_RE = re.compile(r"(19|20)\d{2}-?(0[1-9]|1[0-2])-?([0-2]\d|3[01])")
_LONG_NUMBER_RE = re.compile(r"\d{5,}")


def looks_like_article(url: str) -> bool:
    """A URL whose path reads like one article rather than a section, tag or service page.

    An article path has a last segment that is a slug of three or more words, an
    opaque id, a long numeric id, or sits under a /yyyy/mm/ date; no segment names a
    list or a service (tag, category, login, ...), and neither of its last two names a
    person or a section (`/columnists/jane-doe/`, `/page/2/`).
    """
    if is_navigation_page(url) or is_not_crawlable(url):
        return False
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    if not segments:
        return False
    if any(s in _NON_ARTICLE_SEGMENTS for s in segments):
        return False
    if any(s in _LISTING_ENDS for s in segments[-2:]):
        return False
    last = _ARTICLE_SUFFIX_RE.sub("", segments[-1])
    words = [w for w in re.split(r"[-_+.]+", last) if w]
    digits = sum(c.isdigit() for c in last)
    if len(words) == 1 and len(last) >= 8 and digits >= 2 and digits < len(last):
        return True  # an opaque id: c0jq7w2x1ewo, article67000000
    if len(segments) == 1 and _SERVICE_WORDS.intersection(words):
        return False  # /privacy-and-cookies/, /terms-of-use/, /contact-us/
    if len(words) >= 3 and sum(w.isalpha() for w in words) >= 2:
        return True
    if _LONG_NUMBER_RE.search(last) or _DATE_SLUG_RE.search(last):
        return True
    if len(segments) > 1 and segments[-2].isdigit() and len(segments[-2]) >= 5 and words:
        return True  # an id and then a slug: /article/3246012/some-words
    return bool(_DATE_PATH_RE.search(parts.path)) and len(words) >= 1 and not last.isdigit()


def read_feed(body: bytes, feed_url: str, scope: Scope) -> tuple[str, ...]:
    """Article links of an RSS or Atom feed, in scope."""
    parsed = feedparser.parse(body)
    urls = []
    for entry in parsed.entries:
        link = resolve(feed_url, str(entry.get("link") or ""))
        if link:
            url = scope.normalize(link)
            if scope.wants(url):
                urls.append(url)
    return _unique(urls)


@dataclass(frozen=True)
class Sitemap:
    """A sitemap's article URLs, or the child sitemaps of a sitemap index."""

    articles: tuple[str, ...]
    sitemaps: tuple[str, ...]


MAX_SITEMAP_BYTES = 52_428_800  # the sitemap protocol's limit, uncompressed (50 MiB)


def _gunzip(body: bytes, url: str) -> bytes:
    """A gzipped sitemap, inflated to at most MAX_SITEMAP_BYTES (a bomb stops there)."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflate.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise ContentError(url, f"corrupt gzip sitemap: {exc}") from None
    if len(out) > MAX_SITEMAP_BYTES:
        raise ContentError(url, f"sitemap larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    if not inflate.eof:
        raise ContentError(url, "corrupt gzip sitemap: it ends before its end")
    return out


def read_sitemap(body: bytes, sitemap_url: str, scope: Scope) -> Sitemap:
    """Parse an XML (optionally gzipped) or plain-text sitemap."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body, sitemap_url)
    locs: list[str] = []
    children: list[str] = []
    stripped = body.lstrip()
    if stripped.startswith(b"<"):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        root = etree.fromstring(stripped, parser=parser)
        if root is None:
            return Sitemap((), ())
        is_index = etree.QName(root).localname == "sitemapindex"
        for loc in root.iter("{*}loc"):
            url = resolve(sitemap_url, loc.text or "")
            if url:
                (children if is_index else locs).append(url)
    else:
        text = body.decode("utf-8", errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip().startswith("http")]
        locs = [url for url in (resolve(sitemap_url, line) for line in lines) if url]
    articles = [u for u in map(scope.normalize, locs) if scope.wants(u) and looks_like_article(u)]
    sitemaps = _unique(u for u in map(scope.normalize, children) if scope(u))
    return Sitemap(_unique(articles), sitemaps)


def _unique(urls: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u for u in urls if u))
