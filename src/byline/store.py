"""Keeping an extracted article: a new record, a new revision of one, or an alias of
a record with the same text.

- **Dedupe**: the text, cleaned or as extracted, is looked up among the latest
  revisions of every record; the same text under another URL is an alias.
- **Aliases**: the page's own canonical URL wins: a copy archived first (a print
  or tracking URL) becomes an alias of the canonical one.
- **Revisions**: a known URL whose text changed gets the next revision beside
  the first (an edit reverted to the first text is a revision too).

Files are written first (atomically), then the index rows in one transaction,
so a crash leaves either nothing in the index or everything: never a record
whose URL is still pending. A write the disk refuses (StorageError) removes the
files it created, so a full disk leaves no record the index does not know.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from .archive import Archive, record_id, sha256
from .boilerplate import Boilerplate
from .errors import ContentError, StorageError
from .index import Index, utc_now
from .models import Article, Fetched, Record
from .stats import Outcome, PassContext
from .urls import host_key, normalize

T = TypeVar("T")
ALL_BOILERPLATE = "its whole text is boilerplate (learned, or matched by drop)"


class Store:
    def __init__(self, index: Index, archive: Archive, boilerplate: Boilerplate) -> None:
        self.index = index
        self.archive = archive
        self.boilerplate = boilerplate
        self._one_at_a_time = asyncio.Lock()

    def clean(self, ctx: PassContext, final: str, article: Article) -> str:
        """Learn the article's blocks for its host; its text without the host's
        boilerplate."""
        settings = ctx.settings
        host = self.learn(
            final, article, settings.discovery.strip_params, settings.boilerplate.min_articles
        )
        ctx.hosts.add(host)
        return self.boilerplate.clean(host, article, ctx.source, ctx.settings)

    def learn(self, final: str, article: Article, strip: tuple[str, ...], min_articles: int) -> str:
        """Count the blocks of an article's extracted text as seen on its host (which is
        returned). The article is known by its text (`boilerplate.identity`)."""
        host = host_key(final)
        by_url = record_id(normalize(article.canonical_url or final, strip))
        self.boilerplate.learn(
            host, article.author, article.text, min_articles, by_url, article.stripped
        )
        return host

    async def store(
        self, ctx: PassContext, url: str, fetched: Fetched, extracted: Article
    ) -> Outcome:
        """Archive an extracted article, or record it as an alias of the same text. One
        article at a time: deciding that a text is new and indexing it are one step, so
        two URLs of one text never make two records."""
        async with self._one_at_a_time:
            return await self._store(ctx, url, fetched, extracted)

    async def _store(
        self, ctx: PassContext, url: str, fetched: Fetched, extracted: Article
    ) -> Outcome:
        strip = ctx.settings.discovery.strip_params
        source = ctx.source.name
        final = normalize(fetched.url, strip)
        article = replace(extracted, text=self.clean(ctx, final, extracted))
        if not article.text:  # the bios alone, say: no column to archive
            raise ContentError(url, ALL_BOILERPLATE)
        text_sha256 = sha256(article.text)
        extracted_sha256 = sha256(extracted.text)
        # The text as extracted decides too: a copy fetched before the host's boilerplate
        # was learned still matches its original.
        same = self.index.records.with_text(text_sha256, extracted_sha256)
        if same is not None:
            return await self._same_text(ctx, url, final, article, same)
        previous = self.index.records.for_url(final) or self.index.records.for_url(url)
        record = Record(
            id=previous.id if previous else record_id(final),
            url=final,
            canonical_url=article.canonical_url,
            source=previous.source if previous else source,
            title=article.title,
            author=article.author,
            date=article.date,
            fetched_at=utc_now(),
            language=article.language,
            text=article.text,
            text_sha256=text_sha256,
            raw_sha256=sha256(fetched.body),
            revision=previous.revision + 1 if previous else 1,
            http=exchange(fetched),
            extractor=extractor_info(article.extractor),
            path="",
            aliases=[url] if url != final else [],
        )
        await self.keep(record, fetched.body, extracted_sha256, settle=(final, url), source=source)
        return Outcome(url, "revision" if previous else "new", record)

    async def keep(
        self,
        record: Record,
        raw: bytes,
        extracted_sha256: str,
        settle: tuple[str, ...] = (),
        source: str | None = None,
    ) -> None:
        """Write a new record or revision's files, then its index row (and the URLs in
        `settle`, archived as its for `source`, else its own) in one transaction. The files
        are written in a thread (compressing and fsyncing leave the event loop free); a
        stop meanwhile lets the record finish, files and row, and then stops. Should the
        index refuse it (a full disk), the files this wrote are removed: no record the
        index lacks."""
        created, stopped = await _finishing(self.archive.write, record, raw)
        try:
            with self.index.transaction():
                self.index.records.add(record, extracted_sha256)
                for seen in settle:
                    self.index.frontier.mark_archived(seen, source or record.source, record.id)
        except StorageError:
            self.archive.discard(created)
            raise
        if stopped:
            raise asyncio.CancelledError

    async def _same_text(
        self, ctx: PassContext, url: str, final: str, article: Article, same: Record
    ) -> Outcome:
        """The text is archived already: settle the URLs as the record's, or as aliases."""
        source = ctx.source.name
        frontier = self.index.frontier
        if {url, final} <= {same.url, *same.aliases}:
            with self.index.transaction():  # settled, whatever state a crash left it in
                for seen in {url, final}:
                    if seen == same.url:
                        frontier.mark_archived(seen, source, same.id)
                    else:
                        frontier.mark_alias(seen, source, same.id)
            return Outcome(url, "unchanged", same)
        strip = ctx.settings.discovery.strip_params
        canonical = normalize(article.canonical_url, strip) if article.canonical_url else None
        promote = final == canonical and same.url != final
        if promote:
            # The page's own canonical URL came after a copy (a print or tracking URL):
            # the canonical one becomes the record's URL, the copy an alias.
            same.aliases.append(same.url)
            same.url = final
        for alias in (url, final):
            if alias != same.url and alias not in same.aliases:
                same.aliases.append(alias)
        _, stopped = await _finishing(self.archive.rewrite, same)
        with self.index.transaction():
            if promote:
                for copy in same.aliases:
                    frontier.mark_alias(copy, source, same.id)
                frontier.mark_archived(final, source, same.id)
            for alias in (url, final):
                if alias != same.url:
                    frontier.mark_alias(alias, source, same.id)
            self.index.records.add(same)
        if stopped:
            raise asyncio.CancelledError
        return Outcome(url, "alias", same)


async def _finishing(func: Callable[..., T], *args: Any) -> tuple[T, bool]:
    """`func(*args)` in a thread, off the event loop, always to its end: a cancellation
    meanwhile is held until it returns. Its result, and whether to stop after the
    caller's next step (so a stop never leaves a record's files without its row)."""
    work = asyncio.ensure_future(asyncio.to_thread(func, *args))
    stopped = False
    while not work.done():
        try:
            await asyncio.shield(work)
        except asyncio.CancelledError:
            stopped = True
    return work.result(), stopped


def extractor_info(extractor: str) -> dict[str, str]:
    name, _, version = extractor.partition(" ")
    return {"name": name, "version": version}


def exchange(fetched: Fetched) -> dict[str, Any]:
    """A record's `http`: the validators, and the exchange as WARC export writes it."""
    return {
        "status": fetched.status,
        "etag": fetched.etag,
        "last_modified": fetched.last_modified,
        "version": fetched.http_version,
        "headers": [list(line) for line in fetched.headers],
        "request_headers": [list(line) for line in fetched.request_headers],
    }
