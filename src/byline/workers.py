"""The process pool that parses pages (extraction, listings, feeds, sitemaps).

Parsing is CPU-bound and runs here so a pass keeps every core busy while the
fetcher waits on the network. Workers come from a forkserver that preloads the
parsing modules; they ignore Ctrl-C and SIGTERM (the main process stops passes
in order) and end by themselves if the main process dies outright. Each call
has a time limit (`[extract] timeout`); a worker that overruns it or dies is
replaced, and only its call fails.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import pebble

from .errors import WorkerError

P = ParamSpec("P")
T = TypeVar("T")
PRELOAD = ["byline._forkserver", "byline.extract", "byline.discover", "byline.listing"]


def alive(pid: int) -> bool:
    """Whether a process with this pid runs (ours counts). A zombie does not: a main
    process that died before its parent reaped it must not keep its workers (and the
    pipes they inherited) alive."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False  # no /proc: trust kill(0)
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"  # the state follows "(name)"


def _init_worker(main_pid: int) -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process, and end by themselves if it is
    killed outright (SIGKILL, OOM): they would otherwise wait forever on a queue they
    hold both ends of."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while alive(main_pid):
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="byline-watchdog", daemon=True).start()


def worker_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class Workers:
    """A pool of `count` parsing processes (one per core by default), run by pebble: a
    call that overruns `timeout` seconds has its worker killed and replaced, and a
    worker that dies (SIGKILL, the OOM killer, a crash in C) is replaced too. Either
    way only that call fails, with a WorkerError; the pool and every other call go on."""

    def __init__(self, count: int | None = None, timeout: float | None = None) -> None:
        self.count = count or worker_count()
        self.timeout = timeout
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self._pool = pebble.ProcessPool(
            self.count, initializer=_init_worker, initargs=(os.getpid(),), context=context
        )

    async def run(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`func(*args, **kwargs)` in a worker; its arguments and result are pickled.
        WorkerError when it overruns the time limit or its worker dies."""
        future = self._pool.schedule(func, args, kwargs, timeout=self.timeout)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError:
            raise WorkerError(
                f"{func.__name__} took longer than {self.timeout:g}s; its worker was replaced"
            ) from None
        except pebble.ProcessExpired as exc:
            raise WorkerError(
                f"{func.__name__}: its worker died ({_death(exc.exitcode)}) and was replaced"
            ) from None

    async def close(self, now: bool = False) -> None:
        """Let the workers finish what they hold (or, `now`, stop them at once), off the
        event loop."""
        if now:
            self._pool.stop()  # type: ignore[no-untyped-call]
        else:
            self._pool.close()  # type: ignore[no-untyped-call]
        await asyncio.to_thread(self._pool.join)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"
