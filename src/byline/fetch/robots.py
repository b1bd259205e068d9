"""robots.txt: read once per origin, kept for `robots_ttl`, judged by RFC 9309's status rules."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from protego import Protego

from ..errors import (
    ContentError,
    ContentTypeError,
    DeferredError,
    FetchError,
    HTTPStatusError,
    TooLargeError,
)
from ..models import Fetched
from ..settings import HostPolicy

ROBOTS_FAILURE_TTL = 300.0  # a host whose robots.txt failed waits this long

# GET a robots.txt URL under a source's policy (the fetcher's own `get`, so that
# robots.txt is paced, retried and address-checked like any other request).
FetchRobotsTxt = Callable[[str, HostPolicy], Awaitable[Fetched]]


class RobotsStore(Protocol):
    """Where robots.txt files are kept between runs (the index implements it)."""

    def load_robots(self, origin: str) -> tuple[str, float] | None:
        """(body, fetched at as a UNIX time) or None."""

    def save_robots(self, origin: str, body: str, fetched_at: float) -> None: ...


@dataclass
class Robots:
    """One origin's parsed robots.txt and when it must be read again (UNIX time)."""

    rules: Protego
    expires: float


class RobotsCache:
    """robots.txt per origin: from memory, else the store, else the network.

    A failed robots.txt is remembered as a DeferredError for `ROBOTS_FAILURE_TTL`
    so that a host that is down is not asked again on every URL.
    """

    def __init__(self, fetch: FetchRobotsTxt, ttl: float, store: RobotsStore | None) -> None:
        self._fetch = fetch
        self._ttl = ttl
        self._store = store
        self._cached: dict[str, Robots | DeferredError] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._deferred_until: dict[str, float] = {}

    async def rules_for(self, origin: str, policy: HostPolicy) -> Robots | DeferredError:
        """The rules of `origin` (`scheme://host[:port]`), or why the host must wait."""
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            cached = self._cached.get(origin)
            now = time.time()
            if isinstance(cached, Robots) and cached.expires > now:
                return cached
            if isinstance(cached, DeferredError) and self._deferred_until[origin] > now:
                return cached
            stored = self._store.load_robots(origin) if self._store else None
            if stored is not None and stored[1] + self._ttl > now:
                result: Robots | DeferredError = Robots(
                    Protego.parse(stored[0]), stored[1] + self._ttl
                )
            else:
                result = await self._download(origin, policy)
            self._cached[origin] = result
            if isinstance(result, DeferredError):
                self._deferred_until[origin] = now + ROBOTS_FAILURE_TTL
            return result

    async def _download(self, origin: str, policy: HostPolicy) -> Robots | DeferredError:
        """RFC 9309: a 4xx allows everything; 408/425/429, 5xx or no answer defer the host."""
        url = origin + "/robots.txt"
        try:
            body = (await self._fetch(url, policy)).text
        except HTTPStatusError as exc:
            if exc.status >= 500 or exc.retryable:
                return DeferredError(url, f"robots.txt answered HTTP {exc.status}; host deferred")
            body = ""
        except (ContentError, ContentTypeError, TooLargeError):
            body = ""  # an empty or unreadable robots.txt restricts nothing
        except FetchError as exc:
            return DeferredError(url, f"robots.txt unreachable ({exc.message}); host deferred")
        now = time.time()
        if self._store is not None:
            self._store.save_robots(origin, body, now)
        return Robots(Protego.parse(body), now + self._ttl)
