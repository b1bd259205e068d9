"""The process pool that parses pages (extraction, listings, feeds, sitemaps).

Parsing is CPU-bound and runs here so a pass keeps every core busy while the
fetcher waits on the network. Workers come from a forkserver that preloads the
parsing modules; they ignore Ctrl-C and SIGTERM (the main process stops passes
in order) and end by themselves if the main process dies outright.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import ParamSpec, TypeVar

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
    """A pool of `count` parsing processes (one per core by default)."""

    def __init__(self, count: int | None = None) -> None:
        self.count = count or worker_count()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self._pool = ProcessPoolExecutor(
            self.count, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)
        )

    async def run(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`func(*args, **kwargs)` in a worker; its arguments and result are pickled."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(func, *args, **kwargs))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
