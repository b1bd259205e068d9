"""Find article URLs: columnist pages, pagination, feeds and sitemaps.

Pure parsing, no network: the pipeline fetches, this module reads. URL
normalisation is courlan's; the article heuristic is ours and is written down
in `looks_like_article`.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup, Tag
from courlan import is_navigation_page, is_not_crawlable
from lxml import etree

from .models import Source
from .urls import host_key, normalize


class Scope:
    """The hosts a source may fetch from: those of its pages, feeds, sitemaps and `hosts`."""

    def __init__(self, source: Source) -> None:
        urls = [*source.pages, *source.feeds, *source.sitemaps]
        self.hosts = {_scope_key(host) for host in (*map(host_key, urls), *source.hosts)}
        self.pattern = re.compile(source.match) if source.match else None

    def __call__(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and _scope_key(host_key(url)) in self.hosts

    def wants(self, url: str) -> bool:
        """In scope and, where the source sets `match`, matching it."""
        return self(url) and (self.pattern is None or bool(self.pattern.search(url)))


def _scope_key(host: str) -> str:
    """`www.example.org` and `example.org` are one site."""
    return host.lower().removeprefix("www.")


# Path segments that name a list of things, not an article.
_NON_ARTICLE_SEGMENTS = frozenset(
    """
    tag tags topic topics category categories section sections author authors by writer
    writers columnist columnists contributor contributors profile profiles people user
    users search login logout signin sign-in signup sign-up register subscribe subscription
    account newsletter newsletters page feed feeds rss atom about contact privacy terms
    cookies help faq archive archives index gallery galleries wp-admin wp-login.php cart
    shop jobs advertise partner partners sponsored advertorial paid-content promoted
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

    An article path has a last segment that is a slug of three or more words, or a
    long numeric id, or sits under a /yyyy/mm/ date; and none of its segments names a
    listing (tag, author, category, page, login, ...).
    """
    if is_navigation_page(url) or is_not_crawlable(url):
        return False
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    if not segments:
        return False
    if any(s in _NON_ARTICLE_SEGMENTS for s in segments):
        return False
    last = _ARTICLE_SUFFIX_RE.sub("", segments[-1])
    words = [w for w in re.split(r"[-_+.]+", last) if w]
    if len(segments) == 1 and _SERVICE_WORDS.intersection(words):
        return False  # /privacy-and-cookies/, /terms-of-use/, /contact-us/
    if len(words) >= 3 and sum(w.isalpha() for w in words) >= 2:
        return True
    if _LONG_NUMBER_RE.search(last) or _DATE_SLUG_RE.search(last):
        return True
    return bool(_DATE_PATH_RE.search(parts.path)) and len(words) >= 1 and not last.isdigit()


# Class or id tokens of page chrome whose links are never the listing itself.
_CHROME_RE = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|sidebar|breadcrumbs?|pagination|pager|share|sharing|"
    r"social|trending|popular|most-?read|most-?popular|related|newsletter|promo|cookie|"
    r"masthead|topbar|subnav|paid|sponsored|promoted|advertorial|partner)([-_ ]|$)|"
    r"^(site|global|page|main)?-?(header|footer)$",
    re.I,
)
_CHROME_TAGS = ["header", "nav", "footer", "aside", "form"]
_CHROME_ROLES = ["navigation", "banner", "contentinfo", "complementary", "search"]
_ARROWS = "\u00bb\u203a\u2192<>\u00ab\u2039 "  # arrows and guillemets around "Older"
_NEXT_TEXT_RE = re.compile(
    r"^(older|next|more)(\s+(posts|columns|articles|stories|entries|page|results))?$|^(load more)$",
    re.I,
)


@dataclass(frozen=True)
class Listing:
    """What one columnist page yields: article URLs in page order, and the next page."""

    articles: tuple[str, ...]
    next_page: str | None


def _is_chrome(tag: Tag) -> bool:
    if tag.name in _CHROME_TAGS or tag.get("role") in _CHROME_ROLES:
        return True
    tokens = [*tag.get_attribute_list("class"), tag.get("id") or ""]
    return any(_CHROME_RE.search(str(token)) for token in tokens if token)


def read_listing(html: str, page_url: str, source: Source, scope: Scope) -> Listing:
    """Article links and the next (older) page of one columnist page."""
    soup = BeautifulSoup(html, "lxml")
    base = _base_url(soup, page_url)
    next_page = _next_page(soup, base, page_url, scope)
    if source.link_selector:
        anchors = _anchors(soup.select(source.link_selector))
        urls = [_resolve(base, a) for a in anchors]
        return Listing(_unique(u for u in urls if u and scope.wants(u)), next_page)
    for tag in soup.find_all(_is_chrome):
        if isinstance(tag, Tag) and not tag.decomposed:
            tag.decompose()
    root = soup.find("main") or soup.find(role="main") or soup.body or soup
    own = {normalize(page_url), *(normalize(p) for p in source.pages)}
    if next_page:
        own.add(next_page)
    found = []
    for anchor in _anchors([root]):
        url = _resolve(base, anchor)
        if url and url not in own and scope.wants(url) and looks_like_article(url):
            found.append(url)
    return Listing(_unique(found), next_page)


def _anchors(tags: Iterable[Tag]) -> list[Tag]:
    out: list[Tag] = []
    for tag in tags:
        if tag.name == "a" and tag.has_attr("href"):
            out.append(tag)
        else:
            out.extend(a for a in tag.find_all("a", href=True) if isinstance(a, Tag))
    return out


def _base_url(soup: BeautifulSoup, page_url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(page_url, str(base["href"])) if isinstance(base, Tag) else page_url


def _resolve(base: str, anchor: Tag) -> str | None:
    href = str(anchor.get("href", "")).strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    return normalize(urljoin(base, href))


def _next_page(soup: BeautifulSoup, base: str, page_url: str, scope: Scope) -> str | None:
    """The "older"/"next" page: rel=next first, then a link that says so."""
    candidates: list[Tag] = [
        t
        for t in soup.find_all(["link", "a"], href=True)
        if isinstance(t, Tag) and "next" in (t.get_attribute_list("rel") or [])
    ]
    for anchor in soup.find_all("a", href=True):
        text = " ".join(anchor.get_text(" ", strip=True).strip(_ARROWS).split())
        if _NEXT_TEXT_RE.match(text):
            candidates.append(anchor)
    here = normalize(page_url)
    for tag in candidates:
        url = _resolve(base, tag)
        if url and url != here and scope(url):
            return url
    return None


def read_feed(body: bytes, feed_url: str, scope: Scope) -> tuple[str, ...]:
    """Article links of an RSS or Atom feed, in scope."""
    parsed = feedparser.parse(body)
    urls = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            url = normalize(urljoin(feed_url, link))
            if scope.wants(url):
                urls.append(url)
    return _unique(urls)


@dataclass(frozen=True)
class Sitemap:
    """A sitemap's article URLs, or the child sitemaps of a sitemap index."""

    articles: tuple[str, ...]
    sitemaps: tuple[str, ...]


def read_sitemap(body: bytes, sitemap_url: str, scope: Scope) -> Sitemap:
    """Parse an XML (optionally gzipped) or plain-text sitemap."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
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
            if loc.text:
                (children if is_index else locs).append(urljoin(sitemap_url, loc.text.strip()))
    else:
        text = body.decode("utf-8", errors="replace")
        locs = [line.strip() for line in text.splitlines() if line.strip().startswith("http")]
    articles = [u for u in map(normalize, locs) if scope.wants(u) and looks_like_article(u)]
    return Sitemap(_unique(articles), _unique(u for u in map(normalize, children) if scope(u)))


def _unique(urls: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u for u in urls if u))
