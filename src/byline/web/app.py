"""The reading room: a Starlette application over an archive and its index, read-only.

Every page is rendered on the server from Jinja2 templates (autoescaped), and every
list has a JSON twin under /api/ with the same query parameters. Requests are
answered in Starlette's thread pool, each thread with its own read connection to the
index (SQLite in WAL mode: readers never block the daemon writing beside them, and
each request sees what was committed before it began).

Stored raw pages are the publishers' HTML, untrusted: they are served only under
`Content-Security-Policy: sandbox` (no script runs, the page has no origin) with no
network allowed, or as plain text, and never put inside our own pages.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..archive import Archive
from ..errors import BylineError, DamagedError, UsageError
from ..fetch import decode_body
from ..index import Index
from ..models import Filters
from ..settings import Settings
from . import reading
from .chart import week_starts, weekly_svg

HERE = Path(__file__).parent
TOKEN_COOKIE = "byline_token"
OUR_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
RAW_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIFF_RE = re.compile(r"^(\d{1,6})\.\.(\d{1,6})$")
_ID_RE = re.compile(r"^[0-9a-f]{12}$")


class BadRequest(Exception):
    """A query string the page cannot use: a 400 with this message."""


class _Readers(threading.local):
    index: Index | None = None


def create_app(settings: Settings, token: str | None = None) -> Starlette:
    """The application for this configuration's archive; `token`, when given, is asked
    of every request (a bearer header, a `token` parameter, or the cookie it sets)."""
    readers = _Readers()
    root = Path(settings.archive_root)
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["page_link"] = _page_link
    environment.filters["when"] = _when

    def index() -> Index:
        if readers.index is None:
            readers.index = Index.of_archive(root)
        return readers.index

    def html(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = environment.get_template(template).render(
            request=request, path=request.url.path, query=request.query_params, **context
        )
        return HTMLResponse(body, status_code=status)

    def filters(request: Request, source: str | None = None) -> Filters:
        params = request.query_params
        since, until = params.get("since") or None, params.get("until") or None
        for name, value in (("since", since), ("until", until)):
            if value is not None and not _valid_day(value):
                raise BadRequest(f"{name}={value}: give a day as YYYY-MM-DD")
        if since and until and since > until:
            raise BadRequest(f"since={since} is after until={until}")
        return Filters(
            source or params.get("source") or None, params.get("author") or None, since, until
        )

    def page_number(request: Request) -> int:
        value = request.query_params.get("page", "1")
        if not value.isdigit() or not 1 <= int(value) <= 100_000:
            raise BadRequest(f"page={value}: give a page number from 1")
        return int(value)

    size = settings.serve.page_size

    def sources_page(request: Request, api: bool) -> Response:
        today = datetime.now(UTC).date()
        found = reading.sources(index(), settings, today)
        if api:
            return JSONResponse({"sources": found})
        starts = week_starts(today)
        for source in found:
            counts = [w["columns"] for w in source["weeks"]]
            source["chart"] = Markup(weekly_svg(counts, starts, f"{source['name']} per week"))
        return html(request, "sources.html", sources=found, title="Sources")

    def source_page(request: Request, api: bool) -> Response:
        name = request.path_params["name"]
        known = {s.name for s in settings.sources}
        if name not in known and not index().records.count(name):
            return _not_found(request, api, html, f"no source named {name!r}")
        chosen = filters(request, source=name)
        found = reading.columns(index(), settings, chosen, page_number(request), size)
        if api:
            return JSONResponse({"source": name, **found})
        return html(request, "source.html", source=name, found=found, filters=chosen, title=name)

    def column_page(request: Request, api: bool) -> Response:
        record_id = request.path_params["id"]
        diff = _diff_of(request.query_params.get("diff"))
        shown = reading.column(index(), record_id, diff) if _ID_RE.match(record_id) else None
        if shown is None:
            return _not_found(request, api, html, f"no column {record_id!r}")
        if api:
            return JSONResponse(shown)
        return html(request, "column.html", column=shown, title=shown["title"] or record_id)

    def raw_page(request: Request) -> Response:
        record_id = request.path_params["id"]
        value = request.query_params.get("revision")
        if value is not None and not value.isdigit():
            raise BadRequest(f"revision={value}: give a revision number")
        record = (
            reading.revision_record(index(), record_id, int(value) if value else None)
            if _ID_RE.match(record_id)
            else None
        )
        if record is None:
            return _not_found(request, False, html, f"no column {record_id!r} at that revision")
        try:
            raw = Archive(root).raw(record)
        except DamagedError as exc:
            return PlainTextResponse(str(exc), status_code=410, headers=_plain())
        _, text = decode_body(record.url, None, raw)
        if request.query_params.get("as") == "text":
            return PlainTextResponse(text, headers=_plain())
        return HTMLResponse(
            text,
            headers={
                "Content-Security-Policy": RAW_CSP,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cross-Origin-Resource-Policy": "same-origin",
            },
        )

    def search_page(request: Request, api: bool) -> Response:
        query = request.query_params.get("q", "").strip()
        chosen = filters(request)
        found = None
        if query:
            try:
                hits = settings.serve.hits_per_page
                found = reading.search(index(), settings, query, chosen, page_number(request), hits)
            except UsageError as exc:
                raise BadRequest(str(exc)) from None
        elif api:
            raise BadRequest("q: give a query")
        if api:
            return JSONResponse(found)
        return html(request, "search.html", q=query, found=found, filters=chosen, title="Search")

    def boilerplate_page(request: Request, api: bool) -> Response:
        found = reading.boilerplate(index(), settings)
        if api:
            return JSONResponse({"hosts": found})
        return html(request, "boilerplate.html", hosts=found, title="Boilerplate")

    def both(view: Callable[[Request, bool], Response], api: bool) -> Callable[..., Any]:
        def endpoint(request: Request) -> Response:
            try:
                return view(request, api)
            except (BadRequest, UsageError) as exc:
                if api:
                    return JSONResponse({"error": str(exc)}, status_code=400)
                return html(
                    request, "error.html", status=400, message=str(exc), title="Bad request"
                )

        return endpoint

    def raw_endpoint(request: Request) -> Response:
        try:
            return raw_page(request)
        except BadRequest as exc:
            return PlainTextResponse(str(exc), status_code=400, headers=_plain())

    routes = [
        Route("/", both(sources_page, False)),
        Route("/sources/{name}", both(source_page, False)),
        Route("/columns/{id}", both(column_page, False)),
        Route("/columns/{id}/raw", raw_endpoint),
        Route("/search", both(search_page, False)),
        Route("/boilerplate", both(boilerplate_page, False)),
        Route("/api/sources", both(sources_page, True)),
        Route("/api/sources/{name}", both(source_page, True)),
        Route("/api/columns/{id}", both(column_page, True)),
        Route("/api/search", both(search_page, True)),
        Route("/api/boilerplate", both(boilerplate_page, True)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    async def failed(request: Request, exc: Exception) -> Response:
        """A damaged or missing index is the archive's problem, said in one line."""
        message = str(exc) if isinstance(exc, BylineError) else "internal error"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=500)
        return PlainTextResponse(message, status_code=500, headers=_plain())

    async def not_found(request: Request, exc: Exception) -> Response:
        return _not_found(request, request.url.path.startswith("/api/"), html, "no such page")

    return Starlette(
        routes=routes,
        middleware=[Middleware(BaseHTTPMiddleware, dispatch=_guard(token))],
        exception_handlers={BylineError: failed, 404: not_found},
    )


def _guard(
    token: str | None,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """The token check (when there is a token) and the headers every answer carries."""

    async def dispatch(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.method not in ("GET", "HEAD"):
            return PlainTextResponse(
                "the reading room is read-only", status_code=405, headers={"Allow": "GET, HEAD"}
            )
        given = _offered_token(request)
        if token is not None and not (given and hmac.compare_digest(given, token)):
            if request.url.path.startswith("/api/"):
                response: Response = JSONResponse({"error": "a token is required"}, 401)
            else:
                response = PlainTextResponse(
                    "a token is required: add ?token=... to the address", status_code=401
                )
            response.headers["WWW-Authenticate"] = 'Bearer realm="byline"'
            return response
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", OUR_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if token is not None and request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    return dispatch


def _offered_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


def _valid_day(value: str) -> bool:
    if not _DAY_RE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _diff_of(value: str | None) -> tuple[int, int] | None:
    if value is None or value == "":
        return None
    found = _DIFF_RE.match(value)
    if not found:
        raise BadRequest(f"diff={value}: give two revisions as A..B, such as 1..2")
    return int(found.group(1)), int(found.group(2))


def _plain() -> dict[str, str]:
    return {"Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff"}


def _not_found(
    request: Request, api: bool, html: Callable[..., HTMLResponse], message: str
) -> Response:
    if api:
        return JSONResponse({"error": message}, status_code=404)
    return html(request, "error.html", status=404, message=message, title="Not found")


def _when(stamp: str | None) -> str:
    """An ISO 8601 UTC time as a reader wants it: "2026-12-02 17:52 UTC"."""
    if not stamp:
        return ""
    return stamp[:16].replace("T", " ") + (" UTC" if len(stamp) > 10 else "")


def _page_link(query: Any, page: int) -> str:
    """The current query string with another page number."""
    from urllib.parse import urlencode

    pairs = [(k, v) for k, v in query.multi_items() if k not in ("page", "token")]
    return "?" + urlencode([*pairs, ("page", str(page))])
