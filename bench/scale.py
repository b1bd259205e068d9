"""`make bench`: what learning boilerplate costs per new column as a host's archive grows.

One host; each generated column is ~8 paragraphs of its own plus the same bio
block and a "Columnists" heading, as a newspaper's pages carry. Each column goes
through what the store does for it in the main process: learn its blocks, clean
its text with what the host has learned, and add its record to the index (one
transaction, as `Store.keep`); each step ends with the re-clean a pass ends with.
Printed: seconds per 1,000 new columns at each archive size, the last step's
ratio to the first, the index's size per 1,000 records, and the learned blocks.

`python bench/scale.py 1000 10000 50000` picks the sizes (default 1k, 10k, 30k).
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

from byline import config
from byline.archive import Archive, record_id, sha256
from byline.boilerplate import Boilerplate
from byline.index import Index
from byline.models import Article, Record
from byline.store import Store

HOST = "scale.example"
BIO = (
    "Wren Halloway has written about courts and prisons for twenty years and once "
    "spent a winter as a night-shift warder."
)
AUTHORS = ["Ada Quill", "Bo Stone", "Cy Wren", "Dee Marsh", "Eli Frost"]
HEADING = "Columnists"
SEED = 20261202


def column(rng: random.Random, number: int, words: list[str]) -> str:
    paragraphs = [
        " ".join(rng.choices(words, k=rng.randint(40, 70))).capitalize() + f" ({number}.{i})"
        for i in range(rng.randint(6, 10))
    ]
    return "\n\n".join([*paragraphs, HEADING, BIO])


def grow(store: Store, index: Index, settings, rng, words, start: int, stop: int) -> float:  # type: ignore[no-untyped-def]
    """Archive columns start..stop-1 as passes would; the seconds it took."""
    from byline.stats import PassContext, PassStats

    source = settings.sources[0]
    ctx = PassContext(settings, source, None, PassStats(source.name))
    began = time.perf_counter()
    for number in range(start, stop):
        url = f"https://{HOST}/opinion/{number}/"
        text = column(rng, number, words)
        author = AUTHORS[number % len(AUTHORS)]
        article = Article(text, f"Column {number}", author, "2026-01-01", "en", None, url, "x")
        cleaned = store.clean(ctx, url, article)
        record = Record(
            id=record_id(url),
            url=url,
            canonical_url=url,
            source=source.name,
            title=article.title,
            author=article.author,
            date=article.date,
            fetched_at="2026-01-01T00:00:00Z",
            language="en",
            text=cleaned,
            text_sha256=sha256(cleaned),
            raw_sha256=sha256(url),
            revision=1,
            http={"status": 200},
            extractor={"name": "bench"},
            path=f"2026/01/01/scale/{number}.json",
        )
        with index.transaction():
            index.records.add(record, sha256(text))
    asyncio.run(store.boilerplate.reclean(settings, ctx.hosts))
    return time.perf_counter() - began


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 30_000]
    folder = Path(tempfile.mkdtemp(prefix="byline-bench-scale-"))
    (folder / "config.toml").write_text(
        f'[archive]\nroot = "archive"\n\n[[sources]]\nname = "scale"\npages = ["https://{HOST}/"]\n'
    )
    settings = config.load(str(folder / "config.toml"))
    rng = random.Random(SEED)
    words = [
        "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 9))) for _ in range(5000)
    ]
    root = folder / "archive"
    archive = Archive(root)
    with Index(root / "index.sqlite") as index:
        store = Store(index, archive, Boilerplate(index, archive))
        print(f"{'archived':>9}  {'s per 1,000 new':>15}  {'index KB/record':>15}")
        archived = 0
        first = last = 0.0
        for size in sizes:
            if size - 1000 > archived:  # grow to just below the size, untimed
                grow(store, index, settings, rng, words, archived, size - 1000)
                archived = size - 1000
            took = grow(store, index, settings, rng, words, archived, archived + 1000)
            archived += 1000
            per_record = (root / "index.sqlite").stat().st_size / 1024 / archived
            print(f"{archived:>9,}  {took:>15.1f}  {per_record:>15.1f}")
            first = first or took
            last = took
        learned = index.blocks.boilerplate(HOST, settings.boilerplate.min_articles)
        with_bio = index.db.one("SELECT COUNT(*) AS n FROM records WHERE instr(text, ?)", (BIO,))
        print(
            f"last step / first step: {last / first:.2f}; learned blocks: {len(learned)};"
            f" records holding the bio: {with_bio['n'] if with_bio else '?'}"
        )


if __name__ == "__main__":
    main()
