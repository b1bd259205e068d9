"""Dry runs of discovery: what a pass would take from a page, and why.

`discover` reads a source's listing pages (or any URLs) as a pass would, in
full and without writing to the index, and reports each link with its
verdict. `add` probes one page the same way and, when it holds a list of
columns, appends a source for it to the configuration file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from slugify import slugify

from . import config
from .errors import NotAListingError, UsageError
from .listing import Verdict
from .pipeline import Discovery, PassStats, Pipeline, select_sources
from .settings import Settings, Source, check_name, check_url, parse_every
from .urls import host_key


@dataclass(frozen=True)
class LinkVerdict:
    url: str
    column: bool  # discovery takes it as a column
    fetch: bool  # a pass would fetch it now
    reason: str
    page: str


@dataclass
class Probe:
    """The dry run of one source: its pages, listing blocks, feeds and every link."""

    source: str
    pages: list[dict[str, Any]] = field(default_factory=list)
    listings: list[dict[str, Any]] = field(default_factory=list)
    feeds: list[dict[str, Any]] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    links: list[LinkVerdict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[LinkVerdict]:
        return [link for link in self.links if link.column]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["columns"] = len(self.columns)
        return data


def _sources_for(settings: Settings, urls: Sequence[str], name: str | None) -> list[Source]:
    """The sources to probe: the named one, or one per host of the URLs (a configured
    source of that host lends its settings)."""
    if name:
        return select_sources(settings, [name])
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        try:
            check_url(url)
        except ValueError as exc:
            raise UsageError(f"{exc}") from None
        by_host[host_key(url)].append(url)
    out = []
    for host, pages in by_host.items():
        known = next(
            (s for s in settings.sources if s.pages and host_key(s.pages[0]) == host), None
        )
        if known is not None:
            out.append(
                known.model_copy(update={"pages": tuple(pages), "feeds": (), "sitemaps": ()})
            )
        else:
            out.append(Source(name=suggest_name(pages[0]), pages=tuple(pages)))
    return out


async def discover(
    settings: Settings, urls: Sequence[str] = (), source_name: str | None = None
) -> list[Probe]:
    """What a pass would take from these URLs, or from the named source's pages."""
    sources = _sources_for(settings, urls, source_name)
    probes = []
    async with Pipeline(settings) as pipeline:
        for source in sources:
            stats = PassStats(source.name)
            found = await pipeline.explore(source, stats, dry_run=True)
            probes.append(await _report(pipeline, source, found, stats))
    return probes


async def _report(pipeline: Pipeline, source: Source, found: Discovery, stats: PassStats) -> Probe:
    decision = found.decision
    probe = Probe(source.name, errors=[*stats.page_errors, *stats.notes])
    for page in found.pages:
        probe.pages.append(
            {
                "url": page.url,
                "title": page.title,
                "next_page": page.next_page,
                "links": len(page.links),
                "article": page.article,
                "other_feeds": list(page.other_feeds),
            }
        )
    for block in decision.listings:
        probe.listings.append(
            {
                "number": block.number,
                "pages": block.pages,
                "label": block.label,
                "container": block.key,
                "links": len(block.urls),
            }
        )
    probe.templates = [str(t) for t in decision.templates]
    verdicts = {v.url: v for v in decision.verdicts}
    for feed, entries in found.feeds.items():
        probe.feeds.append({"url": feed, "entries": len(entries)})
        for url in entries:
            if url not in verdicts or not verdicts[url].taken:
                verdicts[url] = _feed_verdict(url, feed)
    for url in found.sitemap_links:
        verdicts.setdefault(url, _feed_verdict(url, "sitemap"))
    columns = [v.url for v in verdicts.values() if v.taken]
    archived = pipeline.known(columns)
    for verdict in verdicts.values():
        reason, fetch = verdict.reason, verdict.taken
        if verdict.taken and verdict.url in archived:
            reason, fetch = f"already archived ({reason})", False
        elif verdict.taken:
            refused = await pipeline.robots_refusal(verdict.url, source)
            if refused:
                reason, fetch = f"robots: {refused} ({reason})", False
        probe.links.append(LinkVerdict(verdict.url, verdict.taken, fetch, reason, verdict.page))
    return probe


def _feed_verdict(url: str, feed: str) -> Verdict:
    where = "in the sitemaps" if feed == "sitemap" else f"in the feed {feed}"
    return Verdict(url, True, where, feed)


# Adding a source -------------------------------------------------------------


@dataclass(frozen=True)
class Added:
    name: str
    entry: str  # the TOML appended
    probe: Probe


def suggest_name(url: str) -> str:
    """A source name from a page URL: the site's name and the page's last words."""
    parts = urlsplit(url)
    host = (parts.hostname or "site").lower().removeprefix("www.")
    site = host.split(".")[-2] if host.count(".") >= 1 and not _is_ip(host) else host
    words = [w for w in parts.path.split("/") if w and not w.isdigit()]
    tail = words[-1] if words else ""
    name = slugify(f"{site} {tail}", max_length=60, word_boundary=True) or "source"
    return name if name[0].isalnum() else "s-" + name


def _is_ip(host: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host))


async def add(
    settings: Settings, url: str, name: str | None = None, every: str | None = None
) -> Added:
    """Probe `url` and, if it lists columns, append a `[[sources]]` entry for it to the
    configuration file (its comments and layout kept); NotAListingError otherwise."""
    if every is not None:
        try:
            parse_every(every)
        except ValueError as exc:
            raise UsageError(f"--every: {exc}") from None
    taken_names = {s.name for s in settings.sources}
    try:
        check_url(url)
        if name is not None:
            check_name(name)
    except ValueError as exc:
        raise UsageError(f"{exc}") from None
    if name in taken_names:
        raise UsageError(f"a source named {name!r} is already in {settings.config_path}")
    source = Source(name=name or suggest_name(url), pages=(url,))
    async with Pipeline(settings) as pipeline:
        stats = PassStats(source.name)
        found = await pipeline.explore(source, stats, dry_run=True)
        probe = await _report(pipeline, source, found, stats)
    if not found.pages:
        why = stats.page_errors[0] if stats.page_errors else "the page could not be read"
        why = re.sub(r"https?://\S+: ", "", why)  # the URL is said once, in front
        raise NotAListingError(f"{url}: not added: {why}")
    first = found.pages[0]
    if first.article:
        raise NotAListingError(f"{url}: not added: an article ({first.article}), not a listing")
    if not probe.columns:
        raise NotAListingError(f"{url}: not added: no list of columns found on the page")
    chosen = name or _free_name(source.name, taken_names)
    entry = config.append_source(settings.config_path, chosen, url, every or "1h")
    return Added(chosen, entry, probe)


def _free_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name}-{n}" in taken:
        n += 1
    return f"{name}-{n}"
