"""Response bodies: the types each kind of page may have, bounded decoding, the charset."""

from __future__ import annotations

import codecs
import re
import zlib

import brotli
import httpx

from ..errors import ContentError, ContentTypeError, FetchError, TooLargeError
from ..models import Kind

ACCEPT: dict[Kind, str] = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9",
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.8,text/plain;q=0.5",
    "robots": "text/plain,*/*;q=0.1",
}
ACCEPT_ENCODING = "gzip, deflate, br"  # exactly what `_Decoder` undoes
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
_RAW_CHUNK = 16_384  # compressed bytes decoded at a time


def checked_mime(url: str, kind: Kind, content_type: str) -> str:
    """The MIME type of a Content-Type header; ContentTypeError unless `kind` reads it."""
    mime = content_type.split(";")[0].strip().lower()
    if CONTENT_TYPES[kind] and mime not in CONTENT_TYPES[kind]:
        shown = mime or "no content type"
        raise ContentTypeError(url, f"{shown} is not a {kind} type")
    return mime


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


async def read_body(url: str, response: httpx.Response, limit: int) -> bytes:
    """The decoded body, never holding more than `limit` decoded bytes.

    A Content-Length over the limit is refused before reading (unless the body
    is compressed, when only the decoded size counts); a body without one, or
    one that lies, is cut off while streaming.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and "Content-Encoding" not in response.headers:
        raise TooLargeError(url, f"Content-Length {declared} exceeds {limit} bytes")
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    decoder = _Decoder(url, encoding, limit)
    chunks: list[bytes] = []
    async for raw in response.aiter_raw(_RAW_CHUNK):
        chunks.append(decoder.feed(raw))
    return b"".join(chunks)


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
        if encoding.startswith(("utf-16", "utf-32")) and b"\x00" not in head:
            continue  # a lie: markup in UTF-16 or UTF-32 has a zero byte in every ASCII letter
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
