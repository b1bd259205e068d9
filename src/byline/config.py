"""Read `config.toml` into validated `Settings`.

Validation is pydantic's; this module only turns its findings into one line a
person can act on: the file, the line (located in the TOML text), the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from .archive import atomic_write
from .errors import ConfigError
from .models import (
    BoilerplateSettings,
    DaemonSettings,
    DiscoverySettings,
    FetchSettings,
    Settings,
    Source,
)

DEFAULT_CONFIG = "config.toml"
ENV_CONFIG = "BYLINE_CONFIG"

_EVERY_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def parse_every(text: str) -> timedelta:
    """`45s`, `30m`, `6h`, `1d` to a timedelta; ValueError otherwise."""
    match = _EVERY_RE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval like 45s, 30m, 6h or 1d")
    return timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])


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


def _check_every(text: str) -> str:
    parse_every(text)
    return text


def _check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a known time zone") from None
    return name


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
    from soupsieve import SelectorSyntaxError, compile

    try:
        compile(selector)
    except SelectorSyntaxError as exc:
        reason = str(exc).splitlines()[0]  # soupsieve appends the pattern on further lines
        raise ValueError(f"{selector!r} is not a CSS selector: {reason}") from None
    return selector


def _check_param(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+\*?", name):
        raise ValueError(f"{name!r} is not a query parameter name (a trailing * makes a prefix)")
    return name


Url = Annotated[str, AfterValidator(check_url)]
Selector = Annotated[str, AfterValidator(_check_selector)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _ArchiveTable(_Strict):
    root: str = "archive"


class _FetchTable(_Strict):
    user_agent: str = FetchSettings.user_agent
    per_host_delay: float = Field(FetchSettings.per_host_delay, ge=0)
    concurrency: int = Field(FetchSettings.concurrency, ge=1, le=256)
    per_host_concurrency: int = Field(FetchSettings.per_host_concurrency, ge=1, le=64)
    timeout: float = Field(FetchSettings.timeout, gt=0)
    max_bytes: int = Field(FetchSettings.max_bytes, ge=1024)
    max_redirects: int = Field(FetchSettings.max_redirects, ge=0, le=30)
    allow_private_networks: bool = FetchSettings.allow_private_networks
    allow_private_hosts: list[str] = []
    retries: int = Field(FetchSettings.retries, ge=0, le=20)
    backoff: float = Field(FetchSettings.backoff, ge=0)
    max_backoff: float = Field(FetchSettings.max_backoff, ge=0)
    max_retry_after: float = Field(FetchSettings.max_retry_after, ge=0)
    respect_robots: bool = FetchSettings.respect_robots
    robots_ttl: float = Field(FetchSettings.robots_ttl, ge=0)
    max_crawl_delay: float = Field(FetchSettings.max_crawl_delay, ge=0)
    failure_backoff: float = Field(FetchSettings.failure_backoff, ge=0)
    max_failures: int = Field(FetchSettings.max_failures, ge=1, le=1000)


class _DaemonTable(_Strict):
    stop_timeout: float = Field(DaemonSettings.stop_timeout, ge=0)
    max_jitter: float = Field(DaemonSettings.max_jitter, ge=0)


class _BoilerplateTable(_Strict):
    min_articles: int = Field(BoilerplateSettings.min_articles, ge=2)
    min_length: int = Field(BoilerplateSettings.min_length, ge=1)


class _DiscoveryTable(_Strict):
    strip_params: list[Annotated[str, AfterValidator(_check_param)]] = []


class _SourceTable(_Strict):
    name: Annotated[str, AfterValidator(check_name)]
    pages: list[Url] = []
    feeds: list[Url] = []
    sitemaps: list[Url] = []
    hosts: list[str] = []
    every: Annotated[str, AfterValidator(_check_every)] | None = None
    cron: Annotated[str, AfterValidator(_check_cron)] | None = None
    timezone: Annotated[str, AfterValidator(_check_timezone)] | None = None
    max_index_pages: int = Field(Source.max_index_pages, ge=1, le=100)
    link_selector: Selector | None = None
    match: Annotated[str, AfterValidator(_check_regex)] | None = None
    exclude: list[Selector] = []
    per_host_delay: float | None = Field(None, ge=0)
    per_host_concurrency: int | None = Field(None, ge=1, le=64)
    respect_robots: bool | None = None
    recheck: Annotated[str, AfterValidator(_check_every)] | None = None
    keep: list[Annotated[str, AfterValidator(_check_regex)]] = []
    drop: list[Annotated[str, AfterValidator(_check_regex)]] = []
    author: Annotated[str, Field(min_length=2)] | None = None
    find_feeds: bool = Source.find_feeds

    @model_validator(mode="after")
    def _consistent(self) -> _SourceTable:
        if not (self.pages or self.feeds or self.sitemaps):
            raise ValueError("a source needs at least one of pages, feeds or sitemaps")
        if self.every and self.cron:
            raise ValueError("give either every or cron, not both")
        if self.timezone and not self.cron:
            raise ValueError("timezone applies to cron schedules only")
        return self


class _ConfigFile(_Strict):
    archive: _ArchiveTable = Field(default_factory=_ArchiveTable)
    fetch: _FetchTable = Field(default_factory=_FetchTable)
    daemon: _DaemonTable = Field(default_factory=_DaemonTable)
    boilerplate: _BoilerplateTable = Field(default_factory=_BoilerplateTable)
    discovery: _DiscoveryTable = Field(default_factory=_DiscoveryTable)
    sources: list[_SourceTable] = []


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The file to read: `--config`, else `$BYLINE_CONFIG`, else `./config.toml`."""
    return Path(explicit or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load(path: str | os.PathLike[str] | None = None, missing_ok: bool = False) -> Settings:
    """Read and validate the configuration; ConfigError with a one-line message on failure.
    With `missing_ok`, a file that does not exist reads as an empty one."""
    file = config_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        if not missing_ok:
            raise ConfigError(f"{file}: no such configuration file") from None
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read: {exc}") from None
    return _from_text(file, text)


def _from_text(file: Path, text: str) -> Settings:
    """The configuration in `text`, validated; errors name `file` and its lines."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_AT_RE.search(str(exc))
        where = f"{file}:{at.group(1)}" if at else str(file)
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    try:
        parsed = _ConfigFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(file, text, exc)) from None
    seen: set[str] = set()
    for number, source in enumerate(parsed.sources):
        if source.name in seen:
            loc = ("sources", number, "name")
            where = _where(file, text, loc)
            raise ConfigError(f"{where}: {_dotted(loc)}: two sources are named {source.name!r}")
        seen.add(source.name)
    return _settings(file, parsed)


def _settings(file: Path, parsed: _ConfigFile) -> Settings:
    root = Path(parsed.archive.root).expanduser()
    if not root.is_absolute():
        root = file.resolve().parent / root
    sources = tuple(
        Source(
            name=s.name,
            pages=tuple(s.pages),
            feeds=tuple(s.feeds),
            sitemaps=tuple(s.sitemaps),
            hosts=tuple(h.lower() for h in s.hosts),
            every=s.every if (s.every or s.cron) else Source.every,
            cron=s.cron,
            timezone=s.timezone,
            max_index_pages=s.max_index_pages,
            link_selector=s.link_selector,
            match=s.match,
            exclude=tuple(s.exclude),
            per_host_delay=s.per_host_delay,
            per_host_concurrency=s.per_host_concurrency,
            respect_robots=s.respect_robots,
            recheck=s.recheck,
            keep=tuple(s.keep),
            drop=tuple(s.drop),
            author=s.author,
            find_feeds=s.find_feeds,
        )
        for s in parsed.sources
    )
    return Settings(
        config_path=str(file),
        archive_root=str(root),
        fetch=FetchSettings(
            **{
                **parsed.fetch.model_dump(),
                "allow_private_hosts": tuple(h.lower() for h in parsed.fetch.allow_private_hosts),
            }
        ),
        sources=sources,
        daemon=DaemonSettings(**parsed.daemon.model_dump()),
        boilerplate=BoilerplateSettings(**parsed.boilerplate.model_dump()),
        discovery=DiscoverySettings(strip_params=tuple(parsed.discovery.strip_params)),
    )


def _describe(file: Path, text: str, exc: ValidationError) -> str:
    """The first validation error as `file:line: key: problem`."""
    errors = exc.errors()
    first = errors[0]
    loc = tuple(first["loc"])
    key = _dotted(loc)
    if first["type"] == "extra_forbidden":
        problem = "unknown key"
    elif first["type"] == "missing":
        problem = "required key is missing"
    else:
        problem = str(first["msg"]).removeprefix("Value error, ")
        if "input" in first and first["type"] not in ("value_error",):
            problem += f" (got {first['input']!r})"
    where = _where(file, text, loc)
    problem = " ".join(problem.splitlines())  # one line, whatever a validator said
    others = len(errors) - 1
    more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
    return f"{where}: {key}: {problem}{more}" if key else f"{where}: {problem}{more}"


def _where(file: Path, text: str, loc: tuple[Any, ...]) -> str:
    line = _locate(text, loc)
    return f"{file}:{line}" if line else str(file)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TOML_AT_RE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


def _locate(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line number of the key at `loc`, or of its table, scanning the TOML text."""
    table: tuple[Any, ...] = ()
    counts: dict[str, int] = {}
    table_line: dict[tuple[Any, ...], int] = {}
    # A list index inside a key's value (e.g. pages[2]) is reported on the key's line.
    path = tuple(part for i, part in enumerate(loc) if not (isinstance(part, int) and i > 1))
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER_RE.match(line)
        if header:
            name = header.group(2)
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                table = (name, counts[name])
            else:
                table = (name,)
            table_line.setdefault(table, number)
            continue
        key = _KEY_RE.match(line)
        if key and (*table, key.group(1)) == path:
            return number
    for length in range(len(path), 0, -1):
        if path[:length] in table_line:
            return table_line[path[:length]]
    return None


def append_source(path: str | os.PathLike[str], name: str, page: str, every: str) -> str:
    """Append a `[[sources]]` entry to the configuration file, keeping the rest of it as it
    is (comments, order, layout; tomlkit edits it). The new file is checked like any
    configuration before it replaces the old one, atomically. Returns the entry's TOML."""
    import tomlkit

    file = Path(path)
    text = file.read_text(encoding="utf-8") if file.exists() else ""

    def entry() -> Any:
        table = tomlkit.table()
        table.add("name", name)
        table.add("pages", [page])
        table.add("every", every)
        table.add(tomlkit.comment(f"added by byline add on {date.today().isoformat()}"))
        table.add(tomlkit.nl())
        return table

    try:
        document = tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    sources = document.get("sources")
    if sources is None:
        sources = tomlkit.aot()
        document.append("sources", sources)
    elif not isinstance(sources, tomlkit.items.AoT):
        raise ConfigError(f"{file}: sources is not an array of [[sources]] tables")
    sources.append(entry())
    shown = tomlkit.aot()
    shown.append(entry())
    block = tomlkit.dumps({"sources": shown})
    new_text = tomlkit.dumps(document)
    at = new_text.rfind(block)
    if at > 0 and new_text[at - 2 : at] != "\n\n":  # a blank line before the new table
        new_text = new_text[:at] + ("\n" if new_text[at - 1] == "\n" else "\n\n") + new_text[at:]
    _from_text(file, new_text)  # never write a configuration byline could not read back
    mode = file.stat().st_mode & 0o7777 if file.exists() else 0o644
    atomic_write(file, new_text.encode("utf-8"), mode=mode)
    return block
