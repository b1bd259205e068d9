"""The dated files on disk: the only code that writes under the archive root.

    <root>/<yyyy>/<mm>/<dd>/<source>/<slug>--<id>.json      the record
    <root>/<yyyy>/<mm>/<dd>/<source>/<slug>--<id>.md        readable text
    <root>/<yyyy>/<mm>/<dd>/<source>/<slug>--<id>.html.gz   the raw response

Later revisions of one article sit beside the first as `<slug>--<id>.r<N>.*`.
Every file is written atomically: a temporary file in `<root>/.partial/` (on
the same file system), fsync, rename into place, fsync of the folder.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gzip
import hashlib
import json
import os
import re
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from slugify import slugify

from .errors import DamagedError, LockedError, StorageError, storage_hint
from .models import Record

SUFFIXES = (".json", ".md", ".html.gz")
_TMP_PREFIX = ".tmp-"
LOCK_FILE = "daemon.lock"
SCRATCH = ".partial"  # under the root: where files are written before their rename
GZIP_LEVEL = 6  # raw pages: 2.0 ms a page here; level 9 took 2.9 ms for files 0.5 % smaller
LEFTOVER_AGE = 600.0  # seconds: a temporary file this old is no live process's write
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def record_id(url: str) -> str:
    """Short, stable id of a normalised URL: 12 hex digits of its SHA-256."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes, mode: int = 0o644, scratch: Path | None = None) -> None:
    """Replace `path` with `data` so that a crash leaves the old file or the new one. The
    temporary file is made in `scratch` (on the same file system), else beside `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if scratch is not None:
        scratch.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=scratch or path.parent, prefix=_TMP_PREFIX, suffix=".part")
    try:
        os.fchmod(fd, mode)  # mkstemp makes 0600; archive files are for reading
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno != errno.EXDEV or scratch is None:
                raise
            Path(tmp).unlink(missing_ok=True)  # a folder mounted from elsewhere: write
            atomic_write(path, data, mode)  # the temporary beside it instead
            return
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _put(path: Path, data: bytes, scratch: Path | None = None) -> None:
    """`atomic_write`, its failure a StorageError that names the file."""
    try:
        atomic_write(path, data, scratch=scratch)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise StorageError(f"{path}: cannot write: {why}; {storage_hint(why, path)}") from None


class Archive:
    """Reads and writes the archive's files."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        # Temporary files are made here, so a pass finds an interrupted write's leftover
        # by listing one folder, not by walking the whole archive.
        self.scratch = self.root / SCRATCH

    def stem(self, record: Record) -> str:
        """Path of a record without suffix, relative to the root."""
        day = record.date if record.date and _DAY_RE.match(record.date) else record.fetched_at
        year, month, date = day[:10].split("-")
        slug = slugify(record.title or "", max_length=60, word_boundary=True) or "untitled"
        revision = f".r{record.revision}" if record.revision > 1 else ""
        return f"{year}/{month}/{date}/{record.source}/{slug}--{record.id}{revision}"

    def write(self, record: Record, raw: bytes) -> list[Path]:
        """Write the record's three files; sets `record.path` (its `.json`). Returns the
        files that did not exist before, for `discard` should the index refuse the record.

        StorageError when a file cannot be written: the files this call created are
        removed again, so a full disk leaves no part of a record behind."""
        stem = self.stem(record)
        record.path = stem + ".json"
        base = self.root / stem
        raw_path = base.with_name(base.name + ".html.gz")
        paths = [raw_path, *self._texts(record)]
        created = [path for path in paths if not path.exists()]
        try:
            _put(raw_path, gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0), self.scratch)
            self.rewrite(record)
        except StorageError:
            self.discard(created)
            raise
        return created

    def rewrite(self, record: Record) -> None:
        """Replace a record's `.md` and `.json` (after new aliases, say); the raw stays."""
        readable, record_file = self._texts(record)
        data = json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n"
        _put(readable, markdown(record).encode("utf-8"), self.scratch)
        _put(record_file, data.encode("utf-8"), self.scratch)

    def rewrite_markdown(self, record: Record) -> None:
        """Replace a record's `.md` with what its record says."""
        _put(self._texts(record)[0], markdown(record).encode("utf-8"), self.scratch)

    def set_aside(self, path: str, suffix: str) -> str:
        """Rename the file at `path` (relative to the root) to `path + suffix`, out of the
        way of a restored copy but kept; the new relative path."""
        os.replace(self.root / path, self.root / (path + suffix))
        return path + suffix

    def discard(self, paths: list[Path]) -> None:
        """Remove files a write created (the index did not take their record)."""
        for path in paths:
            path.unlink(missing_ok=True)

    def _texts(self, record: Record) -> tuple[Path, Path]:
        """The record's `.md` and `.json`."""
        stem = self.root / record.path.removesuffix(".json")
        return stem.with_name(stem.name + ".md"), self.root / record.path

    def read(self, path: str) -> Record:
        """The record in the file at `path` (relative to the root); DamagedError, naming
        the file, when it cannot be read or is not a record."""
        try:
            return Record.from_dict(json.loads((self.root / path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DamagedError(f"{path}: {type(exc).__name__}: {exc}") from None

    def has_records(self) -> bool:
        """Whether any record file is under the root."""
        return next(iter(self.root.glob("[0-9][0-9][0-9][0-9]/*/*/*/*.json")), None) is not None

    def raw(self, record: Record) -> bytes:
        """The stored response of `record`, checked against its `raw_sha256`;
        DamagedError (naming the file) when it is missing, unreadable or altered."""
        path = self.root / (record.path.removesuffix(".json") + ".html.gz")
        try:
            raw = gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            raise DamagedError(f"{path}: missing") from None
        except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
            raise DamagedError(f"{path}: unreadable ({exc})") from None
        if sha256(raw) != record.raw_sha256:
            raise DamagedError(f"{path}: not the page archived (its SHA-256 differs)")
        return raw

    def records(self) -> Iterator[Record]:
        """Every record file under the root, in path order."""
        for path in self.record_paths():
            yield self.read(path)

    def record_paths(self) -> list[str]:
        """The paths of every record file (`.json`) under the root, relative, sorted."""
        found = self.root.glob("[0-9][0-9][0-9][0-9]/*/*/*/*.json")
        return sorted(str(path.relative_to(self.root)) for path in found)

    def size(self) -> int:
        """The sizes of the archive's files added up, in bytes (the index included)."""
        total = 0
        for folder, _dirs, files in os.walk(self.root):
            for name in files:
                with contextlib.suppress(OSError):  # removed while we walked
                    total += os.lstat(os.path.join(folder, name)).st_size
        return total

    def temporary_files(self, everywhere: bool = True) -> list[Path]:
        """Leftovers of interrupted writes (a process killed mid-write leaves one): in the
        scratch folder, or (`everywhere`) anywhere under the root, as older byline left
        them beside the files."""
        if everywhere:
            return sorted(self.root.rglob(_TMP_PREFIX + "*"))
        return sorted(self.scratch.glob(_TMP_PREFIX + "*"))

    def remove_temporaries(self, older_than: float = 0.0, everywhere: bool = True) -> int:
        """Delete the leftovers of interrupted writes last touched more than `older_than`
        seconds ago (a younger one may be another process's write in progress); how many."""
        now = time.time()
        removed = 0
        for path in self.temporary_files(everywhere):
            with contextlib.suppress(FileNotFoundError):
                if now - path.stat().st_mtime >= older_than:
                    path.unlink()
                    removed += 1
        return removed


def markdown(record: Record) -> str:
    """The `.md` of a record: a small front matter, the title and the text."""
    front = {
        "title": record.title,
        "author": record.author,
        "date": record.date,
        "source": record.source,
        "url": record.url,
        "fetched_at": record.fetched_at,
        "revision": record.revision,
    }
    lines = ["---"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    lines += ["---", "", f"# {record.title or 'Untitled'}", "", record.text, ""]
    return "\n".join(lines)


class DaemonLock:
    """One daemon per archive: an exclusive `flock` on `<root>/daemon.lock`, holding the pid.

    The kernel drops the lock when the process dies, so a crashed daemon never
    leaves a stale lock behind. One-off commands do not take it.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.path = Path(root) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> DaemonLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise LockedError(
                f"another byline daemon (pid {holder}) is running on the archive {self.path.parent}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def holder(self) -> int | None:
        """The pid of the daemon holding the lock, or None when no daemon runs."""
        if not self.path.exists():
            return None
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            return int(text) if text.isascii() and text.isdigit() else -1
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        finally:
            os.close(fd)
