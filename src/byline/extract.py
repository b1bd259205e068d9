"""HTML to `Article`: the source's exclude selectors, then trafilatura.

Runs in worker processes (see pipeline), so everything here is a plain
function of picklable arguments. The page is parsed once with lxml and the
same tree goes to trafilatura.
"""

from __future__ import annotations

import json
import re
import unicodedata
from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import lxml.html
import trafilatura
from lxml.etree import ParserError

from .models import Article

if TYPE_CHECKING:
    from .boilerplate import Cleaning

EXTRACTOR = f"trafilatura {trafilatura.__version__}"
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """An lxml tree of the page, or None when there is nothing to parse. Control
    characters, which lxml refuses in any text it is given later, are dropped."""
    html = _CONTROL_RE.sub("", _XML_DECLARATION_RE.sub("", html, count=1))
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def remove_selectors(tree: lxml.html.HtmlElement, selectors: tuple[str, ...]) -> int:
    """Drop every element matching one of the CSS selectors; returns how many went."""
    removed = 0
    for selector in selectors:
        for element in tree.cssselect(selector):
            if element.getparent() is not None:
                element.drop_tree()
                removed += 1
    return removed


def extract_article(html: str, url: str, exclude: tuple[str, ...] = ()) -> Article | None:
    """The column's text and metadata, or None when the page holds no article text."""
    tree = parse_html(html)
    if tree is None:
        return None
    remove_selectors(tree, exclude)
    return _extract(tree, url, _summary(tree))


def _extract(
    tree: lxml.html.HtmlElement, url: str, summary: str | None, precise: bool = False
) -> Article | None:
    """The article of a parsed page; `summary` is the page's description of itself."""
    language = _page_language(tree)
    declared = _declared_dates(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=precise,
    )
    if not isinstance(document, trafilatura.settings.Document) or not (document.text or "").strip():
        return None
    title = _clean(document.title)
    day = _stated(_clean(document.date), declared)
    return Article(
        text=_paragraphs(document.text or "", title, _clean(document.author), day),
        title=title,
        author=_clean(document.author),
        date=day,
        language=_clean(document.language) or language,
        sitename=_clean(document.sitename),
        canonical_url=_clean(document.url),
        extractor=EXTRACTOR,
        summary=summary,
    )


def _paragraphs(text: str, title: str | None, author: str | None, date: str | None) -> str:
    """One blank line between paragraphs; the headline and dateline above the body dropped.

    Templates that wrap the whole story put the headline and a line such as
    "Ada Quill The Ledger Published: 2024-05-14 08:30" before the first paragraph.
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    while len(lines) > 1 and _is_dateline(lines[0], author, date):
        lines = lines[1:]
    return "\n\n".join(lines)


_DATELINE_RE = re.compile(
    r"^(by\s)|\b(published|updated|posted)\b\s*:?|\b(19|20)\d\d-\d\d-\d\d\b", re.I
)


def _is_dateline(line: str, author: str | None, date: str | None) -> bool:
    """A short line naming the author or the date, not a sentence of the column."""
    if len(line) > 120 or line.endswith((".", "?", "!", '"', "\u201d")):
        return False
    names_author = author is not None and author.casefold() in line.casefold()
    return names_author or bool(date and date in line) or bool(_DATELINE_RE.search(line))


_ISO_DAY_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_JSON_LD_DATE_RE = re.compile(r'"date(?:Published|Created|Modified)"\s*:\s*"([^"]{8,40})"')
_DATE_XPATH = (
    "//meta[contains(@property, 'published_time') or contains(@property, 'modified_time')"
    " or @itemprop='datePublished' or @itemprop='dateModified' or @name='date'"
    " or @name='pubdate' or @name='publish-date' or @name='article:published_time']/@content"
    " | //time/@datetime | //*[@itemprop='datePublished']/@datetime"
)


def _declared_dates(tree: lxml.html.HtmlElement) -> list[str]:
    """The dates the page declares in its metadata, as written."""
    found = [str(value) for value in tree.xpath(_DATE_XPATH)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        found += _JSON_LD_DATE_RE.findall(str(script))
    return found


def _stated(extracted: str | None, declared: list[str]) -> str | None:
    """The extracted date, unless the extractor repaired an impossible one: where the page
    declares only dates that cannot exist (2024-13-45, 2024-02-30), the extractor
    returns a day it made up (2024-01-01, 2024-02-01). No date is better than an
    invented one (the record is then filed by its fetch date)."""
    if extracted is None:
        return None
    impossible = False
    for value in declared:
        match = _ISO_DAY_RE.match(value)
        if not match:
            continue
        try:
            date(*(int(part) for part in match.groups()))
        except ValueError:
            impossible = True
            continue
        if value.strip().startswith(extracted[:10]):
            return extracted  # a real date the page states
    return None if impossible else extracted


def _page_language(tree: lxml.html.HtmlElement) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath(
            "//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content"
        ),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ):
        if value and value.strip():
            return str(value).strip().replace("_", "-")
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


_WORDS_RE = re.compile(r"\W+")


def _name_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in _WORDS_RE.split(plain) if w]


def same_author(columnist: str, author: str) -> bool:
    """Whether an article's author metadata names the columnist: every word of the
    columnist's name among the author's words ("By Jane Doe, columnist", "Jane Doe and
    John Smith"), accents and case aside, an initial standing for a first name."""
    wanted = _name_words(columnist)
    found = _name_words(author)
    if not wanted or not found:
        return True  # nothing to compare: not a reason to skip
    if all(w in found for w in wanted):
        return True
    # "J. Doe" for "Jane Doe": the last name, and the first name's initial.
    return wanted[-1] in found and any(f == wanted[0][0] for f in found[: found.index(wanted[-1])])


def extract_cleaned(
    html: str, url: str, exclude: tuple[str, ...], cleaning: Cleaning
) -> Article | None:
    """The article with the host's learned boilerplate removed, all in the worker: the
    main process only learns from the text and stores it.

    The learned blocks go from the parsed page before extraction, so the extractor
    chooses among what is left: a short column beside a long block of bios is found,
    not the bios. Where nothing of a column remains (a page of bios alone), the
    extractor gathers the page's chrome instead (the dateline, share buttons, names of
    links run together): a text that does not read as prose (`_prose`) is extracted
    again favouring precision, and when that finds nothing, the page is extracted whole
    and cleaned after, as before, its text kept only if some of it is prose. A text
    that is then empty is the store's to refuse."""
    tree = parse_html(html)
    if tree is None:
        return None
    remove_selectors(tree, exclude)
    summary = _summary(tree)
    stripped = cleaning.strip(tree, summary) if cleaning.learned else []
    article = _extract(tree, url, summary)
    whole = False
    if stripped and (article is None or not _prose(article.text, cleaning.min_length, 2)):
        # Nothing of a column left, it seems, but the page's chrome: extract again,
        # precisely; failing that, the whole page, cleaned after.
        article = _extract(tree, url, summary, precise=True)
        if article is None:
            stripped, whole = [], True
            article = extract_article(html, url, exclude)
    if article is None:
        return None
    cleaned = cleaning.apply(article.text, article.summary)
    if whole and not _prose(cleaned, cleaning.min_length, 1):
        cleaned = ""  # what is left of the page beside its boilerplate is chrome
    return replace(
        article, cleaned=cleaned, cleaned_at=cleaning.generation, stripped=tuple(stripped)
    )


_SENTENCE_END = tuple(".!?\"'\u201d\u2019)\u3002\uff01\uff1f\u061f\u0964\u2026")


def _prose(text: str, min_length: int, paragraphs: int) -> bool:
    """Whether a text reads as prose: that many paragraphs at least `min_length` long
    that end as sentences do. Chrome that the extractor gathers comes out as a run of
    link names, buttons and datelines. (A short column of one paragraph, asked for two,
    is extracted again: that costs a little time and finds it.)"""
    ends = [len(b) >= min_length and b.endswith(_SENTENCE_END) for b in text.split("\n\n")]
    return sum(ends) >= paragraphs


_SUMMARY_XPATH = (
    "//meta[@property='og:description' or @name='description'"
    " or @name='twitter:description']/@content"
)


_JSON_LD_SUMMARY_RE = re.compile(r'"description"\s*:\s*("(?:[^"\\]|\\.)*")')


def _summary(tree: lxml.html.HtmlElement) -> str | None:
    """The page's own description of itself, from its meta tags or its JSON-LD."""
    found = [str(value) for value in tree.xpath(_SUMMARY_XPATH)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        for quoted in _JSON_LD_SUMMARY_RE.findall(str(script)):
            with suppress(ValueError):
                found.append(json.loads(quoted))
    return next((" ".join(v.split()) for v in found if v.strip()), None)


def page_summary(html: str) -> str | None:
    """The meta description of a page given as text."""
    tree = parse_html(html)
    return _summary(tree) if tree is not None else None
