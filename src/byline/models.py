"""Plain data passed between the stages. No behaviour beyond small conveniences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["html", "feed", "sitemap", "robots"]


@dataclass(frozen=True)
class FetchSettings:
    """How byline talks to websites (the `[fetch]` table). Every default is here."""

    user_agent: str = "byline/0.1 (+https://github.com/byline-archive/byline)"
    per_host_delay: float = 1.0  # seconds between request starts to one host
    concurrency: int = 8  # requests in flight, all hosts together
    per_host_concurrency: int = 2  # requests in flight to one host
    timeout: float = 30.0  # seconds one request may take, body included
    max_bytes: int = 10_000_000  # a larger (decoded) body is cut off
    max_redirects: int = 5
    allow_private_networks: bool = False
    allow_private_hosts: tuple[str, ...] = ()  # host[:port] allowed although private
    retries: int = 3  # further tries of a request within one pass
    backoff: float = 1.0  # first wait before a retry; doubles, with jitter
    max_backoff: float = 60.0
    max_retry_after: float = 120.0  # a longer Retry-After ends the pass for that URL
    respect_robots: bool = True
    robots_ttl: float = 86_400.0  # seconds a robots.txt is trusted
    max_crawl_delay: float = 60.0  # a larger Crawl-delay is taken as this
    failure_backoff: float = 3_600.0  # wait before a failed URL's next pass; doubles
    max_failures: int = 5  # failed passes before a URL is marked dead


@dataclass(frozen=True)
class HostPolicy:
    """How one source wants its hosts treated (the source's overrides, else `[fetch]`)."""

    delay: float
    limit: int
    respect_robots: bool


@dataclass(frozen=True)
class Source:
    """One configured columnist source (a `[[sources]]` entry)."""

    name: str
    pages: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    every: str | None = "1h"
    cron: str | None = None
    timezone: str | None = None
    max_index_pages: int = 3
    link_selector: str | None = None
    match: str | None = None
    exclude: tuple[str, ...] = ()
    per_host_delay: float | None = None
    per_host_concurrency: int | None = None
    respect_robots: bool | None = None
    recheck: str | None = None  # re-fetch articles published this recently ("7d")
    keep: tuple[str, ...] = ()  # paragraphs matching these patterns are never removed
    drop: tuple[str, ...] = ()  # paragraphs matching these patterns are always removed
    author: str | None = None  # the columnist: an article by someone else is skipped
    find_feeds: bool = True  # read the feeds its listing pages advertise

    def policy(self, fetch: FetchSettings) -> HostPolicy:
        """This source's pacing and robots rule, falling back on `[fetch]`."""
        return HostPolicy(
            delay=fetch.per_host_delay if self.per_host_delay is None else self.per_host_delay,
            limit=self.per_host_concurrency or fetch.per_host_concurrency,
            respect_robots=(
                fetch.respect_robots if self.respect_robots is None else self.respect_robots
            ),
        )


@dataclass(frozen=True)
class DaemonSettings:
    """How `byline daemon` behaves (the `[daemon]` table)."""

    stop_timeout: float = 30.0  # seconds in-flight passes get to finish on SIGTERM
    max_jitter: float = 60.0  # a pass starts up to 10% of its interval late, at most this


@dataclass(frozen=True)
class BoilerplateSettings:
    """Learned boilerplate (the `[boilerplate]` table)."""

    min_articles: int = 3  # distinct articles of a host a block must be seen on
    min_length: int = 40  # shorter blocks go only beside longer boilerplate


@dataclass(frozen=True)
class DiscoverySettings:
    """How links are found and identified (the `[discovery]` table)."""

    strip_params: tuple[str, ...] = ()  # query parameters removed besides TRACKING_PARAMS


@dataclass(frozen=True)
class Settings:
    """The whole configuration."""

    config_path: str
    archive_root: str
    fetch: FetchSettings
    sources: tuple[Source, ...]
    daemon: DaemonSettings = DaemonSettings()
    boilerplate: BoilerplateSettings = BoilerplateSettings()
    discovery: DiscoverySettings = DiscoverySettings()

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


@dataclass(frozen=True)
class Fetched:
    """A successful HTTP response, body decoded."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int
    content_type: str
    body: bytes
    text: str
    encoding: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """A 304: the stored copy is current, there is nothing to parse."""
        return self.status == 304


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends: the last response's ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Article:
    """What extraction makes of one page."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    language: str | None
    sitename: str | None
    canonical_url: str | None
    extractor: str


@dataclass
class Record:
    """One archived article: the `.json` file and one row of `byline export`."""

    id: str
    url: str
    canonical_url: str | None
    source: str
    title: str | None
    author: str | None
    date: str | None
    fetched_at: str
    language: str | None
    text: str
    text_sha256: str
    raw_sha256: str
    revision: int
    http: dict[str, Any]
    extractor: dict[str, str]
    path: str
    aliases: list[str] = field(default_factory=list)

    FIELDS = (
        "id",
        "url",
        "canonical_url",
        "source",
        "title",
        "author",
        "date",
        "fetched_at",
        "language",
        "text",
        "text_sha256",
        "raw_sha256",
        "revision",
        "http",
        "extractor",
        "path",
        "aliases",
    )

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(**{name: data[name] for name in cls.FIELDS if name in data})
