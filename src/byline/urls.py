"""URL identity, shared by fetch (pacing per host) and discover (scope, dedupe)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from courlan import normalize_url

# Query parameters that publishers and platforms add to track or share a link; they never
# change the article. `[discovery] strip_params` adds to these; a name ending in `*` is a
# prefix.
TRACKING_PARAMS = frozenset(
    """
    utm_* source itid ref ref_src ref_url referrer gift giftcopy gift_id share sharetoken
    share_token shared cmp cmpid ito fbclid gclid gclsrc dclid msclkid yclid twclid igshid
    mc_cid mc_eid mkt_tok _hsenc _hsmi hsctatracking smid smtyp unlocked_article_code
    s_cid ocid xtor wt.mc_id at_medium at_campaign at_custom* ns_source ns_mchannel
    ns_campaign ns_linkname ns_fee ito_* int_source int_medium int_campaign sh r via
    """.split()
)


# Characters a path may hold unescaped (RFC 3986 `pchar`) that courlan escapes.
_PATH_ESCAPES_RE = re.compile(r"%(21|24|27|28|29|2A|2B|2C|3A|3B|3D|40|7E)", re.I)


def normalize(url: str, strip: Iterable[str] = ()) -> str:
    """One article, one URL: lower-case scheme and host, no default port, no fragment,
    no tracking parameters (`TRACKING_PARAMS` and those in `strip`). courlan does the
    rest."""
    url = urldefrag(url.strip())[0]
    try:
        url = str(normalize_url(url, strict=False))
    except ValueError:
        return url
    parts = urlsplit(url)
    path = _PATH_ESCAPES_RE.sub(lambda m: bytes.fromhex(m.group(0)[1:]).decode(), parts.path)
    if path != parts.path:  # courlan escapes `@` and `;`, which paths may hold as they are
        parts = parts._replace(path=path)
        url = urlunsplit(parts)
    if not parts.query:
        return url
    names = TRACKING_PARAMS.union(name.lower() for name in strip)
    exact = {n for n in names if not n.endswith("*")}
    prefixes = tuple(n[:-1] for n in names if n.endswith("*"))
    kept = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in exact and not key.lower().startswith(prefixes)
    ]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def resolve(base: str, href: str) -> str | None:
    """`href` made absolute against `base`, if the result is an http(s) URL that parses
    (a host, a port in range, a well-formed IPv6 literal); else None. Links come from
    pages, feeds, sitemaps and redirects byline does not control."""
    try:
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in parts.netloc:
        return None
    return url


def host_key(url: str) -> str:
    """`host[:port]` of a URL, lower-cased: the unit of pacing and of scope."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"
