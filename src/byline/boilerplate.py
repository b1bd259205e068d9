"""Learned boilerplate: the paragraphs a host repeats on its articles, learned as
articles arrive and cut from their text.

A block is one paragraph of the extracted text. Its fingerprint is a hash of its
normalised words, so the same bio with other spacing or punctuation is one
block. The index counts on how many distinct articles of a host each block was
seen (`index.blocks`); a block seen on `min_articles` of them is boilerplate and
goes from every text of that host, the records already archived included: when
a pass teaches a host something new, its records are cleaned again at the end.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml.html import HtmlElement

from .archive import Archive, sha256
from .errors import DamagedError
from .extract import page_summary
from .fetch import decode_body
from .index import Index
from .models import Article, Record
from .settings import Settings, Source

_WORDS_RE = re.compile(r"\W+")


def fingerprint(block: str) -> str:
    """A short, stable key of a paragraph's words (case and punctuation ignored)."""
    return hashlib.sha1(_words(block).encode("utf-8")).hexdigest()[:16]


def blocks(text: str) -> list[str]:
    """The paragraphs of an extracted text."""
    return [b for b in text.split("\n\n") if b.strip()]


def clean_text(
    text: str,
    boilerplate: dict[str, str],
    min_length: int,
    keep: tuple[str, ...] = (),
    drop: tuple[str, ...] = (),
    summary: str | None = None,
) -> str:
    """The text without its boilerplate blocks.

    `boilerplate` maps learned fingerprints to their text. A block goes when its
    fingerprint is learned boilerplate and it is at least `min_length` characters
    long, or when it is a shorter learned block (a heading such as "Columnists")
    next to one that goes. Where the extractor ran boilerplate into the end of a
    paragraph of the column, the learned text is cut out of that paragraph. A block
    matching a `drop` pattern always goes, one matching a `keep` pattern stays.

    A learned block that is the page's own `summary` (its meta description) and comes
    before the column's first paragraph of its own is the column's standfirst: other
    articles repeat it in their "related stories" teasers, which is how the host learned
    it, but here it is the column's own, and it stays.
    """
    parts = [_cut_learned(b, boilerplate, min_length) for b in blocks(text)]
    parts = [b for b in parts if b]
    learned = [fingerprint(b) in boilerplate for b in parts]
    for i, block in enumerate(parts):
        if not learned[i]:
            break  # the column's own text begins: a standfirst comes before it
        if summarises(summary, block):
            learned[i] = False
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


def _words(text: str) -> str:
    return _WORDS_RE.sub(" ", text.casefold()).strip()


def summarises(summary: str | None, block: str) -> bool:
    """Whether a page's meta description is this paragraph, in full or cut short
    ("The first words of the standfirst…")."""
    if not summary:
        return False
    said, written = _words(summary), _words(block)
    return said == written or (len(said) >= 60 and written.startswith(said))


def strip_learned(
    tree: HtmlElement,
    learned: dict[str, str],
    min_length: int,
    summary: str | None,
    keep: tuple[str, ...] = (),
) -> list[str]:
    """Remove from a parsed page, before extraction, the elements whose text is a learned
    block at least `min_length` long, and the shorter learned ones (a "Columnists"
    heading) beside them, so that the extractor chooses among what is left. The page's
    own summary stays (see `clean_text`), and so does a block matching a `keep`
    pattern. Returns the fingerprints removed."""
    if not learned:
        return []
    longest = max(len(t) for t in learned.values()) * 2 + 100  # spacing, markup aside
    found: dict[HtmlElement, tuple[str, bool]] = {}  # element: fingerprint, long
    for element in tree.iter(*_BLOCK_TAGS):
        text = element.text_content()
        if len(text) > longest or not text.strip():
            continue
        key = fingerprint(text)
        if key not in learned or summarises(summary, text):
            continue
        if not any(re.search(pattern, text) for pattern in keep):
            found[element] = (key, len(" ".join(text.split())) >= min_length)
    gone = {e for e, (_, long) in found.items() if long}
    for element, (_, long) in found.items():
        if not long and (element.getprevious() in gone or element.getnext() in gone):
            gone.add(element)
    removed = []
    for element, (key, _) in found.items():  # in the page's order
        if element in gone and not any(a in gone for a in element.iterancestors()):
            removed.append(key)
            element.drop_tree()
    return removed


_BLOCK_TAGS = (
    "p", "div", "li", "section", "aside", "blockquote", "figcaption", "dd", "dt",
    "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "header", "footer", "span",
)  # fmt: skip


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


def identity(found: dict[str, str], seen: dict[str, int]) -> str:
    """Who an article is, for counting its blocks (fingerprint: text), given on how many
    articles of its host each block was seen so far: its longest block among the least
    seen. Its own paragraphs are the least seen, whether this is its first copy (seen
    nowhere) or a later one (seen on the first copy only); the host's repeated blocks,
    learned or not yet, are seen more. So the same column under five URLs (no shared
    canonical URL, a print copy, tracking variants) is one article, and its own text is
    never counted five times into boilerplate."""
    fewest = min(seen.values())
    return max((f for f in found if seen[f] == fewest), key=lambda f: len(found[f]))


@dataclass(frozen=True)
class Cleaning:
    """What cleaning a text of one host for one source takes, sent with the page to a
    worker: the host's learned boilerplate at `generation`, and the rules."""

    generation: int
    learned: dict[str, str]
    min_length: int
    keep: tuple[str, ...]
    drop: tuple[str, ...]

    def apply(self, text: str, summary: str | None = None) -> str:
        """The text without its boilerplate: empty when nothing else was there."""
        return clean_text(text, self.learned, self.min_length, self.keep, self.drop, summary)

    def strip(self, tree: HtmlElement, summary: str | None) -> list[str]:
        """`strip_learned` with the host's learned set, on a page about to be extracted."""
        return strip_learned(tree, self.learned, self.min_length, summary, self.keep)


class Boilerplate:
    """Learning and cleaning against one index; re-cleaning rewrites the archive's files.

    Each host's learned set is kept in memory, read again only when the index says it
    may have changed (its generation moved: here, or in another process)."""

    def __init__(self, index: Index, archive: Archive) -> None:
        self.index = index
        self.archive = archive
        self._cache: dict[tuple[str, int], tuple[int, dict[str, str]]] = {}

    def learned(self, host: str, min_articles: int) -> dict[str, str]:
        """Fingerprint: text of the host's boilerplate, as learned so far."""
        return self._current(host, min_articles)[1]

    def _current(self, host: str, min_articles: int) -> tuple[int, dict[str, str]]:
        """The host's generation and its learned set, read again only when it moved."""
        generation = self.index.blocks.generation(host)
        cached = self._cache.get((host, min_articles))
        if cached is None or cached[0] != generation:
            cached = (generation, self.index.blocks.boilerplate(host, min_articles))
            self._cache[(host, min_articles)] = cached
        return cached

    def cleaning(self, host: str, source: Source, settings: Settings) -> Cleaning:
        """What a worker needs to clean a text of this host for this source."""
        generation, learned = self._current(host, settings.boilerplate.min_articles)
        min_length = settings.boilerplate.min_length
        return Cleaning(generation, learned, min_length, source.keep, source.drop)

    def learn(
        self,
        host: str,
        author: str | None,
        text: str,
        min_articles: int,
        url_identity: str,
        stripped: Iterable[str] = (),
    ) -> None:
        """Count the text's blocks as seen on this article of the host, and the learned
        blocks the worker removed from its page before extraction (`stripped`), so that a
        block's count goes on telling how widespread it is. A column is known by its text
        (see `identity`) the first time its URL's key (`url_identity`) is learned from,
        and as that article ever after: an edited revision, a reverted one or a
        re-extraction stays the same article."""
        found = {fingerprint(b): b for b in blocks(text)}
        article = self.index.blocks.article_of(host, url_identity)
        if article is None:  # a column not learned from before
            seen = self.index.blocks.counts(host, found)
            article = identity(found, seen) if found else url_identity
        learned = self.learned(host, min_articles)
        found.update({f: learned[f] for f in stripped if f in learned and f not in found})
        self.index.blocks.learn(host, article, author, found, min_articles, url_identity)

    def clean(self, host: str, article: Article, source: Source, settings: Settings) -> str:
        """The article's text without the host's boilerplate, as learned so far: as the
        worker cleaned it, when the host learned nothing since (the usual case)."""
        generation, learned = self._current(host, settings.boilerplate.min_articles)
        if article.cleaned is not None and article.cleaned_at == generation:
            return article.cleaned
        return _cleaned(article.text, learned, source, settings, article.summary)

    async def reclean(self, settings: Settings, hosts: Iterable[str]) -> int:
        """Clean again, in place, the archived records of these hosts that hold a block
        learned since they were last cleaned (the first articles of a new host, those a
        pass archived before another taught the host the rest), found through the
        search index, never by reading every text. When the rules themselves changed (a
        reload changed `min_length` or a source's `keep`/`drop`) every record holding a
        learned block is looked at. A host with nothing new costs two queries.

        The records are found and cleaned in a thread with its own connection, so the
        event loop goes on; the files and rows are written here, and a record that got a
        newer revision meanwhile is left alone. Only the `.json` and `.md` are rewritten;
        the raw HTML stays. Returns how many records changed."""
        rules = _rules(settings)
        work: dict[str, tuple[dict[str, str], set[str] | None]] = {}  # host: learned, new
        for host in sorted(set(hosts)):
            learned = self.learned(host, settings.boilerplate.min_articles)
            before = self.index.blocks.cleaned(host)
            new: set[str] | None = set(learned)  # never cleaned: with each block
            if before is not None and before.rules != rules:
                new = None  # with every block again
            elif before is not None and before.blocks == frozenset(learned):
                continue
            elif before is not None:
                new = set(learned) - (before.blocks or frozenset())
            work[host] = (learned, new)
        if not work:
            return 0
        plan = await asyncio.to_thread(_plan_reclean, self.index.path, self.archive, settings, work)
        changed = 0
        for record, text in plan:
            if self.index.records.latest(record.id) != record.revision:
                continue
            record.text = text
            record.text_sha256 = sha256(text)
            self.archive.rewrite(record)
            self.index.records.add(record)
            changed += 1
        for host, (learned, _) in work.items():
            self.index.blocks.save_cleaned(host, rules, learned)
        return changed


def _rules(settings: Settings) -> str:
    """A digest of the rules cleaning applies besides the learned blocks: `min_length`,
    and every source's `keep` and `drop`."""
    rules = [
        settings.boilerplate.min_length,
        sorted([s.name, list(s.keep), list(s.drop)] for s in settings.sources),
    ]
    return sha256(json.dumps(rules))


def _cleaned(
    text: str,
    learned: dict[str, str],
    source: Source,
    settings: Settings,
    summary: str | None = None,
) -> str:
    min_length = settings.boilerplate.min_length
    return Cleaning(0, learned, min_length, source.keep, source.drop).apply(text, summary)


def _plan_reclean(
    path: Path,
    archive: Archive,
    settings: Settings,
    work: dict[str, tuple[dict[str, str], set[str] | None]],
) -> list[tuple[Record, str]]:
    """(record, its new text) for each record of these hosts that cleaning with the host's
    learned boilerplate changes, among those holding one of its new blocks (all its
    learned blocks where `new` is None). Where cleaning would cut the record's first
    paragraph, its stored page tells whether that is the column's standfirst."""
    sources = {s.name: s for s in settings.sources}
    min_length = settings.boilerplate.min_length
    plan = []
    with Index(path) as index:
        for host, (learned, new) in work.items():
            look_for = [learned[f] for f in (learned if new is None else new)]
            samples = [t for t in look_for if len(t) >= min_length]
            for record in index.records.holding(host, samples):
                source = sources.get(record.source) or Source(
                    name=record.source, pages=(record.url,)
                )
                text = _cleaned(record.text, learned, source, settings)
                if not text.startswith(blocks(record.text)[0]):
                    summary = _stored_summary(archive, record)
                    text = _cleaned(record.text, learned, source, settings, summary)
                if text and text != record.text:  # a record is never emptied
                    plan.append((record, text))
    return plan


def _stored_summary(archive: Archive, record: Record) -> str | None:
    """The meta description of a record's stored page (None when it cannot be read)."""
    try:
        raw = archive.raw(record)
    except DamagedError:
        return None
    return page_summary(decode_body(record.url, None, raw)[1])
