"""The discovery fixture sites in ``tests/sites/discovery/``: load, serve, score.

Each template is a folder of static pages (a publisher-like columnist site)
with a ``truth.json`` beside them:

    {
      "template": "wp-entry",
      "description": "what the site imitates and what is hard about it",
      "held_out": false,
      "pages": ["/columnists/jane-doe/"],   # the config's pages (paths on the server)
      "max_index_pages": 3,                  # listing pages a pass may read per page
      "author": "Jane Doe",                  # optional: the columnist the pages are of
      "columns": ["/2024/01/05/some-words/", ...],  # every true column a pass can reach
      "feed_only": ["..."]                    # optional: those reachable only by a feed
    }

Any page without a file (an article, a distractor) is answered by
:func:`article_page`, so a whole ``byline run`` over a template works and its
requests can be counted.  Used by the tests and by ``bench/discovery.py``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from siteserver import SiteServer

from byline.settings import FetchSettings, Settings, Source

DISCOVERY_DIR = Path(__file__).resolve().parent / "sites" / "discovery"


@dataclass(frozen=True)
class Template:
    name: str
    root: Path
    description: str
    held_out: bool
    pages: tuple[str, ...]
    max_index_pages: int
    author: str | None
    columns: frozenset[str]
    feed_only: frozenset[str]

    def server(self) -> SiteServer:
        """A server for this template, not yet started (use it in `with`, or `start()`)."""
        authors = {page_key(path): self.author for path in self.columns}
        return SiteServer(self.root, fallback=lambda path: article_page(path, authors))


def templates(held_out: bool | None = None) -> list[Template]:
    """Every template, or only the held-out ones (True) or the others (False)."""
    found = [load(p.parent.name) for p in sorted(DISCOVERY_DIR.glob("*/truth.json"))]
    return [t for t in found if held_out is None or t.held_out == held_out]


def load(name: str) -> Template:
    root = DISCOVERY_DIR / name
    data = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    return Template(
        name=name,
        root=root,
        description=data.get("description", ""),
        held_out=bool(data.get("held_out", False)),
        pages=tuple(data["pages"]),
        max_index_pages=int(data.get("max_index_pages", 3)),
        author=data.get("author"),
        columns=frozenset(data["columns"]),
        feed_only=frozenset(data.get("feed_only", ())),
    )


def page_key(target: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A path and query as the server and the truth both know them: the server gives
    the path %-decoded, the truth keeps hrefs as written; a query in any order."""
    path, _, query = target.partition("?")
    return unquote(path), tuple(sorted(parse_qsl(query, keep_blank_values=True)))


def article_page(target: str, authors: dict[tuple[str, Any], str | None]) -> str:
    """A plain article for a path (and query) with no file: a title from its words, a
    byline, prose."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", target) if len(w) > 1] or ["column"]
    title = " ".join(words[-8:]).capitalize()
    author = authors.get(page_key(target)) or "Staff Reporter"
    path = target
    body = "".join(
        f"<p>{html.escape(title)}: paragraph {n} of a piece that has enough words in it to be"
        f" read as an article body by an extractor, written for the path {html.escape(path)}.</p>"
        for n in range(1, 6)
    )
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        f'<meta name="author" content="{html.escape(author)}"></head><body><main><article>'
        f"<h1>{html.escape(title)}</h1><p class='byline'>By {html.escape(author)}</p>"
        f"{body}</article></main></body></html>"
    )


def settings_for(template: Template, origin: str, root: str) -> Settings:
    """A configuration naming only the template's listing pages, as a new user's would;
    no pause between requests, the private address of the test server allowed."""
    source = Source(
        name=template.name,
        pages=tuple(origin + page for page in template.pages),
        max_index_pages=template.max_index_pages,
        author=template.author,
    )
    fetch = FetchSettings(per_host_delay=0.0, allow_private_networks=True, retries=0)
    return Settings(config_path="bench", archive_root=root, fetch=fetch, sources=(source,))


@dataclass(frozen=True)
class Score:
    found: int  # true columns taken
    truth: int  # true columns
    taken: int  # all links taken

    @property
    def recall(self) -> float:
        return self.found / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.taken if self.taken else 1.0


def score(
    template: Template, origin: str, taken: Iterable[str]
) -> tuple[Score, set[str], set[str]]:
    """(the score, true columns missed, links taken that are not columns), URLs compared
    as paths with their query."""
    # Compared as the server sees them: the path %-decoded, the query in any order (byline
    # sorts and escapes a query; the truth keeps hrefs as the site writes them).
    truth = {page_key(path): path for path in template.columns}
    found = {page_key(_path_of(url, origin)): _path_of(url, origin) for url in taken}
    missed = {truth[k] for k in truth.keys() - found.keys()}
    extra = {found[k] for k in found.keys() - truth.keys()}
    hits = len(truth.keys() & found.keys())
    return Score(hits, len(truth), len(found)), missed, extra


def _path_of(url: str, origin: str) -> str:
    return url[len(origin) :] if url.startswith(origin) else url


def check(template: Template) -> list[str]:
    """Problems with a template's files: a config page with no file, a true column that no
    page or feed of the template links to."""
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in template.root.rglob("*")
        if p.is_file() and p.name != "truth.json"
    ]
    problems = []
    with template.server() as server:
        import urllib.request

        for page in template.pages:
            with urllib.request.urlopen(server.url(page)) as response:
                if b"paragraph 1 of a piece" in response.read():
                    problems.append(f"{page}: config page has no file (the fallback answered)")
    for column in sorted(template.columns):
        if not any(column in text or html.escape(column) in text for text in texts):
            problems.append(f"{column}: no page or feed links to it")
    problems.extend(
        f"{p}: feed_only but not in columns" for p in template.feed_only - template.columns
    )
    return problems


if __name__ == "__main__":  # python tests/discovery_sites.py [NAME...]: check templates
    import sys

    chosen = [load(n) for n in sys.argv[1:]] or templates()
    for template in chosen:
        issues = check(template)
        print(
            f"{template.name}: {len(template.columns)} columns, "
            + ("ok" if not issues else f"{len(issues)} problems")
        )
        for issue in issues:
            print("  " + issue)
