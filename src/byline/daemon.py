"""`byline daemon`: a clock that calls `Pipeline.run_source`, one APScheduler job per source.

- Each source runs on its `every` interval or its `cron` expression, never two
  passes of one source at once (`max_instances=1`); missed runs coalesce into
  one; a small random delay (10% of the interval, at most `max_jitter`)
  spreads sources that share a host. A source whose last pass is more recent
  than its interval waits out the rest of the interval at start-up.
- All jobs share one `Pipeline`, so pacing, robots.txt and the process pool are
  shared: two sources on one host share its pacing.
- SIGTERM or SIGINT: start nothing new, give in-flight passes `stop_timeout`
  seconds, cancel what is left (writes are atomic and happen between awaits,
  so nothing is left half written), close the index, exit 0. A second signal
  cancels at once.
- SIGHUP: read the configuration again; add, remove and reschedule sources, and
  hand the new settings to the pipeline for the passes that start after it
  (`[fetch]` and `[archive]` wait for a restart, with a warning). An invalid
  file is reported and the running schedule and settings are kept.
- One daemon per archive (`DaemonLock`); one-off commands may run beside it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import resource
import signal
import socket
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from . import config
from .archive import DaemonLock
from .errors import ConfigError, StorageError, UsageError
from .pipeline import Pipeline
from .settings import DEFAULT_EVERY, Settings, Source, parse_every
from .stats import PassStats
from .status import Status, StatusServer

log = logging.getLogger("byline.daemon")


def interval_of(source: Source) -> timedelta | None:
    """The source's `every` as a timedelta; None for a cron source."""
    return None if source.cron else parse_every(source.every or DEFAULT_EVERY)


def jitter_for(source: Source, max_jitter: float) -> float:
    """Seconds a run may start late: 10% of the interval (a cron source: of an hour)."""
    interval = interval_of(source)
    seconds = interval.total_seconds() if interval else 3600.0
    return min(seconds * 0.1, max_jitter)


def trigger_for(source: Source, max_jitter: float) -> BaseTrigger:
    jitter = jitter_for(source, max_jitter) or None
    if source.cron:
        trigger = CronTrigger.from_crontab(source.cron, timezone=source.timezone or "UTC")
        trigger.jitter = jitter  # from_crontab takes no jitter argument
        return trigger
    interval = interval_of(source)
    assert interval is not None
    return IntervalTrigger(seconds=interval.total_seconds(), jitter=jitter, timezone=UTC)


def _schedule_key(source: Source) -> tuple[str | None, str | None, str | None]:
    return (source.every, source.cron, source.timezone)


class Daemon:
    """The long-running service. `await Daemon(path).serve()` returns the exit status."""

    def __init__(
        self,
        config_path: str | None,
        status_port: int | None = None,
        serve_port: int | None = None,
    ) -> None:
        self.config_path = config_path
        self.status_port = status_port
        self.serve_port = serve_port
        self.settings: Settings
        self.sources: dict[str, Source] = {}
        self.status = Status()
        self.pipeline: Pipeline
        self.scheduler: AsyncIOScheduler
        self.in_flight: set[asyncio.Task[object]] = set()
        self._stop = asyncio.Event()
        self._signals = 0
        self._ready = False
        self.exit_status = 0

    async def serve(self) -> int:
        # Signals are ours from the start: one during start-up stops the daemon in order.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._on_stop_signal, signum)
        loop.add_signal_handler(signal.SIGHUP, self._reload)
        try:
            return await self._serve()
        finally:
            for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(signum)

    async def _serve(self) -> int:
        raise_file_limit()
        self.settings = config.load(self.config_path)
        self.sources = {s.name: s for s in self.settings.sources}
        lock = DaemonLock(self.settings.archive_root).acquire()
        try:
            server = self._bind_status()
            reading_room = self._bind_reading_room()
            try:
                async with Pipeline(self.settings) as pipeline:
                    self.pipeline = pipeline
                    await self._run(server, reading_room)
            finally:
                if server is not None:
                    server.stop()
                if reading_room is not None:
                    reading_room.close()
        finally:
            lock.release()
        log.info("daemon stopped", extra={"event": "stopped", "status": self.exit_status})
        return self.exit_status

    def _bind_status(self) -> StatusServer | None:
        """The status endpoint, bound before any work starts so a busy port is one error."""
        if self.status_port is None:
            return None
        try:
            return StatusServer(self.status, self.status_port)
        except OSError as exc:
            raise UsageError(
                f"--status-port {self.status_port}: cannot listen on 127.0.0.1 ({exc.strerror})"
            ) from None

    def _bind_reading_room(self) -> socket.socket | None:
        """`--serve PORT`: the reading room's socket, bound before any work starts."""
        if self.serve_port is None:
            return None
        from . import web

        return web.bind(self.settings.serve.host, self.serve_port, self._serve_token())

    def _serve_token(self) -> str | None:
        return self.settings.serve.token or None

    async def _run(self, server: StatusServer | None, reading_room: socket.socket | None) -> None:
        loop = asyncio.get_running_loop()
        self.scheduler = AsyncIOScheduler(event_loop=loop, timezone=UTC)
        for source in self.sources.values():
            self._add_job(source)
        self.scheduler.start()
        self._ready = True
        if server is not None:
            server.start()
            log.info(
                "status endpoint on %s",
                server.url,
                extra={"event": "status-endpoint", "url": server.url},
            )
        log.info(
            "daemon started: %d sources, archive %s",
            len(self.sources),
            self.settings.archive_root,
            extra={"event": "started", "sources": len(self.sources)},
        )
        reader = None
        if reading_room is not None:
            from . import web

            reader = web.server_for(self.settings, self._serve_token())
            serving = asyncio.create_task(reader.serve(sockets=[reading_room]))
            url = web.address_of(reading_room) + "/"
            log.info("reading room on %s", url, extra={"event": "reading-room", "url": url})
        await self._stop.wait()
        await self._drain()
        if reader is not None:
            reader.should_exit = True
            await serving

    # Jobs -------------------------------------------------------------------

    def _add_job(self, source: Source) -> None:
        """Schedule a source; at start-up, a recent last pass postpones its first run."""
        now = datetime.now(UTC)
        trigger = trigger_for(source, self.settings.daemon.max_jitter)
        interval = interval_of(source)
        if interval is None:
            first = trigger.get_next_fire_time(None, now)
        else:
            last = self.pipeline.last_pass_started(source.name)
            due = last + interval if last else now
            jitter = jitter_for(source, self.settings.daemon.max_jitter)
            first = max(due, now) + timedelta(seconds=random.uniform(0, jitter))
        self.scheduler.add_job(
            self._pass,
            trigger,
            args=[source.name],
            id=source.name,
            name=source.name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            next_run_time=first,
            replace_existing=True,
        )
        self._publish_next_run(source.name)

    def _publish_next_run(self, name: str) -> None:
        job = self.scheduler.get_job(name)
        when = job.next_run_time if job else None
        self.pipeline.save_next_run(name, when)
        self.status.next_run(name, when)

    async def _pass(self, name: str) -> None:
        source = self.sources.get(name)
        if source is None or self._stop.is_set():
            return
        task = asyncio.current_task()
        assert task is not None
        self.in_flight.add(task)
        self.status.started(name)
        stats = PassStats(name)
        try:
            await self.pipeline.run_source(source, stats)
            result = stats.result
        except asyncio.CancelledError:
            # The job ends here: a stop cancelled the pass between two writes. Not
            # re-raised, so the scheduler does not report a stop as a job error.
            result = "interrupted"
        except StorageError as exc:  # the disk: one line; the next pass tries again
            log.error("%s: pass stopped: %s", name, exc, extra={"event": "error", "source": name})
            result = "error"
        except Exception:
            log.exception("%s: pass failed", name, extra={"event": "error", "source": name})
            result = "error"
        finally:
            self.in_flight.discard(task)
        self._log_pass(stats, result)
        if name in self.sources:  # not removed by a reload while it ran
            self.status.finished(stats, result)
            self._publish_next_run(name)

    @staticmethod
    def _log_pass(stats: PassStats, result: str) -> None:
        summary = stats.summary() if result == stats.result else f"{stats.summary()} [{result}]"
        log.log(
            logging.INFO if result in ("ok", "partial", "deferred") else logging.WARNING,
            summary,
            extra={"event": "pass", "source": stats.source, "result": result, **stats.figures()},
        )

    # Signals ----------------------------------------------------------------

    def _on_stop_signal(self, signum: int) -> None:
        self._signals += 1
        name = signal.Signals(signum).name
        if self._signals == 1:
            log.info(
                "%s: finishing %d passes in flight (at most %gs), starting nothing new",
                name,
                len(self.in_flight),
                self.settings.daemon.stop_timeout,
                extra={"event": "stopping", "signal": name},
            )
            if self._ready:
                self.scheduler.pause()
            self._stop.set()
        else:
            log.warning("%s again: stopping now", name, extra={"event": "stopping-now"})
            self.exit_status = 1
            for task in list(self.in_flight):
                task.cancel()

    async def _drain(self) -> None:
        """Let passes in flight finish within `stop_timeout`; cancel the rest."""
        if self.in_flight:
            _, late = await asyncio.wait(
                set(self.in_flight), timeout=self.settings.daemon.stop_timeout
            )
            for task in late:
                task.cancel()
            if late:
                await asyncio.gather(*late, return_exceptions=True)
        self.scheduler.shutdown(wait=False)

    def _reload(self) -> None:
        """SIGHUP: apply the configuration file again, or keep everything if it is invalid."""
        if not self._ready or self._stop.is_set():
            log.warning("SIGHUP ignored: not running yet, or stopping", extra={"event": "reload"})
            return
        try:
            new = config.load(self.config_path)
        except ConfigError as exc:
            log.error(
                "reload failed, keeping the running schedule: %s",
                exc,
                extra={"event": "reload-failed"},
            )
            return
        if new.fetch != self.settings.fetch or new.archive_root != self.settings.archive_root:
            log.warning(
                "[fetch] and [archive] changes take effect when the daemon restarts",
                extra={"event": "reload-partial"},
            )
        self.pipeline.reconfigure(new)  # the passes that start from now on read these
        self.settings = self.pipeline.settings
        old, fresh = self.sources, {s.name: s for s in new.sources}
        for name in old.keys() - fresh.keys():
            self.scheduler.remove_job(name)
            self.pipeline.save_next_run(name, None)
            self.status.forget(name)
        for name in fresh.keys() - old.keys():
            self.sources[name] = fresh[name]
            self._add_job(fresh[name])
        for name in fresh.keys() & old.keys():
            if _schedule_key(fresh[name]) != _schedule_key(old[name]):
                self.scheduler.reschedule_job(
                    name, trigger=trigger_for(fresh[name], self.settings.daemon.max_jitter)
                )
                self._publish_next_run(name)
        self.sources = fresh
        log.info(
            "configuration reloaded: %d sources (%d added, %d removed)",
            len(fresh),
            len(fresh.keys() - old.keys()),
            len(old.keys() - fresh.keys()),
            extra={"event": "reloaded", "sources": sorted(fresh)},
        )


def raise_file_limit(wanted: int = 65_536) -> int:
    """Raise the soft limit on open files towards the hard one (at most `wanted`): a
    long-running daemon holds sockets, the index and archive files at once. Returns the
    soft limit in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):  # not allowed here: keep what we have
            pass
    return soft


def configure_logging(fmt: str) -> None:
    """Readable lines on stderr, or JSON lines (`fmt == "json"`)."""
    handler = logging.StreamHandler()
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "%(levelname)s %(name)s %(message)s",
                rename_fields={"levelname": "level"},
                timestamp="time",  # ISO 8601, UTC, microseconds
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s"))
    root = logging.getLogger("byline")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").addHandler(handler)


def run_daemon(
    config_path: str | None, status_port: int | None = None, serve_port: int | None = None
) -> int:
    """Run until stopped; the exit status."""
    return asyncio.run(Daemon(config_path, status_port, serve_port).serve())
