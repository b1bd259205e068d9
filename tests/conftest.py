"""Fixtures shared by the test modules: the local fixture-site servers (``siteserver.py``,
``faultserver.py``), the columns site and what it is expected to hold.

Plain helpers (configuration files, one pass, the command line in process and in a real
process, waiting for an event) are in ``helpers.py``; this file puts the tests folder on
``sys.path`` so that test modules can ``from helpers import ...``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS_DIR = Path(__file__).resolve().parent
SITES_DIR = TESTS_DIR / "sites"

# Make `from siteserver import SiteServer`, `from helpers import ...` work however pytest
# was invoked.
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from siteserver import SiteServer  # noqa: E402


@pytest.fixture(scope="session")
def sites_dir() -> Path:
    """The directory holding the fixture sites (``tests/sites``)."""
    return SITES_DIR


@pytest.fixture
def site_server(sites_dir: Path) -> Iterator[Callable[[str], SiteServer]]:
    """Factory: ``site_server("columns")`` serves ``tests/sites/columns``.

    Each call starts a fresh server on its own ephemeral port; every server
    started in the test is stopped at teardown.
    """
    started: list[SiteServer] = []

    def start(name: str = "columns") -> SiteServer:
        server = SiteServer(sites_dir / name).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def site(site_server: Callable[[str], SiteServer]) -> SiteServer:
    """The columns fixture newspaper, served on 127.0.0.1 for this test."""
    return site_server("columns")


@pytest.fixture(scope="session")
def expected(sites_dir: Path) -> dict[str, Any]:
    """What the columns site holds (``tests/sites/columns/expected.json``)."""
    return json.loads((sites_dir / "columns" / "expected.json").read_text(encoding="utf-8"))


from faultserver import FaultServer  # noqa: E402


@pytest.fixture
def fault_server(sites_dir: Path) -> Iterator[Callable[[str | None], FaultServer]]:
    """Factory: ``fault_server(None)`` serves only the ``/fault/`` endpoints,
    ``fault_server("columns")`` also serves ``tests/sites/columns``.

    Each call starts a fresh :class:`FaultServer` on its own ephemeral port;
    every server started in the test is stopped at teardown.
    """
    started: list[FaultServer] = []

    def start(name: str | None = None) -> FaultServer:
        server = FaultServer(None if name is None else sites_dir / name).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def reading_room(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An archive a real `byline run` made of the columns site, with an edited column
    (two revisions) and a stored page carrying scripts (`helpers.ReadingRoom`)."""
    from helpers import reading_room_archive

    return reading_room_archive(tmp_path_factory.mktemp("reading-room"), SITES_DIR)
