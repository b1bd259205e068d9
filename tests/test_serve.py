"""The reading room's routes, through Starlette's test client, over an archive a real
`byline run` made of the columns site (see `helpers.reading_room_archive`)."""

from __future__ import annotations

import re
import signal
from dataclasses import replace
from html import unescape

import pytest
from helpers import (
    SCRIPT_TITLE,
    byline,
    make_record,
    reading_room_process,
    wait_for,
    write_config,
    write_toml,
)
from starlette.testclient import TestClient

from byline import config
from byline.archive import Archive
from byline.index import Index
from byline.settings import ServeSettings
from byline.web import create_app

TOKEN = "a-token-of-twenty-characters"


@pytest.fixture(scope="module")
def settings(reading_room):
    return config.load(str(reading_room.config))


@pytest.fixture(scope="module")
def client(settings):
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="module")
def archived(settings):
    return {r.id: r for r in Archive(settings.archive_root).records()}


def text_of(html: str) -> str:
    """The page's text, tags gone and entities read, spaces folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_sources_page_shows_each_source_and_its_chart(client, archived):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = text_of(page.text)
    assert "columns" in text and f"{len(archived)} columns" in text
    assert "every 1h" in text  # the default schedule
    chart = re.search(r"<svg class=\"chart\".*?</svg>", page.text, re.S)
    assert chart is not None
    assert chart.group(0).count("<rect") == 52
    api = client.get("/api/sources").json()
    (source,) = api["sources"]
    assert source["name"] == "columns" and source["records"] == len(archived)
    assert len(source["weeks"]) == 52
    assert sum(w["columns"] for w in source["weeks"]) == len(archived)  # all archived today
    assert re.search(r'<rect [^>]*height="(?!0\.0")', chart.group(0))  # a bar drawn
    assert source["last_pass"]["result"] is not None and source["failing"] == 0


def test_a_source_lists_its_columns_newest_first_with_pages_and_filters(settings, archived):
    small = replace(settings, serve=ServeSettings(page_size=5))
    with TestClient(create_app(small)) as client:
        seen, page = [], 1
        while True:
            found = client.get(f"/api/sources/columns?page={page}").json()
            seen += found["columns"]
            html = client.get(f"/sources/columns?page={page}").text
            for column in found["columns"]:
                assert f'href="/columns/{column["id"]}"' in html
            if page == found["pages"]:
                assert 'rel="next"' not in html
                break
            assert f'href="?page={page + 1}"' in html
            page += 1
    assert found["total"] == len(archived) and found["pages"] == -(-len(archived) // 5)
    assert sorted(c["id"] for c in seen) == sorted(archived)  # each once, none missed
    days = [c["date"] for c in seen]
    assert days == sorted(days, reverse=True)
    edited = next(c for c in seen if c["revisions"] == 2)
    assert edited["words"] == len(archived[edited["id"]].text.split())
    with TestClient(create_app(settings)) as client:
        author = next(r.author for r in archived.values() if r.author)
        mine = client.get("/api/sources/columns", params={"author": author.upper()}).json()
        expected = {r.id for r in archived.values() if r.author == author}
        assert {c["id"] for c in mine["columns"]} == expected
        dated = client.get("/api/sources/columns?since=2024-05-01&until=2024-05-10").json()
        in_range = {
            r.id for r in archived.values() if r.date and "2024-05-01" <= r.date <= "2024-05-10"
        }
        assert in_range and {c["id"] for c in dated["columns"]} == in_range
        html = client.get(f"/sources/columns?author={author}").text
        assert f'value="{author}"' in html


def test_the_column_page_reads_as_the_text_with_its_revisions(client, reading_room, archived):
    record = archived[reading_room.edited_id]
    page = client.get(f"/columns/{record.id}")
    assert page.status_code == 200
    text = text_of(page.text)
    assert record.title in text and record.author in text and record.date in text
    for paragraph in record.text.split("\n\n"):
        assert f"<p>{paragraph}</p>" in unescape(page.text)
    assert f'href="{record.url}"' in page.text
    assert f'href="/columns/{record.id}/raw"' in page.text
    assert f"/columns/{record.id}?diff=1..2" in page.text  # the revisions, linked
    api = client.get(f"/api/columns/{record.id}").json()
    assert [r["revision"] for r in api["revision_list"]] == [1, 2]
    assert api["text"] == record.text and api["diff"] is None


def test_the_diff_marks_the_inserted_sentence(client, reading_room):
    page = client.get(f"/columns/{reading_room.edited_id}?diff=1..2")
    assert page.status_code == 200
    assert f"<ins>{reading_room.inserted}</ins>" in unescape(page.text)
    assert "<del>" not in page.text.split('class="difftext"')[1]
    api = client.get(f"/api/columns/{reading_room.edited_id}?diff=1..2").json()
    inserted = [p["text"] for p in api["diff"]["pieces"] if p["kind"] == "inserted"]
    assert inserted == [reading_room.inserted]
    assert api["diff"]["inserted_words"] == len(reading_room.inserted.split())
    back = client.get(f"/api/columns/{reading_room.edited_id}?diff=2..1").json()
    assert [p["text"] for p in back["diff"]["pieces"] if p["kind"] == "deleted"] == inserted


def test_page_text_is_escaped(client, reading_room):
    page = client.get(f"/columns/{reading_room.script_id}")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert unescape(SCRIPT_TITLE) in text_of(page.text)
    listed = client.get("/sources/columns").text
    assert "<script>alert" not in listed and "&lt;script&gt;alert(1)" in listed


def test_a_stored_page_is_served_sandboxed_or_as_text(client, reading_room, settings):
    raw = client.get(f"/columns/{reading_room.script_id}/raw")
    assert raw.status_code == 200
    policy = raw.headers["content-security-policy"]
    assert policy.split(";")[0].strip() == "sandbox"  # no allow-scripts, no same origin
    assert "default-src 'none'" in policy
    assert raw.headers["x-content-type-options"] == "nosniff"
    assert "data-script-ran" in raw.text  # the page as stored, its scripts inert
    as_text = client.get(f"/columns/{reading_room.script_id}/raw?as=text")
    assert as_text.headers["content-type"].startswith("text/plain")
    assert "<script>document.title" in as_text.text
    first = client.get(f"/columns/{reading_room.edited_id}/raw?revision=1").text
    second = client.get(f"/columns/{reading_room.edited_id}/raw?revision=2").text
    assert reading_room.inserted not in first and reading_room.inserted in second
    ours = client.get(f"/columns/{reading_room.script_id}")
    assert "script-src 'self'" in ours.headers["content-security-policy"]
    assert "<iframe" not in ours.text  # never put inside our pages


def test_search_ranks_and_highlights(client, reading_room, archived):
    phrase = reading_room.phrase
    page = client.get("/search", params={"q": f'"{phrase}"'})
    assert page.status_code == 200
    marked = re.findall(r"<mark>([^<]*)</mark>", page.text)
    assert marked and all(m.casefold() in phrase.casefold() for m in marked)
    api = client.get("/api/search", params={"q": f'"{phrase}"'}).json()
    holding = {r.id for r in archived.values() if phrase in " ".join(r.text.split())}
    assert {h["id"] for h in api["hits"]} == holding and api["total"] == len(holding)
    assert all(f'href="/columns/{i}"' in page.text for i in holding)
    everything = client.get("/api/search", params={"q": "the", "source": "columns"}).json()
    assert everything["total"] >= len(archived) - 1
    scores = [h["score"] for h in everything["hits"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/search?q=%22unclosed", "unterminated"),
        ("/api/search?q=%22unclosed", "unterminated"),
        ("/api/search", "q"),
        ("/sources/columns?since=2024-13-01", "YYYY-MM-DD"),
        ("/api/sources/columns?since=2024-05-02&until=2024-05-01", "after"),
        ("/sources/columns?page=zero", "page"),
        ("/columns/0123456789ab?diff=1..x", "A..B"),
        ("/search?q=bus&source=nosuch", "nosuch"),
    ],
)
def test_a_bad_query_string_is_a_400_with_a_message(client, reading_room, url, words):
    url = url.replace("0123456789ab", reading_room.edited_id)
    answer = client.get(url)
    assert answer.status_code == 400, answer.text
    if url.startswith("/api/"):
        assert words in answer.json()["error"]
    else:
        assert words in text_of(answer.text) and "Traceback" not in answer.text


def test_unknown_things_are_404(client, reading_room):
    assert client.get("/columns/ffffffffffff").status_code == 404
    assert client.get("/columns/not-an-id").status_code == 404
    assert client.get("/sources/nosuch").status_code == 404
    assert client.get("/api/sources/nosuch").json() == {"error": "no source named 'nosuch'"}
    assert client.get("/no/such/page").status_code == 404
    missing = client.get(f"/columns/{reading_room.edited_id}?diff=1..7")
    assert missing.status_code == 400 and "no revision 7" in text_of(missing.text)


def test_nothing_changes_the_archive(client, settings):
    for method in ("post", "put", "delete", "patch"):
        answer = client.request(method.upper(), "/columns/abc")
        assert answer.status_code == 405


def test_the_boilerplate_page_shows_the_learned_blocks(client, settings):
    from byline import queries

    learned = queries.learned_boilerplate(settings)
    api = client.get("/api/boilerplate").json()
    shown = [(b["text"], b["articles"], b["removed"]) for h in api["hosts"] for b in h["blocks"]]
    assert sorted(shown) == sorted((r["sample"], r["articles"], r["removed"]) for r in learned)
    page = client.get("/boilerplate")
    assert page.status_code == 200
    for row in learned[:5]:
        assert row["sample"][:40] in unescape(page.text)


def test_new_records_are_seen_without_a_restart(settings, tmp_path):
    import shutil

    root = tmp_path / "archive"
    shutil.copytree(settings.archive_root, root)
    copy = replace(settings, archive_root=str(root))
    with TestClient(create_app(copy)) as client:
        before = client.get("/api/sources/columns").json()["total"]
        record = make_record(source="columns", title="A column that arrived later")
        with Index(root / "index.sqlite") as index, index.transaction():
            index.records.add(record)
        after = client.get("/api/sources/columns").json()
        assert after["total"] == before + 1
        assert any(c["title"] == "A column that arrived later" for c in after["columns"])
        hits = client.get("/api/search", params={"q": "arrived later"}).json()
        assert [h["id"] for h in hits["hits"]] == [record.id]


def test_a_token_is_asked_of_every_request(settings):
    with TestClient(create_app(settings, TOKEN)) as client:
        for url in ("/", "/api/sources", "/search?q=bus", "/static/style.css"):
            refused = client.get(url)
            assert refused.status_code == 401, url
            assert "www-authenticate" in refused.headers
        assert (
            client.get("/api/sources", headers={"Authorization": "Bearer wrong"}).status_code == 401
        )
        ok = client.get("/api/sources", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200
        first = client.get(f"/?token={TOKEN}")
        assert first.status_code == 200 and "byline_token" in first.headers["set-cookie"]
        assert client.get("/sources/columns").status_code == 200  # the cookie, from now on
        client.cookies.clear()
        assert client.get("/sources/columns").status_code == 401


def test_binding_off_the_loopback_needs_a_token(tmp_path, reading_room):
    code, out, err = byline(reading_room.config, "serve", "--host", "0.0.0.0", "--port", "0")
    assert code == 2, out + err
    assert "token" in err and "0.0.0.0" in err and len(err.strip().splitlines()) == 1


def test_the_daemon_serves_the_reading_room_beside_its_schedule(tmp_path, site):
    import httpx

    source = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    path = write_toml(
        tmp_path / "config.toml",
        [{**source, "max_index_pages": 4}],
        fetch={"allow_private_networks": True},
        daemon={"max_jitter": 0, "stop_timeout": 5},
    )
    command = ("daemon", "--serve", "0")
    with reading_room_process(path, *command, stop=signal.SIGTERM, wait=60) as (address, daemon):
        wait_for(
            lambda: httpx.get(f"{address}/api/sources/columns").json()["total"] > 10, timeout=60
        )
        listed = httpx.get(f"{address}/api/sources/columns").json()
        column = httpx.get(f"{address}/api/columns/{listed['columns'][0]['id']}").json()
        assert column["text"]
        assert httpx.get(f"{address}/").status_code == 200
    assert daemon.returncode == 0


def test_serve_runs_beside_a_run_on_the_same_archive(tmp_path, site):
    import httpx

    path = write_config(tmp_path, site.origin, max_index_pages=4)
    with reading_room_process(path) as (address, server):
        assert httpx.get(f"{address}/api/sources/columns").json()["total"] == 0
        code, out, err = byline(path, "run")
        assert code == 0, out + err
        after = httpx.get(f"{address}/api/sources/columns").json()
        assert after["total"] == len(after["columns"]) > 10
    assert server.returncode == 0


def test_the_listening_socket_is_tcp_so_answers_are_not_held_back():
    """asyncio turns Nagle off only on connections of a socket named TCP; without it a
    keep-alive client waits for a delayed ACK on every answer."""
    import socket

    from byline import web

    sock = web.bind("127.0.0.1", 0, None)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
