"""Fixtures for the local fixture-site server (see ``siteserver.py``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
SITES_DIR = TESTS_DIR / "sites"

# Make `from siteserver import SiteServer` work however pytest was invoked.
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
