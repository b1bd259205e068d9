"""The only network code: one `httpx.AsyncClient`, used politely.

`Fetcher.get` returns a decoded `Fetched` or raises a `FetchError` whose
`reason` names what went wrong. It paces requests per host, caps concurrency
globally and per host, follows redirects itself so every hop is checked, and
never holds more than `max_bytes` of a body.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from .errors import ContentTypeError, FetchError, HTTPStatusError, RefusedError, TooLargeError
from .models import Fetched, FetchSettings, Kind
from .urls import host_key

ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9",
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.8,text/plain;q=0.5",
}
CONTENT_TYPES: dict[Kind, frozenset[str]] = {
    "html": frozenset({"text/html", "application/xhtml+xml"}),
    "feed": frozenset(
        {
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
            "application/xml",
            "text/xml",
        }
    ),
    "sitemap": frozenset(
        {
            "application/xml",
            "text/xml",
            "application/gzip",
            "application/x-gzip",
            "application/octet-stream",
            "text/plain",
        }
    ),
}
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


class _HostGate:
    """Per-host pacing: at most `limit` requests at once, starts `delay` seconds apart."""

    def __init__(self, limit: int, delay: float) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.delay = delay
        self.lock = asyncio.Lock()
        self.next_start = 0.0

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        async with self.slots:
            async with self.lock:
                wait = self.next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self.next_start = time.monotonic() + self.delay
            yield


class Fetcher:
    """A polite HTTP client shared by every stage of a pass (use as `async with`)."""

    def __init__(
        self,
        settings: FetchSettings,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._gates: dict[str, _HostGate] = {}
        self._resolved: dict[str, str | None] = {}
        self.requests = 0

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            http2=True,
            transport=self._transport,
            follow_redirects=False,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent},
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _gate(self, url: str) -> _HostGate:
        key = host_key(url)
        if key not in self._gates:
            self._gates[key] = _HostGate(
                self.settings.per_host_concurrency, self.settings.per_host_delay
            )
        return self._gates[key]

    async def get(
        self,
        url: str,
        kind: Kind = "html",
        in_scope: Callable[[str], bool] | None = None,
    ) -> Fetched:
        """GET `url`, following redirects that stay allowed; raise FetchError on any failure."""
        try:
            async with asyncio.timeout(self.settings.timeout):
                return await self._get(url, kind, in_scope)
        except TimeoutError:
            raise FetchError(url, f"timed out after {self.settings.timeout:g}s") from None
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}".rstrip(": ")) from None

    async def _get(self, url: str, kind: Kind, in_scope: Callable[[str], bool] | None) -> Fetched:
        assert self._client is not None, "use Fetcher as an async context manager"
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            await self._check_address(current)
            async with self._slots, self._gate(current).turn():
                self.requests += 1
                request = self._client.build_request(
                    "GET", current, headers={"Accept": ACCEPT[kind]}
                )
                response = await self._client.send(request, stream=True)
                try:
                    if response.is_redirect:
                        location = response.headers.get("Location", "")
                        target = urljoin(current, location)
                        if urlsplit(target).scheme not in ("http", "https"):
                            raise RefusedError(url, f"redirect to unsupported URL {target!r}")
                        if in_scope is not None and not in_scope(target):
                            raise RefusedError(url, f"redirect out of scope to {target}")
                        current = target
                        continue
                    return await self._read(url, current, kind, response)
                finally:
                    await response.aclose()
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    async def _read(
        self, requested: str, final: str, kind: Kind, response: httpx.Response
    ) -> Fetched:
        if response.status_code != 200:
            raise HTTPStatusError(requested, response.status_code)
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if mime not in CONTENT_TYPES[kind]:
            shown = mime or "no content type"
            raise ContentTypeError(requested, f"{shown} is not a {kind} type")
        limit = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLargeError(requested, f"Content-Length {declared} exceeds {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise TooLargeError(requested, f"body exceeds {limit} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
        if not body.strip():
            raise FetchError(requested, "empty body")
        encoding = _encoding(response.charset_encoding, body)
        return Fetched(
            url=final,
            requested_url=requested,
            status=response.status_code,
            content_type=mime,
            body=body,
            text=body.decode(encoding, errors="replace"),
            encoding=encoding,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    async def _check_address(self, url: str) -> None:
        """Refuse hosts that resolve to private, loopback or link-local addresses."""
        if self.settings.allow_private_networks:
            return
        host = urlsplit(url).hostname or ""
        if host not in self._resolved:
            self._resolved[host] = await _non_public_address(url, host)
        bad = self._resolved[host]
        if bad:
            raise RefusedError(
                url, f"{host} is a private address ({bad}); set allow_private_networks"
            )


async def _non_public_address(url: str, host: str) -> str | None:
    """The first address of `host` that is not public, or None when all are public."""
    try:
        addresses = [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise FetchError(url, f"cannot resolve {host}: {exc.strerror or exc}") from None
        addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            return address
    return None


def _encoding(header_charset: str | None, body: bytes) -> str:
    """Charset from the header, else the page's own declaration, else detection."""
    candidates: list[str] = []
    if header_charset:
        candidates.append(header_charset)
    head = body[:4096]
    for pattern in (_XML_ENCODING_RE, _META_CHARSET_RE):
        found = pattern.search(head)
        if found:
            candidates.append(found.group(1).decode("ascii"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    return best.encoding if best is not None else "utf-8"
