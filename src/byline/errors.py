"""The one exception family of byline.

    BylineError
    ├── ConfigError          the configuration file is wrong (exit status 2)
    ├── UsageError           a command was called wrongly (exit status 2)
    ├── LockedError          another daemon holds the archive (exit status 1)
    ├── NotAListingError     `byline add` was given a page that lists no columns
    ├── WorkerError          a parsing worker overran its time limit or died (replaced)
    ├── StorageError         the archive or its index cannot be written: the pass stops
    ├── DamagedError         a file under the archive root is missing or altered
    └── FetchError           one URL could not be fetched or read; recorded, never fatal
        ├── NetworkError         connection failed, reset or timed out (retryable)
        ├── HTTPStatusError      an error status (408, 425, 429, 5xx retryable)
        ├── RefusedError         policy said no: private address, out of scope
        ├── DisallowedError      robots.txt disallows it: skipped, not failed
        ├── DeferredError        robots.txt unreachable: the host waits a pass
        ├── TooLargeError        the body passed `max_bytes`
        ├── ContentTypeError     the response is not of a type we read
        ├── ContentError         empty, binary or undecodable body
        └── ExtractError         the page could not be parsed in time (or its worker died)

`FetchError.reason` is a short stable name for the failure, stored in the
index; `retryable` says whether trying again soon may help.
"""

from __future__ import annotations

import os
from pathlib import Path


class BylineError(Exception):
    """Base of every error byline raises on purpose."""


class ConfigError(BylineError):
    """The configuration is invalid; the message names file, line and key."""


class UsageError(BylineError):
    """A command was called with arguments that cannot work."""


class LockedError(BylineError):
    """The archive is in use by another daemon."""


class NotAListingError(BylineError):
    """A page offered as a new source is not a list of columns (exit status 1)."""


class WorkerError(BylineError):
    """A call in a worker process overran its time limit, or its worker died."""


class StorageError(BylineError):
    """A file under the archive root, or the index, could not be written (a full disk,
    a read-only root, an I/O error). The message names the path; nothing already
    archived is lost, and the write that failed left nothing half done."""


class DamagedError(BylineError):
    """A file of the archive is missing, unreadable or not what was archived; the
    message names it. One damaged record never stops the work on the others."""


def storage_hint(why: str, path: str | os.PathLike[str] | None = None) -> str:
    """What an operator can do about a failed write, from the OS's or SQLite's words
    (and, for a vague "disk I/O error", from the free space where `path` lives)."""
    lowered = why.lower()
    if "full" in lowered or "no space" in lowered or "quota" in lowered or _full(path):
        return "free space on the archive's disk, then run again"
    if "read-only" in lowered or "readonly" in lowered or "permission" in lowered:
        return "the archive root must be writable by this user"
    return "check the archive's disk, then run again"


def _full(path: str | os.PathLike[str] | None) -> bool:
    """Whether the file system holding `path` (or its nearest existing folder) is full."""
    if path is None:
        return False
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        stat = os.statvfs(folder)
    except OSError:
        return False
    return stat.f_bavail * stat.f_frsize < 64 * 1024


class FetchError(BylineError):
    """A URL could not be fetched."""

    reason = "fetch-error"
    retryable = False

    def __init__(self, url: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message
        self.retry_after = retry_after

    @property
    def summary(self) -> str:
        """`reason: message`, as stored in the index."""
        return f"{self.reason}: {self.message}"


class NetworkError(FetchError):
    reason = "network"
    retryable = True


class HTTPStatusError(FetchError):
    reason = "http-status"
    RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})

    def __init__(self, url: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(url, f"HTTP {status}", retry_after)
        self.status = status
        self.retryable = status in self.RETRYABLE


class RefusedError(FetchError):
    reason = "refused"


class DisallowedError(FetchError):
    reason = "robots"


class DeferredError(FetchError):
    reason = "deferred"


class TooLargeError(FetchError):
    reason = "too-large"


class ContentTypeError(FetchError):
    reason = "content-type"


class ContentError(FetchError):
    reason = "content"


class ExtractError(FetchError):
    reason = "extract"
