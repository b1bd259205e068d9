"""The private-network rule: no request to a private, loopback or link-local address,
checked on the addresses the connection is then made to."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from ..errors import NetworkError, RefusedError
from ..settings import FetchSettings
from ..urls import host_key

DNS_TTL = 300.0  # seconds a host's addresses are trusted; a daemon resolves again after


class AddressGuard:
    """Refuses hosts that resolve to non-public addresses, remembering each answer a while,
    and hands the connection the very addresses it checked (`GuardedTransport`), so a
    name that resolves to a public address for the check and to 127.0.0.1 for the
    connection (DNS rebinding) cannot get through.

    An answer expires after `DNS_TTL` so that a long-running daemon notices a host that
    moved (to a private address, or away from one).
    """

    def __init__(
        self,
        settings: FetchSettings,
        clock: Callable[[], float] = time.monotonic,
        resolve: Callable[[str], Awaitable[list[str]]] | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.resolve = resolve or resolve_host
        self._answers: dict[str, tuple[list[str], float]] = {}  # host: (addresses, expires)

    def allows_any(self, key: str) -> bool:
        """Whether a `host[:port]` may be private (the settings say so)."""
        return self.settings.allow_private_networks or key in self.settings.allow_private_hosts

    async def addresses(self, url: str, host: str) -> list[str]:
        """The host's addresses, all public; RefusedError (naming `url`) otherwise."""
        now = self.clock()
        cached = self._answers.get(host)
        if cached is None or cached[1] <= now:
            try:
                found = await self.resolve(host)
            except OSError as exc:
                raise NetworkError(url, f"cannot resolve {host}: {exc.strerror or exc}") from None
            cached = self._answers[host] = (found, now + DNS_TTL)
        bad = next((a for a in cached[0] if not _public(a)), None)
        if bad or not cached[0]:
            raise RefusedError(
                url, f"{host} is a private address ({bad}); set allow_private_networks"
            )
        return cached[0]

    async def check(self, url: str, current: str) -> None:
        """RefusedError (naming `url`) if `current`'s host is not public and not allowed."""
        if not self.allows_any(host_key(current)):
            await self.addresses(url, urlsplit(current).hostname or "")


async def resolve_host(host: str) -> list[str]:
    """Every address of `host` (itself, for an IP literal)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Connects to the addresses the guard checked, never to a second lookup's."""

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend) -> None:
        self.guard = guard
        self.inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        key = host if port in (80, 443) else f"{host}:{port}"
        if self.guard.allows_any(key.lower()):
            targets = [host]
        else:
            targets = await self.guard.addresses(f"http://{key}/", host)
        for number, address in enumerate(targets):
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                if number == len(targets) - 1:
                    raise
        raise httpcore.ConnectError(f"no address to connect to for {host}")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("byline connects over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, whose connections go only to addresses the guard passed."""

    def __init__(self, guard: AddressGuard, **options: Any) -> None:
        super().__init__(**options)
        pool = self._pool
        assert isinstance(pool, httpcore.AsyncConnectionPool)
        pool._network_backend = _GuardedBackend(guard, pool._network_backend)
