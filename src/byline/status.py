"""The daemon's figures, and a tiny HTTP endpoint on 127.0.0.1 that serves them.

    GET /health    {"status": "ok", "uptime_seconds": ..., "sources": N, "running": [...]}
    GET /status    the same figures per source, as JSON
    GET /metrics   Prometheus text format (prometheus_client)

The daemon updates `Status` on its event loop's thread; the endpoint reads it
from its own thread, so every access takes the lock.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from .stats import PassStats


class Status:
    """Per-source figures of a running daemon, and the same as Prometheus metrics."""

    def __init__(self) -> None:
        self.started_at = time.time()
        self._lock = threading.Lock()
        self._sources: dict[str, dict[str, Any]] = {}
        self.registry = CollectorRegistry()
        labels = ["source"]
        self._passes = Counter(
            "byline_passes",
            "Passes over a source, by result",
            [*labels, "result"],
            registry=self.registry,
        )
        self._articles = Counter(
            "byline_articles_archived", "New articles archived", labels, registry=self.registry
        )
        self._failures = Counter(
            "byline_failures", "Articles and pages that failed", labels, registry=self.registry
        )
        self._pages = Counter(
            "byline_pages_read",
            "Listings, feeds and sitemaps read",
            labels,
            registry=self.registry,
        )
        self._duration = Gauge(
            "byline_last_pass_seconds",
            "Duration of the last pass",
            labels,
            registry=self.registry,
        )
        self._last = Gauge(
            "byline_last_pass_timestamp_seconds",
            "When the last pass ended",
            labels,
            registry=self.registry,
        )
        self._next = Gauge(
            "byline_next_run_timestamp_seconds",
            "When the next pass is due",
            labels,
            registry=self.registry,
        )
        self._running = Gauge(
            "byline_pass_running", "1 while a pass is running", labels, registry=self.registry
        )

    def _source(self, name: str) -> dict[str, Any]:
        return self._sources.setdefault(
            name,
            {"running": False, "passes": 0, "last_pass": None, "next_run": None},
        )

    def started(self, name: str) -> None:
        with self._lock:
            self._source(name)["running"] = True
        self._running.labels(name).set(1)

    def finished(self, stats: PassStats, result: str) -> None:
        """A pass ended: `result` is its own, or interrupted/error when it was cut short."""
        now = time.time()
        with self._lock:
            entry = self._source(stats.source)
            entry["running"] = False
            entry["passes"] += 1
            entry["last_pass"] = {
                "ended_at": datetime.fromtimestamp(now).astimezone().isoformat(),
                "result": result,
                **stats.figures(),
            }
        name = stats.source
        self._running.labels(name).set(0)
        self._passes.labels(name, result).inc()
        self._articles.labels(name).inc(stats.new)
        self._failures.labels(name).inc(stats.failed + len(stats.page_errors))
        self._pages.labels(name).inc(stats.pages)
        self._duration.labels(name).set(stats.seconds)
        self._last.labels(name).set(now)

    def next_run(self, name: str, when: datetime | None) -> None:
        with self._lock:
            self._source(name)["next_run"] = when.isoformat() if when else None
        if when is not None:
            self._next.labels(name).set(when.timestamp())

    def forget(self, name: str) -> None:
        with self._lock:
            self._sources.pop(name, None)
        for metric in (self._duration, self._last, self._next, self._running):
            with contextlib.suppress(KeyError):
                metric.remove(name)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            sources = json.loads(json.dumps(self._sources))
        return {
            "status": "ok",
            "uptime_seconds": round(time.time() - self.started_at, 3),
            "sources": sources,
        }

    def health(self) -> dict[str, Any]:
        snapshot = self.snapshot()
        running = sorted(n for n, s in snapshot["sources"].items() if s["running"])
        return {
            "status": "ok",
            "uptime_seconds": snapshot["uptime_seconds"],
            "sources": len(snapshot["sources"]),
            "running": running,
        }

    def metrics(self) -> bytes:
        return bytes(generate_latest(self.registry))


MAX_CONNECTIONS = 32  # open at once; more are closed as they come
READ_TIMEOUT = 5.0  # seconds a client may take to send its request (slowloris)


class _BoundedServer(ThreadingHTTPServer):
    """At most MAX_CONNECTIONS connections at once, so no client can take the daemon's
    file descriptors (the archive needs them); each must send its request in time."""

    daemon_threads = True
    request_queue_size = 128  # a burst of connections waits to be accepted, not refused

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # full: close at once, hold nothing
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class StatusServer:
    """Serves a `Status` on 127.0.0.1 only, in a daemon thread."""

    def __init__(self, status: Status, port: int) -> None:
        self.status = status
        self._httpd = _BoundedServer(("127.0.0.1", port), _handler_for(status))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="byline-status", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> StatusServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket. `shutdown()` waits for `serve_forever` to
        notice, so it is only called when the thread runs (a start-up that failed before
        `start` would otherwise wait forever)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()


def _handler_for(status: Status) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = READ_TIMEOUT  # a connection silent this long is closed

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path == "/metrics":
                self._send(200, status.metrics(), CONTENT_TYPE_LATEST)
            elif path in ("/health", "/status", "/"):
                data = status.health() if path == "/health" else status.snapshot()
                self._send(200, json.dumps(data).encode(), "application/json")
            else:
                self._send(404, b'{"error": "not found"}', "application/json")

        def _send(self, code: int, body: bytes, content_type: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
