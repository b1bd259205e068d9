"""The only network code: one `httpx.AsyncClient`, used politely and patiently.

`Fetcher.get` returns a decoded `Fetched` or raises a `FetchError` whose
`reason` names what went wrong. Around each request it:

- checks the address (no private, loopback or link-local hosts unless allowed),
  on every redirect hop, and the source's scope on every hop;
- asks robots.txt (protego), cached per origin for `robots_ttl`, kept in a
  `RobotsStore` between runs; Crawl-delay slows the host down; a robots.txt
  that errors or times out defers the host (DeferredError);
- paces the host (`per_host_delay` between starts, `per_host_concurrency` in
  flight) under the global `concurrency`;
- retries connection errors, timeouts and 408/425/429/5xx with exponential
  backoff and jitter, honouring `Retry-After` up to `max_retry_after`;
- sends If-None-Match / If-Modified-Since when given validators (a 304 comes
  back as a `Fetched` whose `not_modified` is true);
- decodes the body itself, chunk by chunk, so `max_bytes` bounds memory even
  for a gzip or brotli bomb or a server that lies in Content-Length;
- checks the content type and finds the charset (header, then the page's own
  declaration, then detection).
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import random
import re
import socket
import time
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import brotli
import httpx
from protego import Protego

from .errors import (
    ContentError,
    ContentTypeError,
    DeferredError,
    DisallowedError,
    FetchError,
    HTTPStatusError,
    NetworkError,
    RefusedError,
    TooLargeError,
)
from .models import Fetched, FetchSettings, HostPolicy, Kind, Validators
from .urls import host_key

ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9",
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.8,text/plain;q=0.5",
    "robots": "text/plain,*/*;q=0.1",
}
ACCEPT_ENCODING = "gzip, deflate, br"
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
    "robots": frozenset(),  # any type: a robots.txt served as text/html is still read
}
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})  # httpx counts 304 as a redirect
_RAW_CHUNK = 16_384  # compressed bytes decoded at a time
_ROBOTS_FAILURE_TTL = 300.0  # a host whose robots.txt failed waits this long


class RobotsStore(Protocol):
    """Where robots.txt files are kept between runs (the index implements it)."""

    def load_robots(self, origin: str) -> tuple[str, float] | None:
        """(body, fetched at as a UNIX time) or None."""

    def save_robots(self, origin: str, body: str, fetched_at: float) -> None: ...


@dataclass
class _Robots:
    rules: Protego
    expires: float


class _HostGate:
    """Per-host pacing: at most `limit` requests at once, starts `delay` seconds apart."""

    def __init__(self, policy: HostPolicy) -> None:
        self.limit = policy.limit
        self.delay = policy.delay
        self.active = 0
        self.changed = asyncio.Condition()
        self.next_start = 0.0

    def adopt(self, policy: HostPolicy, crawl_delay: float = 0.0) -> None:
        """Two sources on one host: the slower pacing and the smaller limit win."""
        self.delay = max(self.delay, policy.delay, crawl_delay)
        self.limit = min(self.limit, policy.limit)

    def hold(self, seconds: float) -> None:
        """Start nothing on this host for `seconds` (a 429 or 503 said so)."""
        self.next_start = max(self.next_start, time.monotonic() + seconds)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
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


class Fetcher:
    """A polite HTTP client shared by every stage of a pass (use as `async with`)."""

    def __init__(
        self,
        settings: FetchSettings,
        transport: httpx.AsyncBaseTransport | None = None,
        robots_store: RobotsStore | None = None,
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._robots_store = robots_store
        self._client: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, _Robots | DeferredError] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._robots_deferred_until: dict[str, float] = {}
        self._resolved: dict[str, str | None] = {}
        self._default_policy = HostPolicy(
            settings.per_host_delay, settings.per_host_concurrency, settings.respect_robots
        )
        self.requests = 0

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            http2=True,
            transport=self._transport,
            follow_redirects=False,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
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

    def _gate(self, url: str, policy: HostPolicy) -> _HostGate:
        key = host_key(url)
        gate = self._gates.get(key)
        if gate is None:
            gate = self._gates[key] = _HostGate(policy)
        else:
            gate.adopt(policy)
        return gate

    # The public call ----------------------------------------------------------

    async def get(
        self,
        url: str,
        kind: Kind = "html",
        in_scope: Callable[[str], bool] | None = None,
        validators: Validators | None = None,
        policy: HostPolicy | None = None,
    ) -> Fetched:
        """GET `url` with retries; FetchError when it finally fails."""
        policy = policy or self._default_policy
        attempt = 0
        while True:
            try:
                return await self._attempt(url, kind, in_scope, validators, policy)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.retries:
                    raise
                wait = self._backoff(attempt, exc)
                if wait is None:
                    raise
                attempt += 1
                await asyncio.sleep(wait)

    def _backoff(self, attempt: int, exc: FetchError) -> float | None:
        """Seconds before the next try, or None when Retry-After asks too much."""
        if exc.retry_after is not None:
            if exc.retry_after > self.settings.max_retry_after:
                return None
            self._gate(exc.url, self._default_policy).hold(exc.retry_after)
            return exc.retry_after
        ceiling = min(self.settings.max_backoff, self.settings.backoff * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)

    async def _attempt(
        self,
        url: str,
        kind: Kind,
        in_scope: Callable[[str], bool] | None,
        validators: Validators | None,
        policy: HostPolicy,
    ) -> Fetched:
        try:
            return await self._follow(url, kind, in_scope, validators, policy)
        except TimeoutError:
            raise NetworkError(url, f"timed out after {self.settings.timeout:g}s") from None
        except httpx.TimeoutException as exc:
            raise NetworkError(url, f"timed out ({type(exc).__name__})") from None
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise NetworkError(url, f"{type(exc).__name__}: {detail}") from None

    async def _follow(
        self,
        url: str,
        kind: Kind,
        in_scope: Callable[[str], bool] | None,
        validators: Validators | None,
        policy: HostPolicy,
    ) -> Fetched:
        assert self._client is not None, "use Fetcher as an async context manager"
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            await self._check_address(url, current)
            if kind != "robots" and policy.respect_robots:
                await self._check_robots(url, current, policy)
            headers = {"Accept": ACCEPT[kind]}
            if validators is not None and current == url:
                if validators.etag:
                    headers["If-None-Match"] = validators.etag
                if validators.last_modified:
                    headers["If-Modified-Since"] = validators.last_modified
            # The timeout covers the exchange, not the wait for this host's turn.
            async with (
                self._gate(current, policy).turn(),
                self._slots,
                asyncio.timeout(self.settings.timeout),
            ):
                self.requests += 1
                request = self._client.build_request("GET", current, headers=headers)
                response = await self._client.send(request, stream=True)
                try:
                    if response.status_code in _REDIRECTS and "Location" in response.headers:
                        target = urljoin(current, response.headers.get("Location", ""))
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

    # The response -------------------------------------------------------------

    async def _read(
        self, requested: str, final: str, kind: Kind, response: httpx.Response
    ) -> Fetched:
        etag = response.headers.get("ETag")
        last_modified = response.headers.get("Last-Modified")
        if response.status_code == 304:
            return Fetched(final, requested, 304, "", b"", "", "", etag, last_modified)
        if response.status_code != 200:
            raise HTTPStatusError(
                requested, response.status_code, _retry_after(response.headers.get("Retry-After"))
            )
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if CONTENT_TYPES[kind] and mime not in CONTENT_TYPES[kind]:
            shown = mime or "no content type"
            raise ContentTypeError(requested, f"{shown} is not a {kind} type")
        limit = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if (
            declared.isdigit()
            and int(declared) > limit
            and "Content-Encoding" not in response.headers
        ):
            raise TooLargeError(requested, f"Content-Length {declared} exceeds {limit} bytes")
        body = await _read_body(requested, response, limit)
        if not body.strip():
            raise ContentError(requested, "empty body")
        encoding, text = decode_body(requested, response.charset_encoding, body, kind)
        return Fetched(
            url=final,
            requested_url=requested,
            status=response.status_code,
            content_type=mime,
            body=body,
            text=text,
            encoding=encoding,
            etag=etag,
            last_modified=last_modified,
        )

    # Policy -------------------------------------------------------------------

    async def _check_address(self, url: str, current: str) -> None:
        """Refuse hosts that resolve to private, loopback or link-local addresses."""
        if self.settings.allow_private_networks or host_key(current) in (
            self.settings.allow_private_hosts
        ):
            return
        host = urlsplit(current).hostname or ""
        if host not in self._resolved:
            self._resolved[host] = await _non_public_address(url, host)
        bad = self._resolved[host]
        if bad:
            raise RefusedError(
                url, f"{host} is a private address ({bad}); set allow_private_networks"
            )

    async def allowed(self, url: str, policy: HostPolicy) -> str | None:
        """None if robots.txt lets us fetch `url` (or is not heeded), else why not."""
        if not policy.respect_robots:
            return None
        try:
            await self._check_robots(url, url, policy)
        except (DisallowedError, DeferredError) as exc:
            return exc.message
        return None

    async def _check_robots(self, url: str, current: str, policy: HostPolicy) -> None:
        parts = urlsplit(current)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = await self._robots_for(origin, policy)
        if isinstance(robots, DeferredError):
            raise DeferredError(url, robots.message)
        agent = self.settings.user_agent
        delay = robots.rules.crawl_delay(agent)
        if delay:
            self._gate(current, policy).adopt(
                policy, min(float(delay), self.settings.max_crawl_delay)
            )
        if not robots.rules.can_fetch(current, agent):
            raise DisallowedError(url, f"disallowed by {origin}/robots.txt")

    async def _robots_for(self, origin: str, policy: HostPolicy) -> _Robots | DeferredError:
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            cached = self._robots.get(origin)
            now = time.time()
            if isinstance(cached, _Robots) and cached.expires > now:
                return cached
            if isinstance(cached, DeferredError) and self._robots_deferred_until[origin] > now:
                return cached
            stored = self._robots_store.load_robots(origin) if self._robots_store else None
            if stored is not None and stored[1] + self.settings.robots_ttl > now:
                result: _Robots | DeferredError = _Robots(
                    Protego.parse(stored[0]), stored[1] + self.settings.robots_ttl
                )
            else:
                result = await self._fetch_robots(origin, policy)
            self._robots[origin] = result
            if isinstance(result, DeferredError):
                self._robots_deferred_until[origin] = now + _ROBOTS_FAILURE_TTL
            return result

    async def _fetch_robots(self, origin: str, policy: HostPolicy) -> _Robots | DeferredError:
        """RFC 9309: 4xx allows everything; 5xx or no answer defers the host."""
        url = origin + "/robots.txt"
        try:
            body = (await self.get(url, "robots", policy=policy)).text
        except HTTPStatusError as exc:
            if exc.status >= 500 or exc.retryable:
                return DeferredError(url, f"robots.txt answered HTTP {exc.status}; host deferred")
            body = ""
        except (ContentError, ContentTypeError, TooLargeError):
            body = ""  # an empty or unreadable robots.txt restricts nothing
        except FetchError as exc:
            return DeferredError(url, f"robots.txt unreachable ({exc.message}); host deferred")
        now = time.time()
        if self._robots_store is not None:
            self._robots_store.save_robots(origin, body, now)
        return _Robots(Protego.parse(body), now + self.settings.robots_ttl)


# Helpers ------------------------------------------------------------------------


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Decoder:
    """Content-Encoding undone chunk by chunk, refusing to grow past `limit` bytes."""

    def __init__(self, url: str, encoding: str, limit: int) -> None:
        self.url = url
        self.limit = limit
        self.size = 0
        self.encoding = encoding
        self._zlib: zlib._Decompress | None = None
        self._brotli: brotli.Decompressor | None = None
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding == "br":
            self._brotli = brotli.Decompressor()
        elif encoding not in ("", "identity"):
            raise ContentError(url, f"unsupported Content-Encoding {encoding!r}")

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLargeError(self.url, f"body exceeds {self.limit} bytes")
        return data

    def feed(self, data: bytes) -> bytes:
        try:
            if self._zlib is not None:
                return self._inflate(data)
            if self._brotli is not None:
                return self._unbrotli(data)
        except FetchError:
            raise
        except zlib.error as exc:
            if self.encoding == "deflate" and self.size == 0 and self._zlib is not None:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no header
                self.encoding = "raw-deflate"
                return self.feed(data)
            raise ContentError(self.url, f"corrupt {self.encoding} body: {exc}") from None
        except Exception as exc:  # brotli.error is a plain Exception subclass
            raise ContentError(self.url, f"corrupt {self.encoding} body: {exc}") from None
        return self._count(data)

    def _inflate(self, data: bytes) -> bytes:
        assert self._zlib is not None
        out = []
        while data:
            room = self.limit - self.size + 1
            chunk = self._zlib.decompress(data, room)
            out.append(self._count(chunk))
            data = self._zlib.unconsumed_tail
        return b"".join(out)

    def _unbrotli(self, data: bytes) -> bytes:
        assert self._brotli is not None
        out = [self._count(self._brotli.process(data, output_buffer_limit=_RAW_CHUNK * 4))]
        while not self._brotli.can_accept_more_data():
            out.append(self._count(self._brotli.process(b"", output_buffer_limit=_RAW_CHUNK * 4)))
        return b"".join(out)


async def _read_body(url: str, response: httpx.Response, limit: int) -> bytes:
    """The decoded body, never holding more than `limit` decoded bytes."""
    if response.is_stream_consumed:  # a transport that hands over read responses
        if len(response.content) > limit:
            raise TooLargeError(url, f"body exceeds {limit} bytes")
        return response.content
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    decoder = _Decoder(url, encoding, limit)
    chunks: list[bytes] = []
    async for raw in response.aiter_raw(_RAW_CHUNK):
        chunks.append(decoder.feed(raw))
    return b"".join(chunks)


async def _non_public_address(url: str, host: str) -> str | None:
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


def decode_body(
    url: str, header_charset: str | None, body: bytes, kind: Kind = "html"
) -> tuple[str, str]:
    """(encoding, text): the header's charset, else the page's own, else detection."""
    head = body[:4096]
    if kind == "sitemap" and head.startswith(b"\x1f\x8b"):
        return "binary", ""  # a gzipped sitemap: discover reads the bytes
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ContentError(url, "binary body, not text")
    candidates: list[str] = []
    if header_charset:
        candidates.append(header_charset)
    for pattern in (_XML_ENCODING_RE, _META_CHARSET_RE):
        found = pattern.search(head)
        if found:
            candidates.append(found.group(1).decode("ascii"))
    candidates.append("utf-8")
    known = []
    for name in candidates:
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            continue  # a made-up charset name: try the next declaration
        known.append(encoding)
        try:
            return encoding, body.decode(encoding)
        except UnicodeDecodeError:
            continue
    for encoding in known:  # declared, with a stray bad byte: keep it if errors are rare
        text = body.decode(encoding, errors="replace")
        if text.count("\ufffd") <= len(text) // 1000:
            return encoding, text
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is None or best.encoding is None:
        raise ContentError(url, "undecodable bytes: no character set fits")
    return best.encoding, body.decode(best.encoding, errors="replace")
