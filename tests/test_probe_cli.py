"""`byline discover` and `byline add` as a person runs them: the real entry point (exit
statuses included) run in this process, a fixture site on 127.0.0.1, the configuration
file before and after."""

from __future__ import annotations

import json

import pytest
from discovery_sites import load
from helpers import byline

from byline import config

CONFIG = """\
# My archive of columns. Keep this comment.
[archive]
root = "archive"   # beside this file

[fetch]
per_host_delay = 0
allow_private_networks = true

[[sources]]
name = "existing"
pages = ["{origin}/profile/tomas-lindqvist"]
every = "6h"  # a comment on a value
"""


@pytest.fixture
def guardian():
    template = load("guardian-like")
    with template.server() as server:
        yield template, server


@pytest.fixture
def config_file(tmp_path, guardian):
    _, server = guardian
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(origin=server.origin), encoding="utf-8")
    return path


def test_discover_json_reports_every_link_with_its_reason(config_file, guardian):
    template, server = guardian
    done = byline(config_file, "discover", "--json", server.url(template.pages[0]))
    assert done.returncode == 0, done.stderr
    (report,) = json.loads(done.stdout)
    columns = {
        link["url"].removeprefix(server.origin) for link in report["links"] if link["column"]
    }
    assert columns == template.columns
    assert [p["url"] for p in report["pages"]] == [
        server.url("/profile/tomas-lindqvist"),
        server.url("/profile/tomas-lindqvist?page=2"),
        server.url("/profile/tomas-lindqvist?page=3"),
    ]
    assert report["feeds"] == [
        {"url": server.url("/profile/tomas-lindqvist/rss.xml"), "entries": 37}
    ]
    assert report["listings"] and report["listings"][0]["number"] == 1
    reasons = {link["reason"] for link in report["links"] if not link["column"]}
    assert "page chrome: the same links on other listing pages" in reasons
    assert "out of scope" in reasons
    assert any(t.startswith("/commentisfree/{num}/{month}/{num}/") for t in report["templates"])
    # A dry run: no article was requested, nothing was archived.
    assert not {p.split("?")[0] for p in server.hits} & template.columns
    assert not list((config_file.parent / "archive").glob("20*"))


def test_discover_source_and_the_text_report(config_file, guardian):
    template, _ = guardian
    done = byline(config_file, "discover", "--source", "existing")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "source existing"
    assert any(line.startswith("  listing block 1: ") for line in lines)
    assert any(line.startswith("  feed ") and line.endswith(": 37 entries") for line in lines)
    taken = [line for line in lines if line.startswith("  take ")]
    assert len(taken) == len(template.columns)
    assert lines[-1].startswith(f"existing: {len(template.columns)} columns")


def test_discover_says_already_archived_after_a_run(config_file, guardian):
    template, _ = guardian
    assert byline(config_file, "run").returncode == 0
    done = byline(config_file, "discover", "--source", "existing", "--json")
    (report,) = json.loads(done.stdout)
    columns = [link for link in report["links"] if link["column"]]
    assert len(columns) == len(template.columns)
    assert all(
        not link["fetch"] and link["reason"].startswith("already archived") for link in columns
    )


def test_discover_usage_errors_and_a_page_with_no_columns(config_file, guardian):
    _, server = guardian
    assert byline(config_file, "discover").returncode == 2
    both = byline(config_file, "discover", "--source", "existing", server.url("/x"))
    assert both.returncode == 2 and "one of the two" in both.stderr
    unknown = byline(config_file, "discover", "--source", "nope")
    assert unknown.returncode == 2 and "unknown source 'nope'" in unknown.stderr
    missing = byline(config_file, "discover", server.url("/no/such/listing/"))
    assert missing.returncode == 1


def test_add_appends_a_source_and_keeps_the_file_as_it_was(config_file, guardian):
    _, server = guardian
    before = config_file.read_text(encoding="utf-8")
    done = byline(
        config_file,
        "add",
        server.url("/profile/tomas-lindqvist"),
        "--name",
        "tomas",
        "--every",
        "6h",
    )
    assert done.returncode == 0, done.stderr
    after = config_file.read_text(encoding="utf-8")
    assert after.startswith(before)  # comments, layout and values untouched
    added = after[len(before) :]
    assert added.lstrip("\n").startswith(
        f'[[sources]]\nname = "tomas"\npages = ["{server.url("/profile/tomas-lindqvist")}"]\n'
        'every = "6h"\n# added by byline add on '
    )
    assert done.stdout.strip() == added.strip()
    assert "37 columns found; added source 'tomas'" in done.stderr
    settings = config.load(config_file)
    assert [s.name for s in settings.sources] == ["existing", "tomas"]
    assert settings.source("tomas").every == "6h"


def test_add_names_a_source_from_its_url_and_creates_a_missing_file(tmp_path, guardian):
    _, server = guardian
    path = tmp_path / "new.toml"
    # The private test address must be allowed: a new file has no [fetch] table, so the
    # probe is refused (exit 1) and the file is not created.
    done = byline(path, "add", server.url("/profile/tomas-lindqvist"))
    assert done.returncode == 1 and not path.exists()
    assert "private" in done.stderr
    path.write_text("[fetch]\nallow_private_networks = true\nper_host_delay = 0\n")
    done = byline(path, "add", server.url("/profile/tomas-lindqvist"))
    assert done.returncode == 0, done.stderr
    (source,) = config.load(path).sources
    assert source.name == "127-0-0-1-tomas-lindqvist"
    assert source.every == "1h"


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/no/such/page/", "/no/such/page/: not added: http-status: HTTP 404"),
        ("/commentisfree/2024/jan/05/a-column", "not added: no list of columns found"),
    ],
)
def test_add_refuses_a_page_that_is_not_a_listing(config_file, guardian, path, why):
    _, server = guardian
    server.remove("/no/such/page/")
    before = config_file.read_text(encoding="utf-8")
    done = byline(config_file, "add", server.url(path))
    assert done.returncode == 1
    assert why in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert config_file.read_text(encoding="utf-8") == before


def test_add_refuses_an_article_and_a_taken_name(config_file, guardian):
    _, server = guardian
    server.put(
        "/2024/01/05/an-article",
        '<html><head><meta property="og:type" content="article"></head><body><main><ul>'
        + "".join(
            f'<li><a href="/related/story-{n}">A related story with words {n}</a></li>'
            for n in range(6)
        )
        + "</ul></main></body></html>",
    )
    before = config_file.read_text(encoding="utf-8")
    done = byline(config_file, "add", server.url("/2024/01/05/an-article"))
    assert done.returncode == 1
    assert "an article (og:type is article), not a listing" in done.stderr
    taken = byline(config_file, "add", server.url("/profile/tomas-lindqvist"), "--name", "existing")
    assert taken.returncode == 2 and "already in" in taken.stderr
    bad = byline(config_file, "add", server.url("/profile/tomas-lindqvist"), "--every", "often")
    assert bad.returncode == 2 and "--every" in bad.stderr
    assert config_file.read_text(encoding="utf-8") == before


def test_discover_says_robots_when_robots_txt_refuses_a_column(config_file, guardian):
    template, server = guardian
    refused = sorted(template.columns)[0]
    server.put("/robots.txt", f"User-agent: *\nDisallow: {refused}\n", "text/plain")
    done = byline(config_file, "discover", "--source", "existing", "--json")
    (report,) = json.loads(done.stdout)
    (link,) = [v for v in report["links"] if v["url"] == server.url(refused)]
    assert link["column"] and not link["fetch"]
    assert link["reason"].startswith(f"robots: disallowed by {server.origin}/robots.txt (in ")
    assert server.hits_for(refused) == 0


def test_discover_a_url_beside_a_source_with_feeds_only(tmp_path, guardian):
    template, server = guardian
    path = tmp_path / "config.toml"
    path.write_text(
        "[fetch]\nallow_private_networks = true\nper_host_delay = 0\n\n"
        f'[[sources]]\nname = "feeds-only"\nfeeds = ["{server.url("/profile/tomas-lindqvist/rss.xml")}"]\n',
        encoding="utf-8",
    )
    done = byline(path, "discover", "--json", server.url(template.pages[0]))
    assert done.returncode == 0, done.stderr
    (report,) = json.loads(done.stdout)
    assert report["source"] == "127-0-0-1-tomas-lindqvist"
