"""Learned boilerplate: bios inside the content container go, the columns stay whole."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from helpers import byline, fixture_page, records, run_pass, write_config

from byline import config, pipeline
from byline.boilerplate import Cleaning, clean_text, fingerprint
from byline.extract import extract_article, extract_cleaned
from byline.urls import host_key


def test_first_pass_without_exclude_archives_no_bio(tmp_path, site, expected):
    """No `exclude` at all: the bios inside the container are learned and removed from
    every record, the first ones written included; each column keeps its own text."""
    inside = [a for a in expected["articles"] if a["bios_inside"] and a["listed_on"]]
    assert len(inside) >= 6  # the leak this guards against is real on this site
    stats = run_pass(write_config(tmp_path, site.origin, max_index_pages=4))
    archived = records(tmp_path)
    by_path = {a["path"]: a for a in expected["articles"]}
    assert len(archived) == stats.new >= 13
    assert stats.recleaned >= 1  # the first records were cleaned again in place
    for path, record in archived.items():
        for sentence in expected["boilerplate_sentences"]:
            assert sentence not in record["text"], (path, sentence)
        article = by_path[path]
        for paragraph in article["paragraphs"]:
            assert paragraph in record["text"], (path, paragraph)
        assert record["text"].endswith(article["closing_line"]), path
        assert not record["text"].endswith("Columnists"), path
        markdown = (tmp_path / "archive" / record["path"].replace(".json", ".md")).read_text()
        assert expected["boilerplate_sentences"][1] not in markdown
    raw = list((tmp_path / "archive").rglob("*.html.gz"))
    assert len(raw) == len(archived)  # raw HTML kept


def test_a_block_on_two_articles_only_stays(tmp_path, site, expected):
    quote = (
        "“A harbour is a promise that the sea will be kept out and the trade let in,” "
        "as the old harbour master liked to say at every council meeting he attended."
    )
    shared = [a for a in expected["articles"] if a["listed_on"]][:2]
    for article in shared:
        html = fixture_page(site, article["path"])
        first = article["paragraphs"][0]
        assert first in html
        site.put(article["path"], html.replace(first, f"{first}</p><p>{quote}", 1))
    run_pass(write_config(tmp_path, site.origin, max_index_pages=4))
    archived = records(tmp_path)
    for article in shared:
        assert quote in archived[article["path"]]["text"]


def test_text_repeated_within_one_article_counts_once(tmp_path):
    from byline.index import Index

    index = Index(tmp_path / "index.sqlite")
    block = {fingerprint(BIO): BIO}
    for _ in range(5):  # the same article, fetched and learned again and again
        index.blocks.learn("paper.example", "article-1", "Ada Quill", block, 3)
    index.blocks.learn("paper.example", "article-2", "Bo Stone", block, 3)
    assert index.blocks.boilerplate("paper.example", min_articles=3) == {}
    index.blocks.learn("paper.example", "article-3", "Cy Wren", block, 3)
    assert index.blocks.boilerplate("paper.example", min_articles=3) == block
    assert index.blocks.boilerplate("other.example", min_articles=3) == {}


def test_an_authors_own_sign_off_is_not_boilerplate(tmp_path):
    from byline.index import Index

    index = Index(tmp_path / "index.sqlite")
    sign_off = "(Ada Quill writes about rivers. Her views are her own.)"
    for n in range(4):
        index.blocks.learn(
            "paper.example", f"a{n}", "Ada Quill", {fingerprint(sign_off): sign_off}, 3
        )
    assert index.blocks.boilerplate("paper.example", min_articles=3) == {}
    index.blocks.learn("paper.example", "b1", "Bo Stone", {fingerprint(sign_off): sign_off}, 3)
    assert index.blocks.boilerplate("paper.example", min_articles=3) == {
        fingerprint(sign_off): sign_off
    }


def test_keep_and_drop_patterns(tmp_path, site, expected):
    bio = next(s for s in expected["boilerplate_sentences"] if len(s) > 60)
    article = next(a for a in expected["articles"] if a["listed_on"] and a["bios_inside"])
    own = article["paragraphs"][2]
    path = write_config(
        tmp_path,
        site.origin,
        max_index_pages=4,
        keep=[re.escape(bio[:40])],
        drop=[re.escape(own[:40])],
    )
    run_pass(path)
    archived = records(tmp_path)
    assert own not in archived[article["path"]]["text"]
    inside = [
        archived[a["path"]]["text"]
        for a in expected["articles"]
        if a["bios_inside"] and a["path"] in archived
    ]
    assert inside and all(bio in text for text in inside)  # pinned: kept although learned


def test_boilerplate_command_lists_what_was_learned(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin, max_index_pages=4)
    run_pass(path)
    code, out, err = byline(path, "boilerplate", "columns")
    assert code == 0, err
    bio = next(s for s in expected["boilerplate_sentences"] if len(s) > 60)
    assert bio[:25] in out
    rows = [line for line in out.splitlines() if bio[:25] in line]
    assert "│ yes " in rows[0]


# clean_text on its own ----------------------------------------------------------------

BIO = "Ada Quill Ada Quill writes about rivers, floods and the towns that line them."
OTHER = "Bo Stone Bo Stone is a retired engineer who writes about bridges and tunnels."


def test_clean_text_removes_learned_blocks_and_their_heading():
    text = "\n\n".join(
        ["Body one is long enough to matter here.", "(Signed off.)", "Columnists", BIO, OTHER]
    )
    learned = {fingerprint(b): b for b in ("Columnists", BIO, OTHER)}
    assert (
        clean_text(text, learned, min_length=40)
        == "Body one is long enough to matter here.\n\n(Signed off.)"
    )


def test_a_short_learned_line_alone_stays():
    text = "Intro paragraph of some length, not boilerplate.\n\nRead more\n\nLast paragraph."
    assert clean_text(text, {fingerprint("Read more"): "Read more"}, min_length=40) == text


def test_boilerplate_run_into_the_last_paragraph_is_cut_out():
    last = "The column's own last paragraph, which the extractor merged with what followed."
    text = f"First paragraph of the column.\n\n{last} Columnists {BIO} {OTHER}"
    learned = {fingerprint(b): b for b in ("Columnists", BIO, OTHER)}
    assert clean_text(text, learned, min_length=40) == f"First paragraph of the column.\n\n{last}"


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert fingerprint("Ada  Quill, writes!") == fingerprint("ada quill writes")
    assert fingerprint("Ada Quill writes") != fingerprint("Ada Quill wrote")


def test_reextract_after_a_drop_rule_changes_exactly_the_affected_records(tmp_path, site, expected):
    path = write_config(tmp_path, site.origin, max_index_pages=4)
    run_pass(path)
    before = records(tmp_path)
    target = next(a for a in expected["articles"] if a["path"] in before)
    doomed = target["paragraphs"][3]
    write_config(tmp_path, site.origin, max_index_pages=4, drop=[re.escape(doomed[:50])])
    site.reset_hits()
    code, report, err = byline(path, "reextract")
    assert code == 0, err
    assert f"{len(before)} records re-extracted: 1 changed" in report
    assert sum(site.hits.values()) == 0  # no network
    after = records(tmp_path)  # by URL path; two revisions of one URL are one key
    revisions = sorted((tmp_path / "archive").rglob("*.r2.json"))
    assert len(revisions) == 1
    newer = json.loads(revisions[0].read_text())
    assert newer["url"].endswith(target["path"]) and newer["revision"] == 2
    assert doomed not in newer["text"] and target["closing_line"] in newer["text"]
    older = before[target["path"]]
    assert doomed in older["text"]
    assert json.loads((tmp_path / "archive" / older["path"]).read_text())["text"] == older["text"]
    assert set(after) == set(before)
    # export: the latest revision by default, all of them on request
    exported = []
    for flags in ([], ["--all-revisions"]):
        code, out, err = byline(path, "export", *flags)
        assert code == 0, err
        exported.append([json.loads(line) for line in out.splitlines()])
    latest, every = exported
    assert len(latest) == len(before) and len(every) == len(before) + 1
    assert next(r for r in latest if r["url"].endswith(target["path"]))["revision"] == 2
    # nothing changes a second time
    code, report, err = byline(path, "reextract")
    assert code == 0, err
    assert "0 changed" in report


def test_an_edited_column_becomes_a_second_revision(tmp_path, site, expected):
    """recheck: the next pass re-fetches recent articles conditionally; the edited one
    gets revision 2 beside revision 1 and a correct diff, the others 304 and stay."""
    path = write_config(tmp_path, site.origin, max_index_pages=4, recheck="5000d")
    first = run_pass(path)
    archived = records(tmp_path)
    edited = next(a for a in expected["articles"] if a["path"] in archived)
    old = edited["paragraphs"][2]
    new = "Correction: an earlier version of this column gave the wrong year for the vote."
    site.put(edited["path"], fixture_page(site, edited["path"]).replace(old, new, 1))
    site.reset_hits()
    second = run_pass(path)
    assert first.new == len(archived)
    assert second.revisions == 1 and second.new == 0
    assert second.unchanged == len(archived) - 1  # answered 304, nothing parsed
    for article in archived:
        assert site.hits_for(article) == 1  # each recent article asked once, conditionally
    url = site.url(edited["path"])
    code, out, err = byline(path, "show", url, "--revisions")
    assert code == 0, err
    listing = out.splitlines()
    assert [line.split()[0] for line in listing] == ["r1", "r2"]
    assert listing[1].split()[3].endswith(".r2.json")
    code, out, err = byline(path, "show", url, "--diff", "1", "2")
    assert code == 0, err
    diff = out.splitlines()
    assert diff[0].startswith("--- r1 ") and diff[1].startswith("+++ r2 ")
    assert f"-{old}" in diff and f"+{new}" in diff
    assert sum(line.startswith(("-", "+")) for line in diff[2:]) == 2
    third = run_pass(path)  # unchanged since: no revision
    assert third.revisions == 0


def test_a_source_that_finishes_first_is_cleaned_with_what_others_taught(tmp_path, site, expected):
    """Two sources on one host: the small one's records, archived before the host's bios
    were learned (here, by an earlier run), are cleaned once the big one teaches them."""
    selector = expected["selector_page"]
    path = tmp_path / "config.toml"
    path.write_text(
        f"""[archive]
root = "archive"
[fetch]
per_host_delay = 0
allow_private_networks = true
[boilerplate]
min_articles = 6
[[sources]]
name = "mira"
pages = ["{site.origin}{selector["path"]}"]
link_selector = "{selector["selector"]}"
[[sources]]
name = "columns"
pages = ["{site.origin}/opinion/columnists/"]
max_index_pages = 4
""",
        encoding="utf-8",
    )
    settings = config.load(path)
    # The small source alone first: too few articles to learn anything, bios kept...
    asyncio.run(pipeline.run_sources(settings, ["mira"]))
    mira = records(tmp_path)
    assert any(s in r["text"] for r in mira.values() for s in expected["boilerplate_sentences"])
    # ...then the big one on the same host teaches the bios, and both are cleaned.
    asyncio.run(pipeline.run_sources(settings, ["columns"]))
    archived = records(tmp_path)
    assert set(selector["article_paths"]) <= set(archived)
    bios = [s for s in expected["boilerplate_sentences"] if len(s) > 60]
    for url_path, record in archived.items():
        for sentence in bios:
            assert sentence not in record["text"], (url_path, sentence)


COPIES = ("/opinion{path}", "/print{path}", "/amp{path}", "/m{path}", "/share{path}")


def test_a_column_under_five_urls_is_one_article_to_learning(tmp_path, site, expected):
    """Each column served under five URLs with no canonical link: learning must count
    the five copies as one article, so no column's own paragraph is learned (and cut)
    as boilerplate, while the bios, on six different columns, still are."""
    columns = [a for a in expected["articles"] if a["bios_inside"] and a["listed_on"]][:6]
    urls = []
    for article in columns:
        page = re.sub(r'<link rel="canonical"[^>]*>', "", fixture_page(site, article["path"]))
        rest = article["path"].removeprefix("/opinion")
        for copy in COPIES:
            site.put(copy.format(path=rest), page)
            urls.append(site.url(copy.format(path=rest)))
    config_path = write_config(tmp_path, site.origin)
    code, out, err = byline(config_path, "fetch", *urls)
    assert code == 0, out + err
    archived = {r["title"]: r for r in records(tmp_path).values()}
    assert len(archived) == len(columns)  # one record each, the other copies aliases
    for article in columns:
        text = archived[article["title"]]["text"]
        for paragraph in article["paragraphs"]:
            assert paragraph in text, (article["title"], paragraph[:40])
        for sentence in expected["boilerplate_sentences"]:
            assert sentence not in text, (article["title"], sentence)


def test_blocks_seen_once_are_forgotten_after_the_horizon(tmp_path):
    """A paragraph seen on one article is forgotten once its host has had HORIZON more
    articles, and never kept its text: `blocks` stays a fraction of the archive."""
    from byline.index import Index
    from byline.index.blocks import HORIZON, PRUNE_EVERY

    with Index(tmp_path / "index.sqlite") as index:
        articles = HORIZON + 3 * PRUNE_EVERY
        for n in range(articles):
            own = f"Paragraph {n} of a column nobody else wrote, long enough to count."
            index.blocks.learn("paper.example", f"a{n}", None, {f"own{n}": own, "bio": BIO}, 3)
        once = index.db.execute(
            "SELECT COUNT(*), MAX(length(sample)) FROM blocks WHERE articles = 1"
        ).fetchone()
        assert HORIZON <= once[0] <= HORIZON + PRUNE_EVERY
        assert once[1] == 0  # no text kept for a block seen once
        bio = index.db.execute("SELECT articles, sample FROM blocks WHERE fingerprint = 'bio'")
        assert tuple(bio.fetchone()) == (articles, BIO)
        occurrences = index.db.execute("SELECT COUNT(*) FROM block_articles").fetchone()[0]
        assert occurrences == articles  # the bio's, one per article; none for the others


def test_the_learned_set_is_read_again_only_when_it_may_have_changed(tmp_path):
    """The learned set is cached; another process teaching the host something moves
    its generation, and the cache follows."""
    from byline.archive import Archive
    from byline.boilerplate import Boilerplate
    from byline.index import Index

    with Index(tmp_path / "index.sqlite") as mine, Index(tmp_path / "index.sqlite") as theirs:
        boilerplate = Boilerplate(mine, Archive(tmp_path))
        for n in range(2):
            theirs.blocks.learn("paper.example", f"a{n}", None, {"bio": BIO}, 3)
        assert boilerplate.learned("paper.example", 3) == {}
        generation = mine.blocks.generation("paper.example")
        theirs.blocks.learn("paper.example", "a2", None, {"bio": BIO, "x": "x" * 60}, 3)
        assert mine.blocks.generation("paper.example") == generation + 1
        assert boilerplate.learned("paper.example", 3) == {"bio": BIO}
        theirs.blocks.learn("paper.example", "a3", None, {"bio": BIO}, 3)  # nothing new
        assert mine.blocks.generation("paper.example") == generation + 1


def test_the_worker_s_cleaned_text_is_used_only_if_the_host_learned_nothing_since(tmp_path):
    """A worker cleans with the learned set it was sent; the article whose own blocks
    teach the host a new one is cleaned again with it."""
    from dataclasses import replace

    from byline.archive import Archive
    from byline.boilerplate import Boilerplate
    from byline.extract import extract_cleaned
    from byline.index import Index
    from byline.settings import Source

    settings = config.load(write_config(tmp_path, "http://paper.example"))
    source = Source(name="columns", pages=("http://paper.example/",))
    page = f"<html><body><article><h1>T</h1><p>{'A column of its own words. ' * 8}</p><p>{BIO}</p></article></body></html>"
    with Index(tmp_path / "index.sqlite") as index:
        boilerplate = Boilerplate(index, Archive(tmp_path))
        for n in range(2):
            index.blocks.learn("paper.example", f"a{n}", None, {fingerprint(BIO): BIO}, 3)
        cleaning = boilerplate.cleaning("paper.example", source, settings)
        article = extract_cleaned(page, "http://paper.example/c", (), cleaning)
        assert article is not None and BIO in article.cleaned  # not learned yet
        boilerplate.learn("paper.example", None, article.text, 3, "c")  # the third: learned
        assert BIO not in boilerplate.clean("paper.example", article, source, settings)
        fresh = boilerplate.cleaning("paper.example", source, settings)
        assert fresh.generation == cleaning.generation + 1 and fingerprint(BIO) in fresh.learned
        marked = replace(article, cleaned="as the worker cleaned it", cleaned_at=fresh.generation)
        assert boilerplate.clean("paper.example", marked, source, settings) == marked.cleaned


def test_a_page_whose_text_is_all_learned_boilerplate_is_a_failure(tmp_path, site, expected):
    """A short page whose extracted text is only the bios the host repeats: one recorded
    failure with the reason, never archived as a column."""
    config_path = write_config(tmp_path, site.origin, max_index_pages=4)
    assert byline(config_path, "run").returncode == 0  # the host's bios are learned
    model = next(a for a in expected["articles"] if a["bios_inside"] and a["listed_on"])
    page = fixture_page(site, model["path"])
    for text in (*model["paragraphs"], model["standfirst"], model["caption"], model["title"]):
        page = page.replace(text, "")
    site.put("/opinion/2024/05/21/nothing-but-bios/", page)
    url = site.url("/opinion/2024/05/21/nothing-but-bios/")
    before = len(records(tmp_path))
    code, out, err = byline(config_path, "fetch", url)
    assert code == 1, out + err
    assert "its whole text is boilerplate" in err and url in err
    assert len(records(tmp_path)) == before
    db_path = tmp_path / "archive" / "index.sqlite"
    import sqlite3

    db = sqlite3.connect(db_path)
    state, error = db.execute("SELECT state, error FROM urls WHERE url = ?", (url,)).fetchone()
    db.close()
    assert state == "failed" and "boilerplate" in error


# Learned blocks removed before extraction --------------------------------------------

BIOS = [
    f"{name} has written about {subject} for twenty years and once spent a winter "
    "working nights in a town by the sea, which still turns up in the column."
    for name, subject in [
        ("Wren Halloway", "courts and prisons"),
        ("Teodor Brankovic", "money and markets"),
        ("Maud Okonjo", "schools and childcare"),
        ("Ilse Marchetti", "science and medicine"),
        ("Rafferty Sloane", "the lower leagues"),
        ("Yusuf Delacroix", "power and elections"),
    ]
]
SHORT = [
    "The council voted last night to close the library on Sundays. Nobody who uses it was asked.",
    "That is the whole story, and it is a small one, but small ones add up.",
]
_BIOS_HTML = "<h3>Columnists</h3>" + "".join(f"<p>{b}</p>" for b in BIOS)
SHORT_BESIDE_BIOS = {  # pages where the extractor, left alone, takes the bios for the column
    "bios in the content class": (
        f"<div id='content'><div class='story'><h1>Sundays</h1><p>{SHORT[0]}</p>"
        f"<p>{SHORT[1]}</p></div><div class='entry-content'>{_BIOS_HTML}</div></div>"
    ),
    "column in the header": (
        f"<article><header><h1>Sundays</h1><p class='lede'>{SHORT[0]} {SHORT[1]}</p>"
        f"</header><div class='article-body'>{_BIOS_HTML}</div></article>"
    ),
    "column as bare text": (
        f"<main><div class='text'>{SHORT[0]}<br>{SHORT[1]}</div>"
        f"<div class='post-content'>{_BIOS_HTML}</div></main>"
    ),
}


def _bios_cleaning(keep: tuple[str, ...] = ()) -> Cleaning:
    learned = {fingerprint(b): b for b in (*BIOS, "Columnists")}
    return Cleaning(generation=1, learned=learned, min_length=40, keep=keep, drop=())


@pytest.mark.parametrize("shape", sorted(SHORT_BESIDE_BIOS))
def test_learned_blocks_go_before_extraction_so_a_short_column_is_found(shape):
    page = f"<html><body>{SHORT_BESIDE_BIOS[shape]}</body></html>"
    plain = extract_article(page, "http://paper.example/c")
    assert plain is not None and SHORT[0] not in plain.text and BIOS[0] in plain.text
    article = extract_cleaned(page, "http://paper.example/c", (), _bios_cleaning())
    assert article is not None and article.cleaned is not None
    assert SHORT[0] in article.cleaned and SHORT[1] in article.cleaned
    assert not any(bio[:30] in article.cleaned for bio in BIOS)
    assert "Columnists" not in article.cleaned
    assert article.stripped == tuple(fingerprint(b) for b in ("Columnists", *BIOS))


def test_a_page_of_bios_and_chrome_alone_cleans_to_nothing():
    """With the bios gone nothing of a column is left: the extractor's pick of the page's
    chrome (the dateline, share buttons, related links run together) is not taken for
    one, and the whole page, cleaned, is empty (a failure for the store)."""
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/opinion/'>Opinion</a></nav>"
        "<article><header><p class='kicker'>Opinion</p><p>Mira Okafor The Harbour Ledger "
        "Published: 2024-05-14 08:30</p><div class='share'><a href='#'>Share</a> "
        "<a href='#'>Email</a> <a href='#'>LinkedIn</a></div></header><div class='body'>"
        f"{_BIOS_HTML}</div><div class='related'><h2>Related stories</h2><ul>"
        "<li><a href='/a'>Rethinking the homework diary</a></li>"
        "<li><a href='/b'>Who rides the bus at two in the morning?</a></li></ul></div>"
        "</article><footer>© The Harbour Ledger</footer></body></html>"
    )
    article = extract_cleaned(page, "http://paper.example/c", (), _bios_cleaning())
    assert article is None or article.cleaned == ""


def test_a_pinned_block_is_not_removed_before_extraction():
    page = f"<html><body>{SHORT_BESIDE_BIOS['bios in the content class']}</body></html>"
    cleaning = _bios_cleaning(keep=(re.escape(BIOS[2][:30]),))
    article = extract_cleaned(page, "http://paper.example/c", (), cleaning)
    assert article is not None and article.cleaned is not None
    assert BIOS[2] in article.cleaned and BIOS[1] not in article.cleaned
    assert fingerprint(BIOS[2]) not in article.stripped


def test_blocks_removed_before_extraction_still_count_as_seen(tmp_path):
    """`byline boilerplate` goes on telling on how many articles a learned block is."""
    from byline.archive import Archive
    from byline.boilerplate import Boilerplate
    from byline.index import Index

    with Index(tmp_path / "index.sqlite") as index:
        boilerplate = Boilerplate(index, Archive(tmp_path))
        for n in range(3):
            text = f"Column {n} has words of its own, enough of them to count.\n\n{BIOS[0]}"
            boilerplate.learn("paper.example", None, text, 3, f"a{n}")
        assert fingerprint(BIOS[0]) in boilerplate.learned("paper.example", 3)
        page = f"<html><body><article><p>{SHORT[0]}</p><p>{SHORT[1]}</p><p>{BIOS[0]}</p>"
        page += "</article></body></html>"
        cleaning = Cleaning(1, boilerplate.learned("paper.example", 3), 40, (), ())
        article = extract_cleaned(page, "http://paper.example/d", (), cleaning)
        assert article is not None and article.stripped == (fingerprint(BIOS[0]),)
        assert BIOS[0] not in article.text
        boilerplate.learn("paper.example", None, article.text, 3, "d", article.stripped)
        counts = {
            b["fingerprint"]: b["articles"] for b in index.blocks.learned(["paper.example"], 3)
        }
        assert counts[fingerprint(BIOS[0])] == 4


def test_a_standfirst_that_related_teasers_repeat_stays_in_its_own_column(tmp_path, site, expected):
    """Three columns end with a "More opinion" box that repeats two other columns'
    standfirsts, so the host learns those standfirsts as boilerplate. Each stays at the
    head of its own column, which also gives it as its meta description: archived in
    the same pass (cleaned again after learning) or fetched later (with the learned
    blocks removed before extraction)."""
    listed = [a for a in expected["articles"] if a["listed_on"] and not a["bios_inside"]]
    own, model, *boxes = listed[:5]
    later_path = "/opinion/2024/05/20/a-standfirst-of-its-own/"
    later_standfirst = (
        "A standfirst of its own, which the boxes at the end of three other columns "
        "repeat word for word."
    )
    later_first = (
        "This column was written after the others, and it begins with a paragraph that "
        "no other column on the site has ever printed."
    )
    page = fixture_page(site, own["path"])
    first = own["paragraphs"][0]
    site.put(own["path"], page.replace(first, f"{own['standfirst']}</p><p>{first}", 1))
    later = re.sub(r'<link rel="canonical"[^>]*>', "", fixture_page(site, model["path"]))
    later = re.sub(r'<meta[^>]*description"[^>]*>|"description": "[^"]*",', "", later)
    later = later.replace("<head>", f'<head><meta name="description" content="{later_standfirst}">')
    first = model["paragraphs"][0]
    later = later.replace(first, f"{later_standfirst}</p><p>{later_first}", 1)
    site.put(later_path, later)
    for article in boxes:
        box = (
            '<div class="more"><h3>More opinion</h3>'
            f'<p><a href="{own["path"]}">{own["title"]}</a></p><p>{own["standfirst"]}</p>'
            f'<p><a href="{later_path}">A later column</a></p><p>{later_standfirst}</p></div>'
        )
        page = fixture_page(site, article["path"])
        end = page.index("</p>", page.index(article["closing_line"][:20])) + len("</p>")
        site.put(article["path"], page[:end] + box + page[end:])  # after its last paragraph
    config_path = write_config(tmp_path, site.origin, max_index_pages=4)
    run_pass(config_path)
    code, out, err = byline(config_path, "fetch", site.url(later_path))
    assert code == 0, out + err

    from byline.index import Index

    with Index(tmp_path / "archive" / "index.sqlite") as index:
        learned = index.blocks.boilerplate(host_key(site.origin), 3)
    assert fingerprint(own["standfirst"]) in learned  # what the test is about
    assert fingerprint(later_standfirst) in learned
    archived = records(tmp_path)
    assert archived[own["path"]]["text"].startswith(own["standfirst"] + "\n\n")
    assert all(p in archived[own["path"]]["text"] for p in own["paragraphs"])
    assert archived[later_path]["text"].startswith(later_standfirst + "\n\n" + later_first)
    for article in boxes:
        text = archived[article["path"]]["text"]
        assert own["standfirst"] not in text and later_standfirst not in text
        assert text.endswith(article["closing_line"])
