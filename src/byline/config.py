"""Read `config.toml` into validated `Settings`.

Validation is pydantic's; this module only turns its findings into one line a
person can act on: the file, the line (located in the TOML text), the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .archive import atomic_write
from .errors import ConfigError
from .settings import ConfigFile, Settings

DEFAULT_CONFIG = "config.toml"
ENV_CONFIG = "BYLINE_CONFIG"


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The file to read: `--config`, else `$BYLINE_CONFIG`, else `./config.toml`."""
    return Path(explicit or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load(path: str | os.PathLike[str] | None = None, missing_ok: bool = False) -> Settings:
    """Read and validate the configuration; ConfigError with a one-line message on failure.
    With `missing_ok`, a file that does not exist reads as an empty one."""
    file = config_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        if not missing_ok:
            raise ConfigError(f"{file}: no such configuration file") from None
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read: {exc}") from None
    return _from_text(file, text)


def _from_text(file: Path, text: str) -> Settings:
    """The configuration in `text`, validated; errors name `file` and its lines."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_AT_RE.search(str(exc))
        where = f"{file}:{at.group(1)}" if at else str(file)
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(
            f"{file}: not a configuration: arrays or tables nested too deep"
        ) from None
    try:
        parsed = ConfigFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(file, text, exc)) from None
    seen: set[str] = set()
    for number, source in enumerate(parsed.sources):
        if source.name in seen:
            loc = ("sources", number, "name")
            where = _where(file, text, loc)
            raise ConfigError(f"{where}: {_dotted(loc)}: two sources are named {source.name!r}")
        seen.add(source.name)
    return _settings(file, parsed)


def _settings(file: Path, parsed: ConfigFile) -> Settings:
    root = Path(parsed.archive.root).expanduser()
    if not root.is_absolute():
        root = file.resolve().parent / root
    return Settings(
        config_path=str(file),
        archive_root=str(root),
        fetch=parsed.fetch,
        sources=parsed.sources,
        daemon=parsed.daemon,
        boilerplate=parsed.boilerplate,
        discovery=parsed.discovery,
        extract=parsed.extract,
        serve=parsed.serve,
    )


def _describe(file: Path, text: str, exc: ValidationError) -> str:
    """The first validation error as `file:line: key: problem`."""
    errors = exc.errors()
    first = errors[0]
    loc = tuple(first["loc"])
    key = _dotted(loc)
    if first["type"] == "extra_forbidden":
        problem = "unknown key"
    elif first["type"] == "missing":
        problem = "required key is missing"
    else:
        # Arrays become tuples in the settings; the file has lists.
        problem = (
            str(first["msg"]).removeprefix("Value error, ").replace("valid tuple", "valid list")
        )
        if "input" in first and first["type"] not in ("value_error",):
            problem += f" (got {first['input']!r})"
    where = _where(file, text, loc)
    problem = " ".join(problem.splitlines())  # one line, whatever a validator said
    others = len(errors) - 1
    more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
    return f"{where}: {key}: {problem}{more}" if key else f"{where}: {problem}{more}"


def _where(file: Path, text: str, loc: tuple[Any, ...]) -> str:
    line = _locate(text, loc)
    return f"{file}:{line}" if line else str(file)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TOML_AT_RE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
_KEY_RE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


def _locate(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line number of the key at `loc`, or of its table, scanning the TOML text."""
    table: tuple[Any, ...] = ()
    counts: dict[str, int] = {}
    table_line: dict[tuple[Any, ...], int] = {}
    # A list index inside a key's value (e.g. pages[2]) is reported on the key's line.
    path = tuple(part for i, part in enumerate(loc) if not (isinstance(part, int) and i > 1))
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER_RE.match(line)
        if header:
            name = header.group(2)
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                table = (name, counts[name])
            else:
                table = (name,)
            table_line.setdefault(table, number)
            continue
        key = _KEY_RE.match(line)
        if key and (*table, key.group(1)) == path:
            return number
    for length in range(len(path), 0, -1):
        if path[:length] in table_line:
            return table_line[path[:length]]
    return None


def append_source(path: str | os.PathLike[str], name: str, page: str, every: str) -> str:
    """Append a `[[sources]]` entry to the configuration file, keeping the rest of it as it
    is (comments, order, layout; tomlkit edits it). The new file is checked like any
    configuration before it replaces the old one, atomically. Returns the entry's TOML."""
    import tomlkit

    file = Path(path)
    text = file.read_text(encoding="utf-8") if file.exists() else ""

    def entry() -> Any:
        table = tomlkit.table()
        table.add("name", name)
        table.add("pages", [page])
        table.add("every", every)
        table.add(tomlkit.comment(f"added by byline add on {date.today().isoformat()}"))
        table.add(tomlkit.nl())
        return table

    try:
        document = tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    sources = document.get("sources")
    if sources is None:
        sources = tomlkit.aot()
        document.append("sources", sources)
    elif not isinstance(sources, tomlkit.items.AoT):
        raise ConfigError(f"{file}: sources is not an array of [[sources]] tables")
    sources.append(entry())
    shown = tomlkit.aot()
    shown.append(entry())
    block = tomlkit.dumps({"sources": shown})
    new_text = tomlkit.dumps(document)
    at = new_text.rfind(block)
    if at > 0 and new_text[at - 2 : at] != "\n\n":  # a blank line before the new table
        new_text = new_text[:at] + ("\n" if new_text[at - 1] == "\n" else "\n\n") + new_text[at:]
    _from_text(file, new_text)  # never write a configuration byline could not read back
    mode = file.stat().st_mode & 0o7777 if file.exists() else 0o644
    atomic_write(file, new_text.encode("utf-8"), mode=mode)
    return block
