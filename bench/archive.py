"""`make bench`: reading a large archive. Figures printed, never asserted.

Generates an archive of N records (default 50,000; `python bench/archive.py N`):
five sources on five hosts, 60 columnists, dates over three years, texts of
~600 words drawn from a Zipf-distributed vocabulary (some words accented), a
raw page per record with a bio block. The files are written as byline writes
them (`Archive.write`, one fsync per file skipped to keep the set-up short)
and the index filled through `Index.records.add`, as passes would.

Then, on that archive, timed:
- `search`: 300 queries of every shape (words found in nearly every text, in
  one of ten, in one of a thousand; two words, a phrase, a prefix, OR, NOT,
  each filter), each the full `queries.search` a `byline search` makes (index
  opened, hits ranked, snippets cut, the total counted); p50, p95, max;
- the reading room: `byline serve` in its own process, each page over HTTP (the
  sources page, 200 column pages, a source's first and 40th page, 200 search pages
  of the same shapes): p50, p95, max, and the server's peak RSS;
- `list` of one author, `stats`, `verify` of the whole archive;
- `reindex`: the index deleted and rebuilt from the files (boilerplate learned
  again from 200 pages per host included).
The page cache is warm (the files were just written); a cold cache is slower.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from helpers import reading_room_process  # noqa: E402

from byline import archive as archive_module  # noqa: E402
from byline import config, pipeline, queries  # noqa: E402
from byline.archive import Archive, record_id, sha256  # noqa: E402
from byline.index import Index  # noqa: E402
from byline.models import Filters, Record  # noqa: E402

HOSTS = [
    "ledger.example",
    "courier.example",
    "gazette.example",
    "tribune.example",
    "diario.example",
]
ACCENTED = ["Bogotá", "alcaldía", "tranvía", "Peñalosa", "café", "naïve", "São", "Zürich"]
SEED = 20261202


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "city", "bus"]
    words += ["election", "elections", "harbour", "council", "school", "river", "budget"]
    words += ACCENTED
    while len(words) < 30_000:
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(3, 10))))
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    return words, cumulative


def make_text(rng: random.Random, words: list[str], weights: list[float]) -> str:
    paragraphs = []
    for _ in range(rng.randint(6, 10)):
        sentence = rng.choices(words, cum_weights=weights, k=rng.randint(55, 85))
        paragraphs.append(" ".join(sentence).capitalize() + ".")
    return "\n\n".join(paragraphs)


def page(title: str, author: str, text: str, bio: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f"<html><head><title>{title}</title><meta name='author' content='{author}'></head>"
        f"<body><article><h1>{title}</h1>{body}<p>{bio}</p></article></body></html>"
    ).encode()


def generate(root: Path, count: int) -> None:
    rng = random.Random(SEED)
    words, weights = vocabulary(rng)
    authors = [f"{rng.choice(words).title()} {rng.choice(words).title()}" for _ in range(60)]
    archive = Archive(root)
    began = time.perf_counter()
    with mock.patch.object(archive_module.os, "fsync"), Index(root / "index.sqlite") as index:
        for start in range(0, count, 1000):
            with index.transaction():
                for number in range(start, min(count, start + 1000)):
                    host = HOSTS[number % len(HOSTS)]
                    author = authors[number % len(authors)]
                    text = make_text(rng, words, weights)
                    url = f"https://{host}/opinion/{number}/"
                    day = 1 + (number * 7919) % 1095
                    date = time.strftime("%Y-%m-%d", time.gmtime(1_640_995_200 + day * 86400))
                    title = " ".join(rng.choices(words[:3000], k=6)).title()
                    raw = page(title, author, text, f"{author} writes for {host}.")
                    record = Record(
                        id=record_id(url),
                        url=url,
                        canonical_url=url,
                        source=host.split(".")[0],
                        title=title,
                        author=author,
                        date=date,
                        fetched_at=f"{date}T12:00:00Z",
                        language="en",
                        text=text,
                        text_sha256=sha256(text),
                        raw_sha256=sha256(raw),
                        revision=1,
                        http={"status": 200, "etag": None, "last_modified": None},
                        extractor={"name": "trafilatura", "version": "bench"},
                        path="",
                    )
                    archive.write(record, raw)
                    index.records.add(record)
                    index.frontier.mark_archived(url, record.source, record.id)
    took = time.perf_counter() - began
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6
    index_size = (root / "index.sqlite").stat().st_size / 1e6
    print(
        f"generated {count:,} records in {took:.0f} s: {size:,.0f} MB on disk, index {index_size:,.0f} MB"
    )


def settings_for(root: Path) -> object:
    folder = root.parent
    sources = "".join(
        f'[[sources]]\nname = "{h.split(".")[0]}"\npages = ["https://{h}/opinion/"]\n\n'
        for h in HOSTS
    )
    (folder / "config.toml").write_text(f'[archive]\nroot = "{root}"\n\n{sources}')
    return config.load(str(folder / "config.toml"))


def queries_to_time(rng: random.Random) -> list[tuple[str, Filters]]:
    words, _ = vocabulary(random.Random(SEED))  # the vocabulary the texts were drawn from
    common, middling, rare = words[300], words[3000], words[25000]
    shapes = [
        (common, Filters()),
        (middling, Filters()),
        (rare, Filters()),
        (f"{middling} {common}", Filters()),
        (f"{rare[:4]}*", Filters()),
        ("the", Filters()),
        ("city", Filters()),
        ("bogota", Filters()),
        ("election", Filters()),
        ("harbour council", Filters()),
        ('"the city"', Filters()),
        ("elect*", Filters()),
        ("river OR budget", Filters()),
        ("school NOT bus", Filters()),
        ("council", Filters(source="ledger")),
        ("budget", Filters(since="2023-01-01", until="2023-06-30")),
        ("harbour", Filters(author="a")),
    ]
    return [rng.choice(shapes) for _ in range(300)]


def timed(label: str, action) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    result = action()
    took = time.perf_counter() - began
    print(f"{label:<34} {took:8.2f} s  {result}")
    return took


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    folder = Path(tempfile.mkdtemp(prefix="byline-bench-archive-", dir=os.environ.get("BENCH_DIR")))
    root = folder / "archive"
    try:
        generate(root, count)
        settings = settings_for(root)
        rng = random.Random(SEED)
        times = []
        for query, filters in queries_to_time(rng):
            began = time.perf_counter()
            queries.search(settings, query, filters, 20)
            times.append((time.perf_counter() - began) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"search, {len(times)} queries:             p50 {statistics.median(times):6.1f} ms"
            f"  p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms"
        )
        reading_room(settings, queries_to_time(random.Random(SEED + 1)))
        timed("list --author (one of 60)", lambda: _listed(settings, root))
        timed("stats", lambda: f"{queries.archive_stats(settings)['records']:,} records")
        timed("verify", lambda: _verified(settings))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{root}/index.sqlite{suffix}").unlink(missing_ok=True)
        timed("reindex (and relearn)", lambda: _reindexed(settings))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def reading_room(settings, searches: list[tuple[str, Filters]]) -> None:  # type: ignore[no-untyped-def]
    """`byline serve` in its own process over the archive: each page's time over HTTP
    (p50, p95, max), and the server's peak RSS."""
    import re

    import httpx

    with reading_room_process(Path(settings.config_path)) as (address, server):
        with Index(Path(settings.archive_root) / "index.sqlite") as index:
            ids = [
                row[0]
                for row in index.db.execute("SELECT id FROM records ORDER BY random() LIMIT 200")
            ]
        pages = {
            "sources page (/)": ["/"] * 30,
            "column page": [f"/columns/{i}" for i in ids],
            "a source's columns, page 1": ["/sources/ledger"] * 15 + ["/sources/diario"] * 15,
            "a source's columns, page 40": ["/sources/ledger?page=40"] * 30,
            "search page": [
                "/search?" + httpx.QueryParams({"q": q, **_params(f)}).__str__()
                for q, f in searches[:200]
            ],
        }
        with httpx.Client(base_url=address, timeout=60) as client:
            client.get("/")  # the first request opens the thread's connection
            for label, urls in pages.items():
                times = []
                for url in urls:
                    began = time.perf_counter()
                    answer = client.get(url)
                    times.append((time.perf_counter() - began) * 1000)
                    if answer.status_code != 200:
                        raise SystemExit(f"bench: {url} answered {answer.status_code}")
                times.sort()
                p95 = times[max(0, int(len(times) * 0.95) - 1)]
                print(
                    f"serve: {label + ',':<28} {len(times):>3}: p50 {statistics.median(times):6.1f} ms"
                    f"  p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms"
                )
        status = Path(f"/proc/{server.pid}/status").read_text()
        peak = re.search(r"VmHWM:\s+(\d+) kB", status)
        print(f"serve: peak RSS of the server {int(peak.group(1)) / 1024 if peak else 0:.0f} MB")


def _params(filters: Filters) -> dict[str, str]:
    return {k: v for k, v in vars(filters).items() if v}


def _listed(settings, root: Path) -> str:  # type: ignore[no-untyped-def]
    with Index(root / "index.sqlite") as index:
        author = next(iter(index.records.all())).author or ""
    listed = sum(1 for _ in queries.records(settings, Filters(author=author)))
    return f"{listed:,} records"


def _verified(settings) -> str:  # type: ignore[no-untyped-def]
    report = queries.check_archive(settings)
    return f"{report.records:,} records, {len(report.findings)} findings"


def _reindexed(settings) -> str:  # type: ignore[no-untyped-def]
    done = asyncio.run(pipeline.reindex_now(settings))
    return (
        f"{done.articles:,} records, boilerplate from {done.relearned} pages of {done.hosts} hosts"
    )


if __name__ == "__main__":
    main()
