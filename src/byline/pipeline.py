"""Wire the stages: discover, skip what is known, fetch, extract, archive.

`Pipeline` owns one fetcher, one index, the archive and a process pool for
the CPU-bound parsing, for the length of one command (or one daemon's life).
Parsing runs in the pool so a pass keeps every core busy while the fetcher
waits on the network. Writes happen on the event loop's thread, one at a
time, so deduplication needs no locks.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal, ParamSpec, TypeVar

import httpx

from . import discover
from .archive import Archive, record_id, sha256
from .discover import Scope
from .errors import FetchError, UsageError
from .extract import extract_article
from .fetch import Fetcher
from .index import Index, SourceSummary, utc_now
from .models import Article, Fetched, Record, Settings, Source
from .urls import normalize

P = ParamSpec("P")
T = TypeVar("T")

Status = Literal["new", "revision", "alias", "unchanged", "failed"]
ADHOC_SOURCE = "adhoc"
MAX_SITEMAPS = 50


@dataclass(frozen=True)
class Event:
    """Progress of a pass, for displays: `kind` is discovered, page or article."""

    kind: str
    source: str
    url: str = ""
    total: int = 0
    status: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one article URL."""

    url: str
    status: Status
    record: Record | None = None
    error: str | None = None


@dataclass
class PassStats:
    """Counts of one pass over one source."""

    source: str
    pages: int = 0
    candidates: int = 0
    new: int = 0
    revisions: int = 0
    aliases: int = 0
    unchanged: int = 0
    failed: int = 0
    page_errors: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "new":
            self.new += 1
        elif outcome.status == "revision":
            self.revisions += 1
        elif outcome.status == "alias":
            self.aliases += 1
        elif outcome.status == "unchanged":
            self.unchanged += 1
        else:
            self.failed += 1
            self.errors.append(outcome.error or outcome.url)

    @property
    def result(self) -> str:
        if self.page_errors and not self.pages:
            return "failed"
        if self.failed or self.page_errors:
            return "partial"
        return "ok"

    def summary(self) -> str:
        parts = [
            _plural(self.pages, "page") + " read",
            _plural(self.new, "new article"),
            _plural(self.failed + len(self.page_errors), "failure"),
        ]
        if self.aliases:
            parts.append(_plural(self.aliases, "alias", "aliases"))
        if self.revisions:
            parts.append(_plural(self.revisions, "revision"))
        return f"{self.source}: " + ", ".join(parts) + f" ({self.seconds:.1f}s)"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def worker_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class Pipeline:
    """One fetcher, index, archive and process pool, for `async with`."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.AsyncBaseTransport | None = None,
        on_event: Callable[[Event], None] | None = None,
        workers: int | None = None,
    ) -> None:
        self.settings = settings
        self.archive = Archive(settings.archive_root)
        self.on_event = on_event or (lambda event: None)
        self._transport = transport
        self._workers = workers or worker_count()
        self.index: Index
        self.fetcher: Fetcher
        self.pool: ProcessPoolExecutor

    async def __aenter__(self) -> Pipeline:
        self.index = Index(Path(self.settings.archive_root) / "index.sqlite")
        self.fetcher = await Fetcher(self.settings.fetch, self._transport).__aenter__()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["byline.extract", "byline.discover"])
        self.pool = ProcessPoolExecutor(self._workers, mp_context=context)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.fetcher.__aexit__(exc_type, exc, tb)
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.index.close()

    async def _in_pool(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, functools.partial(func, *args, **kwargs))

    # One pass over one source ----------------------------------------------

    async def run_source(self, source: Source) -> PassStats:
        """Discover the source's articles, archive the ones not seen before."""
        started = time.monotonic()
        stats = PassStats(source.name)
        pass_id = self.index.start_pass(source.name)
        scope = Scope(source)
        candidates = await self.find_candidates(source, scope, stats)
        known = self.index.known(candidates)
        new = [url for url in candidates if url not in known]
        stats.candidates = len(candidates)
        self.on_event(Event("discovered", source.name, total=len(new)))
        for outcome in await self._process_all(new, source, scope):
            stats.count(outcome)
        stats.seconds = time.monotonic() - started
        self.index.finish_pass(
            pass_id, stats.pages, stats.new, stats.aliases, stats.failed, stats.result
        )
        return stats

    async def find_candidates(self, source: Source, scope: Scope, stats: PassStats) -> list[str]:
        """Candidate article URLs from every page, feed and sitemap of the source."""
        found = await asyncio.gather(
            *(self._listing_chain(page, source, scope, stats) for page in source.pages),
            *(self._feed(feed, scope, stats) for feed in source.feeds),
            self._sitemaps(source.sitemaps, scope, stats),
        )
        return list(dict.fromkeys(url for urls in found for url in urls))

    async def _document(
        self,
        url: str,
        kind: Literal["html", "feed", "sitemap"],
        scope: Scope,
        stats: PassStats,
        source: str,
    ) -> Fetched | None:
        try:
            fetched = await self.fetcher.get(url, kind, in_scope=scope)
        except FetchError as exc:
            stats.page_errors.append(f"{exc.reason}: {exc}")
            return None
        stats.pages += 1
        self.on_event(Event("page", source, url=url))
        return fetched

    async def _listing_chain(
        self, start: str, source: Source, scope: Scope, stats: PassStats
    ) -> list[str]:
        urls: list[str] = []
        page: str | None = normalize(start)
        seen: set[str] = set()
        while page and page not in seen and len(seen) < source.max_index_pages:
            seen.add(page)
            fetched = await self._document(page, "html", scope, stats, source.name)
            if fetched is None:
                break
            listing = await self._in_pool(
                discover.read_listing, fetched.text, fetched.url, source, scope
            )
            urls.extend(listing.articles)
            page = listing.next_page
        return urls

    async def _feed(self, url: str, scope: Scope, stats: PassStats) -> list[str]:
        fetched = await self._document(url, "feed", scope, stats, stats.source)
        if fetched is None:
            return []
        return list(await self._in_pool(discover.read_feed, fetched.body, fetched.url, scope))

    async def _sitemaps(self, roots: Sequence[str], scope: Scope, stats: PassStats) -> list[str]:
        queue = list(roots)
        seen: set[str] = set()
        urls: list[str] = []
        while queue and len(seen) < MAX_SITEMAPS:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            fetched = await self._document(url, "sitemap", scope, stats, stats.source)
            if fetched is None:
                continue
            try:
                sitemap = await self._in_pool(
                    discover.read_sitemap, fetched.body, fetched.url, scope
                )
            except Exception as exc:  # a broken sitemap is one failure, not a crash
                stats.page_errors.append(f"sitemap: {url}: {exc}")
                continue
            urls.extend(sitemap.articles)
            queue.extend(sitemap.sitemaps)
        return urls

    # Articles ---------------------------------------------------------------

    async def _process_all(
        self, urls: Sequence[str], source: Source, scope: Scope | None
    ) -> list[Outcome]:
        # Bound the tasks in flight; the fetcher bounds the requests themselves.
        limit = asyncio.Semaphore(self.settings.fetch.concurrency * 2)

        async def one(url: str) -> Outcome:
            async with limit:
                outcome = await self._process(url, source, scope)
            self.on_event(Event("article", source.name, url=url, status=outcome.status))
            return outcome

        return list(await asyncio.gather(*(one(url) for url in urls)))

    async def _fetch_article(
        self, url: str, source: Source, scope: Scope | None
    ) -> tuple[Fetched, Article]:
        fetched = await self.fetcher.get(url, "html", in_scope=scope)
        article = await self._in_pool(extract_article, fetched.text, fetched.url, source.exclude)
        if article is None:
            raise FetchError(url, "no article text found on the page")
        return fetched, article

    async def _process(self, url: str, source: Source, scope: Scope | None) -> Outcome:
        try:
            fetched, article = await self._fetch_article(url, source, scope)
        except FetchError as exc:
            error = f"{exc.reason}: {exc.message}"
            self.index.mark_failed(url, source.name, error)
            return Outcome(url, "failed", error=f"{url}: {error}")
        return self._store(url, source, fetched, article)

    def _store(self, url: str, source: Source, fetched: Fetched, article: Article) -> Outcome:
        """Archive an extracted article, or record it as an alias of the same text."""
        final = normalize(fetched.url)
        text_sha256 = sha256(article.text)
        same_text = self.index.record_with_text(text_sha256)
        if same_text is not None:
            if {url, final} <= {same_text.url, *same_text.aliases}:
                return Outcome(url, "unchanged", same_text)
            for alias in (url, final):
                if alias != same_text.url and alias not in same_text.aliases:
                    same_text.aliases.append(alias)
                self.index.mark_alias(alias, source.name, same_text.id)
            self.archive.rewrite(same_text)
            self.index.add_record(same_text)
            return Outcome(url, "alias", same_text)
        previous = self.index.record_for_url(final) or self.index.record_for_url(url)
        record = Record(
            id=previous.id if previous else record_id(final),
            url=final,
            canonical_url=article.canonical_url,
            source=previous.source if previous else source.name,
            title=article.title,
            author=article.author,
            date=article.date,
            fetched_at=utc_now(),
            language=article.language,
            text=article.text,
            text_sha256=text_sha256,
            raw_sha256=sha256(fetched.body),
            revision=previous.revision + 1 if previous else 1,
            http={
                "status": fetched.status,
                "etag": fetched.etag,
                "last_modified": fetched.last_modified,
            },
            extractor=_extractor_info(article.extractor),
            path="",
            aliases=[url] if url != final else [],
        )
        self.archive.write(record, fetched.body)
        self.index.add_record(record)
        for seen in (final, url):
            self.index.mark_archived(seen, source.name, record.id)
        return Outcome(url, "revision" if previous else "new", record)

    # One-off fetches --------------------------------------------------------

    def source_for(self, url: str) -> Source:
        """The configured source whose hosts include this URL, else an ad-hoc one."""
        for source in self.settings.sources:
            if Scope(source)(url):
                return source
        return Source(name=ADHOC_SOURCE, pages=(url,))

    async def fetch_urls(self, urls: Iterable[str]) -> list[Outcome]:
        """Archive these article URLs now, whether or not they were seen before."""
        outcomes = []
        for url in _checked(urls):
            source = self.source_for(url)
            outcomes.extend(await self._process_all([url], source, None))
        return outcomes

    async def extract_urls(self, urls: Iterable[str]) -> list[tuple[str, Article | str]]:
        """Fetch and extract without archiving: (url, article) or (url, error)."""
        results: list[tuple[str, Article | str]] = []
        for url in _checked(urls):
            try:
                _, article = await self._fetch_article(url, self.source_for(url), None)
                results.append((url, article))
            except FetchError as exc:
                results.append((url, f"{exc.reason}: {exc.message}"))
        return results


def _checked(urls: Iterable[str]) -> list[str]:
    out = []
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url}: not an http(s) URL")
        out.append(normalize(url))
    return out


def _extractor_info(extractor: str) -> dict[str, str]:
    name, _, version = extractor.partition(" ")
    return {"name": name, "version": version}


def select_sources(settings: Settings, names: Sequence[str]) -> list[Source]:
    """The named sources (all when none are named); UsageError for an unknown name."""
    if not names:
        return list(settings.sources)
    known = {s.name: s for s in settings.sources}
    unknown = [n for n in names if n not in known]
    if unknown:
        choices = ", ".join(known) or "none configured"
        raise UsageError(f"unknown source {unknown[0]!r} in {settings.config_path} ({choices})")
    return [known[n] for n in names]


async def run_sources(
    settings: Settings,
    names: Sequence[str] = (),
    on_event: Callable[[Event], None] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[PassStats]:
    """One pass over the named sources (or all), in parallel."""
    sources = select_sources(settings, names)
    async with Pipeline(settings, transport=transport, on_event=on_event) as pipeline:
        return list(await asyncio.gather(*(pipeline.run_source(s) for s in sources)))


async def fetch_now(
    settings: Settings, urls: Sequence[str], transport: httpx.AsyncBaseTransport | None = None
) -> list[Outcome]:
    async with Pipeline(settings, transport=transport) as pipeline:
        return await pipeline.fetch_urls(urls)


async def extract_now(
    settings: Settings, urls: Sequence[str], transport: httpx.AsyncBaseTransport | None = None
) -> list[tuple[str, Article | str]]:
    async with Pipeline(settings, transport=transport) as pipeline:
        return await pipeline.extract_urls(urls)


def source_status(settings: Settings) -> list[SourceSummary]:
    """Each configured source's counts and last pass, from the index."""
    index = Index(Path(settings.archive_root) / "index.sqlite")
    try:
        return index.summaries(s.name for s in settings.sources)
    finally:
        index.close()
