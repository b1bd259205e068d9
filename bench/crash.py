"""`make bench`: crash safety. `byline run` SIGKILLed again and again, at seeded random
moments, against a local site; then one complete run. Afterwards every article must be
archived exactly once, with no temporary file left, the index intact, `byline verify`
clean, and a further run must find nothing to do. Prints the figures; exits 1 if any check fails.

    python bench/crash.py [KILLS] [--seed N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from run import build_site  # noqa: E402
from siteserver import SiteServer  # noqa: E402

ARTICLES = 80
WINDOW = (0.2, 4.0)  # seconds after start at which a run is killed
# The site is paced (0.25 s a request) so that archiving it takes dozens of runs: many
# kills land mid-pass, mid-write; the later ones land in start-up and discovery.


def run_byline(config: Path) -> subprocess.Popen[bytes]:
    """`byline run` in a session of its own, so one killpg takes its workers too."""
    return subprocess.Popen(
        [sys.executable, "-m", "byline", "--config", str(config), "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def records(index: Path) -> int:
    if not index.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
            return int(db.execute("SELECT COUNT(DISTINCT id) FROM records").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261202)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_site(root / "site", ARTICLES)
        with SiteServer(root / "site") as server:
            config = root / "config.toml"
            config.write_text(
                f"""[archive]
root = "{root}/archive"
[fetch]
per_host_delay = 0.25
allow_private_networks = true
[[sources]]
name = "bench"
pages = ["{server.origin}/opinion/columnists/"]
""",
                encoding="utf-8",
            )
            index = root / "archive" / "index.sqlite"
            began = time.perf_counter()
            finished_early = 0
            growth = []
            for _ in range(options.kills):
                before = records(index)
                proc = run_byline(config)
                try:
                    proc.wait(timeout=rng.uniform(*WINDOW))
                    finished_early += 1  # the run ended before its kill came
                except subprocess.TimeoutExpired:
                    pass
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                growth.append(records(index) - before)
            killing = time.perf_counter() - began
            during = records(index)
            final = subprocess.run(
                [sys.executable, "-m", "byline", "--config", str(config), "run"],
                capture_output=True,
                text=True,
            )
            again = subprocess.run(
                [sys.executable, "-m", "byline", "--config", str(config), "run"],
                capture_output=True,
                text=True,
            )
            checked = subprocess.run(
                [sys.executable, "-m", "byline", "--config", str(config), "verify"],
                capture_output=True,
                text=True,
            )
        with sqlite3.connect(index) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            ids, rows = db.execute("SELECT COUNT(DISTINCT id), COUNT(*) FROM records").fetchone()
            per_url = db.execute(
                "SELECT MAX(n) FROM (SELECT url, COUNT(*) AS n FROM records GROUP BY url)"
            ).fetchone()[0]
            states = dict(db.execute("SELECT state, COUNT(*) FROM urls GROUP BY state"))
        files = len(list((root / "archive").rglob("*.json")))
        temporaries = len(list((root / "archive").rglob(".tmp-*")))
    mid_pass = sum(1 for g in growth if g > 0)
    print(
        f"crash harness: {options.kills} SIGKILLs of `byline run` (seed {options.seed}) "
        f"over {killing:.0f} s, {ARTICLES} articles on 127.0.0.1"
    )
    print(
        f"  kills that landed while articles were being archived: {mid_pass}; "
        f"runs that ended before their kill: {finished_early}; "
        f"archived before the complete run: {during}/{ARTICLES}"
    )
    print(
        f"  after one complete run: {ids} records ({rows} rows, at most {per_url} per URL), "
        f"{files} .json files, {temporaries} temporary files, integrity_check {integrity}, "
        f"URL states {states}"
    )
    print(f"  a further run: {again.stdout.strip()}")
    print(f"  byline verify: {checked.stderr.strip()}")
    problems = []
    if checked.returncode != 0:
        problems.append(f"verify found problems:\n{checked.stdout}")
    if final.returncode != 0:
        problems.append(f"the complete run failed: {final.stderr.strip()}")
    if not (ids == rows == files == ARTICLES and per_url == 1):
        problems.append("not every article exactly once")
    if temporaries or integrity != "ok" or set(states) - {"archived", "alias"}:
        problems.append("leftovers: temporary files, index damage or unsettled URLs")
    if " 0 new articles" not in again.stdout:
        problems.append("the further run archived something")
    for problem in problems:
        print(f"  FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
