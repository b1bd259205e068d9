"""`make demo`: serve the bundled demo site on 127.0.0.1 and archive it with byline.

Everything stays on this machine: the site is served from demo/site/, the
archive goes to demo-archive/ (git ignores it). Run it twice to see that the
second pass fetches no article again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))

from siteserver import SiteServer  # noqa: E402  (the test suite's static server)

ARCHIVE = REPO / "demo-archive"
COLUMNISTS = ["tomas-reyes", "margit-olander", "priya-vennard"]
# A fixed port, so a second `make demo` meets the same URLs and fetches no article again.
PORT = 8765


def write_config(origin: str) -> Path:
    sources = "\n".join(
        f"""
[[sources]]
name = "{name}"
pages = ["{origin}/opinion/{name}/"]
every = "1h"

"""
        for name in COLUMNISTS
    )
    config = f"""# Written by demo/demo.py for a site served on {origin}.
[archive]
root = "{ARCHIVE}"

[fetch]
user_agent = "byline-demo/0.1 (+http://127.0.0.1/)"
per_host_delay = 0.05
allow_private_networks = true
{sources}"""
    ARCHIVE.mkdir(exist_ok=True)
    path = ARCHIVE / "config.toml"
    path.write_text(config, encoding="utf-8")
    return path


def byline(config: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "byline", "--config", str(config), *args], check=True)


def main() -> None:
    try:
        server = SiteServer(HERE / "site", port=PORT).start()
    except OSError:
        sys.exit(f"demo: port {PORT} on 127.0.0.1 is taken; free it and run `make demo` again")
    try:
        print(f"Serving the demo site (The Lantern Courier) on {server.origin}")
        config = write_config(server.origin)
        byline(config, "run")
        byline(config, "sources")
    finally:
        server.stop()
    texts = sorted(ARCHIVE.glob("[0-9]*/*/*/*/*.md"))
    print(f"\nThe archive is in {ARCHIVE} ({len(texts)} articles).")
    if texts:
        print(f"Read one: {texts[0]}")
    print(f"Export it: .venv/bin/byline --config {config} export --format csv -o columns.csv")


if __name__ == "__main__":
    main()
