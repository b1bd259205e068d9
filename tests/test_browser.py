"""The reading room in a real browser: the system's Chromium driven by Playwright,
against `byline serve` started on an ephemeral port over the reading-room archive.
Screenshots of each page go to this run's temporary folder (the path is printed)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import SCRIPT_TITLE, reading_room_process

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


def chromium_path() -> str:
    for name in CHROMIUM:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "no Chromium on this machine: `make test` installs it (apt-get install chromium)",
        pytrace=False,
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def served(reading_room) -> Iterator[str]:
    with reading_room_process(reading_room.config) as (address, server):
        yield address
    assert server.returncode == 0


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture
def page(browser) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def test_from_the_sources_to_a_column_and_its_text(page, served, shots):
    page.goto(served + "/")
    page.get_by_role("heading", name="Sources").wait_for()
    assert page.locator("svg.chart rect").count() == 52
    page.screenshot(path=shots / "sources.png", full_page=True)
    page.get_by_role("link", name="columns", exact=True).first.click()
    page.wait_for_url("**/sources/columns")
    page.get_by_role("heading", name="columns").wait_for()
    rows = page.locator("table.columns tbody tr")
    assert rows.count() > 10
    page.screenshot(path=shots / "source.png", full_page=True)
    first = rows.first.locator("a")
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/columns/*")
    assert page.get_by_role("heading", level=1).inner_text() == title
    record_id = page.url.rsplit("/", 1)[1]
    text = httpx.get(f"{served}/api/columns/{record_id}").json()["text"]
    shown = page.locator(".text p").all_inner_texts()
    assert shown == text.split("\n\n")
    page.screenshot(path=shots / "column.png", full_page=True)


def test_search_from_the_keyboard_highlights_the_phrase(page, served, shots, reading_room):
    page.goto(served + "/")
    page.keyboard.press("/")  # the search box takes the cursor
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type(f'"{reading_room.phrase}"')
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    marks = page.locator(".hit mark")
    marks.first.wait_for()
    words = " ".join(marks.all_inner_texts()).casefold()
    assert all(w.casefold() in words for w in reading_room.phrase.split())
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=shots / "search.png", full_page=True)


def test_the_diff_of_an_edited_column_marks_the_inserted_sentence(
    page, served, shots, reading_room
):
    page.goto(f"{served}/columns/{reading_room.edited_id}")
    page.get_by_role("link", name="changes from 1").click()
    page.wait_for_url("**diff=1..2")
    inserted = page.locator(".difftext ins")
    assert inserted.all_inner_texts() == [reading_room.inserted]
    assert page.locator(".difftext del").count() == 0
    style = inserted.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert style not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=shots / "diff.png", full_page=True)


def test_a_stored_page_cannot_run_its_scripts(page, served, shots, reading_room):
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(f"{served}/columns/{reading_room.script_id}")
    assert page.get_by_role("heading", level=1).inner_text() == SCRIPT_TITLE.replace(
        "&lt;", "<"
    ).replace("&gt;", ">")
    with page.expect_navigation():
        page.get_by_role("article").get_by_role("link", name="stored page", exact=True).click()
    assert page.url.endswith(f"/columns/{reading_room.script_id}/raw")
    page.get_by_text("A copy of a column, stored with its scripts.").wait_for()
    assert page.evaluate("document.documentElement.getAttribute('data-script-ran')") is None
    assert page.evaluate("document.body.dataset.onload") is None
    assert page.title() != "script ran"
    assert page.evaluate("window.origin") == "null"  # sandboxed: no origin of ours
    page.screenshot(path=shots / "raw.png")
    assert any("sandbox" in m for m in messages), messages  # Chromium says it blocked them


def test_a_phone_in_dark_mode_reads_the_column_without_scrolling_sideways(
    browser, served, shots, reading_room
):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, color_scheme="dark", device_scale_factor=2
    )
    try:
        page = context.new_page()
        page.goto(f"{served}/columns/{reading_room.edited_id}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        color = page.evaluate("getComputedStyle(document.body).backgroundColor")
        red, green, blue = (int(c) for c in color[color.index("(") + 1 : -1].split(",")[:3])
        assert red + green + blue < 150  # dark, as the system asks
        font = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.text p')).fontSize)"
        )
        assert font >= 16
        page.screenshot(path=shots / "column-phone-dark.png", full_page=True)
        page.goto(f"{served}/sources/columns")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=shots / "source-phone-dark.png", full_page=True)
    finally:
        context.close()
