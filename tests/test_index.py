"""The index on a real SQLite file: transactions, migrations, latest revisions."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import make_record as record

from byline.errors import BylineError
from byline.index import SCHEMA_VERSION, Index, PassRow
from byline.index.db import MIGRATIONS
from byline.models import Filters, Record


def make_record(record_id: str, revision: int, text_hash: str) -> Record:
    return record(
        id=record_id,
        url=f"https://paper.example/{record_id}",
        revision=revision,
        text=f"text {text_hash}",
        text_sha256=text_hash,
        path=f"2026/05/01/paper/a--{record_id}.json",
    )


def states(index: Index) -> dict[str, str]:
    return {r["url"]: r["state"] for r in index.db.execute("SELECT url, state FROM urls")}


def test_a_transaction_that_raises_leaves_nothing(tmp_path):
    with Index(tmp_path / "index.sqlite") as index:
        with pytest.raises(RuntimeError), index.transaction():
            index.frontier.add_pending(["https://paper.example/a"], "columns")
            index.records.add(make_record("a1", 1, "h1"))
            raise RuntimeError("crash between two writes")
        assert states(index) == {}
        assert index.records.for_url("https://paper.example/a") is None
    with Index(tmp_path / "index.sqlite") as again:  # and nothing reached the file
        assert states(again) == {}


def test_an_inner_block_that_raises_undoes_only_its_own_writes(tmp_path):
    with Index(tmp_path / "index.sqlite") as index:
        with index.transaction():
            index.frontier.add_pending(["https://paper.example/kept"], "columns")
            with pytest.raises(RuntimeError), index.transaction():
                index.frontier.add_pending(["https://paper.example/undone"], "columns")
                raise RuntimeError
        assert states(index) == {"https://paper.example/kept": "pending"}


def test_learning_a_page_of_blocks_is_all_or_nothing(tmp_path):
    """A failure on the second block leaves no trace of the first: no occurrence
    counted without its article, nor an article without its count."""
    with Index(tmp_path / "index.sqlite") as index:
        good = {"f1": "A paragraph that every article of the host carries at its end."}
        index.blocks.learn("paper.example", "article-1", "Ada", {**good, "f2": "x" * 50}, 3)
        broken: dict[str, str] = {**good, "f2": None}  # type: ignore[dict-item]
        with pytest.raises(TypeError):  # on f2, seen the second time: its text is kept
            index.blocks.learn("paper.example", "article-2", "Ada", broken, 3)
        assert index.db.execute("SELECT COUNT(*) FROM block_articles").fetchone()[0] == 0
        counts = dict(index.db.execute("SELECT fingerprint, articles FROM blocks").fetchall())
        assert counts == {"f1": 1, "f2": 1}
        assert index.blocks.generation("paper.example") == 0
        for article in ("article-2", "article-3", "article-3"):
            index.blocks.learn("paper.example", article, "Ada", good, 3)
        counts = dict(index.db.execute("SELECT fingerprint, articles FROM blocks").fetchall())
        assert counts == {"f1": 3, "f2": 1}  # article-3 again counts once
        assert index.blocks.boilerplate("paper.example", 3) == good
        assert index.blocks.generation("paper.example") == 1  # f1 reached 3 articles


def test_only_the_latest_revision_counts_as_the_archived_text(tmp_path):
    with Index(tmp_path / "index.sqlite") as index:
        index.records.add(make_record("a1", 1, "original"))
        index.records.add(make_record("a1", 2, "edited"))
        assert index.records.with_text("original") is None  # superseded
        latest = index.records.with_text("edited")
        assert latest is not None and latest.revision == 2
        assert index.records.latest("a1") == 2


def version_1_index(path) -> None:
    """An index as byline wrote it before migrations existed: schema 1, with rows."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute(
        "INSERT INTO passes (source, started_at, finished_at, new, result) "
        "VALUES ('columns', '2026-05-01T10:00:00.000Z', '2026-05-01T10:00:05.000Z', 4, 'ok')"
    )
    db.execute(
        "INSERT INTO urls (url, source, state, record_id, first_seen) "
        "VALUES ('https://paper.example/a', 'columns', 'archived', 'a1', '2026-05-01T10:00:00Z')"
    )
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()


def test_an_index_of_version_1_is_migrated_keeping_its_rows(tmp_path):
    path = tmp_path / "index.sqlite"
    version_1_index(path)
    with Index(path) as index:
        assert index.db.version == SCHEMA_VERSION == 6
        indexes = {row[0] for row in index.db.execute("SELECT name FROM sqlite_master")}
        assert "records_source_fetched" in indexes  # version 5's
        assert {"records_source_day", "records_source_id"} <= indexes  # version 6's
        assert "records_source_date" not in indexes
        (summary,) = index.summaries(["columns"])
        assert summary.last_result == "ok" and summary.last_new == 4
        assert summary.last_error is None
        assert index.frontier.state("https://paper.example/a") == "archived"
        pass_id = index.passes.start("columns")

        index.passes.finish(pass_id, PassRow(result="error", error="TypeError: boom"))
        (summary,) = index.summaries(["columns"])
        assert (summary.last_result, summary.last_error) == ("error", "TypeError: boom")
        names = {r[0] for r in index.db.execute("SELECT name FROM sqlite_master")}
        assert {"urls_record_id", "cleaned_hosts"} <= names
    with Index(path) as again:  # opening a current index changes nothing
        assert again.db.version == SCHEMA_VERSION


def test_a_version_1_index_gets_search_and_incremental_blocks_on_opening(tmp_path):
    """Records, blocks and their occurrences written before search and before blocks
    kept their own counts: opening migrates them, and both work on what was there."""
    path = tmp_path / "index.sqlite"
    version_1_index(path)
    db = sqlite3.connect(path)
    for revision, text in ((1, "En Bogotá el tranvía vuelve."), (2, "En Bogotá vuelve el metro.")):
        db.execute(
            "INSERT INTO records (id, revision, url, source, author, fetched_at, text, "
            "text_sha256, raw_sha256, http, extractor, path) VALUES ('00000000000a', ?, "
            "'https://paper.example/a', 'columns', 'Inés Peñalosa', '2026-05-01T10:00:00Z', ?, "
            "'x', 'y', '{}', '{}', 'p.json')",
            (revision, text),
        )
    bio = "Ada Quill writes about rivers, floods and the towns that line them."
    db.execute(
        "INSERT INTO blocks VALUES ('paper.example', 'bio', ?, 3, '2026-05-01', '2026-05-02')",
        (bio,),
    )
    db.execute(
        "INSERT INTO blocks VALUES ('paper.example', 'once', 'Seen once.', 1, '2026-05-01', "
        "'2026-05-01')"
    )
    for article, author in (("a1", "Ada Quill"), ("a2", "Bo Stone"), ("a3", None)):
        db.execute(
            "INSERT INTO block_articles VALUES ('paper.example', 'bio', ?, ?)", (article, author)
        )
    db.execute("INSERT INTO block_articles VALUES ('paper.example', 'once', 'a1', 'Ada Quill')")
    db.commit()
    db.close()
    with Index(path) as index:
        (hit,) = index.records.search.query("bogota metro")
        assert (hit.id, hit.revision) == ("00000000000a", 2)
        assert index.records.search.query("tranvia") == []  # only the latest revision
        (hit,) = index.records.search.query("bogota", Filters(author="penalosa"))
        assert hit.id == "00000000000a"
        assert index.blocks.boilerplate("paper.example", 3) == {"bio": bio}
        once = index.db.one("SELECT sample, first_article FROM blocks WHERE fingerprint = 'once'")
        assert (once["sample"], once["first_article"]) == ("", "a1")
        left = index.db.execute("SELECT fingerprint FROM block_articles").fetchall()
        assert {row[0] for row in left} == {"bio"}
        index.blocks.learn("paper.example", "a4", "Cy Wren", {"bio": bio}, 3)
        assert index.db.one("SELECT articles FROM blocks WHERE fingerprint = 'bio'")[0] == 4


def test_a_failed_migration_leaves_the_index_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "index.sqlite"
    version_1_index(path)
    from byline.index import db as db_module

    broken = (*MIGRATIONS[:1], (*MIGRATIONS[1], "ALTER TABLE no_such_table ADD COLUMN x"))
    monkeypatch.setattr(db_module, "MIGRATIONS", broken)
    with pytest.raises(BylineError, match="cannot use the index: no such table: no_such_table"):
        Index(path)
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = {row[1] for row in check.execute("PRAGMA table_info(passes)")}
    assert "error" not in columns  # the first statement of the step was undone too
    check.close()


def test_an_index_from_a_newer_byline_is_refused_untouched(tmp_path):
    path = tmp_path / "index.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(BylineError, match=rf"newer byline \(index version {SCHEMA_VERSION + 1}"):
        Index(path)
    check = sqlite3.connect(path)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"future"}
    check.close()


def test_a_url_failing_for_ever_waits_at_most_a_year(tmp_path):
    """The wait doubles per failed pass; at 1000 allowed failures it would overflow any
    date, so it stops at MAX_WAIT."""
    from datetime import UTC, datetime, timedelta

    url = "https://paper.example/a"
    with Index(tmp_path / "index.sqlite") as index:
        for _ in range(70):
            state = index.frontier.mark_failed(url, "columns", "http-status: HTTP 500", 1e6, 1000)
        assert state == "failed"
        (next_try,) = index.db.execute("SELECT next_try FROM urls").fetchone()
    waited = datetime.fromisoformat(next_try) - datetime.now(UTC)
    assert timedelta(days=365) < waited <= timedelta(days=366)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_index_is_one_line_naming_it(tmp_path, damage):
    path = tmp_path / "index.sqlite"
    if damage == "garbage":
        path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    else:
        with Index(path) as index:
            for n in range(200):
                index.frontier.add_pending([f"https://paper.example/{n}"], "columns")
            index.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(BylineError) as info, Index(path) as index:
        index.frontier.due("columns")
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\\n" not in message
    assert "`byline reindex` rebuilds it" in message


def test_an_index_where_a_file_blocks_its_folder_is_one_line(tmp_path):
    (tmp_path / "archive").write_text("a file where the archive's folder should be")
    path = tmp_path / "archive" / "index.sqlite"
    with pytest.raises(BylineError) as info:
        Index(path)
    assert str(info.value).startswith(f"{path}: cannot open the index: ")


def test_a_page_of_thousands_of_paragraphs_is_learned_from(tmp_path):
    """More blocks than SQLite takes variables in one statement: asked in batches."""
    with Index(tmp_path / "index.sqlite") as index:
        page = {f"f{n}": f"Paragraph {n} of a very long page." for n in range(40_000)}
        index.blocks.learn("paper.example", "a1", None, page, 3)
        index.blocks.learn("paper.example", "a2", None, page, 3)
        assert index.blocks.counts("paper.example", ["f0", "f39999", "nope"]) == {
            "f0": 2,
            "f39999": 2,
            "nope": 0,
        }


def test_a_source_s_recent_urls_are_its_latest_first_archived(tmp_path):
    """What a source's URL shape is learned from: its latest records, each once (a
    revision is not a new column), newest first, however many it holds."""
    from byline.archive import record_id

    with Index(tmp_path / "index.sqlite") as index, index.transaction():
        for n in range(6):
            url = f"https://paper.example/opinion/{n}/"
            fetched = f"2026-01-0{n + 1}T00:00:00Z"
            index.records.add(record(id=record_id(url), url=url, fetched_at=fetched))
        old = "https://paper.example/opinion/0/"
        index.records.add(
            record(id=record_id(old), url=old, revision=2, fetched_at="2026-02-01T00:00:00Z")
        )
        index.records.add(record(id="b" * 12, url="https://other.example/x/", source="other"))
        assert index.records.recent_urls("paper", 3) == [
            "https://paper.example/opinion/5/",
            "https://paper.example/opinion/4/",
            "https://paper.example/opinion/3/",
        ]
        assert len(index.records.recent_urls("paper", 100)) == 6


def test_a_source_s_newest_page_and_its_total_come_from_indexes(tmp_path):
    """The reading room's page of a source: newest first, each record once with its
    latest revision, the total counting records (not revisions), and neither the page
    nor the total scanning the table or sorting all its rows."""
    with Index(tmp_path / "index.sqlite") as index:
        days = ["2024-05-01", "2024-05-03", None, "2024-05-02"]
        for n, day in enumerate(days):
            url = f"https://paper.example/{n}"
            index.records.add(
                record(
                    id=f"{n:012x}",
                    url=url,
                    date=day,
                    path=f"p{n}",
                    fetched_at="2024-05-04T00:00:00Z",
                )
            )
        index.records.add(
            record(
                id=f"{1:012x}",
                url="https://paper.example/1",
                revision=2,
                date="2024-05-03",
                path="p1b",
                fetched_at="2024-05-05T00:00:00Z",
            )
        )
        index.records.add(
            record(id="f" * 12, url="https://other.example/x", source="other", path="q")
        )
        plans: list[str] = []
        statements: list[str] = []
        index.db._db.set_trace_callback(statements.append)
        page, total = index.records.newest(Filters(source="paper"), 3, 0)
        index.db._db.set_trace_callback(None)
        assert [(r.id[-1], r.revision) for r in page] == [("2", 1), ("1", 2), ("3", 1)]
        assert total == 4
        rest, _ = index.records.newest(Filters(source="paper"), 3, 3)
        assert [(r.id[-1], r.revision) for r in rest] == [("0", 1)]
        for sql in statements:
            plans += [row[3] for row in index.db.execute("EXPLAIN QUERY PLAN " + sql)]
        assert "SEARCH r USING INDEX records_source_day (source=?)" in plans  # the page
        assert "SEARCH r USING COVERING INDEX records_source_id (source=?)" in plans  # total
        assert not [p for p in plans if p.startswith("SCAN r") or "count(DISTINCT)" in p]
