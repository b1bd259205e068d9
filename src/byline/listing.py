"""Find the list of columns on a listing page from the page's own structure.

Reading a page (`read_page`, pure, run in the worker pool) groups its links
into blocks. An item is the lowest element around a link that repeats among
its siblings with links elsewhere (an `li`, a card, a table row); small
repeats inside a card (an author beside the headline, a row of buttons) fold
into the card, and an "item" that holds a whole list is a layout column, not a
card. A block is the items of one container; its key, the container's path of
tags and classes, is alike on every page of a site. Each item names one
primary link (the headline's); its other links (author, tags, comments) are
secondary. Query parameters that the page repeats across different articles
are dropped first: they identify nothing.

Deciding (`decide`, over every page a pass read for a source) then:

1. sets aside the blocks whose links are mostly in one block of another of the
   pages (the next page, another columnist's page): rails, menus, "most read",
   whatever their class names;
2. takes as the listing the best block by headline-like items, in the main
   content rather than the site's navigation, header, footer and sidebars,
   leaning to links under the page's own path and to the URL shape the
   source's archived columns taught; with it, the other containers of its key
   whose links fit its URL template (a list per month);
3. takes too what elsewhere on the page is of the listing's URL shape, with a
   headline: another block (not a rail by its heading, not by several other
   writers beside one writer's listing), or a lone link (a lead column styled
   apart; not a link in the prose of a post); and the page's schema.org
   `ItemList`.

URL shape ranks and admits; it never vetoes a link inside the listing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from . import paging, urlshape
from .discover import Scope, looks_like_article
from .extract import parse_html
from .settings import Source
from .urls import resolve

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+xml"})
# Not <form>: ASP.NET wraps whole pages in one, Joomla its lists of articles.
_HARD_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_HARD_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_SOFT_CHROME_RE = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|sidebar|side-?bar|breadcrumbs?|pagination|pager|"
    r"share|sharing|social|trending|popular|most-?read|most-?popular|most-?viewed|related|"
    r"recommended|recommendations|newsletter|promo|cookie|masthead|topbar|subnav|paid|"
    r"sponsored|promoted|advertorial|partners?|widget|ad|ads|advert|rail|right-?rail|side|"
    r"secondary|right-?col(umn)?|taboola|outbrain)"
    r"([-_ ]|$)|^(site|global|page)-?(header|footer)$",
    re.I,
)


def _soft_chrome(token: str) -> bool:
    """Whether a class or id names page chrome ("sidebar", "most-read", "promo"); a
    layout modifier such as "side-by-side" is not a sidebar."""
    return bool(_SOFT_CHROME_RE.search(token.replace("side-by-side", "")))


# The headings of rails that are not a columnist's own list.
_RAIL_LABEL_RE = re.compile(
    r"^(most (read|popular|viewed|shared|commented)|popular|trending|recommended|related|"
    r"you (may|might) also like|more (from|in|on)\b|editors?'?s?’?s? picks|top stories|"
    r"latest news|don'?t miss|also read|around the web|from (our|the) partners|sponsored|"
    r"partner content|paid content|in case you missed|les plus (lus|partagés)|lire aussi|"
    r"à lire aussi|meistgelesen|empfehlungen|lo más leído|más leíd|mais lid|più lett|"
    r"meest gelezen|mest (lest|läst|læst)|see also|read (also|more)\b|related\b|"
    r"lesen sie auch|auch interessant|leer también|lea también|leia também|leggi anche|"
    r"zie ook|les også|läs också|热门|推荐|人気)",
    re.I,
)
_SPONSOR_LABEL_RE = re.compile(
    r"^(sponsored( content| post| by .*)?|paid (content|post|partnership)|partner content|"
    r"in partnership with.*|presented by.*|advertisement|advertorial|promoted|anzeige|"
    r"gesponsert|publicité|contenu sponsorisé|publi-?reportage|patrocinado|publicidad|"
    r"contenido patrocinado|contenu partenaire|contenu de marque|contenido de marca|"
    r"conteúdo patrocinado|publicidade|annons|annonse|sponset|sponsoreret|betalt innhold|"
    r"in samenwerking met.*|pubblicità|contenuto sponsorizzato|广告|推广|pr)$",
    re.I,
)
_SPONSOR_SEGMENTS = frozenset(
    "sponsored advertorial paid-content paidpost paid-post partner-content brandvoice "
    "brand-studio branded-content promoted anzeige".split()
)
# Path segments of listings and services: a link there is not a column, unless the
# page's own structure says so.
_LISTING_SEGMENTS = frozenset(
    """
    tag tags topic topics category categories section sections author authors profile
    profiles user users search login logout signin sign-in signup sign-up register subscribe
    subscription account newsletter newsletters feed feeds rss about contact privacy terms
    cookies help faq jobs careers advertise shop cart archive archives membership members
    join donate sponsors
    """.split()
)
_SERVICE_ENDINGS = frozenset("comments replies reply share print email amp".split())
# "Read more": a link to the item's own article, with no headline of its own.
_READ_ON_RE = re.compile(
    r"^(read( the)?( full)?( more| column| article| story| on)?|continue( reading)?|more|"
    r"full story|weiterlesen|lire la suite|leer más|ler mais|leggi|lees meer|les mer|"
    r"läs mer|阅读全文|»|›|→)\W*$",
    re.I,
)
# A service of the item (print it, mail it, share it, its comments): never its headline.
_SERVICE_TEXT_RE = re.compile(
    r"^(print( this)?( page| article| story| column)?|printer[- ]friendly( version)?|"
    r"e-?mail( this)?( page| article| story| column| to a friend)?|share( this)?( article)?|"
    r"save( for later)?|bookmark|listen( to this)?|\d* ?comments?:?|view comments|"
    r"(leave|add|post|write)( a| new| your)? comments?|reply|drucken|imprimer|imprimir|"
    r"stampa|kommentieren|commenter|comentar)\W*(\(\d+\))?$",
    re.I,
)
_SERVICE_PARAMS = frozenset("print printable printer print_view amp output".split())
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_DATE_TEXT_RE = re.compile(r"\b(19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
MIN_HEADLINE = 0.45  # mean headline score of a listing's items
_SOFT = ("class ", "label ")  # contexts that lower a block's score without ruling it out


def headline_score(text: str) -> float:
    """How much a link's text reads like a headline (0 to 1): words, not a label."""
    text = " ".join(text.split())
    if not text or not any(c.isalpha() for c in text):
        return 0.0
    if _READ_ON_RE.match(text) or _SERVICE_TEXT_RE.match(text):
        return 0.0
    if len(_CJK_RE.findall(text)) >= 6:
        return 1.0
    words = len(text.split())
    return {1: 0.1, 2: 0.35, 3: 0.8}.get(words, 1.0)


# Reading one page ----------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One in-scope link of a page and where it sits."""

    url: str
    text: str
    block: str  # the ident of its block ("" when it repeats nowhere)
    primary: bool  # the headline link of its item (not an author, tag or comments link)
    sponsored: bool
    context: str  # the chrome it sits in: "nav", "footer", "class sidebar", ... or ""
    in_main: bool = False  # inside the page's <main> (or role="main")
    position: int = 0  # its anchor's rank in the page's document order


@dataclass(frozen=True)
class Block:
    """The repeated items of one container."""

    key: str  # the container's path of tags and classes: alike on every page of a site
    ident: str  # this container on this page: the key and its rank among those alike
    urls: tuple[str, ...]  # the items' primary links, in page order
    headline: float  # mean headline score of the items
    rich: float  # share of items with more than a link: a standfirst, a date, an image
    context: str  # hard chrome ("nav", "aside", ...), soft ("class ...", "label ..."), or ""
    in_main: bool
    label: str  # the heading just above the block, if any
    people: tuple[str, ...] = ()  # the writers' pages its items link to (bylines)
    position: int = 0  # its first item's rank in the page's document order
    inside: str = ""  # the ident of the block whose item holds this one, if any

    @property
    def hard_chrome(self) -> bool:
        return bool(self.context) and not self.context.startswith(_SOFT)


@dataclass(frozen=True)
class Page:
    """What one listing page offers, before any decision."""

    url: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    out_of_scope: tuple[str, ...]
    next_page: str | None
    feeds: tuple[str, ...]  # advertised feeds that are the page's own
    other_feeds: tuple[str, ...]  # advertised feeds of the site or of other pages
    item_list: tuple[str, ...]  # schema.org ItemList links
    selected: tuple[str, ...] | None = None  # the source's link_selector links
    title: str = ""
    article: str = ""  # why the page reads as one article (og:type, JSON-LD), if it does


def read_page(html: str, page_url: str, source: Source, scope: Scope) -> Page:
    """The blocks, links, next page, feeds and ItemList of one listing page."""
    doc = parse_html(html)
    if doc is None:
        return Page(page_url, (), (), (), None, (), (), ())
    base = _base_url(doc, page_url)

    def resolve(href: str) -> str | None:
        return _resolve(base, href, scope)

    json_ld = _json_ld(doc)
    item_list = tuple(u for u in _item_list(json_ld, resolve) if scope.wants(u))
    article = _article_hint(doc, json_ld)
    own_feeds, other_feeds = _feeds(doc, page_url, resolve, scope)
    for bad in doc.xpath("//script|//style|//template|//comment()|//processing-instruction()"):
        if bad.getparent() is not None:  # a comment before <html> has none
            bad.drop_tree()
    next_page = paging.find_next(doc, page_url, resolve, scope)
    own = {scope.normalize(page_url), *(scope.normalize(p) for p in source.pages)}
    if next_page:
        own.add(next_page)
    selected = None
    if source.link_selector:
        try:
            chosen = doc.cssselect(source.link_selector)
        except Exception:  # a selector lxml's translator cannot take (config checked it)
            chosen = []
        urls = (resolve(a.get("href") or "") for e in chosen for a in _anchors_in(e))
        selected = tuple(dict.fromkeys(u for u in urls if u and u not in own and scope.wants(u)))
    blocks, links, outside = _structure(doc, resolve, scope, own, page_url)
    title = " ".join((doc.findtext(".//title") or "").split())
    return Page(
        page_url,
        blocks,
        links,
        outside,
        next_page,
        own_feeds,
        other_feeds,
        item_list,
        selected,
        title,
        article,
    )


def _base_url(doc: HtmlElement, page_url: str) -> str:
    for base in doc.iter("base"):
        href = str(base.get("href") or "")
        if href:
            return urljoin(page_url, href)
    return page_url


def _resolve(base: str, href: str, scope: Scope) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:", "sms:")):
        return None
    url = resolve(base, href)
    return scope.normalize(url) if url else None


def _anchors_in(element: HtmlElement) -> Iterator[HtmlElement]:
    if element.tag == "a" and element.get("href"):
        yield element
    else:
        yield from (a for a in element.iter("a") if a.get("href"))


def _feeds(
    doc: HtmlElement, page_url: str, resolve: Callable[[str], str | None], scope: Scope
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The feeds a page advertises: (its own, the others). A feed is the page's own when
    its URL sits under the page's path or names the page's last path word (the
    columnist), or its title names the page's heading; a site-wide feed is not."""
    own: list[str] = []
    other: list[str] = []
    page_path = urlsplit(page_url).path.rstrip("/")
    words = [w for w in page_path.lower().split("/") if w]
    name = words[-1] if words else ""
    heading = " ".join((doc.findtext(".//h1") or "").split()).lower()
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        url = resolve(link.get("href") or "")
        if not url or not scope(url):
            continue
        path = urlsplit(url).path.lower()
        title = " ".join((link.get("title") or "").split()).lower()
        mine = (
            (page_path and path.startswith(page_path.lower() + "/"))
            or (len(name) > 3 and name in url.lower())
            or (len(heading) > 3 and heading in title)
        )
        (own if mine else other).append(url)
    return tuple(dict.fromkeys(own)), tuple(dict.fromkeys(u for u in other if u not in own))


def _json_ld(doc: HtmlElement) -> list[Any]:
    """The page's JSON-LD blocks that parse."""
    found = []
    for script in doc.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        try:
            found.append(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def _item_list(json_ld: list[Any], resolve: Callable[[str], str | None]) -> list[str]:
    """The links of the schema.org ItemLists in the page's JSON-LD."""
    urls: list[str] = []
    for data in json_ld:
        for node in _walk_json(data):
            if _has_type(node, "ItemList"):
                for element in _as_list(node.get("itemListElement")):
                    url = _item_url(element)
                    resolved = resolve(url) if url else None
                    if resolved:
                        urls.append(resolved)
    return list(dict.fromkeys(urls))


_ARTICLE_TYPES = frozenset(
    "Article NewsArticle OpinionNewsArticle BlogPosting ReportageNewsArticle "
    "AnalysisNewsArticle Report ScholarlyArticle".split()
)


def _article_hint(doc: HtmlElement, json_ld: list[Any]) -> str:
    """Why the page says it is one article: `og:type` article, or a JSON-LD article as
    its main entity; "" otherwise."""
    for meta in doc.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name == "og:type" and (meta.get("content") or "").strip().lower() == "article":
            return "og:type is article"
    for data in json_ld:
        tops = data if isinstance(data, list) else [data]
        for top in tops:
            if isinstance(top, dict):
                for node in [top, *_as_list(top.get("@graph"))]:
                    if isinstance(node, dict):
                        found = _ARTICLE_TYPES.intersection(_types(node))
                        if found:
                            return f"its JSON-LD describes a {sorted(found)[0]}"
    return ""


def _walk_json(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _walk_json(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk_json(value)


def _types(node: dict[str, Any]) -> list[str]:
    """A JSON-LD node's `@type`, one or several."""
    kinds = node.get("@type")
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def _has_type(node: dict[str, Any], name: str) -> bool:
    return name in _types(node)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _item_url(element: Any) -> str | None:
    if isinstance(element, str):
        return element
    if not isinstance(element, dict):
        return None
    for key in ("url", "@id"):
        if isinstance(element.get(key), str):
            return str(element[key])
    item = element.get("item")
    return _item_url(item) if item is not None else None


@dataclass
class _Item:
    element: HtmlElement
    key: str
    anchors: list[tuple[str, HtmlElement]] = field(default_factory=list)
    primary: str = ""


def _structure(
    doc: HtmlElement,
    resolve: Callable[[str], str | None],
    scope: Scope,
    own: set[str],
    page_url: str,
) -> tuple[tuple[Block, ...], tuple[Link, ...], tuple[str, ...]]:
    anchors: list[tuple[str, HtmlElement]] = []
    outside: list[str] = []
    for anchor in doc.iter("a"):
        url = resolve(anchor.get("href") or "")
        if url is None or url in own:
            continue
        if scope.wants(url):
            anchors.append((url, anchor))
        else:
            outside.append(url)
    plain = _without_idle_params([url for url, _ in anchors])
    anchors = [(plain[url], anchor) for url, anchor in anchors]
    # Not the page itself, nor another page of its listing (a pager's links).
    anchors = [
        (url, anchor)
        for url, anchor in anchors
        if url not in own and not paging.is_page_of(url, page_url)
    ]
    under: dict[HtmlElement, set[str]] = {}
    for url, anchor in anchors:
        element: HtmlElement | None = anchor
        while element is not None:
            under.setdefault(element, set()).add(url)
            element = element.getparent()
    items: dict[HtmlElement, _Item] = {}
    loose: list[tuple[str, HtmlElement]] = []
    for url, anchor in anchors:
        item_element = _item_of(anchor, under)
        if item_element is None:
            loose.append((url, anchor))
            continue
        item = items.get(item_element)
        if item is None:
            parent = item_element.getparent()
            key = _path_key(parent) + ">" + str(item_element.tag)
            item = items[item_element] = _Item(item_element, key)
        item.anchors.append((url, anchor))
    _dissolve_inner(items, under)
    for element in _sections(items):
        loose.extend(items.pop(element).anchors)
    position = {element: n for n, element in enumerate(doc.iter())}
    by_container: dict[HtmlElement, list[_Item]] = {}
    for item in sorted(items.values(), key=lambda i: position.get(i.element, 0)):
        item.primary = _primary(item)
        by_container.setdefault(item.element.getparent(), []).append(item)
    blocks = []
    links: list[Link] = []
    seen: dict[str, int] = {}
    idents: dict[HtmlElement, str] = {}
    for container, members in by_container.items():
        key = members[0].key
        seen[key] = seen.get(key, 0) + 1
        idents[container] = f"{key}#{seen[key]}"
    for container, members in by_container.items():
        key = members[0].key
        ident = idents[container]
        # The block whose item holds this one (a card's "related" list), if any.
        holder = next((e for e in container.iterancestors() if e in items), None)
        inside = idents.get(holder.getparent(), "") if holder is not None else ""
        context = _context(container)
        label = _label_of(container, members[0].element.tag)
        if not context and _RAIL_LABEL_RE.match(label):
            context = "label " + label
        primaries: dict[str, float] = {}
        rich = 0
        in_main = _in_main(container)
        people: dict[str, None] = {}
        for item in members:
            sponsored = _sponsored(item)
            # An item that says it is a rail (`div.sidebar-most-read` among the cards) is
            # not one of the block's items, nor is any item of a block in the site's nav,
            # header, footer or aside. A class on the way up ("widget") only lowers the
            # block's score: Blogger's own list of posts is a "widget".
            own_chrome = _own_chrome(item.element)
            chrome = context or own_chrome
            excluded = bool(own_chrome) or (bool(context) and not context.startswith(_SOFT))
            for url, anchor in item.anchors:
                is_primary = url == item.primary
                if not is_primary and not excluded and _person_url(url, page_url):
                    people[url] = None
                links.append(
                    Link(
                        url,
                        _text_of(anchor),
                        ident,
                        is_primary,
                        sponsored and is_primary,
                        chrome,
                        in_main,
                        position.get(anchor, 0),
                    )
                )
            if not sponsored and not excluded:
                if item.primary not in primaries:
                    rich += _is_rich(item)
                # The same article twice (its card, its comments link): its best headline.
                headline = _item_headline(item)
                primaries[item.primary] = max(primaries.get(item.primary, 0.0), headline)
        if not primaries:
            continue
        blocks.append(
            Block(
                key=key,
                ident=ident,
                urls=tuple(primaries),
                headline=sum(primaries.values()) / len(primaries),
                rich=rich / len(primaries),
                context=context,
                in_main=in_main,
                label=label,
                people=tuple(people),
                inside=inside,
                position=position.get(members[0].element, 0),
            )
        )
    for url, anchor in loose:
        context = _context(anchor)
        prose = _in_prose(anchor)
        if prose and (not context or context.startswith(_SOFT)):
            context = prose
        sponsored = _sponsored_element(anchor)
        links.append(
            Link(
                url,
                _text_of(anchor),
                "",
                True,
                sponsored,
                context,
                _in_main(anchor),
                position.get(anchor, 0),
            )
        )
    return tuple(blocks), tuple(links), tuple(dict.fromkeys(outside))


def _without_idle_params(urls: Sequence[str]) -> dict[str, str]:
    """Each URL without the query parameters that identify nothing, whatever their
    names: a `name=value` that the page puts on links to two different paths
    (`?module=listing`, a gift token), or any query on a link whose path the page
    also links bare. The publisher's own tracking, beyond the known list. A name that
    one path carries with several values (`column.asp?id=4512`, `?id=4503`) is what
    tells articles apart, and stays."""
    values: dict[tuple[str, str, str], set[str]] = {}  # (host, path, name): its values
    paths: dict[tuple[str, str], set[str]] = {}  # (host, name=value): the paths it is on
    bare: set[str] = set()
    for url in urls:
        parts = urlsplit(url)
        if not parts.query:
            bare.add(urlunsplit(parts._replace(query="")))
        for pair in parts.query.split("&"):
            name, _, value = pair.partition("=")
            values.setdefault((parts.netloc, parts.path, name), set()).add(value)
            paths.setdefault((parts.netloc, pair), set()).add(parts.path)
    identity = {(host, name) for (host, _, name), seen in values.items() if len(seen) > 1}
    out = {}
    for url in urls:
        parts = urlsplit(url)
        pairs = [p for p in parts.query.split("&") if p]
        if not pairs:
            out[url] = url
            continue
        names = {p.partition("=")[0] for p in pairs}
        if any((parts.netloc, n) in identity for n in names):
            kept = pairs  # this query names the article
        elif urlunsplit(parts._replace(query="")) in bare:
            kept = []
        else:
            kept = [p for p in pairs if len(paths[parts.netloc, p]) < 2]
        out[url] = urlunsplit(parts._replace(query="&".join(kept)))
    return out


def _dissolve_inner(items: dict[HtmlElement, _Item], under: dict[HtmlElement, set[str]]) -> None:
    """Fold small repeats (an author link beside the headline, a row of like, comment and
    share buttons, a card's tags) into the card that holds them: they are parts of one
    item, not a list. A container of at most three links, no more than one of them a
    headline, becomes part of the nearest element around it that repeats."""
    by_container: dict[HtmlElement, list[HtmlElement]] = {}
    for element in items:
        by_container.setdefault(element.getparent(), []).append(element)
    deepest_first = sorted(by_container, key=lambda e: -len(list(e.iterancestors())))
    for container in deepest_first:
        members = [e for e in by_container[container] if e in items]
        anchors = [pair for e in members for pair in items[e].anchors]
        if len({url for url, _ in anchors}) > 3:
            continue
        if len({url for url, a in anchors if _strong_headline(a)}) > 1:
            continue  # two headlines to two articles: a small list, not parts of a card
        card = _item_of(container, under)
        if card is None:
            continue
        if card not in items:
            items[card] = _Item(card, _path_key(card.getparent()) + ">" + str(card.tag))
        for element in members:
            items[card].anchors.extend(items.pop(element).anchors)


def _sections(items: dict[HtmlElement, _Item]) -> list[HtmlElement]:
    """The "items" that hold a list inside them: a column of the layout that repeats
    among its siblings (a breadcrumb, a hero, the lists), not a card. They hold four
    items or more, and more of them than links of their own (a blog post with three
    "related posts" under it is still a card). Their own links (a lead column above the
    list) are lone links."""
    nested: dict[HtmlElement, int] = {}
    for element in items:
        for ancestor in element.iterancestors():
            if ancestor in items:
                nested[ancestor] = nested.get(ancestor, 0) + 1
    return [
        element
        for element, count in nested.items()
        if count >= 4 and count >= len({url for url, _ in items[element].anchors})
    ]


def _strong_headline(anchor: HtmlElement) -> bool:
    """A headline beyond doubt: in or around a heading, or four words and more (a kicker
    such as "Hong Kong Opinion" is not)."""
    score = headline_score(_text_of(anchor))
    if anchor.xpath("ancestor::h1|ancestor::h2|ancestor::h3|ancestor::h4|.//h1|.//h2|.//h3|.//h4"):
        return score >= 0.35  # a one-word kicker in an <h3> ("Juros") is a topic link
    return score >= 1.0


def _item_of(anchor: HtmlElement, under: dict[HtmlElement, set[str]]) -> HtmlElement | None:
    """The lowest element around `anchor` that repeats among its siblings with links
    to other URLs: a list item, a card, a table row."""
    element = anchor
    while True:
        parent = element.getparent()
        if parent is None or element.tag in ("body", "html"):
            return None
        mine = under.get(element, set())
        for sibling in parent:
            if sibling is element or sibling.tag != element.tag:
                continue
            theirs = under.get(sibling)
            if theirs and not theirs <= mine:
                return element
        element = parent


_DIGITS_RE = re.compile(r"\d+")


def _path_key(element: HtmlElement | None) -> str:
    """The path of tags, ids and classes from the body down to `element`, numbers
    dropped, so one container is the same key on every page of a site."""
    parts = []
    while element is not None and element.tag not in ("body", "html"):
        name = str(element.tag)
        ident = element.get("id")
        if ident:
            name += "#" + _DIGITS_RE.sub("", ident)
        classes = sorted({_DIGITS_RE.sub("", c) for c in (element.get("class") or "").split()})
        if classes:
            name += "." + ".".join(classes[:4])
        parts.append(name)
        element = element.getparent()
    return "/".join(reversed(parts))


def _text_of(anchor: HtmlElement) -> str:
    text = " ".join(anchor.text_content().split())
    if headline_score(text) > 0:
        return text
    for value in (anchor.get("aria-label"), anchor.get("title")):
        if value and headline_score(value) > 0:
            return " ".join(value.split())
    for image in anchor.iter("img"):
        alt = image.get("alt")
        if alt and headline_score(alt) > 0:
            return " ".join(alt.split())
    return text


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _primary(item: _Item) -> str:
    """The item's headline link: in or around its heading, the longest text, several
    anchors (image and title), shaped like an article; not an author or tag page."""
    scores: dict[str, float] = {}
    for url, anchor in item.anchors:
        score = headline_score(_text_of(anchor)) - 0.5 * _person_url(url, "")
        text = " ".join(anchor.text_content().split())
        if _READ_ON_RE.match(text or "-"):
            score += 0.4  # "Read more" leads to the item's own article
        elif _SERVICE_TEXT_RE.match(text or "-"):
            score -= 0.5  # "Print this page", "3 comments"
        if anchor.xpath("ancestor::h1|ancestor::h2|ancestor::h3|ancestor::h4|.//h2|.//h3|.//h4"):
            score += 0.6
        if url in scores:
            score = max(score, scores[url]) + 0.2
        scores[url] = max(scores.get(url, 0.0), score)
    for url in scores:
        scores[url] += 0.3 * looks_like_article(url) - 0.6 * _listing_url(url)
    return max(scores, key=lambda u: scores[u])


def _item_headline(item: _Item) -> float:
    texts = [_text_of(a) for url, a in item.anchors if url == item.primary]
    best = max((headline_score(t) for t in texts), default=0.0)
    if best < 0.8:
        for heading in item.element.iter(*_HEADINGS):
            best = max(best, headline_score(heading.text_content()))
            break
    return best


def _is_rich(item: _Item) -> bool:
    element = item.element
    if next(element.iter("time", "img", "picture"), None) is not None:
        return True
    linked = sum(len(a.text_content()) for _, a in item.anchors)
    text = element.text_content()
    return len(" ".join(text.split())) - linked > 40 or bool(_DATE_TEXT_RE.search(text))


_PERSON_SEGMENTS = frozenset(
    """
    author authors autor autores auteur auteurs autore autori profile profiles profil people
    person writer writers columnist columnists contributor contributors by staff journalist
    journalists reporter reporters firma firmas firme kolumnist kolumnisten
    """.split()
)


def _person_url(url: str, page_url: str) -> bool:
    """A link to a writer's page (a byline): `/author/jo`, `/profile/jo`, `/@jo`, or a
    page shaped like this writer's own (`/news/greg-jennett/8452630` beside
    `/news/laura-tingle/8342172`)."""
    segments = [s for s in urlsplit(url).path.lower().split("/") if s]
    if any(s in _PERSON_SEGMENTS or s.startswith("@") for s in segments[:-1]) or (
        len(segments) == 1 and segments[0].startswith("@")
    ):
        return True
    if not page_url:
        return False
    mine = [s for s in urlsplit(page_url).path.lower().split("/") if s]
    return (
        len(mine) >= 2
        and len(segments) == len(mine)
        and segments != mine
        and segments[0] == mine[0]
        and all(
            urlshape.segment_kind(a) == urlshape.segment_kind(b)
            for a, b in zip(segments, mine, strict=True)
        )
    )


def _listing_url(url: str) -> bool:
    """A link to a list or a service (a tag, an author, a login, the comments of an
    article) rather than to an article."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    names = {p.partition("=")[0].lower() for p in parts.query.split("&") if p}
    return (
        not segments
        or any(s in _LISTING_SEGMENTS for s in segments)
        or segments[-1] in _SERVICE_ENDINGS
        or "reply" in segments
        or bool(names & _SERVICE_PARAMS)
    )


def _sponsored(item: _Item) -> bool:
    return _sponsored_element(item.element) or any(
        s in _SPONSOR_SEGMENTS for s in urlsplit(item.primary).path.lower().split("/")
    )


def _sponsored_element(element: HtmlElement) -> bool:
    """Whether a card says it is paid for: its class, or a short label in it."""
    classes = (element.get("class") or "").lower()
    if re.search(r"(^|[-_ ])(sponsored|paid|promoted|advertorial|partner|native-?ad)", classes):
        return True
    if len(element.text_content()) > 2000:
        return False  # not a card: a label somewhere in it is another card's
    for child in element.iter():
        if not isinstance(child.tag, str) or child.tag == "a":
            continue
        own = " ".join((child.text or "").split())
        if own and len(own) <= 60:
            # "Contenu partenaire · Publicité": any part of a label may say it
            parts = re.split(r"\s*[·•|–—:]\s*", own)
            if any(_SPONSOR_LABEL_RE.match(part.strip(" -")) for part in parts if part):
                return True
    return False


def _context(element: HtmlElement | None) -> str:
    """The page chrome an element sits in: a hard one (nav, footer, aside, form, the
    site's header) or a soft one (a class or id that says so); "" in the content."""
    soft = ""
    in_content = False
    while element is not None and element.tag not in ("body", "html"):
        tag = str(element.tag)
        role = (element.get("role") or "").lower()
        if tag in ("main", "article") or role == "main":
            in_content = True
        if tag in _HARD_CHROME_TAGS or role in _HARD_CHROME_ROLES:
            return role or tag
        if tag == "header" and not in_content:
            return "header"
        tokens = [*(element.get("class") or "").split(), element.get("id") or ""]
        if not soft:
            for token in tokens:
                if token and _soft_chrome(token):
                    soft = "class " + token
                    break
        element = element.getparent()
    return soft


def _in_prose(anchor: HtmlElement) -> str:
    """ "prose" for a link inside running text (a paragraph of a post shown in full on a
    blog's home page), which points at what the writer cites, not at the listing."""
    for ancestor in anchor.iterancestors("p", "blockquote"):
        text = len(" ".join(ancestor.text_content().split()))
        if text - len(anchor.text_content()) > 40:
            return "label prose"
        break
    return ""


def _own_chrome(element: HtmlElement) -> str:
    """The chrome an item's own tag, role, class or id names, or the lead-in words of
    an inline teaser ("Read also:", "Lire aussi"); "" if none."""
    if element.tag in _HARD_CHROME_TAGS or (element.get("role") or "") in _HARD_CHROME_ROLES:
        return str(element.get("role") or element.tag)
    for token in [*(element.get("class") or "").split(), element.get("id") or ""]:
        if token and _soft_chrome(token):
            return f"class {token}"
    lead = " ".join(str(element.text or "").split())
    if not lead and len(element) and element[0].tag != "a":
        lead = " ".join(element[0].text_content().split())
    lead = lead.strip(" :|·-–—»›>")
    if lead and len(lead) <= 40 and _RAIL_LABEL_RE.match(lead):
        return "label " + lead
    return ""


def _in_main(element: HtmlElement | None) -> bool:
    while element is not None:
        if element.tag == "main" or (element.get("role") or "").lower() == "main":
            return True
        element = element.getparent()
    return False


def _label_of(container: HtmlElement | None, item_tag: str) -> str:
    """The heading just above a block: at the top of its container (not an item's own),
    or before it, up to three levels out."""
    if container is None:
        return ""
    if len(container) and container[0].tag != item_tag:
        heading = _heading_in(container[0])
        if heading:
            return heading
    element: HtmlElement | None = container
    for _ in range(3):
        if element is None:
            return ""
        peers = element.tag  # a sibling like it is another item, not its heading
        for candidate in [e for e in element.itersiblings(preceding=True) if e.tag != peers][:2]:
            heading = _heading_in(candidate)
            if heading:
                return heading
        element = element.getparent()
    return ""


def _heading_in(element: HtmlElement) -> str:
    if not isinstance(element.tag, str):
        return ""
    if element.tag in _HEADINGS:
        return " ".join(element.text_content().split())[:80]
    heading = next(element.iter(*_HEADINGS), None)
    if heading is not None and len(element.text_content()) < 120:
        return " ".join(heading.text_content().split())[:80]
    return ""


# Deciding over the pages of a pass ------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """Why one link was taken or not."""

    url: str
    taken: bool
    reason: str
    page: str


@dataclass
class Listing:
    """A block taken as (part of) the listing, on one or more pages."""

    number: int
    key: str
    pages: list[str]
    urls: list[str]
    label: str


@dataclass(frozen=True)
class Decision:
    articles: tuple[str, ...]
    verdicts: tuple[Verdict, ...]
    listings: tuple[Listing, ...]
    templates: tuple[urlshape.Template, ...]

    @classmethod
    def empty(cls) -> Decision:
        return cls((), (), (), ())


def decide(
    pages: Sequence[Page], source: Source, learned: Sequence[urlshape.Template] = ()
) -> Decision:
    """The columns among the links of a source's listing pages, with the reasons."""
    distinct = _distinct(pages)
    verdicts: dict[str, Verdict] = {}
    taken: dict[str, None] = {}
    listings: dict[str, Listing] = {}

    def listed(block: Block, page: Page, urls: Iterable[str]) -> str:
        """Record the block as a listing; the reason its links are taken."""
        entry = listings.get(block.key)
        if entry is None:
            entry = listings[block.key] = Listing(len(listings) + 1, block.key, [], [], "")
        entry.pages.append(page.url)
        entry.urls.extend(urls)
        entry.label = entry.label or block.label
        return f"in listing block {entry.number}"

    def take(url: str, reason: str, page: Page) -> None:
        if url not in taken:
            taken[url] = None
            verdicts[url] = Verdict(url, True, reason, page.url)

    def reject(url: str, reason: str, page: Page) -> None:
        if url not in verdicts:
            verdicts[url] = Verdict(url, False, reason, page.url)

    if source.link_selector:
        for page in pages:
            for url in page.selected or ():
                take(url, "matches link_selector", page)
            for link in page.links:
                reject(link.url, "not matched by link_selector", page)
        return _finish(pages, taken, verdicts, [], ())

    stable = _stable_blocks(distinct)
    stable_loose = _stable_loose(distinct)
    scores = {id(b): _block_score(b, page, learned) for page in distinct for b in page.blocks}
    main_key = _main_key(distinct, stable, scores)
    # Several containers may share the listing's key (a list per month, rows of a grid;
    # or a news list in the same component): the best one on each page gives the URL
    # template, and those alike that fit it are the listing too.
    best: dict[str, Block | None] = {}
    for page in distinct:
        alike = [b for b in page.blocks if b.key == main_key and id(b) not in stable]
        best[page.url] = max(alike, key=lambda b: scores[id(b)], default=None)
        if best[page.url] is None:
            best[page.url] = _best_block(page, stable, scores)
    main_urls = [u for b in best.values() if b is not None for u in b.urls]
    templates = tuple(urlshape.learn(main_urls, min_examples=2)) + tuple(learned)
    for page in pages:
        for url in page.item_list:
            take(url, "in the page's ItemList", page)
    for page in distinct:
        sponsored = {link.url for link in page.links if link.sponsored}
        main = best[page.url]
        chosen = [main] if main is not None else []
        chosen += [
            b
            for b in page.blocks
            if main is not None
            and b is not main
            and b.key == main.key
            and id(b) not in stable
            and _fit(b.urls, templates) >= 0.6
        ]
        for block in chosen:
            reason = listed(block, page, block.urls)
            for url in block.urls:
                if url not in sponsored:
                    take(url, reason, page)
        # Where the listing is in the page's <main>, nothing outside it is of its kind.
        outside = main is not None and main.in_main
        # A class on the way up that the listing shares (Blogger's whole column of posts
        # is a "widget") says nothing about what is beside it.
        region = main.context if main is not None else ""
        # A page of one writer's columns: a block by several other writers is theirs.
        writers = set(main.people) - {page.url} if main is not None else set()
        inner = {b.ident for b in chosen}
        for block in page.blocks:
            if block in chosen or id(block) in stable or block.context not in ("", region):
                continue
            if block.inside in inner:
                continue  # a list inside the listing's cards ("related posts") is theirs
            if outside and not block.in_main:
                continue
            if len(writers) <= 1 and len(set(block.people) - writers - {page.url}) >= 2:
                continue
            fitting = [u for u in block.urls if urlshape.matches_any(u, templates)]
            if (
                len(block.urls) >= 2
                and len(fitting) >= 0.6 * len(block.urls)
                and block.headline >= MIN_HEADLINE
            ):
                reason = listed(block, page, fitting)
                for url in fitting:
                    if url not in sponsored:
                        take(url, reason, page)
        stable_idents = {b.ident for b in page.blocks if id(b) in stable}
        # A lone link may be a lead column styled apart; a block of several links of the
        # listing's shape is judged as a block (above).
        # So is a lone link of the listing's shape above the listing in a block of mixed
        # links (the lead among a layout's parts).
        small = {b.ident for b in page.blocks if len(b.urls) < 3}
        mixed = {b.ident for b in page.blocks if _fit(b.urls, templates) < 0.6}
        top = main.position if main is not None else 0
        in_cards = {b.ident for b in page.blocks if b.inside in inner}
        for link in page.links:
            if link.url in taken:
                continue
            if link.sponsored or link.url in sponsored:
                reject(link.url, "sponsored", page)
            elif link.block in stable_idents or (page.url, link.url) in stable_loose:
                reject(link.url, "page chrome: the same links on other listing pages", page)
            elif link.context and not link.context.startswith(_SOFT):
                reject(link.url, f"in the site's {link.context}", page)
            elif not link.primary:
                reject(link.url, "an author, tag or comments link of a listed item", page)
            elif link.block in in_cards:
                reject(link.url, "in a list inside the listing's items (related links)", page)
            elif (
                link.context in ("", region)
                and (link.in_main or not outside)
                and (
                    link.block == ""
                    or link.block in small
                    or (link.block in mixed and link.position < top)
                )
                and headline_score(link.text) >= 0.8
                and urlshape.matches_any(link.url, [t for t in templates if _specific(t)])
                and not _one_word_root(link.url)
                and not _listing_url(link.url)
            ):
                take(link.url, "of the listing's kind (URL shape and headline)", page)
            elif link.context:
                reject(link.url, f"outside the listing ({link.context})", page)
            else:
                reject(link.url, "outside the listing", page)
    return _finish(pages, taken, verdicts, list(listings.values()), templates)


def _finish(
    pages: Sequence[Page],
    taken: dict[str, None],
    verdicts: dict[str, Verdict],
    listings: list[Listing],
    templates: tuple[urlshape.Template, ...],
) -> Decision:
    for page in pages:
        for url in page.out_of_scope:
            if url not in verdicts:
                verdicts[url] = Verdict(url, False, "out of scope", page.url)
    # A column taken with and without a query (a newsletter's link, a gift link) is the
    # same column: the bare URL stands.
    variants: dict[str, int] = {}
    for url in taken:
        bare = urlunsplit(urlsplit(url)._replace(query=""))
        variants[bare] = variants.get(bare, 0) + (bare != url)
    for url in list(taken):
        bare = urlunsplit(urlsplit(url)._replace(query=""))
        # (Several columns under one bare path are told apart by their query: ?id=4512.)
        if bare != url and bare in taken and variants[bare] == 1:
            del taken[url]
            where = verdicts[url].page
            verdicts[url] = Verdict(url, False, f"the same column as {bare}", where)
    return Decision(tuple(taken), tuple(verdicts.values()), tuple(listings), templates)


def _specific(template: urlshape.Template) -> bool:
    """A template that can admit a lone link: two parts or more, or one that is a slug or
    an id (`/{slug}` of `/the-four-day-week-733ff287f80c`), not any one word at the root
    (`/about/`, `/archive/`)."""
    return len(template.parts) > 1 or "word" not in template.parts[0]


def _one_word_root(url: str) -> bool:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return len(segments) == 1 and urlshape.segment_kind(segments[0]) == "word"


def _fit(urls: Sequence[str], templates: Sequence[urlshape.Template]) -> float:
    """The share of `urls` that fit one of the templates."""
    return sum(urlshape.matches_any(u, templates) for u in urls) / max(len(urls), 1)


def _distinct(pages: Sequence[Page]) -> list[Page]:
    """The pages, less any that repeat an earlier one (a pager that served page 1 again)."""
    out: list[Page] = []
    seen: list[set[str]] = []
    for page in pages:
        urls = {link.url for link in page.links}
        if any(_overlap(urls, other) >= 0.9 for other in seen):
            continue
        out.append(page)
        seen.append(urls)
    return out


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a | b), 1)


def _stable_blocks(pages: Sequence[Page]) -> set[int]:
    """The blocks (by id) that repeat their links on another of the pages: page chrome.
    A block of several links is chrome when most of them are in one block of another
    page, wherever it sits there; a block of one link, when the same place holds the
    same link on another page (a promo in the header). A column that is also in a rail
    (the newest one in a "top picks" strip) is not chrome where it is listed."""
    stable: set[int] = set()
    for page in pages:
        others = [b for other in pages if other is not page for b in other.blocks]
        for block in page.blocks:
            mine = set(block.urls)
            if len(mine) == 1:
                if any(b.key == block.key and mine <= set(b.urls) for b in others):
                    stable.add(id(block))
                continue
            need = max(2, int(0.6 * len(mine) + 0.999))
            if any(len(mine & set(b.urls)) >= need for b in others):
                stable.add(id(block))
    return stable


def _stable_loose(pages: Sequence[Page]) -> set[tuple[str, str]]:
    """(page, URL) of the lone links that are lone links on another page too."""
    loose = {page.url: {link.url for link in page.links if not link.block} for page in pages}
    return {
        (page.url, url)
        for page in pages
        for url in loose[page.url]
        if any(url in urls for other, urls in loose.items() if other != page.url)
    }


def _block_score(block: Block, page: Page, learned: Sequence[urlshape.Template]) -> float:
    if len(block.urls) < 2 or block.hard_chrome:
        return 0.0
    articles = sum(looks_like_article(u) for u in block.urls) / len(block.urls)
    # Headlines make a listing; short link texts ("Column 12", a date) do too when
    # nearly every link reads as an article by its URL.
    if block.headline < MIN_HEADLINE and articles < 0.8:
        return 0.0
    score = len(block.urls) * (max(block.headline, 0.2) + 0.3 * block.rich)
    score *= 0.5 + 0.5 * articles
    score *= 1.0 - 0.8 * sum(_listing_url(u) for u in block.urls) / len(block.urls)
    score *= 1.0 + 0.5 * _family_share(block.urls, page.url)
    if block.context:
        score *= 0.4
    if block.in_main:
        score *= 1.3
    if learned and sum(urlshape.matches_any(u, learned) for u in block.urls) * 2 > len(block.urls):
        score *= 2.0
    return score


def _family_share(urls: Iterable[str], page_url: str) -> float:
    """The share of links under the listing's first path word or naming its last."""
    words = [w for w in urlsplit(page_url).path.lower().split("/") if w]
    if not words:
        return 0.0
    urls = list(urls)
    first, last = words[0], words[-1]
    hits = 0
    for url in urls:
        path = urlsplit(url).path.lower()
        segments = [s for s in path.split("/") if s]
        hits += bool(segments) and (segments[0] == first or (len(last) > 3 and last in path))
    return hits / max(len(urls), 1)


def _best_block(page: Page, stable: set[int], scores: dict[int, float]) -> Block | None:
    scored = [(scores[id(b)], n, b) for n, b in enumerate(page.blocks) if id(b) not in stable]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: (s[0], -s[1]))[2] if scored else None


def _main_key(pages: Sequence[Page], stable: set[int], scores: dict[int, float]) -> str | None:
    """The key of the listing's block: the best-scoring over all the pages, each page
    counting its best container of a key (not the sum of many small ones: a "related
    posts" list under every post of a blog is not the listing)."""
    totals: dict[str, float] = {}
    for page in pages:
        best: dict[str, float] = {}
        for block in page.blocks:
            if id(block) not in stable:
                best[block.key] = max(best.get(block.key, 0.0), scores[id(block)])
        for key, score in best.items():
            totals[key] = totals.get(key, 0.0) + score
    found = max(totals.items(), key=lambda kv: kv[1], default=(None, 0.0))
    return found[0] if found[1] > 0 else None
