"""HTML to `Article`: the source's exclude selectors, then trafilatura.

Runs in worker processes (see pipeline), so everything here is a plain
function of picklable arguments. The page is parsed once with lxml and the
same tree goes to trafilatura.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import lxml.html
import trafilatura
from lxml.etree import ParserError

from .models import Article

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
    language = _page_language(tree)
    remove_selectors(tree, exclude)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
    )
    if not isinstance(document, trafilatura.settings.Document) or not (document.text or "").strip():
        return None
    title = _clean(document.title)
    return Article(
        text=_paragraphs(
            document.text or "", title, _clean(document.author), _clean(document.date)
        ),
        title=title,
        author=_clean(document.author),
        date=_clean(document.date),
        language=_clean(document.language) or language,
        sitename=_clean(document.sitename),
        canonical_url=_clean(document.url),
        extractor=EXTRACTOR,
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


# Learned boilerplate ------------------------------------------------------------------
#
# A block is one paragraph of the extracted text. Its fingerprint is a hash of its
# normalised words, so the same bio with other spacing or punctuation is one block.
# The index counts on how many distinct articles of a host each block was seen; the
# pipeline removes the blocks seen on enough of them.

_WORDS_RE = re.compile(r"\W+")


def fingerprint(block: str) -> str:
    """A short, stable key of a paragraph's words (case and punctuation ignored)."""
    words = _WORDS_RE.sub(" ", block.casefold()).strip()
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]


def blocks(text: str) -> list[str]:
    """The paragraphs of an extracted text."""
    return [b for b in text.split("\n\n") if b.strip()]


def clean_text(
    text: str,
    boilerplate: dict[str, str],
    min_length: int,
    keep: tuple[str, ...] = (),
    drop: tuple[str, ...] = (),
) -> str:
    """The text without its boilerplate blocks.

    `boilerplate` maps learned fingerprints to their text. A block goes when its
    fingerprint is learned boilerplate and it is at least `min_length` characters
    long, or when it is a shorter learned block (a heading such as "Columnists")
    next to one that goes. Where the extractor ran boilerplate into the end of a
    paragraph of the column, the learned text is cut out of that paragraph. A block
    matching a `drop` pattern always goes, one matching a `keep` pattern stays.
    """
    parts = [_cut_learned(b, boilerplate, min_length) for b in blocks(text)]
    parts = [b for b in parts if b]
    learned = [fingerprint(b) in boilerplate for b in parts]
    gone = [
        is_learned and len(b) >= min_length for b, is_learned in zip(parts, learned, strict=True)
    ]
    changed = True
    while changed:  # short learned blocks go with the run of boilerplate they belong to
        changed = False
        for i, is_learned in enumerate(learned):
            near = (i > 0 and gone[i - 1]) or (i + 1 < len(parts) and gone[i + 1])
            if is_learned and not gone[i] and near:
                gone[i] = changed = True
    kept = []
    for block, goes in zip(parts, gone, strict=True):
        pinned = any(re.search(p, block) for p in keep)
        dropped = goes or any(re.search(p, block) for p in drop)
        if pinned or not dropped:
            kept.append(block)
    return "\n\n".join(kept)


def _cut_learned(block: str, boilerplate: dict[str, str], min_length: int) -> str:
    """A paragraph without the learned boilerplate the extractor ran into it."""
    if fingerprint(block) in boilerplate:
        return block
    long = [t for t in boilerplate.values() if len(t) >= min_length and t in block]
    if not long:
        return block
    for learned in long:
        block = block.replace(learned, " ")
    block = " ".join(block.split())
    short = sorted((t for t in boilerplate.values() if len(t) < min_length), key=len)
    trimmed = True
    while trimmed:  # a heading left behind at either end ("... Columnists")
        trimmed = False
        for learned in reversed(short):
            if block.endswith(" " + learned):
                block, trimmed = block[: -len(learned)].rstrip(), True
            elif block.startswith(learned + " "):
                block, trimmed = block[len(learned) :].lstrip(), True
    return block


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
