"""A fault-serving HTTP server for testing the fetcher, after Scrapy's mock server.

:class:`FaultServer` is a :class:`~siteserver.SiteServer` (127.0.0.1, ephemeral
port, daemon threads, hit counting, ``{{origin}}`` substitution, ``put`` /
``remove`` overrides) that can also misbehave on purpose.  Its root directory
is optional: ``FaultServer()`` serves only the ``/fault/`` endpoints and
overrides, ``FaultServer("tests/sites/columns")`` serves that fixture site too.
Every request, faulty or not, is recorded in ``hits`` / ``hits_for`` /
``requests``.  Everything is deterministic; counters are per server and
thread-safe.  No pytest dependency, so it also runs from a shell:
``python tests/faultserver.py [ROOT]``.

Unless noted, a "200 article" is ``text/html; charset=utf-8`` holding a small
English article page (``<html lang="en">``, ``<title>``, ``<h1>``,
``<meta name="author">``, ``article:published_time``, four paragraphs of 40+
words) whose title and first paragraph contain the request path, so every
endpoint's page is distinct (see :func:`article_page`).  HEAD requests get the
same status and headers without a body.  A malformed number in a path gives a
400.  An override (``put`` / ``remove``) of a ``/fault/...`` path wins over the
endpoint; an unknown ``/fault/...`` path falls through to the normal lookup
(so usually a 404).

Endpoints
---------
``/fault/status/{n}``
    Status ``n`` (200-999) with a small HTML body (none for 204/304).  3xx
    answers carry no ``Location``.
``/fault/flaky/{n}/{k}/{name}``
    Status ``n`` (small HTML body) for the first ``k`` requests to this path,
    then 200 article.  Counted per path, query string ignored; ``name`` only
    makes distinct keys.
``/fault/retry-after/{value}/{k}/{name}``
    503 (or the status given as ``?status=429``) with ``Retry-After: {value}``
    for the first ``k`` requests to this path, then 200 article.  ``date-N``
    becomes an HTTP-date N seconds in the future; any other value (``2``,
    ``0``, or garbage such as ``soon``) is sent verbatim.
``/fault/slow-first-byte/{seconds}``
    Sends nothing for ``seconds`` (float), then 200 article.
``/fault/drip/{seconds}/{chunks}``
    Headers (with Content-Length) at once, then the article in ``chunks``
    pieces, one every ``seconds / chunks``: the body ends after ``seconds``.
``/fault/reset``
    Headers with ``Content-Length: 5000``, 1500 body bytes, a 50 ms pause,
    then a TCP reset (``SO_LINGER`` 0 and close).
``/fault/truncated``
    Content-Length of the whole article, only its first half, then a clean
    close (FIN): the client sees an incomplete body.
``/fault/gzip-bomb``, ``/fault/deflate-bomb``, ``/fault/br-bomb``
    ``Content-Type: text/html`` and ``Content-Encoding: gzip`` / ``deflate``
    (a zlib stream) / ``br``: a ~200 KB (gzip, deflate) or tiny (br) body
    that decodes to :data:`BOMB_SIZE` (200 MiB) bytes: ``<html><body><p>``
    and then spaces.  Computed lazily once per process, never held
    decompressed.  ``br-bomb`` is a 404 unless :mod:`brotli` is importable.
``/fault/huge/{megabytes}``
    A ``text/html`` article page of exactly ``megabytes`` MiB (float allowed,
    ``1`` = 1,048,576 bytes) streamed in 64 KiB writes with a correct
    Content-Length.  ``?no-length=1``: no Content-Length, ``Transfer-Encoding:
    chunked`` instead (for an HTTP/1.0 request: ``Connection: close`` and a
    close-delimited body).  No "lying Content-Length" variant: see
    ``/fault/truncated`` for a length larger than the body.
``/fault/redirect/{n}``
    302 to ``/fault/redirect/{n-1}``; ``/fault/redirect/0`` is 200 article.
``/fault/redirect-loop``
    302 to ``/fault/redirect-loop?i={i+1}`` (``i`` from the query, default
    0), forever.
``/fault/redirect-to?url=URL``
    302 with ``Location: URL`` verbatim (400 without ``url``).
``/fault/content-type?type=T``
    200 article with ``Content-Type: T`` exactly; an empty or missing ``T``
    sends no Content-Type header at all.
``/fault/binary``
    ``Content-Type: text/html``, 20 KiB of seeded random bytes (with NULs).
``/fault/bad-charset``
    ``Content-Type: text/html; charset=klingon-8``; an article encoded in
    windows-1252 with curly quotes, a euro sign and accented letters ("café",
    “quoted”), declaring ``<meta charset="windows-1252">``.
``/fault/latin1-undeclared``
    ``Content-Type: text/html`` without charset; a French article
    (``<html lang="fr">``) in ISO-8859-1 full of accented words, no meta
    charset.
``/fault/empty``
    200 ``text/html; charset=utf-8`` with ``Content-Length: 0``.
``/fault/conditional/{name}``
    200 article with ``ETag: "v1-{name}"`` and ``Last-Modified`` (fixed date,
    :data:`CONDITIONAL_BASE_DATE`); 304 without body when ``If-None-Match``
    matches (``*``, lists and ``W/`` accepted) or, if there is no
    ``If-None-Match``, when ``If-Modified-Since`` >= Last-Modified.
    :meth:`FaultServer.bump` moves it to ``"v2-{name}"``, one day later, with
    changed text.
``/robots.txt``
    :meth:`FaultServer.robots` decides; by default the fixture's robots.txt
    (or an override) if any, else 404.

Whole-site faults
-----------------
:meth:`FaultServer.fail_every` answers every n-th request (all paths, fixture
files, overrides and ``/fault/`` endpoints alike, except the ``skip``
prefixes) with the next fault of a cycle: status faults ``"500" "502" "503"
"504" "429" "408"`` (small HTML body, no Retry-After), ``"reset"`` (as
``/fault/reset``), ``"truncated"`` (as ``/fault/truncated``) or ``"timeout"``
(hold the connection for :attr:`FaultServer.timeout_fault_seconds`, 60 s, then
close without answering).  :attr:`FaultServer.faults_served` counts them.

:meth:`FaultServer.stop` wakes every sleeping handler (slow first byte, drip,
robots delay, timeout fault), so it returns at once and the handler threads
end within a few milliseconds.
"""

from __future__ import annotations

import contextlib
import email.utils
import html
import random
import re
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs

from siteserver import SiteServer, _error_page, _Handler, _split_target

__all__ = [
    "BOMB_SIZE",
    "CONDITIONAL_BASE_DATE",
    "FAULT_KINDS",
    "FaultServer",
    "article_page",
    "bomb_body",
]

MIB = 1024 * 1024
#: Decoded size of every compression bomb.
BOMB_SIZE = 200 * MIB
BOMB_PREFIX = b"<html><body><p>"
#: ``Last-Modified`` of revision 1 of every ``/fault/conditional/{name}``.
CONDITIONAL_BASE_DATE = datetime(2024, 5, 14, 8, 0, 0, tzinfo=UTC)
#: Fault kinds :meth:`FaultServer.fail_every` understands.
FAULT_KINDS = frozenset({"500", "502", "503", "504", "429", "408", "reset", "timeout", "truncated"})

HTML_TYPE = "text/html; charset=utf-8"
RESET_CONTENT_LENGTH = 5000
RESET_BYTES_SENT = 1500
BINARY_SIZE = 20 * 1024
BINARY_SEED = 20240514
STREAM_CHUNK = 64 * 1024

# -- page text -----------------------------------------------------------------

_HEADLINES = (
    "The covered market deserves a roof, not another consultation",
    "Why the night bus matters more than the new bypass",
    "Our libraries are quietly doing the work of three departments",
    "A modest case for keeping the Saturday allotments open",
    "The harbour wall will not repair itself",
)
_AUTHORS = ("Ada Pennywhistle", "Tomas Greaves", "Nia Okonkwo-Hart", "Wilhelmina Strand")
_PARAGRAPHS = (
    "The town council met on a wet Tuesday evening to argue, once again, about the future of "
    "the covered market. Traders want a new roof and longer opening hours; residents want "
    "quieter mornings and somewhere to park. Nobody in the room seemed to notice that the two "
    "wishes are not really in conflict at all.",
    "Consider the numbers the council itself published last spring. Footfall rose by a fifth "
    "after the Saturday food stalls arrived, and the complaints about noise fell rather than "
    "grew. People forgive a great deal when a place feels busy, useful and looked after, and "
    "they notice quickly when it is not.",
    "What the town needs is not another survey but a plain promise: fix the roof before "
    "winter, open the east gate on weekday mornings, and let the stallholders run the late "
    "evenings themselves. Each of those steps is cheap, reversible and easy to measure against "
    "the figures we already have in hand.",
    "There is a wider lesson here for every small town that has watched its high street thin "
    "out. Shared spaces decline slowly and then all at once, usually after years of careful "
    "meetings in which everyone agreed that something should be done by somebody else, next "
    "year, once the budget was clearer.",
    "So here is a modest proposal for the next meeting. Walk through the square at seven in "
    "the morning and again at seven in the evening, count the people, talk to the traders, and "
    "only then vote. The decision will not be perfect, but it will be made by people who have "
    "seen the place.",
)


def article_page(path: str, *, revision: int = 1) -> str:
    """A small English article page whose title and first paragraph name ``path``.

    Headline, author and paragraph order are picked from ``path`` so that
    different endpoints serve different text.  ``revision`` > 1 adds a
    correction note (used by :meth:`FaultServer.bump`).
    """
    seed = zlib.crc32(path.encode())
    headline = _HEADLINES[seed % len(_HEADLINES)]
    author = _AUTHORS[seed % len(_AUTHORS)]
    where = html.escape(path)
    order = [_PARAGRAPHS[(seed + i) % len(_PARAGRAPHS)] for i in range(len(_PARAGRAPHS))]
    paragraphs = [f"This column was filed under {where} by our correspondent. {order[0]}"]
    paragraphs += order[1:4]
    if revision > 1:
        paragraphs.insert(
            1,
            f"Correction, revision {revision}: an earlier version of this column misstated the "
            "date of the council meeting and the share of stallholders who took part in the "
            "survey. Both figures have now been checked against the published minutes, and "
            "the argument above is unchanged by them.",
        )
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    published = (CONDITIONAL_BASE_DATE + timedelta(days=revision - 1)).isoformat()
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(headline)} ({where})</title>\n"
        f'<meta name="author" content="{author}">\n'
        f'<meta property="article:published_time" content="{published}">\n'
        "</head>\n<body>\n<article>\n"
        f"<h1>{html.escape(headline)}</h1>\n"
        f'<p class="byline">By {author}</p>\n{body}\n'
        "</article>\n</body>\n</html>\n"
    )


_CP1252_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Café society and the “quiet” table (/fault/bad-charset)</title>
<meta name="author" content="Renée Dubois">
<meta property="article:published_time" content="2024-05-14T08:00:00+00:00">
</head>
<body>
<article>
<h1>Café society and the “quiet” table</h1>
<p>This column was filed under /fault/bad-charset, and it is about “quoted” quiet. Every town has one café where the owner – a naïve optimist, by her own account – keeps a “quiet” table by the window for people who want to read. Ours charges €2 for a coffee, serves a crème brûlée that could start arguments, and has outlived three chain shops on the same street without once changing its façade.</p>
<p>The regulars call it ‘the office’. Students bring their résumés to polish, pensioners bring the crossword, and a retired engineer brings a notebook full of sketches of the harbour wall. Nobody is hurried, nobody is asked to leave, and somehow the till still rings often enough to pay the rent each month.</p>
<p>It is tempting to file this under nostalgia, a déjà vu of older high streets, but the numbers say otherwise. Places like this are where a town meets itself; lose them and the council will spend far more trying to invent “community hubs” that people never asked for… and rarely visit.</p>
</article>
</body>
</html>
"""

_LATIN1_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<title>Le marché couvert mérite mieux qu'une énième étude (/fault/latin1-undeclared)</title>
<meta name="author" content="Hélène Lefèvre">
<meta property="article:published_time" content="2024-05-14T08:00:00+00:00">
</head>
<body>
<article>
<h1>Le marché couvert mérite mieux qu'une énième étude</h1>
<p>Chronique publiée sous /fault/latin1-undeclared. Le conseil municipal s'est réuni mardi soir, sous une pluie fine, pour débattre encore une fois de l'avenir du marché couvert. Les commerçants réclament un toit étanche et des horaires élargis ; les riverains préfèrent des matinées plus calmes et un peu de stationnement. Personne n'a semblé remarquer que ces vœux ne s'opposent guère.</p>
<p>Les chiffres publiés par la mairie l'été dernier sont pourtant éloquents. La fréquentation a augmenté d'un cinquième après l'arrivée des étals du samedi, et les plaintes pour bruit ont diminué au lieu de croître. Les habitants pardonnent beaucoup à un lieu animé, utile et bien entretenu, et ils remarquent très vite le contraire.</p>
<p>Ce dont la ville a besoin, ce n'est pas d'une énième consultation mais d'une promesse claire : réparer la toiture avant l'hiver, ouvrir la porte est dès le matin en semaine, et confier les soirées aux commerçants eux-mêmes. Chacune de ces mesures coûte peu, reste réversible et se mesure aisément grâce aux données déjà récoltées.</p>
<p>Il y a là une leçon pour toutes les petites villes dont la rue principale s'est dépeuplée. Les espaces partagés déclinent lentement, puis d'un coup, généralement après des années de réunions prudentes où chacun était d'accord pour qu'un autre agisse, l'année prochaine, une fois le budget éclairci. Voilà où nous en sommes, hélas.</p>
</article>
</body>
</html>
""".replace("vœux", "souhaits")  # œ is not in ISO-8859-1

# -- compression bombs ---------------------------------------------------------

_bomb_lock = threading.Lock()
_bombs: dict[str, bytes] = {}


def _raw_deflate_bomb() -> tuple[bytes, int, int]:
    """Raw deflate stream of the bomb, with its CRC-32 and Adler-32.

    After a full flush the compressor's state is reset, so every 1 MiB block
    of spaces compresses to the same bytes: compress it twice, check that, and
    repeat it instead of feeding 200 MiB through zlib (falls back to doing so
    if a zlib build ever behaves differently).  Checksums are computed over
    the same blocks, one MiB at a time.
    """
    block = b" " * MIB
    blocks = (BOMB_SIZE - len(BOMB_PREFIX)) // MIB
    tail = b" " * (BOMB_SIZE - len(BOMB_PREFIX) - blocks * MIB)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [comp.compress(BOMB_PREFIX) + comp.flush(zlib.Z_FULL_FLUSH)]
    first = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    second = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    parts += [first, second]
    if first == second:
        parts += [first] * (blocks - 2)
    else:  # pragma: no cover - depends on the zlib build
        parts += [comp.compress(block) for _ in range(blocks - 2)]
    parts.append(comp.compress(tail) + comp.flush())
    crc = zlib.crc32(BOMB_PREFIX)
    adler = zlib.adler32(BOMB_PREFIX)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
        adler = zlib.adler32(block, adler)
    crc, adler = zlib.crc32(tail, crc), zlib.adler32(tail, adler)
    return b"".join(parts), crc, adler


def _brotli_bomb() -> bytes:
    import brotli  # type: ignore[import-untyped,unused-ignore]

    block = b" " * MIB
    comp = brotli.Compressor(quality=5, lgwin=24)
    parts = [comp.process(BOMB_PREFIX)]
    remaining = BOMB_SIZE - len(BOMB_PREFIX)
    while remaining > 0:
        parts.append(comp.process(block[:remaining]))
        remaining -= min(remaining, MIB)
    parts.append(comp.finish())
    return b"".join(parts)


def brotli_available() -> bool:
    """Whether the :mod:`brotli` module can be imported (for ``/fault/br-bomb``)."""
    try:
        import brotli  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        return False
    return True


def bomb_body(encoding: str) -> bytes:
    """The compressed bomb for ``"gzip"``, ``"deflate"`` or ``"br"``, built once."""
    with _bomb_lock:
        if encoding not in _bombs:
            if encoding == "br":
                _bombs["br"] = _brotli_bomb()
            elif encoding in ("gzip", "deflate"):
                raw, crc, adler = _raw_deflate_bomb()
                # gzip: magic, deflate, no flags, mtime 0, max compression, OS unknown
                gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
                size = BOMB_SIZE & 0xFFFFFFFF
                _bombs["gzip"] = gzip_header + raw + struct.pack("<II", crc, size)
                _bombs["deflate"] = b"\x78\xda" + raw + struct.pack(">I", adler)
            else:
                raise ValueError(f"unknown bomb encoding: {encoding!r}")
        return _bombs[encoding]


# -- request plumbing ----------------------------------------------------------


class _BadRequest(ValueError):
    """A malformed fault URL; answered with 400."""


def _number(text: str, kind: Callable[[str], float] = float, lo: float = 0) -> float:
    try:
        value = kind(text)
    except ValueError:
        raise _BadRequest(f"not a number: {text!r}") from None
    if value < lo or value != value:  # also rejects NaN
        raise _BadRequest(f"out of range: {text!r}")
    return value


def _int(text: str, lo: int = 0) -> int:
    return int(_number(text, int, lo))


def _status(text: str) -> int:
    status = _int(text)
    if not 200 <= status <= 999:
        raise _BadRequest(f"status out of range: {text!r}")
    return status


def _header_value(text: str) -> str:
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise _BadRequest("control character in header value")
    return text


def _status_page(status: int) -> bytes:
    try:
        return _error_page(HTTPStatus(status))
    except ValueError:
        return _error_page_text(f"{status} Unknown status")


def _error_page_text(text: str) -> bytes:
    text = html.escape(text)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{text}</title></head><body><h1>{text}</h1></body></html>\n"
    ).encode()


class _Exchange:
    """One request being answered by hand on a :class:`siteserver._Handler`."""

    def __init__(self, handler: _Handler, *, send_body: bool, stopping: threading.Event) -> None:
        self.handler = handler
        self.send_body = send_body
        self.stopping = stopping
        self.path, query = _split_target(handler.path)
        self.query = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}

    def head(self, status: int, headers: Iterable[tuple[str, str]]) -> None:
        """Send the status line and headers (nothing else)."""
        handler = self.handler
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str | None = HTML_TYPE,
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        """A complete, well-formed response (no body for HEAD, 204 and 304)."""
        all_headers = [] if content_type is None else [("Content-Type", content_type)]
        all_headers += list(headers)
        if status in (204, 304):
            body = b""
        else:
            all_headers.append(("Content-Length", str(len(body))))
        self.head(status, all_headers)
        self.write(body)

    def article(self, headers: Iterable[tuple[str, str]] = (), revision: int = 1) -> None:
        self.send(200, article_page(self.path, revision=revision).encode(), headers=headers)

    def write(self, data: bytes) -> None:
        if self.send_body and data:
            self.handler.wfile.write(data)

    def sleep(self, seconds: float) -> bool:
        """Wait ``seconds``; ``False`` (and the connection closes) if the server stops."""
        if seconds > 0 and self.stopping.wait(seconds):
            self.handler.close_connection = True
            return False
        return not self.stopping.is_set()

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0, then close)."""
        handler = self.handler
        handler.close_connection = True
        sock = handler.connection
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # detach() + close(fd) closes now, even though rfile still refers
            # to the socket; socketserver's own shutdown/close then no-op.
            fd = sock.detach()
            if fd >= 0:
                socket.close(fd)

    def close(self) -> None:
        """End the response by closing the connection cleanly (FIN)."""
        self.handler.close_connection = True


@dataclass(frozen=True)
class _Robots:
    text: str | None
    status: int
    delay: float


# -- the server ------------------------------------------------------------------


class FaultServer(SiteServer):
    """A :class:`SiteServer` with the fault endpoints listed in the module docstring.

    ``root_dir`` is an optional fixture site served as by ``SiteServer``.
    Use as a context manager or call :meth:`start` / :meth:`stop`.
    """

    #: How long a ``"timeout"`` fault of :meth:`fail_every` holds the connection.
    timeout_fault_seconds: float = 60.0

    def __init__(
        self, root_dir: str | Path | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        super().__init__(root_dir, host, port)
        self._faults_lock = threading.Lock()
        self._attempts: Counter[str] = Counter()
        self._versions: dict[str, int] = {}
        self._robots: _Robots | None = None
        self._fail_n = 0
        self._fail_faults: tuple[str, ...] = ()
        self._fail_skip: tuple[str, ...] = ()
        self._fail_seen = 0
        self._fail_next = 0
        self._faults_served: Counter[str] = Counter()
        self._stopping = threading.Event()

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> FaultServer:
        """Start serving; returns ``self``."""
        self._stopping = threading.Event()
        super().start()
        return self

    def stop(self) -> None:
        """Wake every sleeping handler, then stop as :meth:`SiteServer.stop` does."""
        self._stopping.set()
        super().stop()

    def __enter__(self) -> FaultServer:
        return self.start()

    # -- configuration -------------------------------------------------------

    def robots(self, text: str | None = None, status: int = 200, delay: float = 0.0) -> None:
        """Set what ``/robots.txt`` answers, after sleeping ``delay`` seconds.

        * ``text`` given: that text (``{{origin}}`` substituted) as
          ``text/plain; charset=utf-8`` with ``status``;
        * no text, ``status`` != 200: that status with a small HTML body;
        * no text, status 200: the default answer (the fixture's robots.txt or
          an override, else 404), after ``delay``.  ``robots()`` with no
          arguments therefore restores the default.
        """
        config = _Robots(text, status, delay)
        with self._faults_lock:
            self._robots = None if config == _Robots(None, 200, 0.0) else config

    def bump(self, name: str) -> int:
        """Publish a new revision of ``/fault/conditional/{name}``; returns it."""
        with self._faults_lock:
            version = self._versions.get(name, 1) + 1
            self._versions[name] = version
            return version

    def fail_every(
        self,
        n: int,
        faults: Iterable[str] = ("503", "500", "reset", "429"),
        skip: Iterable[str] = ("/robots.txt",),
    ) -> None:
        """Answer every ``n``-th request with the next fault of ``faults``.

        Requests whose path starts with one of the ``skip`` prefixes are
        neither counted nor faulted.  The counter and the cycle restart at
        each call; ``fail_every(0)`` turns the mode off.  Kinds: see
        :data:`FAULT_KINDS`.
        """
        kinds = tuple(faults)
        unknown = [k for k in kinds if k not in FAULT_KINDS]
        if n < 0 or unknown or (n and not kinds):
            raise ValueError(f"bad fail_every({n!r}, faults={kinds!r})")
        with self._faults_lock:
            self._fail_n = n
            self._fail_faults = kinds
            self._fail_skip = tuple(skip)
            self._fail_seen = 0
            self._fail_next = 0

    @property
    def faults_served(self) -> Counter[str]:
        """Snapshot: how many :meth:`fail_every` faults were served, by kind."""
        with self._faults_lock:
            return Counter(self._faults_served)

    def attempts(self, path: str) -> int:
        """Requests counted so far by a flaky or retry-after endpoint ``path``."""
        with self._faults_lock:
            return self._attempts[path]

    def reset_faults(self) -> None:
        """Forget flaky/retry-after counts, conditional revisions, robots and
        fail_every settings and :attr:`faults_served` (not the hit counts)."""
        with self._faults_lock:
            self._attempts.clear()
            self._versions.clear()
            self._robots = None
            self._fail_n = self._fail_seen = self._fail_next = 0
            self._fail_faults = self._fail_skip = ()
            self._faults_served.clear()

    # -- dispatch ------------------------------------------------------------

    def _handle_request(self, handler: _Handler, *, send_body: bool) -> bool:
        ex = _Exchange(handler, send_body=send_body, stopping=self._stopping)
        fault = self._global_fault(ex.path)
        if fault is not None:
            self._serve_fault(ex, fault)
            return True
        if ex.path == "/robots.txt":
            return self._serve_robots(ex)
        if not ex.path.startswith("/fault/"):
            return False
        with self._lock:
            if ex.path in self._overrides:
                return False
        try:
            return self._serve_endpoint(ex, ex.path.split("/")[2:])
        except _BadRequest as exc:
            ex.send(400, _error_page_text(f"400 Bad Request: {exc}"))
            return True

    def _global_fault(self, path: str) -> str | None:
        with self._faults_lock:
            if not self._fail_n or path.startswith(self._fail_skip):
                return None
            self._fail_seen += 1
            if self._fail_seen % self._fail_n:
                return None
            fault = self._fail_faults[self._fail_next % len(self._fail_faults)]
            self._fail_next += 1
            self._faults_served[fault] += 1
            return fault

    def _serve_fault(self, ex: _Exchange, fault: str) -> None:
        if fault == "reset":
            self._reset(ex)
        elif fault == "truncated":
            self._truncated(ex)
        elif fault == "timeout":
            ex.sleep(self.timeout_fault_seconds)
            ex.close()
        else:
            status = int(fault)
            ex.send(status, _status_page(status))

    def _serve_robots(self, ex: _Exchange) -> bool:
        with self._faults_lock:
            config = self._robots
        if config is None:
            return False
        if not ex.sleep(config.delay):
            return True
        if config.text is not None:
            body = self._substitute(config.text.encode())
            ex.send(config.status, body, "text/plain; charset=utf-8")
            return True
        if config.status == 200:
            return False  # delayed default
        ex.send(config.status, _status_page(config.status))
        return True

    def _count(self, path: str) -> int:
        """Count one more request to ``path``; returns the new count."""
        with self._faults_lock:
            self._attempts[path] += 1
            return self._attempts[path]

    def _serve_endpoint(self, ex: _Exchange, parts: list[str]) -> bool:
        match parts:
            case ["status", n]:
                status = _status(n)
                ex.send(status, _status_page(status))
            case ["flaky", n, k, *name] if name:
                status, times = _status(n), _int(k)
                if self._count(ex.path) <= times:
                    ex.send(status, _status_page(status))
                else:
                    ex.article()
            case ["retry-after", value, k, *name] if name:
                times = _int(k)
                status = _status(ex.query.get("status", "503"))
                if self._count(ex.path) <= times:
                    ex.send(status, _status_page(status), headers=[_retry_after(value)])
                else:
                    ex.article()
            case ["slow-first-byte", seconds]:
                if ex.sleep(_number(seconds)):
                    ex.article()
            case ["drip", seconds, chunks]:
                self._drip(ex, _number(seconds), _int(chunks, lo=1))
            case ["reset"]:
                self._reset(ex)
            case ["truncated"]:
                self._truncated(ex)
            case ["gzip-bomb" | "deflate-bomb" | "br-bomb" as kind]:
                encoding = {"gzip-bomb": "gzip", "deflate-bomb": "deflate"}.get(kind, "br")
                if encoding == "br" and not brotli_available():
                    return False
                body = bomb_body(encoding)
                ex.send(200, body, "text/html", [("Content-Encoding", encoding)])
            case ["huge", megabytes]:
                self._huge(ex, round(_number(megabytes) * MIB), ex.query.get("no-length"))
            case ["redirect", n]:
                hops = _int(n)
                if hops == 0:
                    ex.article()
                else:
                    _redirect(ex, f"/fault/redirect/{hops - 1}")
            case ["redirect-loop"]:
                i = _int(ex.query.get("i", "0"))
                _redirect(ex, f"/fault/redirect-loop?i={i + 1}")
            case ["redirect-to"]:
                if "url" not in ex.query:
                    raise _BadRequest("missing ?url=")
                _redirect(ex, _header_value(ex.query["url"]))
            case ["content-type"]:
                ctype = _header_value(ex.query.get("type", "")) or None
                ex.send(200, article_page(ex.path).encode(), ctype)
            case ["binary"]:
                ex.send(200, random.Random(BINARY_SEED).randbytes(BINARY_SIZE), "text/html")
            case ["bad-charset"]:
                body = _CP1252_PAGE.encode("cp1252")
                ex.send(200, body, "text/html; charset=klingon-8")
            case ["latin1-undeclared"]:
                ex.send(200, _LATIN1_PAGE.encode("iso-8859-1"), "text/html")
            case ["empty"]:
                ex.send(200, b"")
            case ["conditional", *name] if name:
                self._conditional(ex, "/".join(name))
            case _:
                return False
        return True

    # -- endpoint bodies -----------------------------------------------------

    def _drip(self, ex: _Exchange, seconds: float, chunks: int) -> None:
        body = article_page(ex.path).encode()
        chunks = min(chunks, len(body))
        ex.head(200, [("Content-Type", HTML_TYPE), ("Content-Length", str(len(body)))])
        if not ex.send_body:
            return
        step, size = seconds / chunks, -(-len(body) // chunks)
        for i in range(chunks):
            if not ex.sleep(step):
                return
            ex.write(body[i * size : (i + 1) * size])

    def _reset(self, ex: _Exchange) -> None:
        body = article_page(ex.path).encode()
        ex.head(200, [("Content-Type", HTML_TYPE), ("Content-Length", str(RESET_CONTENT_LENGTH))])
        ex.write(body[:RESET_BYTES_SENT])
        # Let the client read the headers before the reset discards them.
        if ex.sleep(0.05):
            ex.reset()

    def _truncated(self, ex: _Exchange) -> None:
        body = article_page(ex.path).encode()
        ex.head(200, [("Content-Type", HTML_TYPE), ("Content-Length", str(len(body)))])
        ex.write(body[: len(body) // 2])
        ex.close()

    def _huge(self, ex: _Exchange, size: int, no_length: str | None) -> None:
        headers = [("Content-Type", HTML_TYPE)]
        chunked = close_delimited = False
        if no_length is None or no_length == "0":
            headers.append(("Content-Length", str(size)))
        elif ex.handler.request_version == "HTTP/1.1":
            headers.append(("Transfer-Encoding", "chunked"))
            chunked = True
        else:
            headers.append(("Connection", "close"))
            close_delimited = True
        ex.head(200, headers)
        if ex.send_body:
            for piece in _huge_body(ex.path, size):
                if ex.stopping.is_set():
                    ex.close()
                    return
                ex.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            if chunked:
                ex.write(b"0\r\n\r\n")
        if close_delimited:
            ex.close()

    def _conditional(self, ex: _Exchange, name: str) -> None:
        with self._faults_lock:
            version = self._versions.get(name, 1)
        etag = f'"v{version}-{name}"'
        modified = CONDITIONAL_BASE_DATE + timedelta(days=version - 1)
        validators = [
            ("ETag", _header_value(etag)),
            ("Last-Modified", email.utils.format_datetime(modified, usegmt=True)),
        ]
        if _not_modified(ex.handler, etag, modified):
            ex.send(304, b"", None, validators)
        else:
            ex.article(validators, revision=version)


def _retry_after(value: str) -> tuple[str, str]:
    match = re.fullmatch(r"date-(\d+)", value)
    if match:
        value = email.utils.formatdate(time.time() + int(match[1]), usegmt=True)
    return "Retry-After", _header_value(value)


def _redirect(ex: _Exchange, location: str) -> None:
    page = _error_page_text(f"302 Found: {location}")
    ex.send(302, page, headers=[("Location", location)])


def _not_modified(handler: _Handler, etag: str, modified: datetime) -> bool:
    if_none_match = handler.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = handler.headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when >= modified


def _huge_body(path: str, size: int) -> Iterator[bytes]:
    """``size`` bytes of an article page, in pieces of at most STREAM_CHUNK bytes."""
    article = article_page(path).partition("</article>")[0]
    start = (article + "<p>").encode()
    end = b"</p>\n</article>\n</body>\n</html>\n"
    filler = "".join(f"{p}</p>\n<p>" for p in _PARAGRAPHS).encode()
    if size <= len(start) + len(end):
        yield (start + end)[:size]
        return
    yield start
    remaining = size - len(start) - len(end)
    block = filler * (STREAM_CHUNK // len(filler) + 1)
    while remaining > 0:
        piece = block[: min(remaining, STREAM_CHUNK)]
        remaining -= len(piece)
        yield piece
    yield end


def main(argv: list[str] | None = None) -> None:
    """``python tests/faultserver.py [ROOT]``: serve faults (and ROOT) until Ctrl-C."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    with FaultServer(args[0] if args else None) as srv:
        print(f"serving faults at {srv.origin}/fault/... (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
