"""`make bench`: what a new column costs as a host's archive grows, in real passes.

One host on 127.0.0.1 serves small generated columns (~8 paragraphs of their own,
then a "Columnists" heading and the same bio, as a newspaper's pages carry) and a
listing page. At each archive size N (default 1k and 10k; `make bench-scale`
adds 100k):

- the archive is first grown to N - 1,000 columns of that host through the store's
  own path, in this process (learn the blocks, clean, index the record: what a
  pass does for a column in the main process, without the network and the files);
- then the listing links 1,000 new columns, and one real `byline run` (its own
  process, HTTP over a socket, the worker pool, the files) archives them: seconds
  per 1,000 new columns at N;
- then a second `byline run` finds nothing new: the unchanged pass at N
  (conditional requests only), and a third in this process (`run_sources`: the pass
  without starting Python and importing byline);
- the peak RSS of `byline run` and of its largest worker, and `index.sqlite`'s
  size per record.

`python bench/scale.py 1000 10000 100000` picks the sizes. `measure()` is what
`bench/table.py` prints in `make bench`'s one table.
"""

from __future__ import annotations

import asyncio
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from siteserver import SiteServer  # noqa: E402
from throughput import Descendants, bench_config  # noqa: E402

from byline import config, pipeline  # noqa: E402
from byline.archive import Archive, record_id, sha256  # noqa: E402
from byline.boilerplate import Boilerplate  # noqa: E402
from byline.index import Index  # noqa: E402
from byline.models import Article, Record  # noqa: E402
from byline.settings import Settings  # noqa: E402
from byline.stats import PassContext, PassStats  # noqa: E402
from byline.store import Store  # noqa: E402

BIO = (
    "Wren Halloway has written about courts and prisons for twenty years and once "
    "spent a winter as a night-shift warder."
)
AUTHORS = ["Ada Quill", "Bo Stone", "Cy Wren", "Dee Marsh", "Eli Frost"]
HEADING = "Columnists"
SEED = 20261202
STEP = 1000
_WORDS = random.Random(SEED)
WORDS = ["".join(_WORDS.choices("abcdefghijklmnopqrstuvwxyz", k=_WORDS.randint(3, 9))) for _ in range(5000)]  # fmt: skip


def paragraphs(number: int) -> list[str]:
    """Column `number`'s own paragraphs, the same every time they are asked for."""
    rng = random.Random(SEED + number)
    return [
        " ".join(rng.choices(WORDS, k=rng.randint(40, 70))).capitalize() + f" ({number}.{i})."
        for i in range(rng.randint(6, 10))
    ]


def page(number: int) -> str:
    author = AUTHORS[number % len(AUTHORS)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs(number))
    return (
        f"<html><head><title>Column {number}</title><meta name='author' content='{author}'>"
        "<meta property='article:published_time' content='2026-01-01'></head><body>"
        f"<article><h1>Column {number}</h1><p class='byline'>By {author}</p>{body}"
        f"<h3>{HEADING}</h3><p>{BIO}</p></article></body></html>"
    )


def serve(path: str) -> str | None:
    found = re.fullmatch(r"/opinion/column-(\d+)/", path)
    return page(int(found.group(1))) if found else None


def listing(first: int, last: int) -> str:
    links = "".join(
        f'<li><a href="/opinion/column-{n}/">Column {n}</a></li>' for n in range(first, last)
    )
    return f"<html><body><main><h2>Columns</h2><ul>{links}</ul></main></body></html>"


def grow(
    store: Store, index: Index, settings: Settings, origin: str, start: int, stop: int
) -> None:
    """Archive columns start..stop-1 of the host as the store does in a pass, in
    batches of 1,000 each ending with the re-clean a pass ends with."""
    source = settings.sources[0]
    for first in range(start, stop, STEP):
        ctx = PassContext(settings, source, None, PassStats(source.name))
        for number in range(first, min(first + STEP, stop)):
            url = f"{origin}/opinion/column-{number}/"
            text = "\n\n".join([*paragraphs(number), HEADING, BIO])
            author = AUTHORS[number % len(AUTHORS)]
            article = Article(text, f"Column {number}", author, "2026-01-01", "en", None, url, "x")
            cleaned = store.clean(ctx, url, article)
            record = Record(
                id=record_id(url),
                url=url,
                canonical_url=None,
                source=source.name,
                title=article.title,
                author=author,
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
                index.frontier.add_pending([url], source.name)
                index.frontier.mark_archived(url, source.name, record.id)
        asyncio.run(store.boilerplate.reclean(settings, ctx.hosts))


def byline_run(config_path: Path) -> tuple[float, str]:
    began = time.perf_counter()
    ran = subprocess.run(
        [sys.executable, "-m", "byline", "--config", str(config_path), "run"],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - began
    if ran.returncode != 0:
        raise SystemExit(f"bench: byline run failed: {ran.stdout}{ran.stderr}")
    return took, ran.stdout


def measure(sizes: list[int]) -> dict[str, Any]:
    """Per size: seconds per 1,000 new columns, the unchanged pass, index KB per
    record; and the peak RSS of `byline run` and its largest worker over all passes."""
    steps = []
    main_rss = worker_rss = 0.0
    with tempfile.TemporaryDirectory(prefix="byline-bench-scale-") as tmp:
        folder = Path(tmp)
        with SiteServer(None, fallback=serve) as site:
            config_path = bench_config(folder, site.origin, "scale")
            settings = config.load(str(config_path))
            root = folder / "archive"
            archive = Archive(root)
            archived = 0
            for size in sizes:
                with Index(root / "index.sqlite") as index:
                    store = Store(index, archive, Boilerplate(index, archive))
                    grow(store, index, settings, site.origin, archived, size - STEP)
                archived = max(archived, size - STEP)
                site.put("/opinion/", listing(archived, archived + STEP))
                with Descendants() as processes:
                    took, out = byline_run(config_path)
                with Descendants() as idle:
                    unchanged, again = byline_run(config_path)
                began = time.perf_counter()  # the same, without starting Python and importing
                asyncio.run(pipeline.run_sources(config.load(str(config_path))))
                in_process = time.perf_counter() - began
                found = re.search(r"(\d+) new articles", out)
                new = int(found.group(1)) if found else 0
                if new != STEP or "0 new articles" not in again:
                    raise SystemExit(f"bench: the passes did not settle:\n{out}\n{again}")
                archived += STEP
                for run in (processes, idle):
                    main_rss = max(main_rss, run.peak.get(run.first, 0) / 1024)
                workers = [kb for pid, kb in processes.peak.items() if pid != processes.first]
                worker_rss = max(worker_rss, max(workers, default=0) / 1024)
                index_kb = (root / "index.sqlite").stat().st_size / 1024 / archived
                steps.append(
                    {
                        "archived": archived,
                        "per_1000": took,
                        "unchanged": unchanged,
                        "unchanged_in_process": in_process,
                        "index_kb_per_record": index_kb,
                    }
                )
                print(
                    f"  ({archived:,} archived: 1,000 new in {took:.1f} s,"
                    f" unchanged pass {unchanged:.2f} s, {in_process:.2f} s in process)",
                    flush=True,
                )
            with Index(root / "index.sqlite") as index:
                with_bio = index.db.one(
                    "SELECT COUNT(*) AS n FROM search WHERE search MATCH ?", (f'"{BIO[:60]}"',)
                )
    return {
        "steps": steps,
        "main_rss": main_rss,
        "worker_rss": worker_rss,
        "with_bio": int(with_bio["n"]) if with_bio else -1,
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000]
    figures = measure(sizes)
    print(
        f"{'archived':>9}  {'s per 1,000 new':>15}  {'unchanged pass s':>16}  {'index KB/record':>15}"
    )
    for step in figures["steps"]:
        print(
            f"{step['archived']:>9,}  {step['per_1000']:>15.1f}  {step['unchanged']:>16.2f}"
            f"  {step['index_kb_per_record']:>15.1f}"
        )
    first, last = figures["steps"][0]["per_1000"], figures["steps"][-1]["per_1000"]
    print(
        f"last step / first: {last / first:.2f}; peak RSS main {figures['main_rss']:.0f} MB,"
        f" worker {figures['worker_rss']:.0f} MB; records holding the bio: {figures['with_bio']}"
    )


if __name__ == "__main__":
    main()
