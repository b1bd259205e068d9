"""The archive as a WARC file (ISO 28500), so it opens in standard web-archive tools.

Per stored page: a `request` record (the headers byline sent), a `response`
record (the status line, the headers received and the raw body, its fetch time
as `WARC-Date`), and a `metadata` record (the extracted fields as JSON) that
refers to the response. The body is stored decoded (no gzip or brotli
transfer coding), so the response's `Content-Encoding` and `Transfer-Encoding`
lines are dropped and its `Content-Length` says the stored body's length.

Records archived before byline kept headers get a minimal block that claims
nothing unknown: the status, `Content-Type: text/html`, the body's length and
the validators the record kept, and a `WARC-Byline-Headers: not-recorded` line
in the WARC header so a reader can tell.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from http import HTTPStatus
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from . import __version__
from .archive import Archive
from .errors import DamagedError
from .models import Record

_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}
METADATA_FIELDS = (
    "id",
    "revision",
    "source",
    "url",
    "canonical_url",
    "title",
    "author",
    "date",
    "language",
    "fetched_at",
    "text",
    "text_sha256",
    "raw_sha256",
    "extractor",
    "aliases",
    "path",
)


def write_warc(
    records: Iterable[Record], archive: Archive, out: BinaryIO, gzip: bool
) -> tuple[int, list[str]]:
    """Write a warcinfo record, then per revision its capture's request and response
    (once per capture) and its metadata. How many revisions were written, and the
    damaged raw pages left out (each named; the others are written all the same)."""
    writer = WARCWriter(out, gzip=gzip)
    info = {"software": f"byline/{__version__}", "format": "WARC File Format 1.0"}
    writer.write_record(writer.create_warcinfo_record("byline-export.warc", info))
    captures: dict[tuple[str, str, str], str] = {}  # one response per capture
    count = 0
    problems: list[str] = []
    for record in records:
        capture = (record.url, record.raw_sha256, record.fetched_at)
        when = {"WARC-Date": record.fetched_at}
        if capture not in captures:  # a revision made by reextract shares its capture
            try:
                body = archive.raw(record)
            except DamagedError as exc:
                problems.append(str(exc))
                continue
            captures[capture] = _write_exchange(writer, record, body, when)
        fields = json.dumps(_metadata(record), ensure_ascii=False).encode("utf-8")
        metadata = writer.create_warc_record(
            record.url,
            "metadata",
            payload=io.BytesIO(fields),
            length=len(fields),
            warc_content_type="application/json",
            warc_headers_dict={**when, "WARC-Refers-To": captures[capture]},
        )
        writer.write_record(metadata)
        count += 1
    return count, problems


def _write_exchange(writer: WARCWriter, record: Record, body: bytes, when: dict[str, str]) -> str:
    """The request and response records of one capture; the response's record id."""
    flags = {} if record.http.get("headers") else {"WARC-Byline-Headers": "not-recorded"}
    response = writer.create_warc_record(
        record.url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        warc_headers_dict={**when, **flags},
        http_headers=_response_headers(record, len(body)),
    )
    request = writer.create_warc_record(
        record.url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        warc_headers_dict={**when, **flags},
        http_headers=_request_headers(record),
    )
    writer.write_request_response_pair(request, response)
    return str(response.rec_headers.get_header("WARC-Record-ID"))


def _response_headers(record: Record, length: int) -> StatusAndHeaders:
    http = record.http
    status = int(http.get("status") or 200)
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    lines = [(k, v) for k, v in http.get("headers") or [] if k.lower() not in _DROPPED]
    if not lines:
        lines = [("Content-Type", "text/html")]
        if http.get("etag"):
            lines.append(("ETag", http["etag"]))
        if http.get("last_modified"):
            lines.append(("Last-Modified", http["last_modified"]))
    lines.append(("Content-Length", str(length)))
    return StatusAndHeaders(f"{status} {reason}".strip(), lines, protocol=_protocol(record))


def _request_headers(record: Record) -> StatusAndHeaders:
    parts = urlsplit(record.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [(k, v) for k, v in record.http.get("request_headers") or []]
    if not any(k.lower() == "host" for k, _ in lines):
        lines.insert(0, ("Host", parts.netloc))
    return StatusAndHeaders(
        f"GET {target} {_protocol(record)}", lines, protocol="", is_http_request=True
    )


def _protocol(record: Record) -> str:
    return str(record.http.get("version") or "HTTP/1.1")


def _metadata(record: Record) -> dict[str, Any]:
    data = record.to_dict()
    return {name: data[name] for name in METADATA_FIELDS}
