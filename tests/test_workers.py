"""The worker pool: a call that overruns its time limit or whose worker dies fails
alone, the worker is replaced, and a pass goes on (real processes, a real SIGKILL)."""

from __future__ import annotations

import asyncio
import signal
import time

import pytest
from helpers import records, run_pass, write_toml

from byline.errors import WorkerError
from byline.index import Index
from byline.workers import Workers


def in_pool(*calls, timeout: float = 30.0):
    """Run the calls one after another in a fresh two-worker pool; results or errors."""

    async def main():
        workers = Workers(2, timeout=timeout)
        out = []
        try:
            for func, *args in calls:
                try:
                    out.append(await workers.run(func, *args))
                except WorkerError as exc:
                    out.append(exc)
        finally:
            await workers.close()
        return out

    return asyncio.run(main())


def test_a_call_over_its_time_limit_fails_alone_and_the_pool_goes_on():
    slow, after = in_pool((time.sleep, 30), (pow, 2, 10), timeout=0.5)
    assert isinstance(slow, WorkerError)
    assert str(slow) == "sleep took longer than 0.5s; its worker was replaced"
    assert after == 1024


@pytest.mark.parametrize(
    ("call", "death"),
    [
        ((signal.raise_signal, signal.SIGKILL), "killed by SIGKILL"),  # as the OOM killer does
        ((signal.raise_signal, signal.SIGSEGV), "killed by SIGSEGV"),  # a crash in C
    ],
)
def test_a_worker_that_dies_fails_its_call_and_is_replaced(call, death):
    died, after, again = in_pool(call, (pow, 3, 3), (pow, 2, 5))
    assert isinstance(died, WorkerError)
    assert f"its worker died ({death}) and was replaced" in str(died)
    assert (after, again) == (27, 32)


def huge_page(paragraphs: int) -> str:
    """A column of many short paragraphs: megabytes under `max_bytes`, seconds to parse."""
    body = "".join(
        f"<p>Paragraph {i} of a very long column about the ferries.</p>" for i in range(paragraphs)
    )
    return f"<html><head><title>Long</title></head><body><article>{body}</article></body></html>"


def test_a_page_that_parses_too_long_is_one_failure_of_the_pass(tmp_path, site, expected):
    """`[extract] timeout`: the huge page is recorded as failed with why; every other
    article of the listing is archived in the same pass."""
    listed = [a for a in expected["articles"] if "/opinion/columnists/" in a["listed_on"]]
    huge = listed[0]["path"]
    site.put(huge, huge_page(20_000))
    columns = {"name": "columns", "pages": [f"{site.origin}/opinion/columnists/"]}
    path = write_toml(tmp_path / "config.toml", [columns], extract={"timeout": 0.5})
    stats = run_pass(path)
    assert stats.failed == 1 and stats.result == "partial"
    (error,) = stats.errors
    assert error.startswith(f"{site.url(huge)}: extract: extract_cleaned took longer than 0.5s")
    archived = records(tmp_path)
    assert huge not in archived
    assert {a["path"] for a in listed[1:]} <= set(archived)
    with Index(tmp_path / "archive" / "index.sqlite") as index:
        assert index.frontier.state(site.url(huge)) == "failed"
