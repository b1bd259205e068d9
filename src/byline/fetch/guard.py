"""The private-network rule: no request to a private, loopback or link-local address."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from ..errors import NetworkError, RefusedError
from ..settings import FetchSettings
from ..urls import host_key

DNS_TTL = 300.0  # seconds a host's address verdict is trusted; a daemon re-resolves after


class AddressGuard:
    """Refuses hosts that resolve to non-public addresses, remembering each verdict a while.

    The verdict expires after `DNS_TTL` so that a long-running daemon notices a
    host that moved (to a private address, or away from one).
    """

    def __init__(
        self, settings: FetchSettings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.settings = settings
        self.clock = clock
        self._verdicts: dict[str, tuple[str | None, float]] = {}  # host: (bad address, expires)

    async def check(self, url: str, current: str) -> None:
        """RefusedError (naming `url`) if `current`'s host is not public and not allowed."""
        if self.settings.allow_private_networks or host_key(current) in (
            self.settings.allow_private_hosts
        ):
            return
        host = urlsplit(current).hostname or ""
        now = self.clock()
        cached = self._verdicts.get(host)
        if cached is None or cached[1] <= now:
            cached = self._verdicts[host] = (await non_public_address(url, host), now + DNS_TTL)
        bad = cached[0]
        if bad:
            raise RefusedError(
                url, f"{host} is a private address ({bad}); set allow_private_networks"
            )


async def non_public_address(url: str, host: str) -> str | None:
    """The first address of `host` that is not public, or None when all are public."""
    try:
        addresses = [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise NetworkError(url, f"cannot resolve {host}: {exc.strerror or exc}") from None
        addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            return address
    return None
