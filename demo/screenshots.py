"""The README's screenshots of the reading room: `python demo/screenshots.py`.

Archives the bundled demo site (as `make demo` does, into demo-archive/), serves it
with `byline serve` on a free port, and has the system's Chromium photograph the
sources page and a column page into docs/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
sys.path.insert(0, str(HERE.parent / "tests"))

from helpers import reading_room_process  # noqa: E402  (the test suite's, as demo.py's server)


def main() -> None:
    subprocess.run([sys.executable, str(HERE / "demo.py")], check=True, capture_output=True)
    config = HERE.parent / "demo-archive" / "config.toml"
    with reading_room_process(config) as (address, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": 1100, "height": 720})
        page.goto(address + "/")
        page.screenshot(path=DOCS / "reading-room-sources.png")
        page.locator("section.source h2 a").first.click()
        page.locator("table.columns tbody tr a").first.click()
        page.wait_for_url("**/columns/*")
        page.screenshot(path=DOCS / "reading-room-column.png")
        browser.close()
    print(f"screenshots written to {DOCS}")


if __name__ == "__main__":
    main()
