"""Plain data passed between the stages. No behaviour beyond small conveniences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["html", "feed", "sitemap", "robots"]


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
    # The exchange as it went over the wire, kept with the record for WARC export:
    # the response's and the request's header lines (names as sent), and the protocol.
    headers: tuple[tuple[str, str], ...] = ()
    request_headers: tuple[tuple[str, str], ...] = ()
    http_version: str = "HTTP/1.1"

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
    # The text cleaned in the worker with the host's learned boilerplate as it stood at
    # that generation (see boilerplate.Cleaning); the store uses it if nothing changed.
    cleaned: str | None = None
    cleaned_at: int | None = None
    # The page's own description of itself (its meta description), and the fingerprints
    # of the learned blocks the worker removed from the page before extracting it.
    summary: str | None = None
    stripped: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Filters:
    """Which records `list`, `search`, `export` and `stats` look at. `source` is exact;
    `author` matches any part of the author's name, ignoring case and accents; `since`
    and `until` are days (`YYYY-MM-DD`, both included) of publication, else of fetching."""

    source: str | None = None
    author: str | None = None
    since: str | None = None
    until: str | None = None


EVERYTHING = Filters()  # no filter: every record
