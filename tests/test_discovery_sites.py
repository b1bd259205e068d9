"""Discovery on the publisher-like fixture sites of `tests/sites/discovery/`, served
on 127.0.0.1, from a configuration naming only each site's listing page(s).

Each template is checked on its own (recall and precision, the floor of 0.90 for
any one site) and all together (recall 0.98, precision 0.95), the held-out
templates (built after the rules, never tuned on) apart from the others, as
`make bench` reports them.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from discovery_sites import Score, Template, load, score, settings_for, templates

from byline.pipeline import PassStats, Pipeline, run_sources
from byline.queries import source_status

ALL = templates()


def explore(template: Template, root: Path) -> tuple[Score, set[str], set[str], int]:
    """A dry run over the template: (score, missed, extra, requests made)."""
    with template.server() as server:
        settings = settings_for(template, server.origin, str(root))
        source = settings.sources[0]

        async def go() -> tuple[str, ...]:
            async with Pipeline(settings, workers=1) as pipeline:
                found = await pipeline.explore(source, PassStats(source.name), dry_run=True)
                return found.candidates

        candidates = asyncio.run(go())
        requests = sum(server.hits.values())
        return (*score(template, server.origin, candidates), requests)


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, tuple[Score, set[str], set[str], int]]:
    return {t.name: explore(t, tmp_path_factory.mktemp(t.name)) for t in ALL}


def test_there_are_enough_templates_and_some_are_held_out():
    assert len(ALL) >= 12
    assert sum(t.held_out for t in ALL) >= 4


@pytest.mark.parametrize("name", [t.name for t in ALL])
def test_each_template_recall_and_precision(name, results):
    found, missed, extra, _ = results[name]
    assert found.recall >= 0.90, f"{name}: missed {sorted(missed)}"
    assert found.precision >= 0.90, f"{name}: took {sorted(extra)}"


@pytest.mark.parametrize("held_out", [False, True], ids=["tuned-on", "held-out"])
def test_overall_recall_and_precision(held_out, results):
    scores = [results[t.name][0] for t in ALL if t.held_out == held_out]
    found = sum(r.found for r in scores)
    truth = sum(r.truth for r in scores)
    taken = sum(r.taken for r in scores)
    assert found / truth >= 0.98
    assert found / taken >= 0.95


@pytest.mark.parametrize("name", [t.name for t in ALL])
def test_discovery_probes_no_link(name, results):
    """Discovery reads listing pages, their feeds and robots.txt: never an article."""
    template = load(name)
    *_, requests = results[name]
    feeds = 2 * max(1, len(template.pages))  # an own feed, or a site feed looked at
    listing_pages = template.max_index_pages * len(template.pages)
    assert requests <= listing_pages + feeds + 1  # + robots.txt


def test_a_whole_pass_requests_listings_feeds_and_columns_only(tmp_path):
    """`byline run` over one template: each column fetched once, nothing else but the
    listing pages, the feed and robots.txt; a second pass fetches no article."""
    template = load("guardian-like")
    with template.server() as server:
        settings = settings_for(template, server.origin, str(tmp_path))
        (stats,) = asyncio.run(run_sources(settings))
        assert stats.new == len(template.columns) and stats.failed == 0
        fetched = {path.split("?")[0] for path in server.hits}
        listings = {page.split("?")[0] for page in template.pages}
        assert fetched - template.columns - listings == {
            "/robots.txt",
            "/profile/tomas-lindqvist/rss.xml",
        }
        assert all(server.hits_for(path) == 1 for path in template.columns)
        server.reset_hits()
        (again,) = asyncio.run(run_sources(settings))
        assert again.new == 0
        assert not {path.split("?")[0] for path in server.hits} & template.columns


def test_learned_url_shape_is_kept_and_shown(tmp_path):
    template = load("bbc-opaque")
    with template.server() as server:
        settings = settings_for(template, server.origin, str(tmp_path))
        asyncio.run(run_sources(settings))
    db = sqlite3.connect(tmp_path / "index.sqlite")
    rows = db.execute("SELECT pattern, examples FROM source_patterns").fetchall()
    # Ids such as c0jq7w2x1ewo, and a few with no digit at all.
    assert rows == [('["news", "articles", "{id|word}"]', len(template.columns))]
    (summary,) = source_status(settings)
    assert summary.url_shapes == ("/news/articles/{id|word}",)


def test_an_article_by_another_author_is_skipped_with_the_reason(tmp_path):
    """`author` names the columnist; the fixture's articles are all by Imogen Hartley."""
    template = load("bbc-opaque")
    with template.server() as server:
        settings = settings_for(template, server.origin, str(tmp_path))
        source = settings.sources[0].model_copy(update={"author": "Someone Else"})
        settings = replace(settings, sources=(source,))
        (stats,) = asyncio.run(run_sources(settings))
        assert stats.new == 0 and stats.skipped == len(template.columns)
        server.reset_hits()
        (again,) = asyncio.run(run_sources(settings))
        assert again.skipped == 0  # skipped for good: not fetched again
        assert not {path.split("?")[0] for path in server.hits} & template.columns
    db = sqlite3.connect(tmp_path / "index.sqlite")
    errors = {row[0] for row in db.execute("SELECT error FROM urls WHERE state = 'skipped'")}
    assert errors == {"other-author: by Imogen Hartley, not Someone Else"}


def test_a_pass_after_a_new_column_reads_the_next_pages_in_full(tmp_path):
    """Page 1 changed (a new column), page 2 did not: page 2 is read in full all the
    same, so the new column is told from the rails by two pages, as on the first pass."""
    template = load("nyt-dated")
    page_1 = (template.root / "column/farah-haddad/index.html").read_text(encoding="utf-8")
    first = page_1.index('<article class="css-1cp3ece">')
    card = page_1[first : page_1.index("</article>", first) + len("</article>")]
    href = re.search(r'href="([^"]*/opinion/[^"]+\.html)"', card).group(1)
    new_path = "/2024/01/06/opinion/a-column-published-since.html"
    new_card = card.replace(href, "{{origin}}" + new_path)
    with template.server() as server:
        settings = settings_for(template, server.origin, str(tmp_path))
        # The new page is the fallback's, by "Staff Reporter": no author check here.
        unset = settings.sources[0].model_copy(update={"author": None})
        settings = replace(settings, sources=(unset,))
        (one,) = asyncio.run(run_sources(settings))
        assert one.new == len(template.columns)
        server.put("/column/farah-haddad", page_1.replace(card, new_card + card, 1))
        server.reset_hits()
        (two,) = asyncio.run(run_sources(settings))
        assert two.new == 1
        page_2 = [r for r in server.requests if r.path == "/column/farah-haddad?page=2"]
        assert page_2 and "If-None-Match" not in page_2[0].headers
    db = sqlite3.connect(tmp_path / "index.sqlite")
    urls = {row[0].removeprefix(server.origin) for row in db.execute("SELECT url FROM urls")}
    assert urls - template.columns == {new_path}
