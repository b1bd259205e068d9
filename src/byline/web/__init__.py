"""`byline serve`: the reading room, a read-only web application over the archive.

    app        the Starlette application: routes, the token, the headers, errors
    reading    what each page shows, read from the index (also its JSON twin)
    chart      the sources page's per-week chart, inline SVG
    wordiff    the word-level diff between two revisions

`serve` runs it alone; `Daemon` runs it beside the schedule (`byline daemon --serve`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import signal
import socket
from collections.abc import Iterator

import uvicorn

from ..errors import UsageError
from ..settings import Settings
from .app import create_app

__all__ = ["bind", "create_app", "serve", "server_for"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int, token: str | None) -> socket.socket:
    """A listening socket for the reading room. Anything but the loopback needs a token:
    the archive is not for whoever can reach the machine."""
    if token is not None and len(token) < 16:
        raise UsageError("serve: a token is 16 characters at least (a guessable one is none)")
    if not is_loopback(host) and not token:
        raise UsageError(
            f"serve: binding {host} opens the archive to the network; give a token "
            "(--token, or token in [serve]) or bind 127.0.0.1"
        )
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # Named TCP, so that asyncio turns Nagle off on each connection it accepts (it
        # checks the protocol): else a keep-alive client waits 40 ms on every answer.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        raise UsageError(f"serve: cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    sock.setblocking(False)
    return sock


def address_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


class _Server(uvicorn.Server):
    """A uvicorn server that leaves the signals to whoever runs it (the daemon, or
    `serve`): it stops when its `should_exit` is set."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def server_for(settings: Settings, token: str | None) -> uvicorn.Server:
    """A uvicorn server of the application."""
    config = uvicorn.Config(
        create_app(settings, token),
        log_config=None,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
    )
    return _Server(config)


def serve(settings: Settings, sock: socket.socket, token: str | None) -> None:
    """Serve on a bound socket until SIGINT or SIGTERM, then finish the requests under
    way and return (a stop asked for is not an error)."""
    server = server_for(settings, token)

    async def until_stopped() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, lambda: setattr(server, "should_exit", True))
        await server.serve(sockets=[sock])

    asyncio.run(until_stopped())
