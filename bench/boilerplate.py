"""`make bench`, part 2: bios inside the content container, plain trafilatura vs byline.

Takes the real saved pages in ../shared/pages, inserts the same block of
(invented) columnist bios right after the last paragraph of each article's
body, inside its container, serves them all from one host on 127.0.0.1 with a
listing page, and archives them with `byline run` (no `exclude`). Prints:

- the share of records with any bio sentence: plain trafilatura vs byline;
- the body kept: of the paragraphs plain trafilatura extracts from the page
  without bios, how many byline's record still holds.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import lxml.html
import trafilatura

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from siteserver import SiteServer  # noqa: E402

from byline import config, pipeline  # noqa: E402
from byline.archive import Archive  # noqa: E402

PAGES = REPO.parent / "shared" / "pages"
BIOS = [
    "Wren Halloway has written about courts and prisons for twenty years and once "
    "spent a winter as a night-shift warder.",
    "Teodor Brankovic is an economist who taught at three universities before "
    "deciding that newspapers paid better attention.",
    "Maud Okonjo-Lewis reports on schools and childcare and chairs the governors of a "
    "primary school in her village.",
    "Ilse Marchetti writes about science and medicine; she trained as a vet and still "
    "keeps bees on her allotment.",
    "Rafferty Sloane covers sport, mostly the lower leagues, and is banned from two "
    "grounds for reasons he will not discuss.",
]


def with_bios(html: str) -> tuple[str, list[str]] | None:
    """The page with the bios after the last paragraph of its body, and the body's
    paragraphs as plain trafilatura extracts them from the page without bios."""
    plain = trafilatura.extract(html, include_comments=False)
    if not plain or len(plain) < 400:
        return None
    paragraphs = [p.strip() for p in plain.splitlines() if len(p.strip()) >= 40]
    tree = lxml.html.document_fromstring(html)
    last = None
    for p in tree.iter("p"):
        text = " ".join(p.text_content().split())
        if text and any(text[:60] in " ".join(par.split()) for par in paragraphs[-3:]):
            last = p
    if last is None:
        return None
    block = lxml.html.fragment_fromstring(
        '<div class="columnists"><h3>Columnists</h3>'
        + "".join(f"<p>{bio}</p>" for bio in BIOS)
        + "</div>"
    )
    last.addnext(block)
    return lxml.html.tostring(tree, encoding="unicode"), paragraphs


def main() -> None:
    if not PAGES.is_dir():
        print(f"boilerplate bench skipped: {PAGES} not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        links, bodies, plain_leaks = [], {}, 0
        for number, file in enumerate(sorted(PAGES.glob("*.html"))):
            made = with_bios(file.read_text(encoding="utf-8", errors="replace"))
            if made is None:
                continue
            html, paragraphs = made
            path = f"/opinion/2025/07/{1 + number % 28:02d}/column-number-{number}-{file.stem.replace('.', '-')}/"
            (site / path.strip("/")).mkdir(parents=True)
            (site / path.strip("/") / "index.html").write_text(html, encoding="utf-8")
            links.append(f'<li><a href="{path}">Column {number}</a></li>')
            bodies[path] = paragraphs
            extracted = trafilatura.extract(html, include_comments=False) or ""
            plain_leaks += any(bio[:50] in " ".join(extracted.split()) for bio in BIOS)
        listing = site / "opinion" / "columnists"
        listing.mkdir(parents=True)
        (listing / "index.html").write_text(
            f"<html><body><main><ul>{''.join(links)}</ul></main></body></html>", encoding="utf-8"
        )
        with SiteServer(site) as server:
            cfg = Path(tmp) / "config.toml"
            cfg.write_text(
                f"""[archive]
root = "{tmp}/archive"
[fetch]
per_host_delay = 0
per_host_concurrency = 8
allow_private_networks = true
[[sources]]
name = "bench"
pages = ["{server.origin}/opinion/columnists/"]
""",
                encoding="utf-8",
            )
            stats = asyncio.run(pipeline.run_sources(config.load(cfg)))[0]
        records = {r.url.split(server.origin, 1)[1]: r for r in Archive(f"{tmp}/archive").records()}
        leaks = sum(any(bio[:50] in r.text for bio in BIOS) for r in records.values())
        kept = total = losing = 0
        for path, paragraphs in bodies.items():
            record = records.get(path)
            if record is None:
                continue
            text = " ".join(record.text.split())
            held = sum(" ".join(p.split()) in text for p in paragraphs)
            kept += held
            total += len(paragraphs)
            losing += held < len(paragraphs)
    n = len(bodies)
    if stats.new != n:  # a figure over what was not archived would mean nothing
        raise SystemExit(f"bench: the pass archived {stats.new} of {n} pages")
    print(f"bios inside the container, {n} real pages on one host ({stats.new} archived):")
    print(
        f"  records with a bio sentence: plain trafilatura {plain_leaks}/{n} ({plain_leaks / n:.0%}), byline {leaks}/{len(records)} ({leaks / max(1, len(records)):.0%})"
    )
    print(
        f"  body kept by byline: {kept}/{total} paragraphs ({kept / max(1, total):.1%}); articles missing any: {losing}"
    )


if __name__ == "__main__":
    main()
