"""Per-host pacing: how many requests one host gets at once, and how far apart they start."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from ..settings import HostPolicy
from ..urls import host_key


class HostGate:
    """Per-host pacing: at most `limit` requests at once, starts `delay` seconds apart."""

    def __init__(self, policy: HostPolicy) -> None:
        self.limit = policy.limit
        self.delay = policy.delay
        self.active = 0
        self.changed = asyncio.Condition()
        self.next_start = 0.0
        self.rest_until = 0.0  # a Retry-After longer than we wait in a pass

    def adopt(self, policy: HostPolicy, crawl_delay: float = 0.0) -> None:
        """Two sources on one host: the slower pacing and the smaller limit win."""
        self.delay = max(self.delay, policy.delay, crawl_delay)
        self.limit = min(self.limit, policy.limit)

    def hold(self, seconds: float) -> None:
        """Start nothing on this host for `seconds` (a 429 or 503 said so)."""
        self.next_start = max(self.next_start, time.monotonic() + seconds)

    def rest(self, seconds: float) -> None:
        """Send this host nothing for `seconds`: requests are deferred, not queued."""
        self.rest_until = max(self.rest_until, time.monotonic() + seconds)

    def resting(self) -> float:
        """Seconds this host has left to rest (0 when it takes requests)."""
        return max(0.0, self.rest_until - time.monotonic())

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait for a free slot and this host's next start time, then hold the slot."""
        async with self.changed:
            await self.changed.wait_for(lambda: self.active < self.limit)
            self.active += 1
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        try:
            if start > now:
                await asyncio.sleep(start - now)
            yield
        finally:
            async with self.changed:
                self.active -= 1
                self.changed.notify_all()


class HostGates:
    """One `HostGate` per host key, shared by every source that uses the host."""

    def __init__(self) -> None:
        self._gates: dict[str, HostGate] = {}

    def get(self, url: str) -> HostGate | None:
        """The gate of `url`'s host, if any request has gone there."""
        return self._gates.get(host_key(url))

    def gate(self, url: str, policy: HostPolicy) -> HostGate:
        """The gate of `url`'s host, now paced at least as `policy` asks."""
        key = host_key(url)
        gate = self._gates.get(key)
        if gate is None:
            gate = self._gates[key] = HostGate(policy)
        else:
            gate.adopt(policy)
        return gate

    def hold(self, url: str, policy: HostPolicy, seconds: float) -> None:
        """Pause `url`'s host for `seconds`, leaving its pacing as it is."""
        self._existing(url, policy).hold(seconds)

    def rest(self, url: str, policy: HostPolicy, seconds: float) -> None:
        """Defer every request to `url`'s host for `seconds`."""
        self._existing(url, policy).rest(seconds)

    def _existing(self, url: str, policy: HostPolicy) -> HostGate:
        """`url`'s gate; `policy` (the turned-away request's) paces it only if it is new."""
        key = host_key(url)
        gate = self._gates.get(key)
        if gate is None:
            gate = self._gates[key] = HostGate(policy)
        return gate
