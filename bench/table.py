"""`make bench`: throughput and scale in one table, every figure measured in this run.

a. end-to-end pages/s of `byline run` on 1,000 real pages (cycled), beside the
   trafilatura-alone script on the same URLs, and their ratio (bench/throughput.py);
b. the 2-process extraction ceiling and byline's fraction of it;
c. seconds per 1,000 new columns in a real pass as one host's archive grows, and the
   last step's ratio to the first (bench/scale.py);
d. the unchanged pass at each size;
e. peak RSS of `byline run` and of a worker, and `index.sqlite` per record;
f. the memory of a long pass: the RSS of (a) and of the largest size of (c).

Each line gives its target. `python bench/table.py 1000 10000 100000` picks the
archive sizes (default 1k and 10k; `make bench-scale` runs up to 100k).
"""

from __future__ import annotations

import sys

import scale  # bench/ is on the path: this script runs from it
import throughput


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000]
    print("measuring end-to-end throughput ...", flush=True)
    e2e = throughput.measure(1000)
    print("measuring a growing archive ...", flush=True)
    grown = scale.measure(sizes)
    steps = grown["steps"]
    rows = [
        ("a", "byline run, pages/s (1,000 real pages)", f"{e2e['byline']:.1f}", ""),
        ("a", "trafilatura alone + metadata, pages/s", f"{e2e['alone']:.1f}", ""),
        ("a", "trafilatura alone, text only, pages/s", f"{e2e['text_only']:.1f}", ""),
        ("a", "byline / trafilatura + metadata", f"{e2e['byline'] / e2e['alone']:.2f}", ">= 1.7"),
        ("b", "extraction ceiling, 2 processes, pages/s", f"{e2e['ceiling']:.1f}", ""),
        ("b", "byline / ceiling", f"{e2e['byline'] / e2e['ceiling']:.0%}", ">= 80%"),
    ]
    for step in steps:
        rows.append(
            ("c", f"s per 1,000 new columns at {step['archived']:,}", f"{step['per_1000']:.1f}", "")
        )
    ratio = steps[-1]["per_1000"] / steps[0]["per_1000"]
    rows.append(
        (
            "c",
            f"ratio {steps[-1]['archived']:,} / {steps[0]['archived']:,}",
            f"{ratio:.2f}",
            "<= 1.2",
        )
    )
    for step in steps:
        rows.append(
            ("d", f"unchanged pass at {step['archived']:,}, s", f"{step['unchanged']:.2f}", "< 1")
        )
        rows.append(
            (
                "d",
                "  the same pass in process (no start-up), s",
                f"{step['unchanged_in_process']:.2f}",
                "",
            )
        )
    rows += [
        ("e", "peak RSS, main process (a), MB", f"{e2e['main_rss']:.0f}", "< 300"),
        ("e", "peak RSS, largest worker (a), MB", f"{e2e['worker_rss']:.0f}", "< 250"),
        ("e", "index.sqlite per record, real pages, KB", f"{e2e['index_kb_per_record']:.1f}", ""),
    ]
    for step in steps:
        rows.append(
            (
                "e",
                f"index.sqlite per record at {step['archived']:,}, KB",
                f"{step['index_kb_per_record']:.1f}",
                "",
            )
        )
    biggest = f"{steps[-1]['archived']:,}"
    rows += [
        (
            "f",
            f"peak RSS, main process, passes up to {biggest}, MB",
            f"{grown['main_rss']:.0f}",
            "< 300",
        ),
        (
            "f",
            f"peak RSS, largest worker, up to {biggest}, MB",
            f"{grown['worker_rss']:.0f}",
            "< 250",
        ),
        ("c", "generated records holding the bio", str(grown["with_bio"]), "0"),
    ]
    width = max(len(r[1]) for r in rows)
    print(f"\n   {'figure':<{width}}  {'measured':>9}  target")
    for item, label, value, target in rows:
        print(f"{item}  {label:<{width}}  {value:>9}  {target}")


if __name__ == "__main__":
    main()
