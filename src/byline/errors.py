"""The one exception family of byline.

BylineError
├── ConfigError      the configuration file is wrong (exit status 2)
├── UsageError       a command was called wrongly (exit status 2)
└── FetchError       one URL could not be fetched; recorded, never fatal
    ├── RefusedError     policy said no: private address, out of scope
    ├── TooLargeError    the body passed `max_bytes`
    ├── ContentTypeError the response is not of a type we read
    └── HTTPStatusError  the server answered with an error status
"""

from __future__ import annotations


class BylineError(Exception):
    """Base of every error byline raises on purpose."""


class ConfigError(BylineError):
    """The configuration is invalid; the message names file, line and key."""


class UsageError(BylineError):
    """A command was called with arguments that cannot work."""


class FetchError(BylineError):
    """A URL could not be fetched. `reason` is a short, stable name for the failure."""

    reason = "fetch-error"

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message


class RefusedError(FetchError):
    reason = "refused"


class TooLargeError(FetchError):
    reason = "too-large"


class ContentTypeError(FetchError):
    reason = "content-type"


class HTTPStatusError(FetchError):
    reason = "http-status"

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}")
        self.status = status
