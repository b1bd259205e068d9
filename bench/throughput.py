"""`make bench`: end-to-end throughput, byline against trafilatura alone, on real pages.

The real saved pages of ../shared/pages (the demo site's where absent) are cycled
to N URLs (default 1,000), each copy's paragraphs marked with its number so every
URL is its own article, and served on 127.0.0.1 with no delay and a listing page
that links them all. Measured in one run, on the same URLs:

- byline: `run_sources` over the listing (discover, fetch, extract in the worker
  pool, clean, archive), `per_host_delay = 0`; pages per second, wall clock;
- trafilatura alone: a script that downloads with trafilatura's own fetcher in 4
  threads and extracts in its one process, with the metadata byline keeps (title,
  author, date) and without; pages per second;
- the 2-process ceiling: `extract_article` over the same pages, already in memory,
  in a pool of 2 processes; and byline's fraction of it;
- the size of `index.sqlite` per record archived;
- peak RSS of `byline run`'s process, and of its largest worker (sampled from
  /proc; the bench's own memory, pages and server included, is not counted).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from siteserver import SiteServer  # noqa: E402

from byline.extract import extract_article  # noqa: E402

SHARED_PAGES = REPO.parent / "shared" / "pages"


def originals() -> list[str]:
    files = sorted(SHARED_PAGES.glob("*.html")) if SHARED_PAGES.is_dir() else []
    if not files:
        files = sorted((REPO / "demo" / "site" / "opinion").glob("2*/*/*/*/index.html"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def build_site(root: Path, pages: list[str], count: int) -> list[str]:
    """`count` article pages cycled from `pages`, each made its own; their paths."""
    paths = []
    for number in range(count):
        page = re.sub(r"<p(\s|>)", rf"<p\1[{number}] ", pages[number % len(pages)], count=0)
        path = f"/opinion/column-{number}/"
        (root / path.strip("/")).mkdir(parents=True)
        (root / path.strip("/") / "index.html").write_text(page, encoding="utf-8")
        paths.append(path)
    links = "".join(f'<li><a href="{p}">Column {n}</a></li>' for n, p in enumerate(paths))
    (root / "opinion" / "index.html").write_text(
        f"<html><body><main><h2>Columns</h2><ul>{links}</ul></main></body></html>",
        encoding="utf-8",
    )
    return paths


def bench_config(folder: Path, origin: str, name: str) -> Path:
    """`folder/config.toml`: one source over the listing at `origin`/opinion/, no delay
    between requests, the archive in `folder/archive`."""
    path = folder / "config.toml"
    path.write_text(
        f"""[archive]
root = "{folder}/archive"
[fetch]
per_host_delay = 0
per_host_concurrency = 8
concurrency = 16
allow_private_networks = true
respect_robots = false
[[sources]]
name = "{name}"
pages = ["{origin}/opinion/"]
max_index_pages = 1
link_selector = "main li a"
""",
        encoding="utf-8",
    )
    return path


def byline_pass(folder: Path, origin: str, count: int) -> tuple[float, float]:
    """`byline run` over the listing: pages per second, and index KB per record."""
    path = bench_config(folder, origin, "bench")
    began = time.perf_counter()
    ran = subprocess.run(
        [sys.executable, "-m", "byline", "--config", str(path), "run"],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - began
    found = re.search(r"(\d+) new articles, (\d+) failures(?:, (\d+) alias)?", ran.stdout)
    if ran.returncode != 0 or not found:
        raise SystemExit(f"bench: byline run failed: {ran.stdout}{ran.stderr}")
    new, failed, aliases = (int(g or 0) for g in found.groups())
    if new + failed + aliases < count:
        raise SystemExit(f"bench: the pass settled {new + failed + aliases} of {count} pages")
    index = (folder / "archive" / "index.sqlite").stat().st_size / 1024
    print(f"  (byline archived {new}, {aliases} aliases, {failed} failed)")
    return count / took, index / max(new, 1)


ALONE = """
import sys, time
from concurrent.futures import ThreadPoolExecutor
import trafilatura
from trafilatura.settings import use_config
config = use_config()
config.set("DEFAULT", "SSRF_PROTECTION", "off")  # the bench's server is on 127.0.0.1
urls = open(sys.argv[1]).read().split()
metadata = sys.argv[2] == "metadata"
began = time.perf_counter()
extracted = 0
with ThreadPoolExecutor(4) as pool:
    for html in pool.map(lambda url: trafilatura.fetch_url(url, config=config), urls):
        if html and trafilatura.extract(html, with_metadata=metadata):
            extracted += 1
print(len(urls) / (time.perf_counter() - began), extracted)
"""


def trafilatura_alone(folder: Path, urls: list[str], metadata: bool) -> float:
    """The script, in its own process as byline's run is (the server is in this one);
    with `metadata`, it extracts title, author and date too, as byline does."""
    listed = folder / "urls.txt"
    listed.write_text("\n".join(urls), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-c", ALONE, str(listed), "metadata" if metadata else "text"],
        capture_output=True,
        text=True,
        check=True,
    )
    rate, extracted = ran.stdout.split()
    if int(extracted) < len(urls) * 0.9:  # a figure over failed downloads would mean nothing
        raise SystemExit(f"bench: trafilatura alone extracted {extracted} of {len(urls)}")
    return float(rate)


def ceiling(pages: list[str]) -> float:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["byline.extract"])
    urls = [f"https://bench.example/{n}" for n in range(len(pages))]
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        list(pool.map(extract_article, pages[:4], urls[:4]))  # warm up
        began = time.perf_counter()
        list(pool.map(extract_article, pages, urls, chunksize=8))
        return len(pages) / (time.perf_counter() - began)


class Descendants:
    """The peak RSS (VmHWM) of this process's descendants, sampled from /proc while it
    runs: the pool's workers are the forkserver's children, not ours."""

    def __init__(self) -> None:
        self.peak: dict[int, int] = {}
        self.first = 0  # the child running `byline`
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            parents = {}
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                    parents[int(stat.parent.name)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
            mine = {os.getpid()}
            children = sorted(pid for pid, parent in parents.items() if parent == os.getpid())
            if not self.first:  # `byline run`, not a forkserver this process left behind
                self.first = next((pid for pid in children if _is_byline(pid)), 0)
            for _ in range(4):  # children, grandchildren, ...
                mine |= {pid for pid, parent in parents.items() if parent in mine}
            for pid in mine - {os.getpid()}:
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                found = re.search(r"VmHWM:\s+(\d+) kB", status)
                if found:
                    self.peak[pid] = max(self.peak.get(pid, 0), int(found.group(1)))


def _is_byline(pid: int) -> bool:
    """Whether the process runs `python -m byline` (a forkserver names byline's modules
    among its preloads, so the word alone is not enough)."""
    try:
        return b"\0-m\0byline\0" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def measure(count: int = 1000) -> dict[str, float]:
    """The figures `main` prints (and `bench/table.py`, in `make bench`'s one table)."""
    with tempfile.TemporaryDirectory(prefix="byline-bench-e2e-") as tmp:
        folder = Path(tmp)
        site = folder / "site"
        paths = build_site(site, originals(), count)
        served = [(site / p.strip("/") / "index.html").read_text(encoding="utf-8") for p in paths]
        size = sum(len(p) for p in served) / count / 1000
        print(f"  ({count} pages cycled from {len(originals())} real ones, {size:.0f} KB each)")
        with SiteServer(site) as server:
            urls = [server.url(p) for p in paths]
            alone = trafilatura_alone(folder, urls, metadata=True)
            text_only = trafilatura_alone(folder, urls, metadata=False)
            with Descendants() as processes:
                ours, index_kb = byline_pass(folder, server.origin, count)
        top = ceiling(served)
    workers = [kb for pid, kb in processes.peak.items() if pid != processes.first]
    return {
        "pages": count,
        "byline": ours,
        "alone": alone,
        "text_only": text_only,
        "ceiling": top,
        "main_rss": processes.peak.get(processes.first, 0) / 1024,
        "worker_rss": max(workers, default=0) / 1024,
        "index_kb_per_record": index_kb,
    }


def main() -> None:
    figures = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    ours = figures["byline"]
    print(f"{'':<36}{'pages/s':>9}")
    print(f"{'byline run (end to end)':<36}{ours:>9.1f}")
    for label, key in (("with metadata", "alone"), ("text only", "text_only")):
        rate = figures[key]
        print(f"{'trafilatura alone, ' + label:<36}{rate:>9.1f}   byline / it: {ours / rate:.2f}")
    top = figures["ceiling"]
    print(f"{'extraction ceiling, 2 processes':<36}{top:>9.1f}   byline / it: {ours / top:.0%}")
    print(
        f"peak RSS: main process {figures['main_rss']:.0f} MB;"
        f" largest worker {figures['worker_rss']:.0f} MB;"
        f" index.sqlite {figures['index_kb_per_record']:.1f} KB per record"
    )


if __name__ == "__main__":
    main()
