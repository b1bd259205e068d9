"""A tiny static site server for tests and demos.

:class:`SiteServer` serves a directory of fixture files (see ``tests/sites/``)
on ``127.0.0.1`` at an ephemeral port, in a background daemon thread.  It has
no dependency on pytest, so it can also be used from a script::

    from siteserver import SiteServer

    with SiteServer("tests/sites/columns") as srv:
        print(srv.url("/opinion/columnists/"))
        input("press enter to stop")

or from a shell: ``python tests/siteserver.py [ROOT]`` serves ROOT (default
``tests/sites/columns``) until Ctrl-C.

Features that tests rely on:

* URL to file mapping: ``/a/b/`` serves ``a/b/index.html``; ``/a/b`` serves
  the file ``a/b`` if it exists, else ``a/b/index.html``, else ``a/b.html``.
  A request with a query string is first looked up as that file with
  ``@<query>`` before its extension (``/list/?page=2`` serves
  ``list/index@page=2.html``, ``/list?offset=10`` serves ``list@offset=10.html``),
  then as if it had no query.  Missing files give a 404 (or the ``fallback``
  page, see below) and any attempt to escape the root directory gives a 403.
* ``fallback``: a callable given the path (and ``?query``) of a missing page that returns an
  HTML page to serve with status 200, or ``None`` for a 404; discovery sites
  use it so that every link a crawler follows answers like a real article.
* In text files (``.html .xml .rss .atom .txt``) the placeholder
  ``{{origin}}`` is replaced by :attr:`SiteServer.origin` when served, so
  feeds and sitemaps can hold absolute URLs.
* Hit counting: :attr:`SiteServer.hits` (keyed by the request target
  *including* the query string), :meth:`SiteServer.hits_for` (summed over all
  query variants of a path) and :attr:`SiteServer.requests` (method, target
  and headers of every request, e.g. to check the ``User-Agent``).
* Validators: every 200 carries an ``ETag`` (a hash of the body) and a
  request whose ``If-None-Match`` holds it gets a 304, as on most news
  sites; set :attr:`SiteServer.etags` to ``False`` to turn this off.
* In-memory overrides: :meth:`SiteServer.put` adds or replaces a page and
  :meth:`SiteServer.remove` makes a path answer 404; both take precedence over
  files on disk, so a test can change the site between two crawler passes.
* ``root_dir=None`` serves no files at all: only overrides (every other path
  is a 404).
* Subclass hook: :meth:`SiteServer._handle_request` sees every GET/HEAD
  (after it is recorded) before the override/file lookup and may write the
  raw response itself (see ``faultserver.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from glob import escape as glob_escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

__all__ = ["CONTENT_TYPES", "RecordedRequest", "RequestHeaders", "SiteServer"]

#: Content type by (lower-cased) file extension.
CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
    ".jpg": "image/jpeg",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"

#: Extensions whose content gets ``{{origin}}`` substituted at serve time.
TEXT_EXTENSIONS = frozenset({".html", ".xml", ".rss", ".atom", ".txt"})

ORIGIN_PLACEHOLDER = "{{origin}}"

_NO_BODY_STATUSES = frozenset({204, 304})


class RequestHeaders(dict[str, str]):
    """Request headers as a ``dict`` with case-insensitive key lookup.

    Keys are stored lower-cased, but ``headers["User-Agent"]``,
    ``headers.get("user-agent")`` and ``"USER-AGENT" in headers`` all work.
    """

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__((k.lower(), v) for k, v in items)

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key.lower() if isinstance(key, str) else key)

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key.lower(), default)


class RecordedRequest(NamedTuple):
    """One request seen by the server; unpacks as ``(method, path, headers, time)``."""

    method: str
    #: The request target as sent, including any query string.
    path: str
    headers: RequestHeaders
    #: When the request arrived (``time.monotonic()``), to check pacing.
    time: float = 0.0


@dataclass(frozen=True)
class _Override:
    body: bytes | str
    content_type: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)


class _Removed:
    """Marker for a path removed with :meth:`SiteServer.remove`."""


_REMOVED = _Removed()


def _split_target(target: str) -> tuple[str, str]:
    """Split a request target into (decoded path, raw query)."""
    parts = urlsplit(target)
    return unquote(parts.path) or "/", parts.query


class _HTTPServer(ThreadingHTTPServer):
    """Threading server that can force-close keep-alive connections on stop."""

    daemon_threads = True
    # Do not join handler threads in server_close(): idle keep-alive
    # connections would make stop() hang until the client goes away.
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: SiteServer) -> None:
        self.site = site
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Handle each connection in a named daemon thread."""
        port = self.server_address[1]
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"SiteServer:{port}:conn",
            daemon=True,
        )
        thread.start()

    def track(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(conn)

    def close_connections(self) -> None:
        """Shut down open client sockets so blocked handler threads exit."""
        with self._connections_lock:
            connections = list(self._connections)
            self._connections.clear()
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-response are normal in tests; stay quiet.
        pass


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "SiteServer/1.0"
    sys_version = ""
    # Idle keep-alive connections are dropped after this many seconds.
    timeout = 10
    # Headers and body go out in separate writes; without TCP_NODELAY each
    # keep-alive response waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _not_allowed(self) -> None:
        self.server.site._record(self.command, self.path, self.headers.items())
        self._respond(
            HTTPStatus.METHOD_NOT_ALLOWED,
            _error_page(HTTPStatus.METHOD_NOT_ALLOWED),
            "text/html; charset=utf-8",
            {"Allow": "GET, HEAD"},
            send_body=True,
        )

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def _serve(self, send_body: bool) -> None:
        site = self.server.site
        site._record(self.command, self.path, self.headers.items())
        if site._handle_request(self, send_body=send_body):
            return
        status, body, content_type, headers = site._resolve(self.path)
        if status == 200 and site.etags and not any(k.lower() == "etag" for k in headers):
            # A validator for every page, as most news sites send: conditional GETs get 304.
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {**headers, "ETag": etag}
            if etag in (self.headers.get("If-None-Match") or ""):
                status = 304
        self._respond(status, body, content_type, headers, send_body=send_body)

    def _respond(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: Mapping[str, str],
        *,
        send_body: bool,
    ) -> None:
        if status in _NO_BODY_STATUSES:
            body = b""
        self.send_response(status)
        extra = {k.lower(): (k, v) for k, v in headers.items()}
        if "content-type" not in extra:
            self.send_header("Content-Type", content_type)
        for name, value in extra.values():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)


def _error_page(status: HTTPStatus) -> bytes:
    text = f"{status.value} {html.escape(status.phrase)}"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{text}</title></head><body><h1>{text}</h1></body></html>\n"
    ).encode()


class SiteServer:
    """Serve ``root_dir`` over HTTP on 127.0.0.1 in a background thread.

    Use it as a context manager (``with SiteServer(root) as srv: ...``) or call
    :meth:`start` and :meth:`stop` yourself.  All public methods are safe to
    call from the test thread while requests are being served.
    """

    def __init__(
        self,
        root_dir: str | Path | None,
        host: str = "127.0.0.1",
        port: int = 0,
        fallback: Callable[[str], str | None] | None = None,
    ) -> None:
        #: The fixture directory, or ``None`` to serve only overrides.
        self.root = None if root_dir is None else Path(root_dir).resolve()
        #: Builds a page for a path with no file (``None``: 404).
        self.fallback = fallback
        self.port = port
        #: Send an ETag with every 200 and answer a matching If-None-Match with 304.
        self.etags = True
        if self.root is not None and not self.root.is_dir():
            raise NotADirectoryError(f"site root is not a directory: {self.root}")
        self.host = host
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        self._requests: list[RecordedRequest] = []
        self._overrides: dict[str, _Override | _Removed] = {}
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._origin: str | None = None

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> SiteServer:
        """Bind the port (ephemeral by default) and start serving; returns ``self``."""
        if self._httpd is not None:
            raise RuntimeError("SiteServer is already running")
        httpd = _HTTPServer((self.host, self.port), self)
        port = httpd.server_address[1]
        self._origin = f"http://{self.host}:{port}"
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"SiteServer:{port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close all sockets; safe to call more than once."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._httpd = self._thread = None
        httpd.shutdown()
        httpd.server_close()
        httpd.close_connections()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self._origin if self.running else "stopped"
        name = None if self.root is None else self.root.name
        return f"<{type(self).__name__} {name!r} {where}>"

    # -- addresses ---------------------------------------------------------

    @property
    def origin(self) -> str:
        """Scheme, host and port, e.g. ``"http://127.0.0.1:43121"``."""
        if self._origin is None:
            raise RuntimeError("SiteServer has not been started")
        return self._origin

    def url(self, path: str = "/") -> str:
        """Absolute URL for a root-relative ``path``."""
        if not path.startswith("/"):
            path = "/" + path
        return self.origin + path

    # -- request log ---------------------------------------------------------

    @property
    def hits(self) -> Counter[str]:
        """Snapshot of request counts keyed by target, query string included.

        E.g. ``srv.hits["/opinion/a/?utm_source=x"]``.  HEAD requests count too.
        """
        with self._lock:
            return Counter(self._hits)

    def hits_for(self, path: str) -> int:
        """Number of requests for ``path`` with any (or no) query string."""
        with self._lock:
            return sum(
                count for target, count in self._hits.items() if target.split("?", 1)[0] == path
            )

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of every request so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def reset_hits(self) -> None:
        """Forget all hit counts and recorded requests."""
        with self._lock:
            self._hits.clear()
            self._requests.clear()

    def _record(self, method: str, target: str, headers: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            self._hits[target] += 1
            self._requests.append(
                RecordedRequest(method, target, RequestHeaders(headers), time.monotonic())
            )

    # -- overrides -----------------------------------------------------------

    def put(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Serve ``body`` at ``path`` (any query string) instead of the file.

        ``{{origin}}`` is substituted in ``str`` bodies at serve time.  Extra
        ``headers`` (e.g. ``{"Location": "/elsewhere/"}`` with ``status=301``)
        are added to the response and may replace ``Content-Type``.
        """
        key, _ = _split_target(path)
        with self._lock:
            self._overrides[key] = _Override(body, content_type, status, dict(headers or {}))

    def remove(self, path: str) -> None:
        """Make ``path`` answer 404, even if a file or override exists."""
        key, _ = _split_target(path)
        with self._lock:
            self._overrides[key] = _REMOVED

    def clear_overrides(self) -> None:
        """Drop every :meth:`put` / :meth:`remove` so files are served again."""
        with self._lock:
            self._overrides.clear()

    # -- resolution ----------------------------------------------------------

    def _handle_request(self, handler: _Handler, *, send_body: bool) -> bool:
        """Hook for subclasses: answer a GET/HEAD request directly.

        Called for every GET and HEAD request after it has been recorded and
        before overrides and files are looked up.  An implementation may write
        anything to ``handler`` (``send_response``, ``wfile``, even the raw
        socket ``handler.connection``) and returns ``True`` when it has dealt
        with the request, or ``False`` to fall back to the normal lookup.
        ``send_body`` is ``False`` for HEAD.  The base class never intercepts.
        """
        return False

    def _substitute(self, data: bytes) -> bytes:
        return data.replace(ORIGIN_PLACEHOLDER.encode(), self.origin.encode())

    def _resolve(self, target: str) -> tuple[int, bytes, str, dict[str, str]]:
        """Map a request target to (status, body, content type, extra headers)."""
        path, query = _split_target(target)
        with self._lock:
            override = self._overrides.get(path)
        if isinstance(override, _Override):
            body = override.body
            data = self._substitute(body.encode()) if isinstance(body, str) else body
            return override.status, data, override.content_type, dict(override.headers)
        html_type = CONTENT_TYPES[".html"]
        if isinstance(override, _Removed):
            return 404, _error_page(HTTPStatus.NOT_FOUND), html_type, {}

        segments = [s for s in path.split("/") if s]
        if any(s == ".." or "\\" in s or "\x00" in s for s in segments):
            return 403, _error_page(HTTPStatus.FORBIDDEN), html_type, {}
        file = self._find_file(segments, directory=path.endswith("/"), query=query)
        if file is None or self.root is None:
            target = f"{path}?{query}" if query else path
            page = self.fallback(target) if self.fallback is not None else None
            if page is not None:
                return 200, self._substitute(page.encode()), html_type, {}
            return 404, _error_page(HTTPStatus.NOT_FOUND), html_type, {}
        if not file.resolve().is_relative_to(self.root):
            # e.g. a symlink pointing out of the site root
            return 403, _error_page(HTTPStatus.FORBIDDEN), html_type, {}
        try:
            data = file.read_bytes()
        except OSError:
            return 404, _error_page(HTTPStatus.NOT_FOUND), html_type, {}
        ext = file.suffix.lower()
        if ext in TEXT_EXTENSIONS:
            data = self._substitute(data)
        return 200, data, CONTENT_TYPES.get(ext, DEFAULT_CONTENT_TYPE), {}

    def _find_file(self, segments: list[str], *, directory: bool, query: str = "") -> Path | None:
        """First existing file for the URL path, following the lookup rules."""
        if self.root is None:
            return None
        base = self.root.joinpath(*segments)
        if directory or not segments:
            candidates = [base / "index.html"]
        else:
            candidates = [base, base / "index.html", base.with_name(base.name + ".html")]
        if query:
            with_query = [_with_query(c, query) for c in candidates]
            candidates = [c for c in with_query if c is not None] + candidates
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        return None


def _with_query(file: Path, query: str) -> Path | None:
    """``list/index.html`` + ``page=2`` is ``list/index@page=2.html``: the file of that
    name whose query has the same parameters, in any order and however escaped."""
    wanted = _query_pairs(query)
    if not file.parent.is_dir():
        return None
    for candidate in file.parent.glob(f"{glob_escape(file.stem)}@*{file.suffix}"):
        given = candidate.name[len(file.stem) + 1 : len(candidate.name) - len(file.suffix)]
        if _query_pairs(given) == wanted:
            return candidate
    return None


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """The parameters of a query, sorted, %-escapes decoded (a `+` stays a `+`)."""
    pairs = (part.partition("=") for part in query.split("&") if part)
    return sorted((unquote(key), unquote(value)) for key, _, value in pairs)


def main(argv: list[str] | None = None) -> None:
    """``python tests/siteserver.py [ROOT]``: serve a site until Ctrl-C."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path(__file__).resolve().parent / "sites" / "columns"
    with SiteServer(root) as srv:
        print(f"serving {srv.root} at {srv.origin}/ (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
