"""One pass over a source, from its pages to its archived columns, and the one-off
commands that share the machinery.

`Pipeline` owns one fetcher, one index, the archive and the worker pool for the
length of one command (or one daemon's life), and wires the stages:

    crawl.Crawler      listings, feeds, sitemaps -> candidate URLs
    index.frontier     skip what is known, claim what is due
    fetch.Fetcher      the page
    workers.Workers    extract.extract_article, in a worker process
    store.Store        clean (boilerplate), dedupe, archive, settle the URL
    boilerplate        re-clean a host's records when what cleaning removes changed

Writes happen on the event loop's thread, one at a time, so deduplication
needs no locks. A pass reads the settings as they were when it began;
`reconfigure` (the daemon's SIGHUP) applies to the passes that start after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import traceback
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import TypeVar

import httpx

from . import urlshape
from .archive import LEFTOVER_AGE, Archive, DaemonLock, sha256
from .boilerplate import Boilerplate, Cleaning
from .crawl import Crawler, Discovery
from .discover import Scope
from .errors import (
    ContentError,
    DamagedError,
    DeferredError,
    DisallowedError,
    ExtractError,
    FetchError,
    StorageError,
    UsageError,
    WorkerError,
)
from .extract import extract_article, extract_cleaned, same_author
from .fetch import Fetcher, decode_body
from .index import Index, PassRow
from .models import Article, Fetched, Filters, Record, Validators
from .reindex import Rebuilt, rebuild
from .settings import MAX_RECHECK, Settings, Source, parse_every
from .stats import Event, Outcome, PassContext, PassStats
from .store import ALL_BOILERPLATE, Store, extractor_info
from .urls import host_key, normalize, resolve
from .workers import Workers, alive

ADHOC_SOURCE = "adhoc"
CLAIM_SECONDS = 600.0  # a URL being fetched is left alone by other processes this long
T = TypeVar("T")
RELEARN_PER_HOST = 200  # after reindex, a host's boilerplate is learned from this many pages
SHAPE_SAMPLE = 2000  # a source's URL shape is learned from its latest this many records

__all__ = [
    "Discovery",
    "Event",
    "Outcome",
    "PassStats",
    "Pipeline",
    "extract_now",
    "fetch_now",
    "reextract_now",
    "run_sources",
    "select_sources",
]


class Pipeline:
    """One fetcher, index, archive and worker pool, for `async with`."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.AsyncBaseTransport | None = None,
        on_event: Callable[[Event], None] | None = None,
        workers: int | None = None,
        retry_dead: bool = False,
    ) -> None:
        self.settings = settings
        self.retry_dead = retry_dead
        self.archive = Archive(settings.archive_root)
        self.on_event = on_event or (lambda event: None)
        self._transport = transport
        self._worker_count = workers
        self.index: Index
        self.fetcher: Fetcher
        self.workers: Workers
        self.crawler: Crawler
        self.boilerplate: Boilerplate
        self.store: Store

    async def __aenter__(self) -> Pipeline:
        self.index = Index.of_archive(self.settings.archive_root)
        try:
            self._clear_leftovers()
            self.fetcher = await Fetcher(
                self.settings.fetch, self._transport, robots_store=self.index.http
            ).__aenter__()
            self.workers = Workers(self._worker_count, self.settings.extract.timeout)
        except BaseException:
            self.index.close()
            raise
        self.crawler = Crawler(self.fetcher, self.index, self.workers, self.on_event)
        self.boilerplate = Boilerplate(self.index, self.archive)
        self.store = Store(self.index, self.archive, self.boilerplate)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.fetcher.__aexit__(exc_type, exc, tb)
            await self.workers.close(now=exc_type is not None)
        finally:
            self.index.close()

    def _clear_leftovers(self) -> None:
        """Free the URLs claimed by processes that are gone, and delete the temporary files
        of writes a killed process left. While another byline process runs on the archive
        (a daemon, a one-off run), only temporaries older than LEFTOVER_AGE go."""
        others = False
        for pid in self.index.frontier.claim_holders():
            if not alive(pid):  # a crashed run or daemon: its URLs are free again
                self.index.frontier.release_claims_of(pid)
            elif pid != os.getpid():
                others = True
        daemon = DaemonLock(self.settings.archive_root).holder()
        others = others or daemon not in (None, os.getpid())
        age = LEFTOVER_AGE if others else 0.0
        self.archive.remove_temporaries(older_than=age, everywhere=False)  # one folder to list

    def reconfigure(self, settings: Settings) -> None:
        """Use these settings for every pass that starts from now on. The fetcher's
        settings and the archive's root stay those the pipeline was opened with."""
        self.settings = replace(
            settings, fetch=self.settings.fetch, archive_root=self.settings.archive_root
        )

    def context(self, source: Source, stats: PassStats, dry_run: bool = False) -> PassContext:
        """A pass over `source` with the settings in force now."""
        scope = Scope(source, self.settings.discovery.strip_params)
        return PassContext(self.settings, source, scope, stats, dry_run=dry_run)

    # What the daemon asks of the index ----------------------------------------

    def last_pass_started(self, source: str) -> datetime | None:
        return self.index.passes.last_started(source)

    def save_next_run(self, source: str, when: datetime | None) -> None:
        self.index.passes.save_next_run(source, when)

    # One pass over one source ----------------------------------------------

    async def run_source(self, source: Source, stats: PassStats | None = None) -> PassStats:
        """Discover the source's articles; fetch those not archived yet, and those whose
        earlier failure has waited out its backoff.

        `stats` (made here when not given) is counted as articles settle, so a caller
        that cancels the pass still knows what it did. A bug, or an archive that cannot
        be written, is recorded in the stats and the pass's row (result "error") and
        raised."""
        started = time.monotonic()
        stats = stats if stats is not None else PassStats(source.name)
        ctx = self.context(source, stats)
        try:
            pass_id = self.index.passes.start(source.name)
        except StorageError as exc:
            stats.error = str(exc)
            raise
        result = "interrupted"  # unless the pass gets to its end
        try:
            found = await self.crawler.explore(ctx)
            candidates = list(found.candidates)
            frontier = self.index.frontier
            with self.index.transaction():  # pending before their pages are cached as read
                known = frontier.known(candidates)
                frontier.add_pending((u for u in candidates if u not in known), source.name)
                self.crawler.settle(found)
            due = frontier.due(source.name, retry_dead=self.retry_dead)
            stats.candidates = len(candidates)
            self.on_event(Event("discovered", source.name, total=len(due)))
            await self._process_all(ctx, due, claim=True)
            await self._recheck(ctx)
            own = {host_key(url) for url in (*source.pages, *source.feeds, *source.sitemaps)}
            stats.recleaned = await self.boilerplate.reclean(ctx.settings, ctx.hosts | own)
            if stats.new or not self.index.passes.templates(source.name):
                self._learn_shape(source)  # an unchanged pass reads none of the source's URLs
            result = stats.result
            return stats
        except Exception as exc:
            result = "error"
            cause = first_cause(exc)  # not "unhandled errors in a TaskGroup"
            if isinstance(cause, StorageError):  # the disk, not the code: one line
                stats.error = str(cause)
                raise cause from None
            stats.error = f"{type(cause).__name__}: {cause}"
            stats.traceback = traceback.format_exc()
            raise
        finally:
            stats.seconds = time.monotonic() - started
            row = PassRow(
                stats.pages,
                stats.new,
                stats.aliases,
                stats.failed,
                stats.skipped,
                result,
                stats.error,
            )
            try:
                self.index.passes.finish(pass_id, row)
            except StorageError as exc:
                if result != "error":  # else the error that ended the pass is the news
                    stats.error = str(exc)
                    raise

    async def explore(self, source: Source, stats: PassStats, dry_run: bool = False) -> Discovery:
        """What a pass would find on the source's pages, feeds and sitemaps."""
        return await self.crawler.explore(self.context(source, stats, dry_run))

    def known(self, urls: Iterable[str]) -> set[str]:
        """Those of `urls` already archived (as a record or an alias)."""
        return self.index.frontier.known(urls)

    async def robots_refusal(self, url: str, source: Source) -> str | None:
        """Why robots.txt would refuse `url` to this source, or None."""
        return await self.fetcher.allowed(url, source.policy(self.settings.fetch))

    def _learn_shape(self, source: Source) -> None:
        """Teach the source the URL templates of its latest archived columns (three alike
        at least), for later passes to rank and admit links by. The latest
        `SHAPE_SAMPLE` tell the shape its columns have now, and reading them costs the
        same at 1,000 records as at 100,000 (all of them took 3 s a pass at 100,000)."""
        urls = self.index.records.recent_urls(source.name, SHAPE_SAMPLE)
        self.index.passes.save_templates(source.name, urlshape.learn(urls, min_examples=3))

    # Articles ---------------------------------------------------------------

    async def _process_all(
        self, ctx: PassContext, urls: Iterable[str], claim: bool = False, keep: bool = False
    ) -> list[Outcome]:
        """Fetch, extract and store each URL, counting each in the pass's stats as it
        settles. With `claim`, a URL another process (a daemon beside a one-off run) is
        fetching right now is left to it. A bounded set of consumers takes the URLs one
        by one, so a pass over 100,000 due URLs holds a few dozen at a time; the
        outcomes are returned only when asked to `keep` them."""
        frontier = self.index.frontier
        kept: list[Outcome] = []

        async def one(url: str) -> None:
            if claim and not frontier.claim(url, CLAIM_SECONDS):
                outcome = Outcome(url, "claimed")
            else:
                try:
                    outcome = await self._process(ctx, url)
                except BaseException:  # a stopped pass leaves it to the next one
                    with contextlib.suppress(StorageError):  # if the disk lets us
                        frontier.release(url)
                    raise
            ctx.stats.count(outcome)
            self.on_event(Event("article", ctx.source.name, url=url, status=outcome.status))
            if keep:
                kept.append(outcome)

        # The fetcher bounds the requests themselves; twice as many consumers keep it fed.
        await each(urls, one, ctx.settings.fetch.concurrency * 2)
        return kept

    async def _process(self, ctx: PassContext, url: str) -> Outcome:
        source, frontier = ctx.source, self.index.frontier
        try:
            fetched, article = await self._fetch_article(ctx, url)
            if source.author and article.author and not same_author(source.author, article.author):
                why = f"other-author: by {article.author}, not {source.author}"
                frontier.mark_skipped(url, source.name, why, retry=False)
                return Outcome(url, "skipped", error=f"{url}: {why}")
            return await self.store.store(ctx, url, fetched, article)
        except DisallowedError as exc:
            frontier.mark_skipped(url, source.name, exc.summary)
            return Outcome(url, "skipped", error=f"{url}: {exc.summary}")
        except DeferredError as exc:  # stays pending, for the next pass to take
            frontier.release(url)
            return Outcome(url, "deferred", error=f"{url}: {exc.summary}")
        except FetchError as exc:
            fetch = ctx.settings.fetch
            state = frontier.mark_failed(
                url, source.name, exc.summary, fetch.failure_backoff, fetch.max_failures
            )
            dead = " (now dead)" if state == "dead" else ""
            return Outcome(url, "failed", error=f"{url}: {exc.summary}{dead}")

    async def _recheck(self, ctx: PassContext) -> None:
        """Fetch again, conditionally, the source's articles published within `recheck`;
        an edited column becomes a new revision beside the old one."""
        source = ctx.source
        if not source.recheck:
            return
        since = datetime.now(UTC) - parse_every(source.recheck, MAX_RECHECK)
        day = since.strftime("%Y-%m-%d")
        recent = [head[0] for head in self.index.records.heads(Filters(source.name, since=day))]

        async def one(record_id: str) -> None:
            record = self.index.records.current(record_id)  # read when its turn comes
            if record is None:
                return
            validators = Validators(record.http.get("etag"), record.http.get("last_modified"))
            try:
                fetched, article = await self._fetch_article(ctx, record.url, validators)
            except FetchError as exc:
                ctx.stats.notes.append(f"recheck: {exc.summary}")
                return
            if fetched.not_modified:
                ctx.stats.unchanged += 1
                return
            ctx.stats.count(await self.store.store(ctx, record.url, fetched, article))

        await each(recent, one, ctx.settings.fetch.concurrency * 2)

    async def _fetch_article(
        self, ctx: PassContext, url: str, validators: Validators | None = None
    ) -> tuple[Fetched, Article]:
        """The page and its article; for a 304 the article is a placeholder, never used."""
        fetched = await self.fetcher.get(
            url, "html", in_scope=ctx.scope, policy=ctx.policy, validators=validators
        )
        if fetched.not_modified:
            return fetched, _NOTHING
        host = host_key(normalize(fetched.url, ctx.settings.discovery.strip_params))
        cleaning = self.boilerplate.cleaning(host, ctx.source, ctx.settings)
        try:
            article = await self.workers.run(
                extract_cleaned, fetched.text, fetched.url, ctx.source.exclude, cleaning
            )
        except WorkerError as exc:  # the page, not the pass: one recorded failure
            raise ExtractError(url, str(exc)) from None
        if article is None:
            raise ContentError(url, "no article text found on the page")
        return fetched, article

    # Re-extraction ----------------------------------------------------------

    async def _extract_stored(
        self, record: Record, exclude: tuple[str, ...], cleaning: Cleaning | None = None
    ) -> tuple[bytes, Article | None]:
        """A record's stored raw page, and what extraction makes of it now (no network),
        with the host's learned boilerplate removed as a pass would when `cleaning` is
        given. DamagedError for a raw page that is not the one archived."""
        raw = self.archive.raw(record)
        _, html = decode_body(record.url, None, raw)
        if cleaning is None:
            return raw, await self.workers.run(extract_article, html, record.url, exclude)
        return raw, await self.workers.run(extract_cleaned, html, record.url, exclude, cleaning)

    async def relearn(self, per_host: int = RELEARN_PER_HOST) -> tuple[int, int, list[str]]:
        """Learn each host's boilerplate again from the stored raw pages of its latest
        `per_host` records, extracted as a pass would (after `reindex`: what was learned
        lives only in the index). Enough to know what a host repeats now; the counts
        `byline boilerplate` shows are then of those pages. Writes no record.
        Returns (pages learned from, hosts, problems)."""
        settings = self.settings
        sources = {s.name: s for s in settings.sources}
        newest: dict[str, list[tuple[str, str]]] = {}
        for record_id, url, fetched_at in self.index.records.heads():
            newest.setdefault(host_key(url), []).append((fetched_at, record_id))
        chosen = [
            record_id
            for heads in newest.values()
            for _, record_id in sorted(heads, reverse=True)[:per_host]
        ]
        problems: list[str] = []
        learned = 0

        async def one(record_id: str) -> None:
            nonlocal learned
            record = self.index.records.current(record_id)  # read when its turn comes
            if record is None:
                return
            source = sources.get(record.source)
            try:
                _, article = await self._extract_stored(record, source.exclude if source else ())
            except (DamagedError, FetchError, WorkerError) as exc:
                problems.append(str(exc))
                return
            if article is not None:
                self.store.learn(
                    record.url,
                    article,
                    settings.discovery.strip_params,
                    settings.boilerplate.min_articles,
                )
                learned += 1

        await each(chosen, one, self.workers.count * 2)
        return learned, len(newest), problems

    async def reextract(self, source_name: str | None = None) -> Reextracted:
        """Extract and clean every record again from its stored raw HTML (no network);
        a record whose text changes gets a new revision beside the old one. A record
        whose raw page is damaged or cannot be extracted is counted, and named."""
        settings = self.settings
        sources = {s.name: s for s in settings.sources}
        counts = Reextracted()
        touched: set[str] = set()

        async def one(record_id: str) -> None:
            record = self.index.records.current(record_id)  # read when its turn comes
            if record is None:
                return
            source = sources.get(record.source) or Source(name=record.source, pages=(record.url,))
            ctx = PassContext(settings, source, None, PassStats(source.name))
            counts.records += 1
            cleaning = self.boilerplate.cleaning(host_key(record.url), source, settings)
            try:
                raw, article = await self._extract_stored(record, source.exclude, cleaning)
            except (DamagedError, FetchError, WorkerError) as exc:
                counts.problems.append(str(exc))
                return
            if article is None:
                counts.problems.append(f"{record.path}: no article text found in its raw page")
                return
            text = self.store.clean(ctx, record.url, article)
            touched.update(ctx.hosts)
            if not text:
                counts.problems.append(f"{record.path}: {ALL_BOILERPLATE}; the record is kept")
                return
            if text == record.text:
                counts.unchanged += 1
                return
            revision = replace(
                record,
                text=text,
                text_sha256=sha256(text),
                revision=record.revision + 1,
                title=article.title or record.title,
                author=article.author or record.author,
                date=article.date or record.date,
                extractor=extractor_info(article.extractor),
                path="",
            )
            await self.store.keep(revision, raw, sha256(article.text))
            counts.changed += 1

        ids = [record_id for record_id, *_ in self.index.records.heads(Filters(source_name))]
        await each(ids, one, self.workers.count * 2)
        await self.boilerplate.reclean(settings, touched)
        return counts

    # One-off fetches --------------------------------------------------------

    def source_for(self, url: str) -> Source:
        """The configured source whose hosts include this URL, else an ad-hoc one."""
        for source in self.settings.sources:
            if Scope(source)(url):
                return source
        return Source(name=ADHOC_SOURCE, pages=(url,))

    def _adhoc(self, url: str) -> PassContext:
        """A one-off fetch of `url`: its source's settings and, for a configured source,
        its scope (a redirect off the source's hosts is refused, as in a pass). A URL of
        no source may be redirected to any public host; private addresses are refused
        on every hop either way, unless allowed."""
        source = self.source_for(url)
        scope = None
        if source.name != ADHOC_SOURCE:
            scope = Scope(source, self.settings.discovery.strip_params)
        return PassContext(self.settings, source, scope, PassStats(source.name))

    async def fetch_urls(self, urls: Iterable[str]) -> list[Outcome]:
        """Archive these article URLs now, whether or not they were seen before."""
        outcomes = []
        touched: set[str] = set()
        for url in _checked(urls, self.settings):
            ctx = self._adhoc(url)
            outcomes.extend(await self._process_all(ctx, [url], keep=True))
            touched.update(ctx.hosts)
        await self.boilerplate.reclean(self.settings, touched)
        return outcomes

    async def extract_urls(self, urls: Iterable[str]) -> list[tuple[str, Article | str]]:
        """Fetch and extract without archiving: (url, article) or (url, error)."""
        results: list[tuple[str, Article | str]] = []
        for url in _checked(urls, self.settings):
            try:
                _, article = await self._fetch_article(self._adhoc(url), url)
                results.append((url, article))
            except FetchError as exc:
                results.append((url, exc.summary))
        return results


_NOTHING = Article("", None, None, None, None, None, None, "")


def _checked(urls: Iterable[str], settings: Settings) -> list[str]:
    out = []
    for url in urls:
        if not url.startswith(("http://", "https://")) or resolve(url, url) is None:
            raise UsageError(f"{url}: not an http(s) URL")
        out.append(normalize(url, settings.discovery.strip_params))
    return out


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


@dataclass
class Reextracted:
    """What `byline reextract` did."""

    records: int = 0
    changed: int = 0  # got a new revision
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)  # each failure, naming the record

    @property
    def failed(self) -> int:
        return len(self.problems)


def first_cause(exc: BaseException) -> BaseException:
    """The first exception inside (nested) exception groups: what went wrong."""
    while isinstance(exc, BaseExceptionGroup):
        exc = exc.exceptions[0]
    return exc


async def run_sources(
    settings: Settings,
    names: Sequence[str] = (),
    on_event: Callable[[Event], None] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    retry_dead: bool = False,
) -> list[PassStats]:
    """One pass over the named sources (or all), side by side. A bug in one source's
    pass ends that pass only (its stats carry the error); the others go on."""
    sources = select_sources(settings, names)
    async with Pipeline(
        settings, transport=transport, on_event=on_event, retry_dead=retry_dead
    ) as pipeline:

        async def one(source: Source) -> PassStats:
            stats = PassStats(source.name)
            with contextlib.suppress(Exception):  # kept in stats.error and the pass's row
                await pipeline.run_source(source, stats)
            return stats

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(source)) for source in sources]
        return [task.result() for task in tasks]


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


async def each(items: Iterable[T], work: Callable[[T], Awaitable[None]], limit: int) -> None:
    """Await `work` on each item, `limit` at a time: that many consumers take the items
    one by one from one iterator, so nothing is made ahead for items not yet taken. An
    exception cancels the other consumers and is raised, as in a TaskGroup."""
    items = iter(items)

    async def consumer() -> None:
        for item in items:  # one iterator shared: each consumer takes the next item
            await work(item)

    async with asyncio.TaskGroup() as group:
        for _ in range(max(1, limit)):
            group.create_task(consumer())


async def reindex_now(settings: Settings) -> Rebuilt:
    """`byline reindex`: rebuild the index from the files, then learn the hosts'
    boilerplate again from their latest raw pages; the daemon lock held throughout."""
    lock = DaemonLock(settings.archive_root).acquire()
    try:
        done = rebuild(settings.archive_root, locked=True)
        async with Pipeline(settings) as pipeline:
            done.relearned, done.hosts, problems = await pipeline.relearn()
        done.problems += problems
        return done
    finally:
        lock.release()


async def reextract_now(settings: Settings, source: str | None = None) -> Reextracted:
    if source:
        select_sources(settings, [source])
    async with Pipeline(settings) as pipeline:
        return await pipeline.reextract(source)
