"""The next page of a listing.

Candidates, best first: a `rel="next"` link; the page after the current one
in a numbered pager; a link labelled next/older/more (in its text, its
`aria-label` or `title`, in several languages, or an arrow alone); a link to
the same listing with its page number or offset one step on. Whatever the
signal, a candidate is taken only if it is a page of the same listing: the
same path once the page token (`?page=N`, `/page/N/`, `/N/`, `index_N.html`,
`?offset=N`, ...) is set aside. A "More" link in the site's menu points
elsewhere and is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml.html import HtmlElement

# Query parameters that number or offset the pages of a listing.
PAGE_PARAMS = frozenset(
    "page p pg paged pagenum pageno page_no pagina seite side sida strana offset start from "
    "skip before after cursor since_id max_id next updated-max updated-min max-results "
    "older_than until limitstart".split()
)
OFFSET_PARAMS = frozenset("offset start from skip limitstart".split())
_PATH_PAGE_RES = (
    re.compile(r"/(?:page|pages|p|pagina|seite|side|sida|strona)[/-]?(\d{1,4})/?$", re.I),
    re.compile(r"/(?:index|list|archive)?_(\d{1,4})\.s?html?$", re.I),
    re.compile(r"/page-(\d{1,4})/?$", re.I),
    re.compile(r"/(\d{1,3})/?$"),
)
_NEXT_WORDS = {
    # English
    "next",
    "next page",
    "older",
    "older posts",
    "older entries",
    "older articles",
    "older stories",
    "older columns",
    "more",
    "more columns",
    "more articles",
    "more stories",
    "more posts",
    "more entries",
    "more results",
    "show more",
    "load more",
    "see more",
    "view more",
    "load more articles",
    "load more stories",
    "show more articles",
    "show more stories",
    "earlier",
    "previous posts",
    "next posts",
    # French
    "suivant",
    "suivante",
    "page suivante",
    "plus",
    "voir plus",
    "afficher plus",
    "charger plus",
    "plus d'articles",
    "articles plus anciens",
    # German
    "weiter",
    "nächste",
    "nächste seite",
    "mehr",
    "mehr laden",
    "mehr anzeigen",
    "weitere artikel",
    "weitere artikel laden",
    "ältere artikel",
    "ältere beiträge",
    # Spanish, Portuguese, Italian
    "siguiente",
    "página siguiente",
    "más",
    "ver más",
    "cargar más",
    "entradas anteriores",
    "próxima",
    "próximo",
    "próxima página",
    "mais",
    "ver mais",
    "carregar mais",
    "successivo",
    "successiva",
    "pagina successiva",
    "avanti",
    "altri",
    "carica altri",
    "mostra altri",
    # Dutch, Nordic, Polish, Turkish, Russian
    "volgende",
    "meer",
    "meer laden",
    "oudere berichten",
    "nästa",
    "neste",
    "næste",
    "äldre",
    "eldre",
    "ældre",
    "visa fler",
    "vis flere",
    "last flere",
    "flere",
    "następna",
    "następna strona",
    "dalej",
    "więcej",
    "sonraki",
    "daha fazla",
    "следующая",
    "далее",
    "ещё",
    "еще",
    "показать ещё",
    # Chinese, Japanese, Korean, Arabic
    "下一页",
    "下页",
    "下一頁",
    "更多",
    "加载更多",
    "次へ",
    "次のページ",
    "もっと見る",
    "다음",
    "더보기",
    "التالي",
    "المزيد",
}
_ARROWS = "»›→>⟩▶❯⇒≫〉▸►"
_STRIP = _ARROWS + "«‹←<⟨◀❮⇐≪〈◂◄ \t\n…."
_CURRENT_CLASSES = re.compile(r"(^|[-_ ])(current|active|selected|is-active|on)([-_ ]|$)", re.I)
_NEXT_CLASS = re.compile(r"(^|[-_ ])next([-_ ]|$)", re.I)
_DISABLED = re.compile(r"(^|[-_ ])(disabled|is-disabled|inactive)([-_ ]|$)", re.I)


def page_number(url: str) -> tuple[str, int]:
    """(the listing's family key, the page number or offset in the URL: 0 where there is
    none, -1 for a cursor)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    number = 0
    for pattern in _PATH_PAGE_RES:
        match = pattern.search(path)
        if match:
            number = int(match.group(1))
            path = path[: match.start()] + "/"
            break
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in PAGE_PARAMS:
            if _whole(value):
                number = max(number, int(value))
            elif value and not number:
                number = -1  # a cursor: a page, not the first
        else:
            query.append((key, value))
    path = re.sub(r"/(index|default)\.s?html?$", "/", path, flags=re.I)
    path = path.rstrip("/") or "/"
    key = urlunsplit((parts.scheme, parts.netloc.lower(), path, urlencode(sorted(query)), ""))
    return key, number


def is_page_of(url: str, page_url: str) -> bool:
    """Whether `url` is a page of the listing at `page_url` by its page number or offset
    (`?page=3`, `/page/2/`, `?limitstart=0`): a pager's link, not an article."""
    if not same_listing(url, page_url):
        return False
    number = page_number(url)[1]
    explicit = any(key.lower() in PAGE_PARAMS for key, _ in parse_qsl(urlsplit(url).query))
    return 0 < number <= 500 or number == -1 or explicit


def same_listing(url: str, page_url: str) -> bool:
    """Whether `url` is another page of the listing at `page_url`: the same once the page
    number is set aside, the page number in a known parameter or path, or in one
    parameter of any name that alone tells the two apart (`?str=2`)."""
    if url == page_url:
        return False
    if page_number(url)[0] == page_number(page_url)[0]:
        return True
    return _numbered_variant(url, page_url) is not None


def _numbered_variant(url: str, page_url: str) -> int | None:
    """The number in the one query parameter that alone sets `url` apart from
    `page_url`, if it is a page number (1 to 500)."""
    a, b = urlsplit(url), urlsplit(page_url)
    if (a.netloc.lower(), a.path.rstrip("/")) != (b.netloc.lower(), b.path.rstrip("/")):
        return None
    mine = dict(parse_qsl(a.query, keep_blank_values=True))
    theirs = dict(parse_qsl(b.query, keep_blank_values=True))
    differ = {k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
    if len(differ) != 1:
        return None
    value = mine.get(differ.pop(), "")
    return int(value) if _whole(value) and 1 <= int(value) <= 500 else None


@dataclass(frozen=True)
class _Candidate:
    url: str
    rank: int  # lower is better
    number: int  # the page number or offset it leads to (0 when unknown)


def find_next(
    doc: HtmlElement,
    page_url: str,
    resolve: Callable[[str], str | None],
    in_scope: Callable[[str], bool],
) -> str | None:
    """The URL of the page after `page_url`, or None on the last page."""
    here = page_number(page_url)[1]
    candidates: list[_Candidate] = []

    def add(href: str | None, rank: int, elsewhere: bool = False) -> None:
        url = resolve(href or "")
        if not url or not in_scope(url) or url == page_url:
            return
        # Another path is taken only from a link that plainly says "next" or "older" and
        # pages by its query (Blogger's /search?updated-max=...): never a menu's "More".
        if same_listing(url, page_url) or (elsewhere and _pages_by_query(url)):
            number = page_number(url)[1]
            if number == 0 or number > here or number == -1:
                candidates.append(_Candidate(url, rank, number))

    for tag in doc.iter("link", "a"):
        if "next" in (tag.get("rel") or "").lower().split() and not _disabled(tag):
            add(tag.get("href"), 0)
    anchors = [a for a in doc.iter("a") if a.get("href") and not _disabled(a)]
    numbered = _numbered_next(anchors, here)
    if numbered is not None:
        add(numbered.get("href"), 1)
    for anchor in anchors:
        if _says_next(anchor):
            add(anchor.get("href"), 2, elsewhere=_says_plainly_next(anchor))
    for anchor in anchors:
        add(anchor.get("href"), 3)  # any page of the listing after this one
    if not candidates:
        return None
    best_rank = min(c.rank for c in candidates)
    best = [c for c in candidates if c.rank == best_rank]
    if best_rank == 3:
        # A bare link to a later page is taken only if it is the very next one: page
        # 2 of page 1, or the nearest offset.
        offsets = [c for c in best if _is_offset(c.url) and c.number > here]
        wanted = max(here, 1) + 1
        best = [c for c in best if c.number == wanted and not _is_offset(c.url)] or offsets
        if not best:
            return None
    # Several "next" links: the nearest page after this one.
    best.sort(key=lambda c: (c.number <= 0, c.number))
    return best[0].url


def _is_offset(url: str) -> bool:
    return any(key.lower() in OFFSET_PARAMS for key, _ in parse_qsl(urlsplit(url).query))


def _label(anchor: HtmlElement) -> list[str]:
    text = " ".join(anchor.text_content().split())
    labels = [text, anchor.get("aria-label") or "", anchor.get("title") or ""]
    return [" ".join(label.strip(_STRIP).lower().split()) for label in labels]


def _says_next(anchor: HtmlElement) -> bool:
    labels = _label(anchor)
    if any(label in _NEXT_WORDS for label in labels):
        return True
    text = " ".join(anchor.text_content().split())
    if text and all(c in _ARROWS + " " for c in text):
        return True  # "›" or "»" alone
    classes = anchor.get("class") or ""
    return bool(_NEXT_CLASS.search(classes)) and not labels[0].isdigit()


# Labels that can only mean the next page of a list (not "More", which menus use too).
_PLAIN_NEXT_WORDS = frozenset(
    w
    for w in _NEXT_WORDS
    if w not in {"more", "plus", "mehr", "más", "mais", "meer", "flere", "更多", "المزيد"}
)


def _says_plainly_next(anchor: HtmlElement) -> bool:
    return any(label in _PLAIN_NEXT_WORDS for label in _label(anchor))


def _pages_by_query(url: str) -> bool:
    return any(key.lower() in PAGE_PARAMS for key, _ in parse_qsl(urlsplit(url).query))


def _disabled(tag: HtmlElement) -> bool:
    return tag.get("aria-disabled") == "true" or bool(_DISABLED.search(tag.get("class") or ""))


def _numbered_next(anchors: list[HtmlElement], here: int) -> HtmlElement | None:
    """In a numbered pager, the link to the page after the current one."""
    by_number: dict[int, HtmlElement] = {}
    current = None
    for anchor in anchors:
        text = anchor.text_content().strip()
        if _whole(text) and len(text) <= 4:
            by_number.setdefault(int(text), anchor)
            if anchor.get("aria-current") or _CURRENT_CLASSES.search(
                (anchor.get("class") or "") + " " + (anchor.getparent().get("class") or "")
            ):
                current = int(text)
    if len(by_number) < 2 and current is None:
        return None
    if current is None:
        current = _current_in_pager(anchors, by_number) or max(here, 1)
    return by_number.get(current + 1)


def _current_in_pager(anchors: list[HtmlElement], by_number: dict[int, HtmlElement]) -> int | None:
    """The current page of a pager where it is plain text among the links
    (`<span>2</span>` or `<span aria-current="page">2</span>`)."""
    first = next(iter(by_number.values()))
    pager = first.getparent()
    for _ in range(3):
        if pager is None:
            return None
        for element in pager.iter():
            if element.tag == "a" or not isinstance(element.tag, str):
                continue
            text = (element.text or "").strip()
            if (
                _whole(text)
                and len(element) == 0
                and int(text) not in by_number
                and element.getparent() is not None
                and element.getparent().tag != "a"
            ):
                return int(text)
        pager = pager.getparent()
    return None


def _whole(text: str) -> bool:
    """ASCII digits only: `str.isdigit` also takes "²" and "٣", which int() refuses or reads
    as another script's number."""
    return text.isascii() and text.isdigit()
