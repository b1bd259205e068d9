"""How long to wait before trying again: exponential backoff, or what `Retry-After` asks."""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

from ..errors import FetchError
from ..settings import FetchSettings


def retry_wait(attempt: int, exc: FetchError, settings: FetchSettings) -> float:
    """Seconds before try `attempt + 1`.

    The server's Retry-After is honoured as given (the fetcher defers the host
    instead when it exceeds `max_retry_after`); otherwise the wait doubles with
    each attempt, with jitter so that many clients turned away together do not
    come back together.
    """
    if exc.retry_after is not None:
        return exc.retry_after
    ceiling = min(settings.max_backoff, settings.backoff * 2**attempt)
    return random.uniform(ceiling / 2, ceiling)


def parse_retry_after(value: str | None) -> float | None:
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
