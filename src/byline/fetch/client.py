"""`Fetcher`: the one HTTP client, its retries and redirects, and a response read into `Fetched`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from ..errors import (
    ContentError,
    DeferredError,
    DisallowedError,
    FetchError,
    HTTPStatusError,
    NetworkError,
    RefusedError,
)
from ..models import Fetched, Kind, Validators
from ..settings import FetchSettings, HostPolicy
from ..urls import resolve
from .body import ACCEPT, ACCEPT_ENCODING, checked_mime, decode_body, read_body
from .guard import AddressGuard, GuardedTransport
from .pacing import HostGates
from .retry import parse_retry_after, retry_wait
from .robots import RobotsCache, RobotsStore

_REDIRECTS = frozenset({301, 302, 303, 307, 308})  # httpx counts 304 as a redirect


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
        self._client: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._gates = HostGates()
        self._guard = AddressGuard(settings)
        self._robots = RobotsCache(self._get_robots_txt, settings.robots_ttl, robots_store)
        self._default_policy = HostPolicy(
            settings.per_host_delay, settings.per_host_concurrency, settings.respect_robots
        )

    async def __aenter__(self) -> Fetcher:
        # Our own transport unless one is given (tests): it connects only to addresses
        # the guard checked.
        transport = self._transport or GuardedTransport(self._guard, http2=True)
        self._client = httpx.AsyncClient(
            transport=transport,
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

    # The public calls -----------------------------------------------------------

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
                if not exc.retryable:
                    raise
                if exc.retry_after is not None and exc.retry_after > self.settings.max_retry_after:
                    self._gates.rest(exc.url, policy, exc.retry_after)
                    raise _resting(url, exc.retry_after) from None
                if attempt >= self.settings.retries:
                    raise
                wait = retry_wait(attempt, exc, self.settings)
                if exc.retry_after is not None:  # the whole host was asked to wait
                    self._gates.hold(exc.url, policy, exc.retry_after)
                attempt += 1
                await asyncio.sleep(wait)

    async def allowed(self, url: str, policy: HostPolicy) -> str | None:
        """None if robots.txt lets us fetch `url` (or is not heeded), else why not."""
        if not policy.respect_robots:
            return None
        try:
            await self._check_robots(url, url, policy)
        except (DisallowedError, DeferredError) as exc:
            return exc.message
        return None

    # One try: the redirect loop -------------------------------------------------

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
        except httpx.RemoteProtocolError as exc:
            if "location header" in str(exc).lower():  # httpx parses Location itself
                raise RefusedError(url, f"redirect to a URL that does not parse ({exc})") from None
            raise NetworkError(url, f"RemoteProtocolError: {exc}") from None
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
            await self._guard.check(url, current)
            if kind != "robots" and policy.respect_robots:
                await self._check_robots(url, current, policy)
            headers = {"Accept": ACCEPT[kind]}
            if validators is not None and current == url:
                if validators.etag:
                    headers["If-None-Match"] = validators.etag
                if validators.last_modified:
                    headers["If-Modified-Since"] = validators.last_modified
            # The timeout covers the exchange, not the wait for this host's turn.
            gate = self._gates.gate(current, policy)
            if left := gate.resting():
                raise _resting(url, left)
            async with gate.turn(), self._slots, asyncio.timeout(self.settings.timeout):
                if left := gate.resting():  # it was told to rest while this request waited
                    raise _resting(url, left)
                request = self._client.build_request("GET", current, headers=headers)
                response = await self._client.send(request, stream=True)
                try:
                    if response.status_code in _REDIRECTS and "Location" in response.headers:
                        location = response.headers.get("Location", "")
                        target = resolve(current, location)
                        if target is None:
                            raise RefusedError(url, f"redirect to unsupported URL {location!r}")
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
        """The final response as a `Fetched`, or the FetchError that names its fault."""
        etag = response.headers.get("ETag")
        last_modified = response.headers.get("Last-Modified")
        if response.status_code == 304:
            return Fetched(final, requested, 304, "", b"", "", "", etag, last_modified)
        if response.status_code != 200:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise HTTPStatusError(requested, response.status_code, retry_after)
        mime = checked_mime(requested, kind, response.headers.get("Content-Type", ""))
        body = await read_body(requested, response, self.settings.max_bytes)
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
            headers=_lines(response.headers),
            request_headers=_lines(response.request.headers),
            http_version=response.http_version,
        )

    # robots.txt -------------------------------------------------------------------

    async def _get_robots_txt(self, url: str, policy: HostPolicy) -> Fetched:
        """What the robots cache calls: robots.txt paced and retried like any page."""
        return await self.get(url, "robots", policy=policy)

    async def _check_robots(self, url: str, current: str, policy: HostPolicy) -> None:
        """DisallowedError or DeferredError (naming `url`) unless `current` may be fetched."""
        parts = urlsplit(current)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = await self._robots.rules_for(origin, policy)
        if isinstance(robots, DeferredError):
            raise DeferredError(url, robots.message)
        agent = self.settings.user_agent
        delay = robots.rules.crawl_delay(agent)
        if delay:
            crawl_delay = min(float(delay), self.settings.max_crawl_delay)
            self._gates.gate(current, policy).adopt(policy, crawl_delay)
        if not robots.rules.can_fetch(current, agent):
            raise DisallowedError(url, f"disallowed by {origin}/robots.txt")


def _resting(url: str, seconds: float) -> DeferredError:
    """The error of a request to a host that asked to be left alone for `seconds` more."""
    return DeferredError(url, f"host asked for {seconds:.0f}s without requests (Retry-After)")


def _lines(headers: httpx.Headers) -> tuple[tuple[str, str], ...]:
    """Header lines as they went over the wire, names in their own case."""
    return tuple((name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw)
