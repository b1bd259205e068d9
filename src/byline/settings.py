"""The settings: one validated model per table of `config.toml`, each default written
once, here. `config.load` reads the file into them; the rest of byline reads them.

    Settings
    ├── fetch        FetchSettings        how byline talks to websites
    ├── sources      tuple[Source, ...]   the columnist sources
    ├── daemon       DaemonSettings       how `byline daemon` behaves
    ├── boilerplate  BoilerplateSettings  learned boilerplate
    ├── discovery    DiscoverySettings    how links are found and identified
    └── extract      ExtractSettings      parsing pages in the workers

The models are frozen and strict: a string where a number belongs, an unknown
key or a bad URL is refused with the key's name (config.py adds the file and
line). Lists in the file become tuples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

_EVERY_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
DEFAULT_EVERY = "1h"
MAX_EVERY = timedelta(days=366)  # the longest interval between two passes
MAX_RECHECK = timedelta(days=36_525)  # re-checking a century back is re-checking everything
DAY = 86_400.0


# Checks of single values (also used by `byline add`) ------------------------------


def parse_every(text: str, longest: timedelta = MAX_EVERY) -> timedelta:
    """`45s`, `30m`, `6h`, `1d` to a timedelta, at most `longest`; ValueError otherwise."""
    match = _EVERY_RE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval like 45s, 30m, 6h or 1d")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds > longest.total_seconds():
        raise ValueError(f"{text!r} is longer than the longest allowed, {longest.days}d")
    return timedelta(seconds=seconds)


def check_url(url: str) -> str:
    """`url` if it is an http(s) URL with a host; ValueError otherwise."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        raise ValueError(f"{url!r} is not an http(s) URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def check_name(name: str) -> str:
    """`name` if it can name a source (it is used in paths); ValueError otherwise."""
    if not _NAME_RE.match(name):
        raise ValueError(
            f"{name!r} is not a source name: use lower-case letters, digits, '.', '-' or '_'"
        )
    return name


def check_cron(expression: str, timezone: str | None = None) -> None:
    """Raise ValueError unless `expression` is a five-field crontab APScheduler accepts."""
    from apscheduler.triggers.cron import CronTrigger

    if len(expression.split()) != 5:
        raise ValueError(f"{expression!r} is not a five-field cron expression")
    try:
        CronTrigger.from_crontab(expression, timezone=timezone)
    except ValueError as exc:
        raise ValueError(f"{expression!r} is not a valid cron expression ({exc})") from None


def _check_every(text: str) -> str:
    parse_every(text)
    return text


def _check_recheck(text: str) -> str:
    parse_every(text, MAX_RECHECK)
    return text


def _check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a known time zone") from None
    return name


def _check_cron(expression: str) -> str:
    check_cron(expression)  # the time zone does not change which expressions are valid
    return expression


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a regular expression: {exc}") from None
    return pattern


def _check_selector(selector: str) -> str:
    """Checked by lxml's own translator, which is what applies `exclude` and
    `link_selector` (some selectors other libraries accept, it refuses)."""
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    try:
        CSSSelector(selector, translator="html")  # as `tree.cssselect` applies it
    except SelectorError as exc:
        raise ValueError(f"{selector!r} is not a CSS selector byline can use: {exc}") from None
    return selector


def _check_header(value: str) -> str:
    if _CONTROL_RE.search(value):
        raise ValueError("must not hold control characters (a line break would end the header)")
    return value


def _check_token(value: str) -> str:
    _check_header(value)
    if value and (len(value) < 16 or value != value.strip()):
        raise ValueError("a token is 16 characters at least, with no space around it")
    return value


def _check_param(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+\*?", name):
        raise ValueError(f"{name!r} is not a query parameter name (a trailing * makes a prefix)")
    return name


# An int is a float too; infinity and NaN are refused (model_config), and so is a wait
# no one means (a day at most, unless a field says otherwise).
Seconds = Annotated[float, Strict(), Field(ge=0, le=DAY)]
Url = Annotated[StrictStr, AfterValidator(check_url)]
Selector = Annotated[StrictStr, AfterValidator(_check_selector)]
Regex = Annotated[StrictStr, AfterValidator(_check_regex)]
Every = Annotated[StrictStr, AfterValidator(_check_every)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# The tables ---------------------------------------------------------------------


class ArchiveSettings(_Table):
    """Where the archive lives (the `[archive]` table)."""

    root: StrictStr = "archive"  # relative to the configuration file


class FetchSettings(_Table):
    """How byline talks to websites (the `[fetch]` table)."""

    user_agent: Annotated[StrictStr, AfterValidator(_check_header), Field(min_length=1)] = (
        "byline/0.1 (+https://github.com/byline-archive/byline)"
    )
    per_host_delay: Seconds = 1.0  # seconds between request starts to one host
    concurrency: Annotated[StrictInt, Field(ge=1, le=256)] = 8  # in flight, all hosts
    per_host_concurrency: Annotated[StrictInt, Field(ge=1, le=64)] = 2  # to one host
    timeout: Annotated[float, Strict(), Field(gt=0, le=3600)] = 30.0  # one request, body too
    max_bytes: Annotated[StrictInt, Field(ge=1024, le=2**31)] = 10_000_000  # decoded
    max_redirects: Annotated[StrictInt, Field(ge=0, le=30)] = 5
    allow_private_networks: StrictBool = False
    allow_private_hosts: tuple[StrictStr, ...] = ()  # host[:port] allowed although private
    retries: Annotated[StrictInt, Field(ge=0, le=20)] = 3  # further tries within one pass
    backoff: Seconds = 1.0  # first wait before a retry; doubles, with jitter
    max_backoff: Seconds = 60.0
    max_retry_after: Seconds = 120.0  # a longer Retry-After defers the host
    respect_robots: StrictBool = True
    robots_ttl: Annotated[float, Strict(), Field(ge=0, le=30 * DAY)] = 86_400.0  # trusted
    max_crawl_delay: Seconds = 60.0  # a larger Crawl-delay is taken as this
    # Wait before a failed URL's next pass; doubles per failure (up to a year).
    failure_backoff: Annotated[float, Strict(), Field(ge=0, le=30 * DAY)] = 3_600.0
    max_failures: Annotated[StrictInt, Field(ge=1, le=1000)] = 5  # failed passes, then dead

    @field_validator("allow_private_hosts")
    @classmethod
    def _lower_hosts(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(h.lower() for h in hosts)


@dataclass(frozen=True)
class HostPolicy:
    """How one source wants its hosts treated (the source's overrides, else `[fetch]`)."""

    delay: float
    limit: int
    respect_robots: bool


class Source(_Table):
    """One columnist source (a `[[sources]]` entry)."""

    name: Annotated[StrictStr, AfterValidator(check_name)]
    pages: tuple[Url, ...] = ()
    feeds: tuple[Url, ...] = ()
    sitemaps: tuple[Url, ...] = ()
    hosts: tuple[StrictStr, ...] = ()  # other hosts whose links count as this source's
    every: Every | None = None  # DEFAULT_EVERY when there is no cron either
    cron: Annotated[StrictStr, AfterValidator(_check_cron)] | None = None
    timezone: Annotated[StrictStr, AfterValidator(_check_timezone)] | None = None
    max_index_pages: Annotated[StrictInt, Field(ge=1, le=100)] = 3
    link_selector: Selector | None = None
    match: Regex | None = None
    exclude: tuple[Selector, ...] = ()
    per_host_delay: Seconds | None = None
    per_host_concurrency: Annotated[StrictInt, Field(ge=1, le=64)] | None = None
    respect_robots: StrictBool | None = None
    # Re-fetch the articles published this recently ("7d").
    recheck: Annotated[StrictStr, AfterValidator(_check_recheck)] | None = None
    keep: tuple[Regex, ...] = ()  # paragraphs matching these patterns are never removed
    drop: tuple[Regex, ...] = ()  # paragraphs matching these patterns are always removed
    author: Annotated[StrictStr, Field(min_length=2)] | None = None  # others' are skipped
    find_feeds: StrictBool = True  # read the feeds its listing pages advertise

    @model_validator(mode="before")
    @classmethod
    def _default_schedule(cls, data: Any) -> Any:
        if isinstance(data, dict) and not (data.get("every") or data.get("cron")):
            return {**data, "every": DEFAULT_EVERY}
        return data

    @field_validator("hosts")
    @classmethod
    def _lower_hosts(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(h.lower() for h in hosts)

    @model_validator(mode="after")
    def _consistent(self) -> Source:
        if not (self.pages or self.feeds or self.sitemaps):
            raise ValueError("a source needs at least one of pages, feeds or sitemaps")
        if self.every and self.cron:
            raise ValueError("give either every or cron, not both")
        if self.timezone and not self.cron:
            raise ValueError("timezone applies to cron schedules only")
        return self

    def policy(self, fetch: FetchSettings) -> HostPolicy:
        """This source's pacing and robots rule, falling back on `[fetch]`."""
        return HostPolicy(
            delay=fetch.per_host_delay if self.per_host_delay is None else self.per_host_delay,
            limit=self.per_host_concurrency or fetch.per_host_concurrency,
            respect_robots=(
                fetch.respect_robots if self.respect_robots is None else self.respect_robots
            ),
        )


class DaemonSettings(_Table):
    """How `byline daemon` behaves (the `[daemon]` table)."""

    stop_timeout: Seconds = 30.0  # seconds in-flight passes get to finish on SIGTERM
    max_jitter: Seconds = 60.0  # a pass starts up to 10% of its interval late, at most this


class BoilerplateSettings(_Table):
    """Learned boilerplate (the `[boilerplate]` table)."""

    min_articles: Annotated[StrictInt, Field(ge=2)] = 3  # distinct articles of a host
    min_length: Annotated[StrictInt, Field(ge=1)] = 40  # shorter go only beside longer ones


class ExtractSettings(_Table):
    """Parsing pages in the worker processes (the `[extract]` table)."""

    # Seconds one page may take to parse; a worker that overruns is killed and replaced.
    timeout: Annotated[float, Strict(), Field(gt=0, le=3600)] = 60.0


class DiscoverySettings(_Table):
    """How links are found and identified (the `[discovery]` table)."""

    # Query parameters removed besides urls.TRACKING_PARAMS; a trailing * makes a prefix.
    strip_params: tuple[Annotated[StrictStr, AfterValidator(_check_param)], ...] = ()


class ServeSettings(_Table):
    """`byline serve`, the reading room (the `[serve]` table)."""

    host: Annotated[StrictStr, Field(min_length=1)] = "127.0.0.1"
    port: Annotated[StrictInt, Field(ge=0, le=65535)] = 8080
    # Asked of every request when set; required to bind anything but the loopback.
    token: Annotated[StrictStr, AfterValidator(_check_token)] = ""
    page_size: Annotated[StrictInt, Field(ge=1, le=500)] = 50  # columns a page
    hits_per_page: Annotated[StrictInt, Field(ge=1, le=200)] = 20  # search hits a page


class ConfigFile(_Table):
    """The whole file, as written."""

    archive: ArchiveSettings = ArchiveSettings()
    fetch: FetchSettings = FetchSettings()
    daemon: DaemonSettings = DaemonSettings()
    boilerplate: BoilerplateSettings = BoilerplateSettings()
    discovery: DiscoverySettings = DiscoverySettings()
    extract: ExtractSettings = ExtractSettings()
    serve: ServeSettings = ServeSettings()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Settings:
    """The configuration in force: the file's tables, where the file is, and the archive's
    root resolved against it."""

    config_path: str
    archive_root: str
    fetch: FetchSettings = field(default_factory=FetchSettings)
    sources: tuple[Source, ...] = ()
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    boilerplate: BoilerplateSettings = field(default_factory=BoilerplateSettings)
    discovery: DiscoverySettings = field(default_factory=DiscoverySettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)
