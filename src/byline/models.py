"""Plain data passed between the stages. No behaviour beyond small conveniences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["html", "feed", "sitemap"]


@dataclass(frozen=True)
class FetchSettings:
    """How byline talks to websites (the `[fetch]` table)."""

    user_agent: str = "byline/0.1 (+https://github.com/byline-archive/byline)"
    per_host_delay: float = 1.0
    concurrency: int = 8
    per_host_concurrency: int = 2
    timeout: float = 30.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    allow_private_networks: bool = False


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


@dataclass(frozen=True)
class Settings:
    """The whole configuration."""

    config_path: str
    archive_root: str
    fetch: FetchSettings
    sources: tuple[Source, ...]

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


@dataclass(frozen=True)
class Link:
    """A candidate article URL and where it was found."""

    url: str
    found_on: str


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
