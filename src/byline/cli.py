"""The command line: parse, call one library function, show the result.

Exit status: 0 done (failed articles are recorded and retried next pass),
2 usage or configuration error, 1 anything else (another daemon holding the
archive included).
"""

from __future__ import annotations

import asyncio
import dataclasses
import difflib
import functools
import json
import os
import signal
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager, nullcontext
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table
from rich.text import Text

from . import __version__, config, export, pipeline, probe, queries
from .errors import BylineError, ConfigError, UsageError
from .index.search import Hit
from .models import Article, Filters, Record
from .settings import Settings

T = TypeVar("T")
out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out.width = 160  # a table piped to a file or a test keeps its timestamps whole
err = Console(stderr=True, highlight=False, soft_wrap=True)


class _Context:
    def __init__(self, config_path: str | None) -> None:
        self.config_path = config_path
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = config.load(self.config_path)
        return self._settings


pass_context = click.make_pass_decorator(_Context)


def _day_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day (YYYY-MM-DD)") from None


_FILTERS = (
    click.option("--source", metavar="SOURCE", help="Only this source's records."),
    click.option(
        "--author",
        metavar="NAME",
        help="Only records whose author's name holds NAME (case and accents ignored).",
    ),
    click.option(
        "--since",
        metavar="YYYY-MM-DD",
        callback=_day_option,
        help="Only records of this day (published, else fetched) or later.",
    ),
    click.option(
        "--until",
        metavar="YYYY-MM-DD",
        callback=_day_option,
        help="Only records of this day or earlier.",
    ),
)


def with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """The options every reading command shares, handed to it as one `filters`."""

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        source: str | None,
        author: str | None,
        since: str | None,
        until: str | None,
        **kwargs: Any,
    ) -> None:
        if since and until and since > until:
            raise UsageError(f"--since {since} is after --until {until}")
        command(*args, filters=Filters(source, author, since, until), **kwargs)

    for option in reversed(_FILTERS):
        wrapper = option(wrapper)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Configuration file (default: $BYLINE_CONFIG, else ./config.toml).",
)
@click.version_option(__version__, prog_name="byline")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """byline keeps a clean, dated archive of opinion columns."""
    ctx.obj = _Context(config_path)


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--retry-dead", is_flag=True, help="Also try URLs marked dead after failing.")
@pass_context
def run(ctx: _Context, sources: tuple[str, ...], retry_dead: bool) -> None:
    """One pass over all sources, or the named SOURCES: discover, fetch new, archive.

    Prints one line per source: pages read, new articles, failures. Failed
    articles are recorded and tried again on a later pass, waiting longer after
    each failure; after `max_failures` failed passes a URL is dead until
    --retry-dead. Exit status 1 when a source's pass ended in an internal error
    (the other sources' passes still run to their end).
    """
    settings = ctx.settings
    pipeline.select_sources(settings, sources)  # unknown names fail before any work
    with _progress() as on_event:
        results = _await(
            pipeline.run_sources(settings, sources, on_event=on_event, retry_dead=retry_dead)
        )
    for stats in results:
        out.print(stats.summary(), markup=False)
        for problem in [*stats.page_errors, *stats.errors][:5]:
            err.print(f"  {problem}", markup=False)
    broken = [stats for stats in results if stats.error]
    for stats in broken:  # a bug or the disk, not the site's fault: the others went on
        kind = "internal error: " if stats.internal else ""
        err.print(f"byline: {stats.source}: {kind}{stats.error}", markup=False)
        if os.environ.get("BYLINE_DEBUG") and stats.traceback:
            err.print(stats.traceback, markup=False)
    if broken:
        sys.exit(1)


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--print", "print_only", is_flag=True, help="Print the text; archive nothing.")
@pass_context
def fetch(ctx: _Context, urls: tuple[str, ...], print_only: bool) -> None:
    """Archive the article URLS now, seen before or not.

    With --print, write each article's title and text to stdout instead. Exit
    status 1 when any URL could not be fetched or held no article.
    """
    settings = ctx.settings
    failed = False
    if print_only:
        for url, result in _await(pipeline.extract_now(settings, urls)):
            if isinstance(result, Article):
                out.print(_as_text(result), markup=False)
            else:
                failed = True
                err.print(f"byline: {url}: {result}", markup=False)
    else:
        for outcome in _await(pipeline.fetch_now(settings, urls)):
            if outcome.status in ("failed", "skipped", "deferred"):
                failed = True
                err.print(f"{outcome.status:<10} {outcome.error}", markup=False)
            else:
                where = outcome.record.path if outcome.record else ""
                out.print(f"{outcome.status:<10} {outcome.url} -> {where}", markup=False)
    if failed:
        sys.exit(1)


@cli.command(name="discover")
@click.argument("urls", nargs=-1)
@click.option("--source", "source_name", metavar="SOURCE", help="Probe this source's pages.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def discover_command(
    ctx: _Context, urls: tuple[str, ...], source_name: str | None, as_json: bool
) -> None:
    """What a pass would take from the page URLS (or from --source's pages), archiving
    nothing: every link with its verdict and reason, the listing blocks found, the next
    pages and the feeds.

    Exit status 1 when no column was found.
    """
    if bool(urls) == bool(source_name):
        raise UsageError("give page URLs or --source NAME (one of the two)")
    settings = ctx.settings if source_name else config.load(ctx.config_path, missing_ok=True)
    probes = _await(probe.discover(settings, urls, source_name))
    if as_json:
        out.print_json(data=[p.to_dict() for p in probes])
    else:
        for report in probes:
            _print_probe(report)
    if not any(p.columns for p in probes):
        sys.exit(1)


def _print_probe(report: probe.Probe) -> None:
    out.print(f"source {report.source}", markup=False)
    for number, page in enumerate(report.pages, start=1):
        after = f" -> next {page['next_page']}" if page["next_page"] else " (last page)"
        out.print(f"  page {number}: {page['url']}{after}", markup=False)
        if page["article"]:
            out.print(f"    reads as an article: {page['article']}", markup=False)
    for block in report.listings:
        label = f' "{block["label"]}"' if block["label"] else ""
        pages = len(block["pages"])
        out.print(
            f"  listing block {block['number']}: {block['links']} links on"
            f" {_plural(pages, 'page')}{label} ({block['container']})",
            markup=False,
        )
    for feed in report.feeds:
        out.print(f"  feed {feed['url']}: {feed['entries']} entries", markup=False)
    if report.templates:
        out.print("  URL shape: " + ", ".join(report.templates), markup=False)
    for link in sorted(report.links, key=lambda v: (not v.column, not v.fetch)):
        mark = "take" if link.fetch else ("skip" if link.column else "reject")
        out.print(f"  {mark:<6} {link.url}  {link.reason}", markup=False)
    for problem in report.errors:
        err.print(f"  {problem}", markup=False)
    columns = report.columns
    fetch = sum(link.fetch for link in columns)
    out.print(
        f"{report.source}: {len(columns)} columns ({fetch} to fetch),"
        f" {len(report.links) - len(columns)} links rejected",
        markup=False,
    )


@cli.command()
@click.argument("url")
@click.option("--name", metavar="NAME", help="The source's name (default: from the URL).")
@click.option("--every", metavar="INTERVAL", help="How often to read it (default 1h).")
@pass_context
def add(ctx: _Context, url: str, name: str | None, every: str | None) -> None:
    """Probe the page URL like `discover`; if it lists columns, append a source for it
    to the configuration file, comments and layout kept, and print the entry.

    Exit status 1, the file untouched, when the page is not a listing.
    """
    settings = config.load(ctx.config_path, missing_ok=True)
    added = _await(probe.add(settings, url, name, every))
    columns = added.probe.columns
    err.print(
        f"{url}: {len(columns)} columns found; added source {added.name!r} to "
        f"{settings.config_path}:",
        markup=False,
    )
    out.print(added.entry.rstrip(), markup=False)


@cli.command()
@pass_context
def sources(ctx: _Context) -> None:
    """The configured sources, their last pass and their counts."""
    settings = ctx.settings
    summaries = {s.name: s for s in queries.source_status(settings)}
    daemon_pid = queries.daemon_pid(settings)
    table = Table(title=f"Sources in {settings.config_path}")
    columns = (
        "source",
        "schedule",
        "archived",
        "failing",
        "dead",
        "last pass",
        "result",
        "next run",
        "URL shape",
    )
    for column in columns:
        table.add_column(column)
    for source in settings.sources:
        summary = summaries[source.name]
        table.add_row(
            source.name,
            f"cron {source.cron}" if source.cron else f"every {source.every}",
            str(summary.records),
            str(summary.failed),
            str(summary.dead),
            summary.last_started or "never",
            summary.last_result or ("running" if summary.last_started else "-"),
            (summary.next_run or "-") if daemon_pid else "no daemon",
            "\n".join(summary.url_shapes[:2]) or "-",
        )
    out.print(table)
    for summary in summaries.values():
        if summary.last_result == "error":
            line = f"{summary.name}: last pass ended in an error: {summary.last_error}"
            out.print(line, markup=False)
    if daemon_pid:
        out.print(f"daemon running (pid {daemon_pid})")


@cli.command()
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Readable lines, or one JSON object per line.",
)
@click.option(
    "--status-port",
    type=click.IntRange(0, 65535),
    metavar="PORT",
    help="Serve /health, /status and /metrics on 127.0.0.1:PORT (0: any free port).",
)
@click.option(
    "--serve",
    "serve_port",
    type=click.IntRange(0, 65535),
    metavar="PORT",
    help="Also serve the reading room on PORT (the host and token of [serve]).",
)
@pass_context
def daemon(ctx: _Context, log_format: str, status_port: int | None, serve_port: int | None) -> None:
    """Run every source on its schedule until SIGTERM or SIGINT.

    Logs one line per pass per source to stderr. SIGHUP reloads the
    configuration. A second daemon on the same archive is refused.
    """
    from .daemon import configure_logging, run_daemon

    configure_logging(log_format)
    sys.exit(run_daemon(ctx.config_path, status_port, serve_port))


@cli.command()
@click.option(
    "--host", metavar="ADDRESS", help="Address to listen on (default: [serve] host, 127.0.0.1)."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    help="Port to listen on (default: [serve] port, 8080; 0: any free port).",
)
@click.option(
    "--token",
    metavar="TOKEN",
    help="Ask every request for this token (default: [serve] token); needed off the loopback.",
)
@pass_context
def serve(ctx: _Context, host: str | None, port: int | None, token: str | None) -> None:
    """The archive in a browser: sources, columns, revisions and diffs, search.

    Read-only, and safe beside a running daemon. Every page has a JSON twin
    under /api/. Stops on Ctrl-C.
    """
    from . import web

    settings = ctx.settings
    chosen = settings.serve
    token = token or chosen.token or None
    sock = web.bind(host or chosen.host, chosen.port if port is None else port, token)
    address = web.address_of(sock)
    click.echo(f"reading room on {address}/" + (" (token required)" if token else ""), err=True)
    web.serve(settings, sock, token)


@cli.command()
@click.argument("source", required=False)
@pass_context
def boilerplate(ctx: _Context, source: str | None) -> None:
    """The repeated paragraphs learned on the hosts of all sources, or of SOURCE.

    A paragraph seen on [boilerplate] min_articles articles of a host is removed
    from archived texts; those seen on fewer are shown as candidates.
    """
    settings = ctx.settings
    rows = queries.learned_boilerplate(settings, source)
    table = Table(title="Learned boilerplate")
    for column in ("host", "articles", "removed", "first seen", "last seen", "text"):
        table.add_column(column, overflow="fold")
    for row in rows:
        sample = row["sample"] if len(row["sample"]) <= 90 else row["sample"][:87] + "..."
        table.add_row(
            row["host"],
            str(row["articles"]),
            "yes" if row["removed"] else "no",
            row["first_seen"],
            row["last_seen"],
            sample,
        )
    out.print(table)


@cli.command()
@pass_context
def reindex(ctx: _Context) -> None:
    """Rebuild the index from the archive's files alone, beside the old one, and swap it in.

    Records, revisions, aliases and the URLs they were archived from come back, so
    the next run fetches none of them again. Learned boilerplate is learned again from
    each host's latest 200 stored raw pages. Fetch validators, failure history and
    passes start empty. The old index is kept as `index.sqlite.old`. Refused while a
    daemon runs.
    """
    done = _await(pipeline.reindex_now(ctx.settings))
    out.print(
        f"index rebuilt from the files: {_plural(done.articles, 'record')}, "
        f"{_plural(done.records, 'revision')}, {_plural(done.aliases, 'alias', 'aliases')}",
        markup=False,
    )
    out.print(
        f"boilerplate learned again from {_plural(done.relearned, 'stored page')} of "
        f"{_plural(done.hosts, 'host')}",
        markup=False,
    )
    if done.kept_old:
        out.print(f"the old index is kept as {done.kept_old}", markup=False)
    for problem in done.problems:
        err.print(f"  {problem}", markup=False)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The findings as JSON lines.")
@click.option("--repair", "fix", is_flag=True, help="Fix what can be fixed without loss.")
@pass_context
def verify(ctx: _Context, as_json: bool, fix: bool) -> None:
    """Check every file of the archive against the index, and the index against the files.

    Reports files the index lists that are missing, record files it does not know,
    texts and raw pages whose SHA-256 no longer matches, records that do not parse
    or disagree with the index, `.md` files that disagree with their `.json`, and
    leftover temporary files. Exit status 1 when anything is wrong (with --repair:
    when anything is left). Writes nothing without --repair.

    --repair writes a record file again from the index where the index holds it as
    archived (keeping a damaged file beside it), an `.md` from its `.json`, indexes
    record files the index does not know, removes temporary files older than ten
    minutes, and says what it could not fix. Refused while a daemon runs.
    """
    if not fix:
        report = queries.check_archive(ctx.settings)
        for finding in report.findings:
            _print_finding(dataclasses.asdict(finding), str(finding), as_json)
        err.print(f"{report.records} records checked: {_problems(report.findings)}", markup=False)
        if not report.ok:
            sys.exit(1)
        return
    report, repairs = queries.repair_archive(ctx.settings)
    for done in repairs:
        fields = {**dataclasses.asdict(done.finding), "fixed": done.fixed, "how": done.how}
        _print_finding(fields, str(done), as_json)
    left = [r for r in repairs if not r.fixed]
    fixed = len(repairs) - len(left)
    summary = _problems(report.findings)
    if repairs:
        summary += f": {fixed} fixed, {len(left)} left"
    err.print(f"{report.records} records checked: {summary}", markup=False)
    if left:
        sys.exit(1)


def _problems(findings: list[Any]) -> str:
    return _plural(len(findings), "problem") if findings else "no problem found"


def _print_finding(fields: dict[str, Any], line: str, as_json: bool) -> None:
    out.print(json.dumps(fields) if as_json else line, markup=False, highlight=False)


@cli.command()
@click.option("--source", metavar="SOURCE", help="Only the records of this source.")
@pass_context
def reextract(ctx: _Context, source: str | None) -> None:
    """Extract and clean every record again from its stored raw HTML, without the network.

    A record whose text changes (new boilerplate rules, a newer trafilatura) gets
    a new revision beside the old one; the others are left alone.
    """
    done = _await(pipeline.reextract_now(ctx.settings, source))
    out.print(
        f"{done.records} records re-extracted: {done.changed} changed "
        f"(new revisions), {done.unchanged} unchanged, {done.failed} failed"
    )
    for problem in done.problems:
        err.print(f"  {problem}", markup=False)


@cli.command()
@click.argument("ref", metavar="ID|URL|PATH")
@click.option("--revisions", is_flag=True, help="List the revisions of the article.")
@click.option(
    "--diff",
    "diff",
    nargs=2,
    type=int,
    default=None,
    metavar="A B",
    help="Unified diff of the text between revisions A and B.",
)
@click.option("--last-diff", is_flag=True, help="Unified diff of the last two revisions.")
@click.option("--raw", is_flag=True, help="Write the stored HTML of the latest revision.")
@click.option("--json", "as_json", is_flag=True, help="The latest revision's record as JSON.")
@pass_context
def show(
    ctx: _Context,
    ref: str,
    revisions: bool,
    diff: tuple[int, int] | None,
    last_diff: bool,
    raw: bool,
    as_json: bool,
) -> None:
    """The archived text of a record, named by its id, one of its files' paths, or a URL
    it was archived from (or an alias of it); its revisions, or a diff between two."""
    found = queries.revisions_of(ctx.settings, ref)
    if not found:
        raise UsageError(f"{ref}: not in the archive")
    if raw:
        sys.stdout.buffer.write(queries.raw_page(ctx.settings, found[-1]))
        sys.stdout.buffer.flush()
        return
    if as_json:
        out.print_json(data=found[-1].to_dict(), ensure_ascii=False)
        return
    by_number = {r.revision: r for r in found}
    if revisions:
        for record in found:
            out.print(
                f"r{record.revision}  {record.fetched_at}  {record.text_sha256[:12]}  "
                f"{record.path}",
                markup=False,
            )
        return
    if last_diff or diff:
        first, second = diff or (found[-2].revision if len(found) > 1 else 1, found[-1].revision)
        missing = [n for n in (first, second) if n not in by_number]
        if missing:
            raise UsageError(f"{ref}: no revision {missing[0]} (have {sorted(by_number)})")
        out.print(
            "".join(
                difflib.unified_diff(
                    by_number[first].text.splitlines(keepends=True),
                    by_number[second].text.splitlines(keepends=True),
                    fromfile=f"r{first} {by_number[first].fetched_at}",
                    tofile=f"r{second} {by_number[second].fetched_at}",
                )
            ),
            markup=False,
            end="",
        )
        return
    latest = found[-1]
    header = " | ".join(filter(None, [latest.author, latest.date, latest.url]))
    out.print(f"# {latest.title or 'Untitled'}\n{header}\n\n{latest.text}", markup=False)


@cli.command(name="list")
@with_filters
@click.option("--json", "as_json", is_flag=True, help="One JSON object per record and line.")
@pass_context
def list_command(ctx: _Context, filters: Filters, as_json: bool) -> None:
    """The archived columns, oldest first: a table on a terminal, tab-separated lines
    (with a header) when piped."""
    found = queries.records(ctx.settings, filters)
    if as_json:
        for record in found:
            out.print(json.dumps(_listed(record), ensure_ascii=False), markup=False)
        return
    if not out.is_terminal:
        fields = ("id", "date", "source", "author", "title", "revisions", "url", "path")
        sys.stdout.write("\t".join(fields) + "\n")
        for record in found:
            row = _listed(record)
            sys.stdout.write("\t".join(_cell(row[name]) for name in fields) + "\n")
        return
    table = Table(box=None, header_style="bold")
    for column in ("date", "source", "author", "title", "rev", "id"):
        table.add_column(column, overflow="fold", no_wrap=column in ("date", "id"))
    count = 0
    for record in found:
        count += 1
        table.add_row(
            _day(record),
            record.source,
            record.author or "",
            record.title or "Untitled",
            str(record.revision),
            record.id,
        )
    out.print(table)
    err.print(_plural(count, "record"), markup=False)


def _listed(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "date": _day(record),
        "source": record.source,
        "author": record.author,
        "title": record.title,
        "revisions": record.revision,
        "url": record.url,
        "path": record.path,
    }


def _day(record: Record) -> str:
    return record.date or record.fetched_at[:10]


def _cell(value: object) -> str:
    """A TSV cell: no tab or line break can split the row."""
    return " ".join(str(value if value is not None else "").split())


@cli.command()
@click.argument("query")
@with_filters
@click.option(
    "--limit", type=click.IntRange(1, 10_000), default=20, show_default=True, help="Hits shown."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit and line.")
@pass_context
def search(ctx: _Context, query: str, filters: Filters, limit: int, as_json: bool) -> None:
    """Full-text search of the archived columns' current text, best match first.

    QUERY is in SQLite FTS5's syntax: words (all must appear), "a phrase",
    OR, NOT, prefix*, title:word, author:word. Case and accents are ignored
    (Bogota finds Bogotá) and English words stemmed (election finds elections).
    Exit status 2 for a malformed query, 1 when nothing matches.
    """
    hits, total = queries.search(ctx.settings, query, filters, limit)
    if as_json:
        for hit in hits:
            out.print(json.dumps(hit.to_dict(), ensure_ascii=False), markup=False)
    else:
        for number, hit in enumerate(hits, start=1):
            byline_ = "  ".join(filter(None, [hit.date, hit.source, hit.author]))
            out.print(f"{number}. {hit.title or 'Untitled'}", style="bold", markup=False)
            out.print(f"   {byline_}", markup=False)
            out.print(Text("   ").append(_highlighted(hit)))
            out.print(f"   {hit.path}", style="dim", markup=False)
    err.print(f"{min(len(hits), total)} of {_plural(total, 'match', 'matches')}", markup=False)
    if not total:
        sys.exit(1)


def _highlighted(hit: Hit) -> Text:
    """The snippet with its matched words in bold on a terminal, in **stars** when piped."""
    text = Text()
    at = 0
    for start, end in hit.highlights:
        text.append(hit.snippet[at:start])
        word = hit.snippet[start:end]
        if out.is_terminal:
            text.append(word, style="bold yellow")
        else:
            text.append(f"**{word}**")
        at = end
    text.append(hit.snippet[at:])
    return text


@cli.command()
@with_filters
@click.option("--json", "as_json", is_flag=True, help="Everything as one JSON object.")
@pass_context
def stats(ctx: _Context, filters: Filters, as_json: bool) -> None:
    """What the archive holds: records per source, per author and per month, revisions,
    aliases, its size on disk; each source's last pass and its failing and dead URLs."""
    figures = queries.archive_stats(ctx.settings, filters)
    if as_json:
        out.print_json(data=figures, ensure_ascii=False)
        return
    counts = [
        _plural(figures["records"], "record"),
        _plural(figures["revisions"], "revision"),
        _plural(figures["aliases"], "alias", "aliases"),
    ]
    out.print(f"{', '.join(counts)}; {_size(figures['bytes_on_disk'])} on disk", markup=False)
    table = Table(title="Sources", box=None, header_style="bold")
    for column in ("source", "records", "failing", "dead", "pending", "last pass", "result"):
        table.add_column(column)
    for name, row in figures["sources"].items():
        table.add_row(
            name,
            str(row["records"]),
            str(row["failing"]),
            str(row["dead"]),
            str(row["pending"]),
            row["last_pass"] or "never",
            row["last_result"] or "-",
        )
    out.print(table)
    for name, row in figures["sources"].items():
        shown = row["troubled"][:10]
        for url in shown:
            passes = _plural(url["failures"], "failed pass", "failed passes")
            line = f"{name}: {url['state']} after {passes}: {url['url']}: {url['error']}"
            out.print(line, markup=False)
        more = row["failing"] + row["dead"] - len(shown)
        if more > 0:
            out.print(f"{name}: and {more} more (byline stats --json lists 100)", markup=False)
    for title, key in (("Authors", "per_author"), ("Months", "per_month")):
        tally = Table(title=title, box=None, header_style="bold")
        tally.add_column(title[:-1].lower())
        tally.add_column("records", justify="right")
        for name, count in figures[key].items():
            tally.add_row(name or "(unknown)", str(count))
        out.print(tally)


def _size(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


@cli.command(name="export")
@click.option(
    "--format", "fmt", type=click.Choice(export.FORMATS), default="jsonl", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Write to FILE instead of stdout.",
)
@click.option("--all-revisions", is_flag=True, help="Every revision, not only the latest.")
@with_filters
@pass_context
def export_command(
    ctx: _Context, fmt: str, output: str | None, all_revisions: bool, filters: Filters
) -> None:
    """The archived records, one per line (JSON lines) or row (CSV), or as WARC: a
    request, a response and a metadata record per stored page (gzipped per record,
    unless FILE ends in `.warc`)."""
    settings = ctx.settings
    if fmt == "warc":
        _export_warc(settings, output, all_revisions, filters)
        return
    if output is None:
        export.export(settings, fmt, sys.stdout, all_revisions, filters)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        count = export.export(settings, fmt, handle, all_revisions, filters)
    err.print(f"{count} records written to {output}", markup=False)


def _export_warc(
    settings: Settings, output: str | None, all_revisions: bool, filters: Filters
) -> None:
    gzip = not (output or "").endswith(".warc")
    with open(output, "wb") if output else nullcontext(sys.stdout.buffer) as binary:
        count, problems = export.export_warc(settings, binary, gzip, all_revisions, filters)
    if output:
        err.print(f"{count} records written to {output}", markup=False)
    for problem in problems:
        err.print(f"  left out: {problem}", markup=False)
    if problems:
        sys.exit(1)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _as_text(article: Article) -> str:
    meta = " | ".join(filter(None, [article.author, article.date, article.canonical_url]))
    return f"# {article.title or 'Untitled'}\n{meta}\n\n{article.text}\n"


@contextmanager
def _progress() -> Iterator[Callable[[pipeline.Event], None] | None]:
    """A live progress bar per source on a terminal; nothing otherwise."""
    if not err.is_terminal:
        yield None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
    ) as progress:
        tasks: dict[str, TaskID] = {}

        def on_event(event: pipeline.Event) -> None:
            if event.source not in tasks:
                tasks[event.source] = progress.add_task(f"{event.source}: discovering", total=None)
            task = tasks[event.source]
            if event.kind == "discovered":
                progress.update(task, description=f"{event.source}: fetching", total=event.total)
            elif event.kind == "article":
                progress.advance(task)

        yield on_event


def _await(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(_stoppable(coroutine))


async def _stoppable(coroutine: Coroutine[Any, Any, T]) -> T:
    """The command's coroutine, which SIGTERM stops as Ctrl-C does: the task is
    cancelled, the pass records itself as interrupted and cleans up, and then
    KeyboardInterrupt ends the command. The same when the command was started with
    SIGINT ignored (`byline run &` from a script), where asyncio leaves Ctrl-C alone."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    stopped = False

    def stop() -> None:
        nonlocal stopped
        stopped = True
        task.cancel()

    loop.add_signal_handler(signal.SIGTERM, stop)
    try:
        return await coroutine
    except asyncio.CancelledError:
        if stopped:
            raise KeyboardInterrupt from None
        raise
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGTERM, _terminate)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM outside the event loop (reading the configuration, say) stops a one-off
    command as Ctrl-C would."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """Entry point: map errors to one line and an exit status."""
    previous = signal.signal(signal.SIGTERM, _terminate)  # the daemon installs its own
    try:
        _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str] | None) -> None:
    try:
        cli.main(args=argv, prog_name="byline", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.Abort:
        err.print("byline: interrupted")
        sys.exit(130)
    except (ConfigError, UsageError) as exc:
        err.print(f"byline: {exc}", markup=False)
        sys.exit(2)
    except BylineError as exc:
        err.print(f"byline: {exc}", markup=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("byline: interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("BYLINE_DEBUG"):
            raise
        err.print(
            f"byline: internal error: {type(exc).__name__}: {exc} "
            "(set BYLINE_DEBUG=1 for the traceback)",
            markup=False,
        )
        sys.exit(1)
