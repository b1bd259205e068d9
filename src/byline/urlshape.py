"""The shape of article URLs: path templates learned from examples.

A template is a URL path with its variable parts named by kind, learned from a
set of URLs that are known to be of one kind (the links of a listing, the
URLs of a source's archived columns): `/opinion/{slug}_{num}_{num}.html`,
`/news/articles/{id}`, `/{num}/{num}/{num}/opinion/{slug}.html`. A part is
literal where every example agrees on it and it is not itself an id, a date
or a slug; a lone example keeps only its plainly fixed words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)
_SUFFIX_RE = re.compile(r"(\.[a-z0-9]{2,5})$", re.I)
_WORD_SPLIT_RE = re.compile(r"[-_+.~]+")


def segment_kind(segment: str) -> str:
    """`num` (digits), `month`, `id` (letters mixed with digits), `slug` (several words),
    `word`; the file suffix is not part of the kind."""
    stem = _SUFFIX_RE.sub("", segment.lower())
    if stem.isdigit():
        return "num"
    if stem in _MONTHS:
        return "month"
    words = [w for w in _WORD_SPLIT_RE.split(stem) if w]
    if len(words) >= 2:
        return "slug"
    if any(c.isdigit() for c in stem) and any(c.isalpha() for c in stem):
        return "id"
    return "word"


def _suffix(segment: str) -> str:
    match = _SUFFIX_RE.search(segment)
    return match.group(1).lower() if match else ""


def _variable_alone(segment: str) -> bool:
    """Whether one example of a segment already reads as a variable part."""
    return segment_kind(segment) in ("num", "month", "id", "slug") or len(segment) > 24


@dataclass(frozen=True)
class Template:
    """A path template: literal segments, or `{kind}` for a variable one."""

    host: str
    parts: tuple[str, ...]
    examples: int = 0

    def matches(self, url: str) -> bool:
        parts = urlsplit(url)
        if (parts.hostname or "").lower().removeprefix("www.") != self.host:
            return False
        segments = _segments(parts.path)
        if len(segments) != len(self.parts):
            return False
        return all(_fits(seg, part) for seg, part in zip(segments, self.parts, strict=True))

    def __str__(self) -> str:
        return "/" + "/".join(self.parts)


def _fits(segment: str, part: str) -> bool:
    if not part.startswith("{"):
        return segment.lower() == part
    kinds, _, suffix = part[1:].partition("}")
    if suffix and _suffix(segment) != suffix:
        return False
    kind = segment_kind(segment)
    allowed = set(kinds.split("|"))
    # An id and a slug are spelled alike often enough (`c0jq7w2x1ewo`, `on-trust-4f2a`);
    # a one-word segment fits only where the examples had one too.
    if allowed & {"slug", "id"}:
        allowed |= {"slug", "id"}
    return kind in allowed


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def learn(urls: Iterable[str], min_examples: int = 1) -> list[Template]:
    """Templates for these URLs, one per host and path length, most examples first."""
    groups: dict[tuple[str, int], list[list[str]]] = defaultdict(list)
    for url in urls:
        parts = urlsplit(url)
        segments = _segments(parts.path)
        if segments:
            host = (parts.hostname or "").lower().removeprefix("www.")
            groups[host, len(segments)].append(segments)
    templates = [
        Template(host, _generalise(examples), len(examples))
        for (host, _), examples in groups.items()
        if len(examples) >= min_examples
    ]
    return sorted(templates, key=lambda t: (-t.examples, str(t)))


def _generalise(examples: Sequence[Sequence[str]]) -> tuple[str, ...]:
    parts = []
    for column in zip(*examples, strict=True):
        values = {v.lower() for v in column}
        if len(values) == 1 and not _variable_alone(column[0]):
            parts.append(column[0].lower())
            continue
        kinds = sorted({segment_kind(v) for v in column})
        suffixes = {_suffix(v) for v in column}
        suffix = suffixes.pop() if len(suffixes) == 1 else ""
        parts.append("{" + "|".join(kinds) + "}" + suffix)
    return tuple(parts)


def matches_any(url: str, templates: Iterable[Template]) -> bool:
    return any(t.matches(url) for t in templates)
