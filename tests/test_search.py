"""Reading an archive a real pass made: `search`, `list`, `show`, `stats`, and the
filters they share with `export`.

The archive is made once for the module by `byline run` against the columns fixture
site, plus two `byline fetch`es: an article in Spanish (accents to fold) and an edited
copy of one column (a second revision, whose old words must no longer be found)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3

import pytest
from helpers import EXCLUDE, byline, fixture_page, on_terminal, write_config
from siteserver import SiteServer

ACCENTED = "/opinion/2024/02/02/la-alcaldia-de-bogota/"
ACCENTED_PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>La alcaldía de Bogotá y el tranvía</title>
<meta name="author" content="Inés Peñalosa">
<meta property="article:published_time" content="2024-02-02T08:00:00+01:00">
</head><body><main><article>
<h1>La alcaldía de Bogotá y el tranvía</h1>
<p class="byline">Por Inés Peñalosa</p>
<p>En Bogotá se discute desde hace décadas cómo mover a millones de personas cada día sin
que la ciudad se detenga. La alcaldía anunció esta semana que el tranvía volverá a la
avenida principal, medio siglo después de que se retiraran los últimos rieles.</p>
<p>Los comerciantes de la zona temen meses de obras y calles cerradas; los vecinos que
viajan en autobús esperan ganar una hora al día. Ambos tienen razón, y la alcaldía
tendrá que escuchar a los dos si quiere que el proyecto sobreviva a la próxima elección.</p>
<p>La pregunta de fondo no es técnica sino política: quién paga, quién decide y cuánto
tiempo estamos dispuestos a esperar por una ciudad que funcione mejor para todos.</p>
</article></main></body></html>"""
EDITED_SENTENCE = "The transport authority withdrew the proposal on Thursday evening."
EDITED = "/opinion/2024/05/10/night-buses-are-a-lifeline/"
REMOVED_WORDS = "grimy"  # only in the flat-upstairs column, cut from its new revision


@pytest.fixture(scope="module")
def made(tmp_path_factory, sites_dir, expected):
    tmp = tmp_path_factory.mktemp("search")
    site = SiteServer(sites_dir / "columns").start()
    try:
        config = write_config(tmp, site.origin, exclude=EXCLUDE, max_index_pages=4)
        ran = byline(config, "run")
        assert ran.returncode == 0, ran.stderr
        site.put(ACCENTED, ACCENTED_PAGE)
        first = next(a for a in expected["articles"] if a["path"] == EDITED)["first_paragraph"]
        edited = fixture_page(site, EDITED).replace(first, f"{first} {EDITED_SENTENCE}")
        site.put(EDITED, edited)
        flat = next(a for a in expected["articles"] if "launderette" in a["first_paragraph"])
        cut = fixture_page(site, flat["path"]).replace("The windows are grimy, the", "The")
        site.put(flat["path"], cut)
        for path in (ACCENTED, EDITED, flat["path"]):
            fetched = byline(config, "fetch", site.url(path))
            assert fetched.returncode == 0, fetched.stderr
    finally:
        site.stop()
    return config


def hits(config, *args):
    code, out, err = byline(config, "search", "--json", *args)
    return code, [json.loads(line) for line in out.splitlines()], err


def test_a_title_match_ranks_above_matches_in_the_text(made):
    code, found, err = hits(made, "bus")
    assert code == 0, err
    titles = [hit["title"] for hit in found]
    assert titles[0] == "Night buses are a lifeline, not a luxury"
    assert len(titles) >= 3  # "the last bus has gone", "Buses are scheduled", ...
    scores = [hit["score"] for hit in found]
    assert scores == sorted(scores, reverse=True)
    assert err.strip() == f"{len(found)} of {len(found)} matches"


def test_the_snippet_highlights_the_matched_words(made):
    code, (hit,), _ = hits(made, '"night bus"')
    assert code == 0
    marked = [hit["snippet"][a:b] for a, b in hit["highlights"]]
    assert marked and all(word.lower() == "night bus" for word in marked)
    assert "\n" not in hit["snippet"]
    code, out, _ = byline(made, "search", '"night bus"')  # piped: the words in **stars**
    assert "**night bus**" in out
    assert hit["path"] in out
    code, (hit,), _ = hits(made, "oyst*")  # a prefix query's snippets are cut in its ranking
    marked = [hit["snippet"][a:b].lower() for a, b in hit["highlights"]]
    assert marked and all(word.startswith("oyst") for word in marked)


def test_accents_and_case_are_folded_and_english_is_stemmed(made):
    for query in ("bogota", "BOGOTÁ", "alcaldia", "tranvia"):
        code, found, _ = hits(made, query)
        assert code == 0, query
        assert [h["title"] for h in found] == ["La alcaldía de Bogotá y el tranvía"], query
    code, found, _ = hits(made, "lifelines")  # stemmed to "lifelin", as the title's word
    assert [h["title"] for h in found] == ["Night buses are a lifeline, not a luxury"]


def test_fts_syntax_passes_through(made):
    _, buses, _ = hits(made, "bus")
    _, night, _ = hits(made, "bus NOT night")
    assert 0 < len(night) < len(buses)
    assert "Night buses are a lifeline, not a luxury" not in [h["title"] for h in night]
    _, prefix, _ = hits(made, "oyst*")
    assert [h["title"] for h in prefix] == ["What the oyster beds know about clean water"]
    _, either, _ = hits(made, "oyster OR marathon")
    assert len(either) == 2
    _, titled, _ = hits(made, "title:homework")
    assert [h["title"] for h in titled] == ["Homework is a habit, not a measure of learning"]
    _, by, _ = hits(made, "author:halloran")
    assert {h["author"] for h in by} == {"Priya Halloran"} and len(by) == 2


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"unclosed', "unterminated string"),
        ("AND bus", "syntax error"),
        ("O'Brien", "double quotes"),
        ("nosuch:word", "no such column: nosuch"),
        ("   ", "the query is empty"),
    ],
)
def test_a_malformed_query_is_one_line_and_exit_2(made, query, says):
    code, out, err = byline(made, "search", query)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and says in err
    assert "Traceback" not in err


def test_nothing_found_is_exit_1(made):
    code, out, err = byline(made, "search", "xylophone")
    assert (code, out, err.strip()) == (1, "", "0 of 0 matches")


def test_only_the_latest_revision_is_searched(made):
    _, found, _ = hits(made, '"withdrew the proposal"')
    assert [(h["title"], h["revision"]) for h in found] == [
        ("Night buses are a lifeline, not a luxury", 2)
    ]
    code, found, _ = hits(made, REMOVED_WORDS)  # its first revision had it; the current not
    assert (code, found) == (1, [])


@pytest.mark.parametrize(
    ("args", "keep"),
    [
        (["--author", "okafor"], lambda r: r["author"] == "Mira Okafor"),
        (["--author", "PENALOSA"], lambda r: r["author"] == "Inés Peñalosa"),
        (["--since", "2024-05-01"], lambda r: r["date"] >= "2024-05-01"),
        (["--until", "2024-03-18"], lambda r: r["date"] <= "2024-03-18"),
        (
            ["--since", "2024-04-01", "--until", "2024-04-30"],
            lambda r: "2024-04-01" <= r["date"] <= "2024-04-30",
        ),
        (["--source", "columns"], lambda r: r["source"] == "columns"),
    ],
)
def test_filters_are_the_same_on_list_search_export_and_stats(made, args, keep):
    _, every, _ = byline(made, "list", "--json")
    everything = [json.loads(line) for line in every.splitlines()]
    wanted = sorted(r["id"] for r in everything if keep(r))
    assert 0 < len(wanted) < len(everything) or args[0] == "--source"

    code, out, _ = byline(made, "list", "--json", *args)
    assert code == 0
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == wanted

    code, out, _ = byline(made, "export", *args)  # jsonl
    assert code == 0
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == wanted

    # "the" or "la" is in every text: search lets through exactly what the filters do
    code, found, _ = hits(made, "the OR la", "--limit", "1000", *args)
    assert sorted(h["id"] for h in found) == wanted

    code, out, _ = byline(made, "stats", "--json", *args)
    figures = json.loads(out)
    assert figures["records"] == len(wanted) == sum(figures["per_month"].values())
    assert sum(figures["per_author"].values()) == len(wanted)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--since", "2024-13-01"], "is not a day"),
        (["--until", "yesterday"], "is not a day"),
        (["--since", "2024-05-02", "--until", "2024-05-01"], "is after --until"),
        (["--source", "nope"], "--source nope: no such source"),
    ],
)
@pytest.mark.parametrize("command", ["list", "export", "stats", "search bus"])
def test_a_bad_filter_is_one_line_and_exit_2(made, command, args, says):
    code, out, err = byline(made, *command.split(), *args)
    assert code == 2, err
    assert out == ""
    assert says in err and "Traceback" not in err


def test_list_piped_is_tab_separated_with_a_header(made):
    code, out, _ = byline(made, "list")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split("\t") == [
        "id",
        "date",
        "source",
        "author",
        "title",
        "revisions",
        "url",
        "path",
    ]
    assert len(rows) == 16  # the 15 columns and the article fetched alone
    cells = [row.split("\t") for row in rows]
    assert all(len(c) == 8 for c in cells)
    dates = [c[1] for c in cells]
    assert dates == sorted(dates)
    edited = next(c for c in cells if c[4] == "Night buses are a lifeline, not a luxury")
    assert edited[5] == "2"
    assert "\x1b[" not in out


def test_list_on_a_terminal_is_a_table(made):
    code, text, _ = on_terminal(made, "list", "--author", "okafor", columns=200)
    assert code == 0, text
    assert "\x1b[" in text  # styled for the terminal
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert re.search(r"date\s+source\s+author\s+title\s+rev\s+id", plain)
    assert "Night buses are a lifeline" in plain and "\t" not in plain
    assert "4 records" in plain


def test_search_on_a_terminal_marks_the_words(made):
    code, text, _ = on_terminal(made, "search", "oyster")
    assert code == 0, text
    assert "**" not in text
    assert re.search(r"\x1b\[[0-9;]*m(?:oyster|Oyster)", text)


@pytest.mark.parametrize("form", ["id", "url", "json path", "md path", "absolute raw path"])
def test_show_takes_an_id_a_url_or_a_path(made, form):
    _, out, _ = byline(made, "list", "--json", "--author", "amankwah")
    listed = json.loads(out.splitlines()[0])
    root = made.parent / "archive"
    ref = {
        "id": listed["id"],
        "url": listed["url"],
        "json path": listed["path"],
        "md path": listed["path"].removesuffix(".json") + ".md",
        "absolute raw path": str(root / listed["path"].removesuffix(".json")) + ".html.gz",
    }[form]
    code, out, err = byline(made, "show", ref)
    assert code == 0, err
    assert out.startswith(f"# {listed['title']}\n")
    code, out, _ = byline(made, "show", ref, "--json")
    assert json.loads(out) == json.loads((root / listed["path"]).read_text())


def test_show_raw_writes_the_stored_html_bytes(made):
    _, out, _ = byline(made, "list", "--json", "--author", "okafor")
    listed = json.loads(out.splitlines()[-1])
    code, out, _ = byline(made, "show", listed["id"], "--raw")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and listed["title"] in out


def test_show_on_a_terminal(made):
    _, out, _ = byline(made, "list", "--json", "--author", "brennan")
    listed = json.loads(out.splitlines()[0])
    code, text, _ = on_terminal(made, "show", listed["id"])
    assert code == 0
    assert text.startswith(f"# {listed['title']}\n")


def test_show_an_unknown_record_is_exit_2(made):
    for ref in ("ffffffffffff", "2024/01/01/columns/none--ffffffffffff.json", "http://x.test/a"):
        code, _, err = byline(made, "show", ref)
        assert code == 2 and f"{ref}: not in the archive" in err


def test_stats_counts_what_the_archive_holds(made, expected):
    code, out, _ = byline(made, "stats", "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["records"] == 16  # 15 listed columns and the accented article
    assert figures["revisions"] == 18  # two of them edited
    assert figures["aliases"] == 1
    authors = {a["author"] for a in expected["articles"]} | {"Inés Peñalosa"}
    assert set(figures["per_author"]) == authors
    assert figures["per_author"]["Mira Okafor"] == 4
    assert figures["per_month"]["2024-02"] == 1
    root = made.parent / "archive"
    on_disk = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert figures["bytes_on_disk"] == on_disk
    source = figures["sources"]["columns"]
    assert source["records"] == 16 and source["last_result"] == "ok"
    assert (source["failing"], source["dead"]) == (0, 0)


def test_stats_shows_failing_and_dead_urls(made, tmp_path):
    shutil.copytree(made.parent / "archive", tmp_path / "archive")
    shutil.copy(made, tmp_path / "config.toml")
    db = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    db.execute(
        "INSERT INTO urls (url, source, state, failures, error, first_seen) VALUES "
        "('http://x.test/a', 'columns', 'failed', 1, 'HTTP 500', '2026-01-01T00:00:00Z'),"
        "('http://x.test/b', 'columns', 'dead', 5, 'HTTP 500', '2026-01-01T00:00:00Z')"
    )
    db.commit()
    db.close()
    code, out, _ = byline(tmp_path / "config.toml", "stats", "--json")
    source = json.loads(out)["sources"]["columns"]
    assert (source["failing"], source["dead"]) == (1, 1)
    assert [(u["url"], u["state"], u["failures"]) for u in source["troubled"]] == [
        ("http://x.test/b", "dead", 5),
        ("http://x.test/a", "failed", 1),
    ]
    code, out, _ = byline(tmp_path / "config.toml", "stats")
    assert code == 0
    assert re.search(r"columns\s+16\s+1\s+1\s+0\s+", out)
    assert "16 records, 18 revisions, 1 alias;" in out
    assert "columns: dead after 5 failed passes: http://x.test/b: HTTP 500" in out
    assert "columns: failed after 1 failed pass: http://x.test/a: HTTP 500" in out


def test_a_re_clean_updates_what_is_searched(tmp_path, site, expected):
    """No `exclude`: the first records are archived with the bios, and cleaned again
    once the host's bios are learned. Search must follow the cleaned texts."""
    config = write_config(tmp_path, site.origin, max_index_pages=4)
    ran = byline(config, "run")
    assert ran.returncode == 0, ran.stderr
    bio = next(s for s in expected["boilerplate_sentences"] if len(s) > 60)
    phrase = '"' + " ".join(bio.split()[:8]).strip(".,;:") + '"'
    code, out, err = byline(config, "search", phrase)
    assert (code, out) == (1, ""), out + err
    for article in expected["articles"]:  # while each column's own words are found
        if article["listed_on"] and article["bios_inside"]:
            words = '"' + " ".join(article["paragraphs"][-2].split()[:8]) + '"'
            code, out, err = byline(config, "search", "--json", words)
            assert code == 0, (words, err)
            assert json.loads(out.splitlines()[0])["title"] == article["title"]
    db = sqlite3.connect(tmp_path / "archive" / "index.sqlite")
    with_bio = db.execute("SELECT COUNT(*) FROM records WHERE instr(text, ?) > 0", (bio,))
    assert with_bio.fetchone()[0] == 0
    first = db.execute("SELECT COUNT(*) FROM passes").fetchone()[0]
    db.close()
    assert first == 1
