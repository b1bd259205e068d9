"""URL identity, shared by fetch (pacing per host) and discover (scope, dedupe)."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

from courlan import normalize_url


def normalize(url: str) -> str:
    """One article, one URL: lower-case scheme and host, no default port, no fragment,
    no tracking parameters (utm_*, fbclid, ...). courlan does the work."""
    url = urldefrag(url.strip())[0]
    try:
        return str(normalize_url(url, strict=False))
    except ValueError:
        return url


def host_key(url: str) -> str:
    """`host[:port]` of a URL, lower-cased: the unit of pacing and of scope."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"
