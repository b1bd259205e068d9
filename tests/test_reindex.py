"""`byline reindex`: a deleted index rebuilt from the files alone; the next run fetches
no article again, and the archive exports and verifies exactly as before."""

from __future__ import annotations

import json
import re
import sqlite3

from helpers import EXCLUDE, byline, fixture_page, write_config


def export(config) -> list[dict]:
    ran = byline(config, "export", "--format", "jsonl", "--all-revisions")
    assert ran.returncode == 0, ran.stderr
    return sorted((json.loads(line) for line in ran.stdout.splitlines()), key=lambda r: r["path"])


def test_a_deleted_index_is_rebuilt_and_nothing_is_fetched_again(tmp_path, site, expected):
    config = write_config(
        tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4, recheck="5000d"
    )
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    # A second revision of one column, so revisions come back too.
    edited = next(a for a in expected["articles"] if a["listed_on"])
    page = fixture_page(site, edited["path"]).replace(
        edited["paragraphs"][1], "A corrected paragraph, after readers wrote in.", 1
    )
    site.put(edited["path"], page)
    assert byline(config, "run").returncode == 0
    before = export(config)
    assert any(r["revision"] == 2 for r in before)
    aliases = sum(len(r["aliases"]) for r in before if r["aliases"])
    assert aliases  # the fixture site's print copy

    for suffix in ("", "-wal", "-shm"):
        (root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    ran = byline(config, "reindex")
    assert ran.returncode == 0, ran.stderr
    articles = len({r["id"] for r in before})
    assert re.search(
        rf"rebuilt from the files: {articles} records, {len(before)} revisions, \d+ alias",
        ran.stdout,
    )
    after = export(config)
    assert after == before
    assert byline(config, "verify").returncode == 0

    site.reset_hits()
    again = byline(config, "run")
    assert again.returncode == 0, again.stderr
    assert " 0 new articles" in again.stdout
    # Only the recheck of archived columns asks for them (conditionally); nothing is
    # archived again, and no revision is made.
    assert export(config) == before


def test_reindex_keeps_the_old_index_and_leaves_out_what_does_not_parse(tmp_path, site):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    broken = sorted(root.rglob("*.json"))[0]
    broken.write_text("{not json")
    ran = byline(config, "reindex")
    assert ran.returncode == 0, ran.stderr
    assert f"the old index is kept as {root / 'index.sqlite.old'}" in ran.stdout
    assert f"{broken.relative_to(root)}: left out, it does not parse" in ran.stderr
    assert (root / "index.sqlite.old").is_file()
    assert not list(root.glob("index.sqlite.rebuilding*"))
    code, out, _ = byline(config, "verify")
    assert code == 1 and out.startswith(f"unknown: {broken.relative_to(root)}: not in the index")


def test_a_run_on_an_archive_whose_index_is_gone_asks_for_reindex(tmp_path, site):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    files = sorted(root.rglob("*.json"))
    for suffix in ("", "-wal", "-shm"):
        (root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    site.reset_hits()
    code, _, err = byline(config, "run")
    assert code == 1
    assert err.strip() == (
        f"byline: {root / 'index.sqlite'} is missing but the archive holds records: "
        "run `byline reindex` to rebuild it from the files first"
    )
    assert sum(site.hits.values()) == 0 and sorted(root.rglob("*.json")) == files
    assert byline(config, "reindex").returncode == 0
    again = byline(config, "run")
    assert again.returncode == 0 and " 0 new articles" in again.stdout


def test_a_damaged_index_is_replaced_by_reindex(tmp_path, site):
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    for suffix in ("-wal", "-shm"):
        (root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    (root / "index.sqlite").write_bytes(b"not a database at all\n" * 200)
    code, _, err = byline(config, "run")
    assert code == 1 and "`byline reindex` rebuilds it" in err and err.count("\n") == 1
    assert byline(config, "reindex").returncode == 0
    assert (root / "index.sqlite.old").read_bytes().startswith(b"not a database")
    again = byline(config, "run")
    assert again.returncode == 0 and " 0 new articles" in again.stdout
    assert byline(config, "verify").returncode == 0


def test_no_command_makes_an_empty_index_over_records(tmp_path, site):
    """Reading commands refuse a lost index too, and create none: else the next run
    would find an (empty) index and fetch every article again."""
    config = write_config(tmp_path, site.origin, exclude=EXCLUDE, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    for suffix in ("", "-wal", "-shm"):
        (root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    for command in (["sources"], ["verify"], ["export", "--format", "jsonl"]):
        code, _, err = byline(config, *command)
        assert code == 1 and "run `byline reindex`" in err, (command, err)
        assert not (root / "index.sqlite").exists(), command


def learned(root) -> dict[tuple[str, str], int]:
    """(host, block) -> articles, for the blocks seen on more than one article."""
    db = sqlite3.connect(root / "index.sqlite")
    rows = db.execute("SELECT host, fingerprint, articles FROM blocks WHERE articles > 1")
    found = {(host, block): n for host, block, n in rows}
    db.close()
    return found


def test_reindex_learns_the_boilerplate_again_from_the_stored_pages(tmp_path, site, expected):
    """No `exclude`: the bios were learned, and removed, by the passes. A rebuilt index
    knows them again from the raw pages, so a new column is archived without them."""
    config = write_config(tmp_path, site.origin, max_index_pages=4)
    root = tmp_path / "archive"
    assert byline(config, "run").returncode == 0
    before, texts = learned(root), export(config)
    assert len(before) >= 3  # the bios, at least
    for suffix in ("", "-wal", "-shm"):
        (root / f"index.sqlite{suffix}").unlink(missing_ok=True)
    ran = byline(config, "reindex")
    assert ran.returncode == 0, ran.stderr
    pages = len({r["id"] for r in texts})
    assert f"boilerplate learned again from {pages} stored pages of 1 host" in ran.stdout
    assert learned(root) == before
    _, out, _ = byline(config, "boilerplate", "columns")
    bio = next(s for s in expected["boilerplate_sentences"] if len(s) > 60)
    assert "│ yes " in next(line for line in out.splitlines() if bio[:25] in line)

    # A column published after the rebuild: its bios go at once.
    model = next(a for a in expected["articles"] if a["bios_inside"] and a["listed_on"])
    new_path = "/opinion/2024/05/20/a-column-after-the-rebuild/"
    page = (
        fixture_page(site, model["path"])
        .replace(model["path"], new_path)
        .replace(model["title"], "A column after the rebuild")
        .replace(model["paragraphs"][0], "A first paragraph no column had before the rebuild.")
    )
    site.put(new_path, page)
    assert byline(config, "fetch", site.url(new_path)).returncode == 0
    (record,) = [r for r in export(config) if r["url"].endswith(new_path)]
    for sentence in expected["boilerplate_sentences"]:
        assert sentence not in record["text"]
    old = {t["id"] for t in texts}
    assert [r for r in export(config) if r["id"] in old] == texts  # and no other changed
