"""Discovery on the fixture sites: recall, precision and requests, per template.

Each template of `tests/sites/discovery/` is served on 127.0.0.1 and given to
byline as a config naming only its listing page(s), no selector. A dry run
(`byline discover`'s) gives the links a pass would take, scored against the
template's truth; then one real pass (`byline run`) counts the requests it
makes: listing pages, feeds, articles, robots.txt. Held-out templates (built
after the rules, never tuned on) are reported apart.

    python bench/discovery.py [--verbose] [TEMPLATE ...]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from discovery_sites import Template, load, score, settings_for, templates

from byline.pipeline import PassStats, Pipeline


async def measure(template: Template, verbose: bool) -> dict[str, object]:
    with template.server() as server, tempfile.TemporaryDirectory() as root:
        settings = settings_for(template, server.origin, root)
        source = settings.sources[0]
        async with Pipeline(settings, workers=2) as pipeline:
            found = await pipeline.explore(source, PassStats(source.name), dry_run=True)
        result, missed, extra = score(template, server.origin, found.candidates)
        server.reset_hits()
        async with Pipeline(settings, workers=2) as pipeline:
            stats = await pipeline.run_source(source)
        requests = sum(server.hits.values())
        robots = server.hits_for("/robots.txt")
        articles = requests - stats.pages - robots
    if verbose:
        for path in sorted(missed):
            print(f"    missed  {path}")
        for path in sorted(extra):
            print(f"    extra   {path}")
    return {
        "template": template.name,
        "held_out": template.held_out,
        "score": result,
        "pages": stats.pages,
        "articles": articles,
        "robots": robots,
        "requests": requests,
    }


def table(rows: list[dict[str, object]], title: str) -> None:
    print(f"\n{title}")
    print(
        f"{'template':22} {'columns':>7} {'found':>5} {'taken':>5} {'recall':>6} {'prec.':>6}"
        f" {'requests':>8} (pages+feeds, articles, robots)"
    )
    found = truth = taken = requests = 0
    for row in rows:
        s = row["score"]
        print(
            f"{row['template']:22} {s.truth:7} {s.found:5} {s.taken:5} {s.recall:6.3f}"
            f" {s.precision:6.3f} {row['requests']:8} ({row['pages']}, {row['articles']},"
            f" {row['robots']})"
        )
        found, truth, taken = found + s.found, truth + s.truth, taken + s.taken
        requests += row["requests"]
    if rows:
        print(
            f"{'overall':22} {truth:7} {found:5} {taken:5} {found / truth:6.3f}"
            f" {found / max(taken, 1):6.3f} {requests:8}"
        )
        worst = min(rows, key=lambda r: r["score"].recall)
        print(f"lowest recall: {worst['template']} {worst['score'].recall:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and extra links")
    parser.add_argument(
        "--tuning", action="store_true", help="only the templates that are not held out"
    )
    args = parser.parse_args()
    chosen = [load(n) for n in args.names] or templates(held_out=False if args.tuning else None)
    rows = []
    for template in chosen:
        if args.verbose:
            print(template.name)
        rows.append(asyncio.run(measure(template, args.verbose)))
    print("discovery: listing page(s) only in the config, no selector")
    table([r for r in rows if not r["held_out"]], "templates tuned on")
    table([r for r in rows if r["held_out"]], "held-out templates (scored, never tuned on)")


if __name__ == "__main__":
    main()
