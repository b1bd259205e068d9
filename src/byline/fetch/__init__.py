"""The only network code: one `httpx.AsyncClient`, used politely and patiently.

`Fetcher.get` returns a decoded `Fetched` or raises a `FetchError` whose
`reason` names what went wrong. Around each request it checks the address and
the source's scope on every redirect hop, asks robots.txt, paces the host,
retries what may succeed later, sends validators for a conditional GET, and
decodes the body itself so that `max_bytes` bounds memory even for a
compression bomb.

The modules, one job each:

- `client`: `Fetcher`, its public `get`, the redirect loop, a response read
  into `Fetched`;
- `robots`: robots.txt per origin (`RobotsCache`, the `RobotsStore` it keeps
  files in between runs) and RFC 9309's status rules: 4xx allows everything,
  408/425/429/5xx or no answer defers the host (DeferredError);
- `pacing`: `HostGate`, one per host: `per_host_delay` between starts (or the
  Crawl-delay), `per_host_concurrency` in flight, holds for Retry-After;
- `body`: the content types each kind may have, the bounded streaming
  decoder (gzip, deflate, brotli) and `decode_body` (the charset: header,
  then the page's own declaration, then detection);
- `guard`: `AddressGuard`, no private, loopback or link-local address unless
  allowed, its DNS verdicts kept for `DNS_TTL`;
- `retry`: exponential backoff with jitter, and `Retry-After` parsing.
"""

from .body import decode_body
from .client import Fetcher
from .robots import RobotsStore

__all__ = ["Fetcher", "RobotsStore", "decode_body"]
