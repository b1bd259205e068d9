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
from pathlib import Path

from .archive import Archive, sha256
from .index import Index
from .models import Record
from .settings import Settings, Source

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


class Boilerplate:
    """Learning and cleaning against one index; re-cleaning rewrites the archive's files."""

    def __init__(self, index: Index, archive: Archive) -> None:
        self.index = index
        self.archive = archive

    def learn(self, host: str, article: str, author: str | None, text: str) -> None:
        """Count the text's blocks as seen on this article of the host (an article counts
        once, however many URLs it has)."""
        self.index.blocks.learn(host, article, author, {fingerprint(b): b for b in blocks(text)})

    def clean(self, host: str, text: str, source: Source, settings: Settings) -> str:
        """The text without the host's boilerplate, as learned so far."""
        learned = self.index.blocks.boilerplate(host, settings.boilerplate.min_articles)
        return _cleaned(text, learned, source, settings)

    async def reclean(self, settings: Settings, hosts: Iterable[str]) -> int:
        """Clean again, in place, the archived records of those of these hosts whose rules
        changed since their records were last cleaned (a block became boilerplate, a
        reload changed `[boilerplate]` or a source's `keep`/`drop`): the first articles of
        a new source, those of a source whose pass ended before another taught its host
        the rest, those of earlier runs. A host whose rules did not change costs one query.

        The records are found and cleaned in a thread with its own connection, so the
        event loop goes on; the files and rows are written here, and a record that got a
        newer revision meanwhile is left alone. Only the `.json` and `.md` are rewritten;
        the raw HTML stays. Returns how many records changed."""
        stale: dict[str, dict[str, str]] = {}  # host: its learned boilerplate
        digests = {}
        for host in sorted(set(hosts)):
            learned = self.index.blocks.boilerplate(host, settings.boilerplate.min_articles)
            digest = _rules(learned, settings)
            if self.index.blocks.cleaned_with(host) != digest:
                stale[host], digests[host] = learned, digest
        if not stale:
            return 0
        plan = await asyncio.to_thread(_plan_reclean, self.index.path, settings, stale)
        changed = 0
        for record, text in plan:
            if self.index.records.latest(record.id) != record.revision:
                continue
            record.text = text
            record.text_sha256 = sha256(text)
            self.archive.rewrite(record)
            self.index.records.add(record)
            changed += 1
        for host, digest in digests.items():
            self.index.blocks.save_cleaned_with(host, digest)
        return changed


def _rules(learned: dict[str, str], settings: Settings) -> str:
    """A digest of what cleaning a record of a host takes away: its learned boilerplate,
    `min_length`, and every source's `keep` and `drop`."""
    rules = [
        sorted(learned),
        settings.boilerplate.min_length,
        sorted([s.name, list(s.keep), list(s.drop)] for s in settings.sources),
    ]
    return sha256(json.dumps(rules))


def _cleaned(text: str, learned: dict[str, str], source: Source, settings: Settings) -> str:
    cleaned = clean_text(text, learned, settings.boilerplate.min_length, source.keep, source.drop)
    return cleaned or text  # never archive an empty text for a page that had one


def _plan_reclean(
    path: Path, settings: Settings, hosts: dict[str, dict[str, str]]
) -> list[tuple[Record, str]]:
    """(record, its new text) for each record of these hosts that cleaning with the host's
    learned boilerplate (the digest was made of it) changes."""
    sources = {s.name: s for s in settings.sources}
    min_length = settings.boilerplate.min_length
    plan = []
    with Index(path) as index:
        for host, learned in hosts.items():
            samples = [t for t in learned.values() if len(t) >= min_length]
            for record in index.records.containing(host, samples):
                source = sources.get(record.source) or Source(
                    name=record.source, pages=(record.url,)
                )
                text = _cleaned(record.text, learned, source, settings)
                if text != record.text:
                    plan.append((record, text))
    return plan
