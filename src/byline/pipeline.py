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
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal, ParamSpec, TypeVar

import httpx

from . import discover, listing, urlshape
from .archive import Archive, DaemonLock, record_id, sha256
from .config import parse_every
from .discover import Scope
from .errors import ContentError, DeferredError, DisallowedError, FetchError, UsageError
from .extract import blocks, clean_text, extract_article, fingerprint, same_author
from .fetch import Fetcher, decode_body
from .index import Index, SourceSummary, utc_now
from .models import Article, Fetched, Record, Settings, Source, Validators
from .urls import host_key, normalize

P = ParamSpec("P")
T = TypeVar("T")

Status = Literal[
    "new", "revision", "alias", "unchanged", "failed", "skipped", "deferred", "claimed"
]
ADHOC_SOURCE = "adhoc"
CLAIM_SECONDS = 600.0  # a URL being fetched is left alone by other processes this long
MAX_SITEMAPS = 50
MAX_OTHER_FEEDS = 2  # site feeds read to see whether one is a listing's own


@dataclass(frozen=True)
class Event:
    """Progress of a pass, for displays: `kind` is discovered, page or article."""

    kind: str
    source: str
    url: str = ""
    total: int = 0
    status: str = ""


@dataclass
class Discovery:
    """What a source's pages, feeds and sitemaps offered in one pass, and the decision."""

    source: str
    pages: list[listing.Page] = field(default_factory=list)  # listing pages read
    unchanged: list[str] = field(default_factory=list)  # listing pages that answered 304
    decision: listing.Decision = field(default_factory=listing.Decision.empty)
    feeds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # feed: its links
    sitemap_links: tuple[str, ...] = ()

    @property
    def candidates(self) -> tuple[str, ...]:
        feeds = (url for links in self.feeds.values() for url in links)
        return tuple(dict.fromkeys([*self.decision.articles, *feeds, *self.sitemap_links]))


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
    pages: int = 0  # listings, feeds and sitemaps read
    unchanged_pages: int = 0  # of which answered 304: nothing to parse
    candidates: int = 0
    new: int = 0
    revisions: int = 0
    aliases: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # robots.txt said no, or the article is another author's
    deferred: int = 0  # robots.txt unreachable: next pass
    recleaned: int = 0  # records cleaned again once their host's boilerplate was learned
    page_errors: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skips and deferrals, not failures
    seconds: float = 0.0

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "claimed":
            return  # another process is on it
        if outcome.status in ("skipped", "deferred"):
            setattr(self, outcome.status, getattr(self, outcome.status) + 1)
            self.notes.append(outcome.error or outcome.url)
        elif outcome.status == "failed":
            self.failed += 1
            self.errors.append(outcome.error or outcome.url)
        else:
            name = {"alias": "aliases", "revision": "revisions"}.get(outcome.status, outcome.status)
            setattr(self, name, getattr(self, name) + 1)

    def figures(self) -> dict[str, int | float]:
        """The counts of the pass, as logs, /status and the index show them."""
        return {
            "pages": self.pages,
            "unchanged_pages": self.unchanged_pages,
            "new": self.new,
            "aliases": self.aliases,
            "failed": self.failed + len(self.page_errors),
            "skipped": self.skipped,
            "deferred": self.deferred,
            "seconds": round(self.seconds, 3),
        }

    @property
    def result(self) -> str:
        if self.page_errors and not self.pages:
            return "failed"
        if self.failed or self.page_errors:
            return "partial"
        if self.deferred:
            return "deferred"
        return "ok"

    def summary(self) -> str:
        read = _plural(self.pages, "page") + " read"
        if self.unchanged_pages:
            read += f" ({self.unchanged_pages} unchanged)"
        parts = [
            read,
            _plural(self.new, "new article"),
            _plural(self.failed + len(self.page_errors), "failure"),
        ]
        if self.aliases:
            parts.append(_plural(self.aliases, "alias", "aliases"))
        if self.revisions:
            parts.append(_plural(self.revisions, "revision"))
        if self.skipped:
            parts.append(f"{self.skipped} skipped by robots.txt")
        if self.deferred:
            parts.append(f"{self.deferred} deferred")
        return f"{self.source}: " + ", ".join(parts) + f" ({self.seconds:.1f}s)"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def _init_worker(main_pid: int) -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process, which stops passes in order,
    and end by themselves if the main process is killed outright (SIGKILL, OOM): they
    would otherwise wait forever on a queue they hold both ends of."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while _alive(main_pid):
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="byline-watchdog", daemon=True).start()


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
        retry_dead: bool = False,
    ) -> None:
        self.settings = settings
        self.retry_dead = retry_dead
        self.archive = Archive(settings.archive_root)
        self.on_event = on_event or (lambda event: None)
        self._transport = transport
        self._workers = workers or worker_count()
        self.index: Index
        self.fetcher: Fetcher
        self.pool: ProcessPoolExecutor
        # Hosts whose articles this pipeline learned from: their records are cleaned
        # again at the end of each pass (see _reclean).
        self._hosts_learned: set[str] = set()

    def scope_of(self, source: Source) -> Scope:
        return Scope(source, self.settings.discovery.strip_params)

    def normalize(self, url: str) -> str:
        return normalize(url, self.settings.discovery.strip_params)

    async def __aenter__(self) -> Pipeline:
        self.index = Index.of_archive(self.settings.archive_root)
        for pid in self.index.claim_holders():
            if not _alive(pid):  # a crashed run or daemon: its URLs are free again
                self.index.release_claims_of(pid)
        self.fetcher = await Fetcher(
            self.settings.fetch, self._transport, robots_store=self.index
        ).__aenter__()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            ["byline._forkserver", "byline.extract", "byline.discover", "byline.listing"]
        )
        self.pool = ProcessPoolExecutor(
            self._workers, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.fetcher.__aexit__(exc_type, exc, tb)
        self.pool.shutdown(wait=True, cancel_futures=True)
        if exc_type is None:
            self._reclean()  # sources that finished early, cleaned with all that was learned
        self.index.close()

    async def _in_pool(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, functools.partial(func, *args, **kwargs))

    # One pass over one source ----------------------------------------------

    async def run_source(self, source: Source, stats: PassStats | None = None) -> PassStats:
        """Discover the source's articles; fetch those not archived yet, and those whose
        earlier failure has waited out its backoff.

        `stats` (made here when not given) is counted as articles settle, so a caller
        that cancels the pass still knows what it did."""
        started = time.monotonic()
        stats = stats if stats is not None else PassStats(source.name)
        pass_id = self.index.start_pass(source.name)
        result = "interrupted"  # unless the pass gets to its end
        try:
            scope = self.scope_of(source)
            candidates = await self.find_candidates(source, scope, stats)
            known = self.index.known(candidates)
            self.index.add_pending((url for url in candidates if url not in known), source.name)
            due = self.index.due(source.name, retry_dead=self.retry_dead)
            stats.candidates = len(candidates)
            self.on_event(Event("discovered", source.name, total=len(due)))
            await self._process_all(due, source, scope, stats.count, claim=True)
            await self._recheck(source, scope, stats)
            stats.recleaned = self._reclean()
            self._learn_shape(source)
            result = stats.result
            return stats
        finally:
            stats.seconds = time.monotonic() - started
            self.index.finish_pass(
                pass_id,
                stats.pages,
                stats.new,
                stats.aliases,
                stats.failed,
                stats.skipped,
                result,
            )

    async def find_candidates(self, source: Source, scope: Scope, stats: PassStats) -> list[str]:
        """Candidate article URLs from every page, feed and sitemap of the source."""
        return list((await self.explore(source, scope, stats)).candidates)

    async def explore(
        self, source: Source, scope: Scope, stats: PassStats, dry_run: bool = False
    ) -> Discovery:
        """Read the source's listing pages (and their next pages), decide which links are
        its columns, then read its feeds, those its pages advertise, and its sitemaps.

        A `dry_run` fetches every page in full and writes nothing to the index."""
        learned = self.index.source_templates(source.name)
        found = Discovery(source.name)
        async with asyncio.TaskGroup() as group:
            for page in source.pages:
                group.create_task(
                    self._listing_chain(page, source, scope, stats, learned, found, dry_run)
                )
            sitemaps = group.create_task(self._sitemaps(source, scope, stats, dry_run))
        found.sitemap_links = tuple(sitemaps.result())
        found.decision = listing.decide(found.pages, source, learned)
        feeds = list(source.feeds)
        others: list[str] = []
        if source.find_feeds and not source.link_selector:
            feeds += [f for page in found.pages for f in page.feeds]
            if found.unchanged:  # the feeds those pages advertised when last read
                feeds += self.index.found_feeds(source.name)
            if not feeds:  # only the site's feeds: one of them may be this listing's own
                others = [f for page in found.pages for f in page.other_feeds][:MAX_OTHER_FEEDS]
        async with asyncio.TaskGroup() as group:
            tasks = {
                url: group.create_task(self._feed(url, source, scope, stats, dry_run))
                for url in dict.fromkeys([*feeds, *others])
            }
        found.feeds = {url: tuple(task.result()) for url, task in tasks.items()}
        for url in others:
            if not _same_list(found.feeds.get(url, ()), found.decision.articles):
                found.feeds.pop(url, None)
        if not dry_run and found.pages:
            self.index.save_found_feeds(source.name, set(found.feeds) - set(source.feeds))
        return found

    async def _listing_chain(
        self,
        start: str,
        source: Source,
        scope: Scope,
        stats: PassStats,
        learned: Sequence[urlshape.Template],
        found: Discovery,
        dry_run: bool,
    ) -> None:
        """A columnist page and its next pages, up to `max_index_pages`; the chain stops
        on a loop, on the last page, or on a page whose listing has nothing new."""
        page: str | None = scope.normalize(start)
        seen: set[str] = set()
        chain: list[listing.Page] = []
        taken: set[str] = set()
        while page and page not in seen and len(seen) < source.max_index_pages:
            seen.add(page)
            # Once a page of the chain has changed, the next ones are read in full, even
            # if unchanged: telling the listing from the chrome takes two pages.
            full = dry_run or bool(chain)
            fetched, links = await self._document(page, "html", source, scope, stats, full)
            if fetched is None:  # unchanged (follow the stored next page) or failed
                if links:
                    found.unchanged.append(page)
                page = links[0] if links else None
                continue
            try:
                read = await self._in_pool(
                    listing.read_page, fetched.text, fetched.url, source, scope
                )
            except Exception as exc:  # one unreadable page is one failure, not the pass's end
                stats.page_errors.append(f"listing: {page}: {type(exc).__name__}: {exc}")
                break
            if not dry_run:
                self._remember(page, fetched, [read.next_page] if read.next_page else [])
            chain.append(read)
            found.pages.append(read)
            now = set(listing.decide(chain, source, learned).articles)
            if len(chain) > 1 and now <= taken:
                break  # this page added nothing to the listing
            taken = now
            page = read.next_page

    async def _document(
        self,
        url: str,
        kind: Literal["html", "feed", "sitemap"],
        source: Source,
        scope: Scope,
        stats: PassStats,
        full: bool = False,
    ) -> tuple[Fetched | None, list[str]]:
        """A listing, feed or sitemap, fetched conditionally (or in `full`).

        Returns (the response, None-or-links): a changed document comes back to be
        parsed; an unchanged one (304) comes back as None with the links it gave
        last time (its next page, or a sitemap index's children).
        """
        stored = None if full else self.index.validators(url)
        try:
            fetched = await self.fetcher.get(
                url,
                kind,
                in_scope=scope,
                validators=stored[0] if stored else None,
                policy=source.policy(self.settings.fetch),
            )
        except DisallowedError as exc:
            stats.skipped += 1
            stats.notes.append(f"{exc.reason}: {exc}")
            return None, []
        except DeferredError as exc:
            stats.deferred += 1
            stats.notes.append(f"{exc.reason}: {exc}")
            return None, []
        except FetchError as exc:
            stats.page_errors.append(f"{exc.reason}: {exc}")
            return None, []
        self.on_event(Event("page", source.name, url=url))
        stats.pages += 1
        if fetched.not_modified and stored is not None:
            stats.unchanged_pages += 1
            return None, stored[1]
        return fetched, []

    def _remember(self, url: str, fetched: Fetched, links: list[str]) -> None:
        """Keep a document's validators, and the links a 304 will need, after parsing it."""
        if fetched.etag or fetched.last_modified:
            self.index.save_validators(url, Validators(fetched.etag, fetched.last_modified), links)

    async def _feed(
        self, url: str, source: Source, scope: Scope, stats: PassStats, dry_run: bool = False
    ) -> list[str]:
        fetched, _ = await self._document(url, "feed", source, scope, stats, dry_run)
        if fetched is None:
            return []
        links = await self._in_pool(discover.read_feed, fetched.body, fetched.url, scope)
        if not dry_run:
            self._remember(url, fetched, [])
        return list(links)

    async def _sitemaps(
        self, source: Source, scope: Scope, stats: PassStats, dry_run: bool = False
    ) -> list[str]:
        queue = list(source.sitemaps)
        seen: set[str] = set()
        urls: list[str] = []
        while queue and len(seen) < MAX_SITEMAPS:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            fetched, children = await self._document(url, "sitemap", source, scope, stats, dry_run)
            if fetched is None:
                queue.extend(children)
                continue
            try:
                sitemap = await self._in_pool(
                    discover.read_sitemap, fetched.body, fetched.url, scope
                )
            except Exception as exc:  # a broken sitemap is one failure, not a crash
                stats.page_errors.append(f"sitemap: {url}: {exc}")
                continue
            if not dry_run:
                self._remember(url, fetched, list(sitemap.sitemaps))
            urls.extend(sitemap.articles)
            queue.extend(sitemap.sitemaps)
        return urls

    # Articles ---------------------------------------------------------------

    async def _process_all(
        self,
        urls: Sequence[str],
        source: Source,
        scope: Scope | None,
        on_outcome: Callable[[Outcome], None] = lambda outcome: None,
        claim: bool = False,
    ) -> list[Outcome]:
        """Fetch, extract and store each URL; `on_outcome` hears of each as it settles.

        With `claim`, a URL another process (a daemon beside a one-off run) is
        fetching right now is left to it."""
        # Bound the tasks in flight; the fetcher bounds the requests themselves.
        limit = asyncio.Semaphore(self.settings.fetch.concurrency * 2)

        async def one(url: str) -> Outcome:
            async with limit:
                if claim and not self.index.claim(url, CLAIM_SECONDS):
                    return Outcome(url, "claimed")
                try:
                    outcome = await self._process(url, source, scope)
                except asyncio.CancelledError:
                    self.index.release(url)  # a stopped pass leaves it to the next one
                    raise
            on_outcome(outcome)
            self.on_event(Event("article", source.name, url=url, status=outcome.status))
            return outcome

        # A TaskGroup: should one URL raise a bug, the others are cancelled and awaited
        # before the pipeline closes the index under them.
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(url)) for url in urls]
        return [task.result() for task in tasks]

    async def _recheck(self, source: Source, scope: Scope, stats: PassStats) -> None:
        """Fetch again, conditionally, the source's articles published within `recheck`;
        an edited column becomes a new revision beside the old one."""
        if not source.recheck:
            return
        since = datetime.now(UTC) - parse_every(source.recheck)
        recent = list(self.index.records(source.name, since=since.strftime("%Y-%m-%d")))

        async def one(record: Record) -> None:
            validators = Validators(record.http.get("etag"), record.http.get("last_modified"))
            try:
                fetched, article = await self._fetch_article(record.url, source, scope, validators)
            except FetchError as exc:
                stats.notes.append(f"recheck: {exc.summary}")
                return
            if fetched.not_modified:
                stats.unchanged += 1
                return
            stats.count(self._store(record.url, source, fetched, article))

        async with asyncio.TaskGroup() as group:
            for record in recent:
                group.create_task(one(record))

    async def _fetch_article(
        self,
        url: str,
        source: Source,
        scope: Scope | None,
        validators: Validators | None = None,
    ) -> tuple[Fetched, Article]:
        """The page and its article; for a 304 the article is a placeholder, never used."""
        policy = source.policy(self.settings.fetch)
        fetched = await self.fetcher.get(
            url, "html", in_scope=scope, policy=policy, validators=validators
        )
        if fetched.not_modified:
            return fetched, _NOTHING
        article = await self._in_pool(extract_article, fetched.text, fetched.url, source.exclude)
        if article is None:
            raise ContentError(url, "no article text found on the page")
        return fetched, article

    async def _process(self, url: str, source: Source, scope: Scope | None) -> Outcome:
        try:
            fetched, article = await self._fetch_article(url, source, scope)
        except DisallowedError as exc:
            self.index.mark_skipped(url, source.name, exc.summary)
            return Outcome(url, "skipped", error=f"{url}: {exc.summary}")
        except DeferredError as exc:  # stays pending: robots.txt was unreachable
            return Outcome(url, "deferred", error=f"{url}: {exc.summary}")
        except FetchError as exc:
            fetch = self.settings.fetch
            state = self.index.mark_failed(
                url, source.name, exc.summary, fetch.failure_backoff, fetch.max_failures
            )
            dead = " (now dead)" if state == "dead" else ""
            return Outcome(url, "failed", error=f"{url}: {exc.summary}{dead}")
        if source.author and article.author and not same_author(source.author, article.author):
            why = f"other-author: by {article.author}, not {source.author}"
            self.index.mark_skipped(url, source.name, why, retry=False)
            return Outcome(url, "skipped", error=f"{url}: {why}")
        return self._store(url, source, fetched, article)

    def _learn_shape(self, source: Source) -> None:
        """Teach the source the URL templates of its archived columns (three alike at
        least), for later passes to rank and admit links by."""
        urls = self.index.record_urls(source.name)
        self.index.save_source_templates(source.name, urlshape.learn(urls, min_examples=3))

    def _learn_and_clean(self, final: str, source: Source, article: Article) -> str:
        """Learn the article's blocks for its host; its text without the host's boilerplate.
        An article counts once however many URLs it has (its canonical URL decides)."""
        host = host_key(final)
        self._hosts_learned.add(host)
        identity = record_id(self.normalize(article.canonical_url or final))
        parts = blocks(article.text)
        self.index.learn_blocks(host, identity, article.author, {fingerprint(b): b for b in parts})
        return self._clean(host, article.text, source)

    def _clean(
        self, host: str, text: str, source: Source, learned: dict[str, str] | None = None
    ) -> str:
        if learned is None:
            learned = self.index.boilerplate(host, self.settings.boilerplate.min_articles)
        cleaned = clean_text(
            text, learned, self.settings.boilerplate.min_length, source.keep, source.drop
        )
        return cleaned or text  # never archive an empty text for a page that had one

    def _reclean(self) -> int:
        """Clean again, in place, archived records that still hold what is now learned
        boilerplate: the first articles of a new source, a source whose pass ended
        before another source on its host taught the rest, records of earlier runs.
        Runs at the end of every pass and when the pipeline closes. Only the `.json`
        and `.md` are rewritten; the raw HTML stays. Returns how many changed."""
        sources = {s.name: s for s in self.settings.sources}
        settings = self.settings.boilerplate
        changed = 0
        for host in sorted(self._hosts_learned):
            learned = self.index.boilerplate(host, settings.min_articles)
            samples = [t for t in learned.values() if len(t) >= settings.min_length]
            for record in self.index.records_containing(host, samples):
                source = sources.get(record.source) or Source(name=record.source)
                cleaned = self._clean(host, record.text, source, learned)
                if cleaned != record.text:
                    record.text = cleaned
                    record.text_sha256 = sha256(cleaned)
                    self.archive.rewrite(record)
                    self.index.add_record(record)
                    changed += 1
        return changed

    def _store(self, url: str, source: Source, fetched: Fetched, extracted: Article) -> Outcome:
        """Archive an extracted article, or record it as an alias of the same text."""
        final = self.normalize(fetched.url)
        article = replace(extracted, text=self._learn_and_clean(final, source, extracted))
        text_sha256 = sha256(article.text)
        extracted_sha256 = sha256(extracted.text)
        # The text as extracted decides too: a copy fetched before the host's boilerplate
        # was learned still matches its original.
        same_text = self.index.record_with_text(text_sha256, extracted_sha256)
        if same_text is not None:
            if {url, final} <= {same_text.url, *same_text.aliases}:
                return Outcome(url, "unchanged", same_text)
            canonical = self.normalize(article.canonical_url) if article.canonical_url else None
            if final == canonical and same_text.url != final:
                # The page's own canonical URL came after a copy (a print or tracking
                # URL): the canonical one becomes the record's URL, the copy an alias.
                same_text.aliases.append(same_text.url)
                same_text.url = final
                for copy in same_text.aliases:
                    self.index.mark_alias(copy, source.name, same_text.id)
                self.index.mark_archived(final, source.name, same_text.id)
            for alias in (url, final):
                if alias != same_text.url and alias not in same_text.aliases:
                    same_text.aliases.append(alias)
                if alias != same_text.url:
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
        self.index.add_record(record, extracted_sha256)
        for seen in (final, url):
            self.index.mark_archived(seen, source.name, record.id)
        return Outcome(url, "revision" if previous else "new", record)

    # Re-extraction ----------------------------------------------------------

    async def reextract(self, source_name: str | None = None) -> dict[str, int]:
        """Extract and clean every record again from its stored raw HTML (no network);
        a record whose text changes gets a new revision beside the old one."""
        sources = {s.name: s for s in self.settings.sources}
        counts = {"records": 0, "changed": 0, "unchanged": 0, "failed": 0}
        limit = asyncio.Semaphore(self._workers * 2)

        async def one(record: Record) -> None:
            source = sources.get(record.source) or Source(name=record.source, pages=(record.url,))
            raw = self.archive.raw(record)
            async with limit:
                try:
                    _, html = decode_body(record.url, None, raw)
                    article = await self._in_pool(extract_article, html, record.url, source.exclude)
                except FetchError:
                    article = None
            counts["records"] += 1
            if article is None:
                counts["failed"] += 1
                return
            text = self._learn_and_clean(record.url, source, article)
            if text == record.text:
                counts["unchanged"] += 1
                return
            revision = replace(
                record,
                text=text,
                text_sha256=sha256(text),
                revision=record.revision + 1,
                title=article.title or record.title,
                author=article.author or record.author,
                date=article.date or record.date,
                extractor=_extractor_info(article.extractor),
                path="",
            )
            self.archive.write(revision, raw)
            self.index.add_record(revision, sha256(article.text))
            counts["changed"] += 1

        async with asyncio.TaskGroup() as group:
            for record in list(self.index.records(source_name)):
                group.create_task(one(record))
        return counts

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
                results.append((url, exc.summary))
        return results


_NOTHING = Article("", None, None, None, None, None, None, "")


def _same_list(entries: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether a feed is the listing itself: most of its newest entries are columns the
    listing pages show. A site's news feed shares few or none with a columnist's page."""
    if not entries or not listed:
        return False
    newest = entries[: max(len(listed), 5)]
    return sum(url in set(listed) for url in newest) >= 0.6 * min(len(newest), len(listed))


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
    retry_dead: bool = False,
) -> list[PassStats]:
    """One pass over the named sources (or all), in parallel."""
    sources = select_sources(settings, names)
    async with Pipeline(
        settings, transport=transport, on_event=on_event, retry_dead=retry_dead
    ) as pipeline:
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
    with Index.of_archive(settings.archive_root) as index:
        return index.summaries(s.name for s in settings.sources)


def daemon_pid(settings: Settings) -> int | None:
    """The pid of the daemon running on this archive, if one is."""
    return DaemonLock(settings.archive_root).holder()


def learned_boilerplate(settings: Settings, name: str | None = None) -> list[dict[str, Any]]:
    """The repeated blocks learned on the hosts of all sources, or of one source."""
    sources = select_sources(settings, [name] if name else [])
    hosts = {h for source in sources for host in Scope(source).hosts for h in (host, "www." + host)}
    with Index.of_archive(settings.archive_root) as index:
        return index.learned_blocks(hosts, settings.boilerplate.min_articles)


async def reextract_now(settings: Settings, source: str | None = None) -> dict[str, int]:
    if source:
        select_sources(settings, [source])
    async with Pipeline(settings) as pipeline:
        return await pipeline.reextract(source)


def revisions_of(settings: Settings, url: str) -> list[Record]:
    """Every revision of the record archived for this URL, oldest first."""
    with Index.of_archive(settings.archive_root) as index:
        return index.revisions(normalize(url))
