"""One pass: what it works with (`PassContext`), what became of each article
(`Outcome`), its counts (`PassStats`) and the progress events displays hear."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .models import Record
from .settings import HostPolicy, Settings, Source

if TYPE_CHECKING:
    from .discover import Scope

Status = Literal[
    "new", "revision", "alias", "unchanged", "failed", "skipped", "deferred", "claimed"
]


@dataclass(frozen=True)
class Event:
    """Progress of a pass, for displays: `kind` is discovered, page or article."""

    kind: str
    source: str
    url: str = ""
    total: int = 0
    status: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one article URL."""

    url: str
    status: Status
    record: Record | None = None
    error: str | None = None


@dataclass
class PassStats:
    """Counts of one pass over one source."""

    source: str
    pages: int = 0  # listings, feeds and sitemaps read
    unchanged_pages: int = 0  # of which answered 304: nothing to parse
    candidates: int = 0
    new: int = 0
    revisions: int = 0
    aliases: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # robots.txt said no, or the article is another author's
    deferred: int = 0  # robots.txt unreachable or a long Retry-After: next pass
    recleaned: int = 0  # records cleaned again once their host's boilerplate was learned
    page_errors: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skips and deferrals, not failures
    seconds: float = 0.0
    error: str | None = None  # what ended the pass: a bug ("TypeError: ..."), a full disk
    traceback: str | None = None  # ... and where (for BYLINE_DEBUG)

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "claimed":
            return  # another process is on it
        if outcome.status in ("skipped", "deferred"):
            setattr(self, outcome.status, getattr(self, outcome.status) + 1)
            self.notes.append(outcome.error or outcome.url)
        elif outcome.status == "failed":
            self.failed += 1
            self.errors.append(outcome.error or outcome.url)
        else:
            name = {"alias": "aliases", "revision": "revisions"}.get(outcome.status, outcome.status)
            setattr(self, name, getattr(self, name) + 1)

    def figures(self) -> dict[str, int | float]:
        """The counts of the pass, as logs, /status and the index show them."""
        return {
            "pages": self.pages,
            "unchanged_pages": self.unchanged_pages,
            "new": self.new,
            "aliases": self.aliases,
            "failed": self.failed + len(self.page_errors),
            "skipped": self.skipped,
            "deferred": self.deferred,
            "seconds": round(self.seconds, 3),
        }

    @property
    def internal(self) -> bool:
        """The pass ended in a bug (it has a traceback), not in a fault of the machine."""
        return self.traceback is not None

    @property
    def result(self) -> str:
        if self.error:
            return "error"
        if self.page_errors and not self.pages:
            return "failed"
        if self.failed or self.page_errors:
            return "partial"
        if self.deferred:
            return "deferred"
        return "ok"

    def summary(self) -> str:
        read = _plural(self.pages, "page") + " read"
        if self.unchanged_pages:
            read += f" ({self.unchanged_pages} unchanged)"
        parts = [
            read,
            _plural(self.new, "new article"),
            _plural(self.failed + len(self.page_errors), "failure"),
        ]
        if self.aliases:
            parts.append(_plural(self.aliases, "alias", "aliases"))
        if self.revisions:
            parts.append(_plural(self.revisions, "revision"))
        if self.skipped:
            parts.append(f"{self.skipped} skipped by robots.txt")
        if self.deferred:
            parts.append(f"{self.deferred} deferred")
        if self.error:
            parts.append(f"{'internal error' if self.internal else 'stopped'}: {self.error}")
        return f"{self.source}: " + ", ".join(parts) + f" ({self.seconds:.1f}s)"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


@dataclass
class PassContext:
    """What every stage of one pass over one source reads: the settings as they were when
    the pass began (a reload applies from the next pass), the source, its scope (None
    for a one-off fetch), the counts, and the hosts it stored articles of."""

    settings: Settings
    source: Source
    scope: Scope | None
    stats: PassStats
    dry_run: bool = False  # read everything, write nothing to the index
    hosts: set[str] = field(default_factory=set)

    @property
    def policy(self) -> HostPolicy:
        return self.source.policy(self.settings.fetch)
