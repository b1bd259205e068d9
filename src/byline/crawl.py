"""Finding a source's articles: its listing pages and their next pages, its feeds
(given, advertised by its pages, or a site feed that turns out to be its own) and
its sitemaps.

Listings, feeds and sitemaps are fetched conditionally: a page that answers 304
gives back the links it gave last time (its next page, a sitemap index's
children), kept with its validators in the index's HTTP cache. Parsing runs in
the worker pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from . import discover, listing, urlshape
from .discover import Scope
from .errors import DeferredError, DisallowedError, FetchError
from .fetch import Fetcher
from .index import Index
from .models import Fetched, Validators
from .stats import Event, PassContext
from .workers import Workers

MAX_SITEMAPS = 50
MAX_OTHER_FEEDS = 2  # site feeds read to see whether one is a listing's own


@dataclass
class Discovery:
    """What a source's pages, feeds and sitemaps offered in one pass, and the decision."""

    source: str
    pages: list[listing.Page] = field(default_factory=list)  # listing pages read
    unchanged: list[str] = field(default_factory=list)  # listing pages that answered 304
    decision: listing.Decision = field(default_factory=listing.Decision.empty)
    feeds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # feed: its links
    sitemap_links: tuple[str, ...] = ()
    # Kept by `Crawler.settle` once the candidates are pending, never before: a page
    # cached as read while its links were lost would answer 304 and offer them no more.
    validators: list[tuple[str, Validators, list[str]]] = field(default_factory=list)
    advertised: set[str] | None = None  # the feeds the listing pages advertised

    @property
    def candidates(self) -> tuple[str, ...]:
        feeds = (url for links in self.feeds.values() for url in links)
        return tuple(dict.fromkeys([*self.decision.articles, *feeds, *self.sitemap_links]))


class Crawler:
    def __init__(
        self,
        fetcher: Fetcher,
        index: Index,
        workers: Workers,
        on_event: Callable[[Event], None],
    ) -> None:
        self.fetcher = fetcher
        self.index = index
        self.workers = workers
        self.on_event = on_event

    async def explore(self, ctx: PassContext) -> Discovery:
        """Read the source's listing pages (and their next pages), decide which links are
        its columns, then read its feeds, those its pages advertise, and its sitemaps.

        Writes nothing to the index: `settle` keeps what the next pass needs. A
        `dry_run` pass fetches every page in full."""
        source = ctx.source
        learned = self.index.passes.templates(source.name)
        found = Discovery(source.name)
        async with asyncio.TaskGroup() as group:
            for page in source.pages:
                group.create_task(self._listing_chain(page, ctx, learned, found))
            sitemaps = group.create_task(self._sitemaps(ctx, found))
        found.sitemap_links = tuple(sitemaps.result())
        found.decision = listing.decide(found.pages, source, learned)
        feeds = list(source.feeds)
        others: list[str] = []
        if source.find_feeds and not source.link_selector:
            feeds += [f for page in found.pages for f in page.feeds]
            if found.unchanged:  # the feeds those pages advertised when last read
                feeds += self.index.passes.feeds(source.name)
            if not feeds:  # only the site's feeds: one of them may be this listing's own
                others = [f for page in found.pages for f in page.other_feeds][:MAX_OTHER_FEEDS]
        async with asyncio.TaskGroup() as group:
            tasks = {
                url: group.create_task(self._feed(url, ctx, found))
                for url in dict.fromkeys([*feeds, *others])
            }
        found.feeds = {url: tuple(task.result()) for url, task in tasks.items()}
        for url in others:
            if not same_list(found.feeds.get(url, ()), found.decision.articles):
                found.feeds.pop(url, None)
        if found.pages:
            found.advertised = set(found.feeds) - set(source.feeds)
        return found

    def settle(self, found: Discovery) -> None:
        """Keep what the pages read in `found` need for the next pass: their validators
        and the links a 304 gives back, and the feeds the listing pages advertised. Call
        it once the candidates are pending (in the same transaction)."""
        with self.index.transaction():
            for url, validators, links in found.validators:
                self.index.http.save_validators(url, validators, links)
            if found.advertised is not None:
                self.index.passes.save_feeds(found.source, found.advertised)

    async def _listing_chain(
        self,
        start: str,
        ctx: PassContext,
        learned: Sequence[urlshape.Template],
        found: Discovery,
    ) -> None:
        """A columnist page and its next pages, up to `max_index_pages`; the chain stops
        on a loop, on the last page, or on a page whose listing has nothing new."""
        source, scope = ctx.source, _scope(ctx)
        page: str | None = scope.normalize(start)
        seen: set[str] = set()
        chain: list[listing.Page] = []
        taken: set[str] = set()
        while page and page not in seen and len(seen) < source.max_index_pages:
            seen.add(page)
            # Once a page of the chain has changed, the next ones are read in full, even
            # if unchanged: telling the listing from the chrome takes two pages.
            full = ctx.dry_run or bool(chain)
            fetched, links = await self._document(page, "html", ctx, full)
            if fetched is None:  # unchanged (follow the stored next page) or failed
                if links:
                    found.unchanged.append(page)
                page = links[0] if links else None
                continue
            try:
                read = await self.workers.run(
                    listing.read_page, fetched.text, fetched.url, source, scope
                )
            except Exception as exc:  # one unreadable page is one failure, not the pass's end
                ctx.stats.page_errors.append(f"listing: {page}: {type(exc).__name__}: {exc}")
                break
            _remember(found, page, fetched, [read.next_page] if read.next_page else [])
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
        ctx: PassContext,
        full: bool = False,
    ) -> tuple[Fetched | None, list[str]]:
        """A listing, feed or sitemap, fetched conditionally (or in `full`).

        Returns (the response, None-or-links): a changed document comes back to be
        parsed; an unchanged one (304) comes back as None with the links it gave
        last time (its next page, or a sitemap index's children).
        """
        stats = ctx.stats
        stored = None if full else self.index.http.validators(url)
        try:
            fetched = await self.fetcher.get(
                url,
                kind,
                in_scope=ctx.scope,
                validators=stored[0] if stored else None,
                policy=ctx.policy,
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
        self.on_event(Event("page", ctx.source.name, url=url))
        stats.pages += 1
        if fetched.not_modified and stored is not None:
            stats.unchanged_pages += 1
            return None, stored[1]
        return fetched, []

    async def _feed(self, url: str, ctx: PassContext, found: Discovery) -> list[str]:
        fetched, _ = await self._document(url, "feed", ctx, ctx.dry_run)
        if fetched is None:
            return []
        try:
            links = await self.workers.run(
                discover.read_feed, fetched.body, fetched.url, _scope(ctx)
            )
        except Exception as exc:  # a broken feed is one failure, not the pass's end
            ctx.stats.page_errors.append(f"feed: {url}: {type(exc).__name__}: {exc}")
            return []
        _remember(found, url, fetched, [])
        return list(links)

    async def _sitemaps(self, ctx: PassContext, found: Discovery) -> list[str]:
        queue = list(ctx.source.sitemaps)
        seen: set[str] = set()
        urls: list[str] = []
        while queue and len(seen) < MAX_SITEMAPS:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            fetched, children = await self._document(url, "sitemap", ctx, ctx.dry_run)
            if fetched is None:
                queue.extend(children)
                continue
            try:
                sitemap = await self.workers.run(
                    discover.read_sitemap, fetched.body, fetched.url, _scope(ctx)
                )
            except Exception as exc:  # a broken sitemap is one failure, not a crash
                ctx.stats.page_errors.append(f"sitemap: {url}: {exc}")
                continue
            _remember(found, url, fetched, list(sitemap.sitemaps))
            urls.extend(sitemap.articles)
            queue.extend(sitemap.sitemaps)
        return urls


def _remember(found: Discovery, url: str, fetched: Fetched, links: list[str]) -> None:
    """Note a document's validators, and the links a 304 will need, for `settle`."""
    if fetched.etag or fetched.last_modified:
        found.validators.append((url, Validators(fetched.etag, fetched.last_modified), links))


def _scope(ctx: PassContext) -> Scope:
    assert ctx.scope is not None, "a crawl always has the source's scope"
    return ctx.scope


def same_list(entries: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether a feed is the listing itself: most of its newest entries are columns the
    listing pages show. A site's news feed shares few or none with a columnist's page."""
    if not entries or not listed:
        return False
    newest = entries[: max(len(listed), 5)]
    return sum(url in set(listed) for url in newest) >= 0.6 * min(len(newest), len(listed))
