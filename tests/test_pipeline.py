"""One pass end to end: a fixture newspaper served on 127.0.0.1, a real SQLite file."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from helpers import EXCLUDE, records, run_pass, write_config

from byline import config, pipeline
from byline.archive import Archive


def paths_on(expected, pages) -> set[str]:
    """The articles a pass over these listing pages finds: those listed on them, and those
    of the opinion feed that every listing page advertises."""
    return {
        a["path"] for a in expected["articles"] if set(a["listed_on"]) & set(pages) or a["in_feed"]
    }


def test_one_pass_archives_every_listed_article_clean(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE)
    stats = run_pass(path)
    archived = records(tmp_path)
    wanted = paths_on(expected, expected["listing_pages"])
    assert set(archived) == wanted
    assert stats.new == len(wanted)
    assert stats.pages == 5  # four listing pages and the feed they advertise
    assert stats.failed == 0
    by_path = {a["path"]: a for a in expected["articles"]}
    for url_path, record in archived.items():
        article = by_path[url_path]
        assert record["title"] == article["title"], url_path
        assert record["author"] == article["author"], url_path
        assert record["date"] == article["date"], url_path
        for paragraph in article["paragraphs"]:
            assert paragraph in record["text"], (url_path, paragraph)
        # Nothing above the body (headline, dateline, share strip), nothing below it.
        assert record["text"].startswith(article["first_paragraph"]), url_path
        assert record["text"].endswith(article["closing_line"]), url_path
        for sentence in expected["boilerplate_sentences"]:
            assert sentence not in record["text"], (url_path, sentence)
    # Chrome, tag, author and news links were never followed.
    for chrome in expected["non_article_paths"]:
        assert site.hits_for(chrome) == 0, chrome
    assert Archive(tmp_path / "archive").temporary_files() == []


def test_record_fields_and_layout(tmp_path, site, expected):
    run_pass(write_config(tmp_path, site.origin, exclude=EXCLUDE))
    root = tmp_path / "archive"
    record = next(iter(records(tmp_path).values()))
    assert set(record) == {
        "id",
        "url",
        "canonical_url",
        "source",
        "title",
        "author",
        "date",
        "fetched_at",
        "language",
        "text",
        "text_sha256",
        "raw_sha256",
        "revision",
        "http",
        "extractor",
        "path",
        "aliases",
    }
    year, month, day = record["date"].split("-")
    assert record["path"].startswith(f"{year}/{month}/{day}/columns/")
    assert record["path"].endswith(f"--{record['id']}.json")
    assert record["url"].startswith(site.origin)
    assert record["source"] == "columns"
    assert record["language"].startswith("en")
    assert record["revision"] == 1
    assert record["http"]["status"] == 200
    assert record["extractor"]["name"] == "trafilatura"
    assert record["fetched_at"].endswith("Z")
    stem = root / record["path"].removesuffix(".json")
    assert Path(f"{stem}.md").read_text().count(record["text"].splitlines()[0]) == 1
    assert Path(f"{stem}.html.gz").is_file()
    index = sqlite3.connect(root / "index.sqlite")
    (count,) = index.execute("SELECT COUNT(*) FROM records").fetchone()
    assert count == len(records(tmp_path))


def test_pagination_depth_is_respected(tmp_path, site, expected):
    run_pass(write_config(tmp_path, site.origin, max_index_pages=2, exclude=EXCLUDE))
    pages = expected["listing_pages"]
    assert set(records(tmp_path)) == paths_on(expected, pages[:2])
    assert site.hits_for(pages[1]) == 1
    assert site.hits_for(pages[2]) == 0


def test_second_pass_fetches_no_article_again(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE)
    first = run_pass(path)
    site.reset_hits()
    second = run_pass(path)
    assert first.new > 0
    assert second.new == 0 and second.failed == 0
    for article in expected["articles"]:
        assert site.hits_for(article["path"]) == 0, article["path"]
    assert site.hits_for(expected["alias"]["alias_path"]) == 0
    # The listing pages, all 304, and the feed they advertised when last read (304 too).
    assert set(site.hits) == {*expected["listing_pages"], expected["feed"]}
    assert sum(site.hits.values()) == len(expected["listing_pages"]) + 1


def test_same_text_under_two_urls_is_archived_once(tmp_path, site, expected):
    run_pass(write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE))
    canonical, alias = expected["alias"]["canonical_path"], expected["alias"]["alias_path"]
    archived = records(tmp_path)
    assert alias not in archived
    assert archived[canonical]["aliases"] == [site.origin + alias]
    index = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    state, record_id = index.execute(
        "SELECT state, record_id FROM urls WHERE url = ?", (site.origin + alias,)
    ).fetchone()
    assert (state, record_id) == ("alias", archived[canonical]["id"])


def test_feed_and_sitemap_discovery(tmp_path, site, expected):
    path = write_config(
        tmp_path,
        site.origin,
        pages=[],
        feeds=[site.origin + expected["feed"]],
        sitemaps=[site.origin + expected["sitemap"]],
        match="/opinion/",
        exclude=EXCLUDE,
    )
    stats = run_pass(path)
    archived = set(records(tmp_path))
    wanted = {a["path"] for a in expected["articles"] if a["in_feed"] or a["in_sitemap"]}
    assert archived == wanted
    assert "/opinion/2024/01/09/feed-only-column/" in archived
    assert "/opinion/2023/12/20/sitemap-only-column/" in archived
    assert stats.pages == 2
    assert not any(p.startswith("/news/") for p in archived)


def test_link_selector(tmp_path, site, expected):
    selector_page = expected["selector_page"]
    path = write_config(
        tmp_path,
        site.origin,
        pages=[site.origin + selector_page["path"]],
        link_selector=selector_page["selector"],
        exclude=EXCLUDE,
    )
    run_pass(path)
    assert set(records(tmp_path)) == set(selector_page["article_paths"])
    for other in selector_page["other_paths"]:
        assert site.hits_for(other) == 0


def test_private_network_refused_by_default(tmp_path, site):
    stats = run_pass(write_config(tmp_path, site.origin, private=False))
    assert stats.pages == 0 and stats.new == 0
    assert stats.result == "failed"
    assert "private address" in stats.page_errors[0]
    assert sum(site.hits.values()) == 0


def test_out_of_scope_links_never_requested(tmp_path, site):
    stats = run_pass(write_config(tmp_path, site.origin, max_index_pages=4, exclude=EXCLUDE))
    index = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    urls = [u for (u,) in index.execute("SELECT url FROM urls")]
    assert urls and all(u.startswith(site.origin) for u in urls)
    assert stats.failed == 0


def test_canonical_url_wins_over_a_copy_archived_first(tmp_path, site, expected):
    canonical, alias = expected["alias"]["canonical_path"], expected["alias"]["alias_path"]
    settings = config.load(write_config(tmp_path, site.origin, exclude=EXCLUDE))
    asyncio.run(pipeline.fetch_now(settings, [site.url(alias)]))
    outcome = asyncio.run(pipeline.fetch_now(settings, [site.url(canonical)]))[0]
    assert outcome.status == "alias"
    archived = records(tmp_path)
    assert set(archived) == {canonical}
    assert archived[canonical]["aliases"] == [site.origin + alias]
    index = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    states = dict(index.execute("SELECT url, state FROM urls"))
    assert states == {site.origin + canonical: "archived", site.origin + alias: "alias"}
    markdown = (
        tmp_path / "archive" / archived[canonical]["path"].replace(".json", ".md")
    ).read_text()
    assert f'url: "{site.origin}{canonical}"' in markdown


def test_each_takes_items_only_as_a_consumer_frees_up():
    """A pass's URLs (and reextract's records) are taken one by one by a bounded set of
    consumers: never more than `limit` in hand, none read ahead, all done once."""
    from byline.pipeline import each

    taken: list[int] = []
    in_hand = peak = 0

    def items():
        for n in range(100):
            taken.append(n)
            yield n

    async def work(n: int) -> None:
        nonlocal in_hand, peak
        in_hand += 1
        peak = max(peak, in_hand)
        assert len(taken) <= n + 4  # nothing is taken far ahead of the work
        await asyncio.sleep(0)
        in_hand -= 1

    asyncio.run(each(items(), work, limit=4))
    assert taken == list(range(100))
    assert peak == 4


def test_each_stops_every_consumer_when_one_item_raises():
    from byline.pipeline import each

    done: list[int] = []

    async def work(n: int) -> None:
        await asyncio.sleep(0)
        if n == 5:
            raise ValueError("a bug on item 5")
        done.append(n)

    with pytest.raises(ExceptionGroup) as raised:
        asyncio.run(each(range(1000), work, limit=3))
    assert raised.group_contains(ValueError, match="item 5")
    assert len(done) < 20  # the others stopped, not the whole list worked through
