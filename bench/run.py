"""`make bench`: byline's speed and memory, printed as figures (never asserted in tests).

1. Extraction throughput: trafilatura through `extract_article` on real saved
   pages (../shared/pages when present, else the test fixture articles), in
   one process and through the process pool the pipeline uses.
2. A whole pass: a generated columnist site of N articles served on
   127.0.0.1, archived by `run_sources`; wall time, articles per second,
   peak memory of this process.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from siteserver import SiteServer  # noqa: E402

from byline import config, pipeline  # noqa: E402
from byline.extract import extract_article  # noqa: E402
from byline.workers import worker_count  # noqa: E402

SHARED_PAGES = REPO.parent / "shared" / "pages"
ARTICLES = 200


def sample_pages() -> list[tuple[str, str]]:
    if SHARED_PAGES.is_dir():
        files = sorted(SHARED_PAGES.glob("*.html"))
        label = f"{len(files)} saved real pages ({SHARED_PAGES})"
    else:
        files = sorted((REPO / "demo" / "site" / "opinion").glob("2*/*/*/*/index.html"))
        label = f"{len(files)} demo articles (../shared/pages not found)"
    print(f"pages: {label}")
    return [
        (f.read_text(encoding="utf-8", errors="replace"), f"https://bench.example/{f.stem}")
        for f in files
    ]


def bench_extraction(pages: list[tuple[str, str]]) -> None:
    size = sum(len(html) for html, _ in pages) / 1e6
    began = time.perf_counter()
    for html, url in pages:
        extract_article(html, url)
    serial = time.perf_counter() - began
    print(
        f"extraction, 1 process:   {len(pages) / serial:7.1f} pages/s  ({size / serial:5.2f} MB/s)"
    )
    workers = worker_count()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["byline.extract"])
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        list(pool.map(extract_article, *zip(*pages[:workers], strict=True)))  # warm up
        began = time.perf_counter()
        list(pool.map(extract_article, *zip(*pages, strict=True)))
        pooled = time.perf_counter() - began
    print(
        f"extraction, {workers} processes: {len(pages) / pooled:7.1f} pages/s  "
        f"({serial / pooled:.2f}x one process)"
    )


def build_site(root: Path, count: int) -> None:
    """A columnist site of `count` articles made from the demo site's pages."""
    sources = sorted((REPO / "demo" / "site" / "opinion").glob("2*/*/*/*/index.html"))
    teasers = []
    for number in range(count):
        template = sources[number % len(sources)].read_text(encoding="utf-8")
        slug = f"bench-column-number-{number}"
        page = re.sub(r"<p>", f"<p>[{number}] ", template)  # distinct text per article
        page = re.sub(r"<title>([^<]*)</title>", rf"<title>\1 ({number})</title>", page)
        path = root / "opinion" / "2025" / "06" / f"{1 + number % 28:02d}" / slug
        path.mkdir(parents=True)
        (path / "index.html").write_text(page, encoding="utf-8")
        teasers.append(
            f'<li><a href="/opinion/2025/06/{1 + number % 28:02d}/{slug}/">Column {number}</a></li>'
        )
    listing = root / "opinion" / "columnists"
    listing.mkdir(parents=True)
    (listing / "index.html").write_text(
        f"<html><body><main><ul>{''.join(teasers)}</ul></main></body></html>", encoding="utf-8"
    )


def bench_pass(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site, count)
        with SiteServer(site) as server:
            path = Path(tmp) / "config.toml"
            path.write_text(
                f"""[archive]
root = "{tmp}/archive"
[fetch]
per_host_delay = 0
per_host_concurrency = 8
concurrency = 16
allow_private_networks = true
[[sources]]
name = "bench"
pages = ["{server.origin}/opinion/columnists/"]
""",
                encoding="utf-8",
            )
            settings = config.load(path)
            began = time.perf_counter()
            stats = asyncio.run(pipeline.run_sources(settings))[0]
            first = time.perf_counter() - began
            began = time.perf_counter()
            again = asyncio.run(pipeline.run_sources(settings))[0]
            second = time.perf_counter() - began
    if stats.new != count:  # a figure over what was not archived would mean nothing
        raise SystemExit(f"bench: the pass archived {stats.new} of {count} articles")
    print(
        f"pass over {count} new articles: {first:6.2f} s  ({stats.new / first:6.1f} articles/s, {stats.failed} failed)"
    )
    print(f"second pass, nothing new:      {second:6.2f} s  ({again.new} new)")
    # Pool workers are the forkserver's children, not ours, so only this process is measured.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the main process: {own:.0f} MB")


def main() -> None:
    bench_extraction(sample_pages())
    bench_pass(ARTICLES)


if __name__ == "__main__":
    main()
