"""Helpers shared by the test modules (not a test module itself): configuration files,
one pass, the archived records, the command line in process and in a real process, and
waiting for something to happen.

``conftest.py`` puts this folder on ``sys.path``; test modules ``from helpers import ...``.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

import click
from click.testing import CliRunner

from byline import cli, config, pipeline
from byline.archive import Archive, record_id
from byline.models import Record

T = TypeVar("T")

#: The CSS selectors that strip the columns fixture site's boilerplate before extraction.
EXCLUDE = [".columnists", ".share-bar", ".related", ".share-footer"]

#: The `[fetch]` table of every test configuration, before a test's own keys.
TEST_FETCH: dict[str, Any] = {
    "user_agent": "byline-test/0.1 (+http://127.0.0.1/contact)",
    "per_host_delay": 0,
    "allow_private_networks": True,
}

#: Environment variables no test inherits from the developer's shell.
CLEAN_ENV: dict[str, str | None] = {config.ENV_CONFIG: None, "BYLINE_DEBUG": None}


# Configuration files ---------------------------------------------------------------


def _table(values: Mapping[str, Any]) -> str:
    return "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())


def write_toml(
    path: Path,
    sources: Sequence[Mapping[str, Any]],
    fetch: Mapping[str, Any] | None = None,
    **tables: Mapping[str, Any],
) -> Path:
    """A configuration file whose archive is ``archive/`` beside it: ``[fetch]`` is
    :data:`TEST_FETCH` updated with ``fetch``, then the other ``tables`` (``daemon=...``),
    then one ``[[sources]]`` table per mapping. Values are written as JSON, which is TOML
    for strings, numbers, booleans and lists."""
    text = '[archive]\nroot = "archive"\n\n[fetch]\n' + _table({**TEST_FETCH, **(fetch or {})})
    for name, values in tables.items():
        text += f"\n[{name}]\n" + _table(values)
    for source in sources:
        text += "\n[[sources]]\n" + _table(source)
    path.write_text(text, encoding="utf-8")
    return path


def write_config(
    tmp_path: Path,
    origin: str,
    private: bool = True,
    fetch: Mapping[str, Any] | None = None,
    **source: Any,
) -> Path:
    """``tmp_path/config.toml`` with one source named "columns" over the columns page of
    ``origin`` (or the given ``pages``); private addresses allowed unless ``private`` is
    false, ``fetch`` keys added to ``[fetch]``."""
    source.setdefault("pages", [f"{origin}/opinion/columnists/"])
    return write_toml(
        tmp_path / "config.toml",
        [{"name": "columns", **source}],
        fetch={"allow_private_networks": private, **(fetch or {})},
    )


# Records ---------------------------------------------------------------------------


def make_record(**changes: Any) -> Record:
    """A record of paper.example with every field set; `changes` override them."""
    fields = dict(
        id=record_id("https://paper.example/opinion/a-b-c/"),
        url="https://paper.example/opinion/a-b-c/",
        canonical_url=None,
        source="paper",
        title="Why ../../etc/passwd and <b>tags</b> stay out of paths",
        author="Mira Okafor",
        date="2024-05-14",
        fetched_at="2026-01-02T03:04:05Z",
        language="en",
        text="First paragraph.\n\nSecond paragraph.",
        text_sha256="0" * 64,
        raw_sha256="1" * 64,
        revision=1,
        http={"status": 200, "etag": None, "last_modified": None},
        extractor={"name": "trafilatura", "version": "2"},
        path="",
    )
    fields.update(changes)
    return Record(**fields)


# Passes and what they left ---------------------------------------------------------


def run_pass(path: Path, retry_dead: bool = False) -> pipeline.PassStats:
    """One pass over the config's sources, in process; the first source's figures."""
    return asyncio.run(pipeline.run_sources(config.load(path), retry_dead=retry_dead))[0]


def fixture_page(site: Any, path: str) -> str:
    """The HTML file a fixture server serves at the URL path ``path`` (``.../index.html``)."""
    return (Path(site.root) / path.strip("/") / "index.html").read_text(encoding="utf-8")


def records(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """Every record file in ``tmp_path/archive``, by URL path."""
    archive = Archive(tmp_path / "archive")
    return {urlsplit(r.url).path: r.to_dict() for r in archive.records()}


# The command line ------------------------------------------------------------------


class Ran(NamedTuple):
    """How a `byline` command ended; unpacks as ``(returncode, stdout, stderr)``."""

    returncode: int
    stdout: str
    stderr: str


class _Entry(click.Command):
    """The installed `byline` entry point (:func:`byline.cli.main`, which maps errors to
    exit statuses) as a command :class:`CliRunner` can invoke."""

    def main(self, args: Sequence[str] | None = None, *_: Any, **__: Any) -> None:  # type: ignore[override]
        cli.main(list(args or ()))


_ENTRY = _Entry("byline")


def _argv(config_path: Path | None, args: Sequence[str | Path]) -> list[str]:
    prefix = [] if config_path is None else ["--config", str(config_path)]
    return prefix + [str(arg) for arg in args]


def byline(
    config_path: Path | None, *args: str | Path, env: Mapping[str, str | None] | None = None
) -> Ran:
    """`byline [--config CONFIG] ARGS` in this process, through the real entry point
    (exit statuses included), with click's :class:`CliRunner`: stdout and stderr apart,
    $BYLINE_CONFIG and $BYLINE_DEBUG unset unless ``env`` sets them."""
    runner = CliRunner(catch_exceptions=False)
    result = runner.invoke(_ENTRY, _argv(config_path, args), env={**CLEAN_ENV, **(env or {})})
    return Ran(result.exit_code, result.stdout, result.stderr)


def byline_process(
    config_path: Path | None,
    *args: str | Path,
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
    timeout: float = 120,
) -> Ran:
    """`python -m byline [--config CONFIG] ARGS` in a fresh interpreter, for what needs a
    real process: in the config's folder (or ``cwd``), $BYLINE_CONFIG and $BYLINE_DEBUG
    unset unless ``env`` sets them."""
    changes = {**CLEAN_ENV, **(env or {})}
    environ = {k: v for k, v in os.environ.items() if k not in changes}
    environ.update({k: v for k, v in changes.items() if v is not None})
    if cwd is None and config_path is not None:
        cwd = config_path.parent
    done = subprocess.run(
        [sys.executable, "-m", "byline", *_argv(config_path, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environ,
        cwd=cwd,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


# Waiting ---------------------------------------------------------------------------


def wait_for(
    predicate: Callable[[], T],
    timeout: float = 10.0,
    interval: float = 0.05,
    what: str | None = None,
    fail_fast: Callable[[], None] | None = None,
    context: Callable[[], str] | None = None,
) -> T:
    """Poll ``predicate`` until it returns something truthy, and return that.

    The timeout is there only to fail a test whose event never comes: it says what was
    awaited, the last value seen and ``context()``. ``fail_fast`` is called on every round
    and raises to fail at once (say, when the process that should act has exited).
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if fail_fast is not None:
            fail_fast()
        if time.monotonic() >= deadline:
            tail = f"\n{context()}" if context is not None else ""
            raise AssertionError(
                f"timed out after {timeout}s waiting for {what or predicate} "
                f"(last value: {value!r}){tail}"
            )
        time.sleep(interval)


def on_terminal(config_path: Path, *args: str, columns: int = 120) -> Ran:
    """`python -m byline --config CONFIG ARGS` on a real pseudo-terminal `columns` wide, as
    a person would run it: its exit status and all it wrote (stdout and stderr mixed, as
    a terminal shows them), read until it closes the terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: byline on the terminal
        for name in CLEAN_ENV:
            os.environ.pop(name, None)
        os.environ.update(COLUMNS=str(columns), LINES="50", TERM="xterm-256color")
        os.chdir(config_path.parent)
        argv = [sys.executable, "-m", "byline", "--config", str(config_path), *args]
        os.execv(sys.executable, argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    output = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    text = output.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return Ran(os.waitstatus_to_exitcode(status), text, "")


def made_archive(folder: Path, sites_dir: Path) -> Path:
    """The config of an archive a real `byline run` made of the columns fixture site in
    `folder` (the server is stopped again: what reads it needs no network)."""
    from siteserver import SiteServer

    site = SiteServer(sites_dir / "columns").start()
    try:
        path = write_config(folder, site.origin, exclude=EXCLUDE, max_index_pages=4)
        ran = byline(path, "run")
    finally:
        site.stop()
    assert ran.returncode == 0, ran.stderr
    return path


class ReadingRoom(NamedTuple):
    """An archive made for the reading room's tests, and what is known to be in it."""

    config: Path
    edited_id: str  # a column fetched twice, edited between
    inserted: str  # the sentence the edit added
    script_id: str  # a column whose stored page carries scripts
    phrase: str  # words of one column, for search


EDIT_SENTENCE = (
    "Since this column first ran, the council has promised a review of every night route."
)
SCRIPT_PATH = "/opinion/2024/05/30/a-page-that-carries-scripts/"
SCRIPT_TITLE = "Markup &lt;script&gt;alert(1)&lt;/script&gt; in a headline stays text"


def reading_room_archive(folder: Path, sites_dir: Path) -> ReadingRoom:
    """A real `byline run` of the columns site; one column edited on the site and run
    again (a second revision); and one page whose HTML carries scripts, fetched."""
    from siteserver import SiteServer

    expected = json.loads((sites_dir / "columns" / "expected.json").read_text(encoding="utf-8"))
    site = SiteServer(sites_dir / "columns").start()
    try:
        path = write_config(
            folder, site.origin, exclude=EXCLUDE, max_index_pages=4, recheck="5000d"
        )
        assert byline(path, "run").returncode == 0
        edited = next(a for a in expected["articles"] if a["listed_on"])
        page = fixture_page(site, edited["path"])
        first = edited["paragraphs"][1]
        site.put(edited["path"], page.replace(first, f"{first}</p><p>{EDIT_SENTENCE}", 1))
        assert byline(path, "run").returncode == 0
        model = next(a for a in expected["articles"] if a["listed_on"] and a is not edited)
        hostile = fixture_page(site, model["path"]).replace(
            "</head>",
            "<script>document.title = 'script ran'; document.documentElement"
            ".setAttribute('data-script-ran', 'yes');</script></head>",
            1,
        )
        hostile = hostile.replace(
            model["paragraphs"][0],
            "A copy of a column, stored with its scripts. " + model["paragraphs"][0],
            1,
        ).replace("<body", "<body onload=\"document.body.dataset.onload = 'ran'\"", 1)
        hostile = re.sub(r"<title>[^<]*</title>", f"<title>{SCRIPT_TITLE}</title>", hostile)
        hostile = re.sub(r'"headline": "[^"]*"', f'"headline": "{SCRIPT_TITLE}"', hostile)
        hostile = re.sub(r"<h1([^>]*)>[^<]*</h1>", rf"<h1\1>{SCRIPT_TITLE}</h1>", hostile)
        site.put(SCRIPT_PATH, hostile)
        ran = byline(path, "fetch", site.url(SCRIPT_PATH))
        assert ran.returncode == 0, ran.stdout + ran.stderr
    finally:
        site.stop()
    found = {urlsplit(r.url).path: r for r in Archive(folder / "archive").records()}
    revised = found[edited["path"]]
    return ReadingRoom(
        path,
        revised.id,
        EDIT_SENTENCE,
        found[SCRIPT_PATH].id,
        " ".join(model["paragraphs"][2].split()[:4]),
    )


@contextmanager
def reading_room_process(
    config: Path, *command: str, stop: int = signal.SIGINT, wait: float = 30
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`byline serve --port 0` (or `command`, such as `daemon --serve 0`) in its own
    process on this config: the address it says it listens on, and the process. `stop`
    is sent to it at the end and it is waited for; its `returncode` is then the
    caller's to check."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "byline",
            "--config",
            str(config),
            *(command or ("serve", "--port", "0")),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield served_address(process), process
    finally:
        process.send_signal(stop)
        process.wait(wait)


def served_address(process: subprocess.Popen[str]) -> str:
    """The address a `byline serve` or `byline daemon --serve` says it listens on."""
    assert process.stderr is not None
    for line in process.stderr:
        found = re.search(r"reading room on (http://\S+?)/?(\s|$)", line)
        if found:
            return found.group(1)
    raise AssertionError("the reading room never said where it listens")
