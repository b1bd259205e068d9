"""The README and --help never drift from the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click
import pytest

from byline.cli import cli
from byline.settings import ConfigFile, Source

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented(name):
    command = cli.commands[name]
    assert command.help, f"{name} has no --help text"
    assert f"`byline {name}" in README, f"README does not describe `byline {name}`"
    for param in command.params:
        if isinstance(param, click.Option):
            for flag in param.opts:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"README does not mention {name} {flag}"


TABLES = [name for name in ConfigFile.model_fields if name != "sources"]


def table_model(table: str) -> type:
    return type(getattr(ConfigFile(), table))


def readme_tables() -> dict[str, dict[str, object]]:
    """Every table the README's TOML examples set, merged ([[sources]] left out)."""
    found: dict[str, dict[str, object]] = {}
    for block in re.findall(r"```toml\n(.*?)```", README, re.S):
        for table, keys in tomllib.loads(block).items():
            if table != "sources":
                found.setdefault(table, {}).update(keys)
    return found


@pytest.mark.parametrize(
    ("table", "key"),
    [(table, key) for table in TABLES for key in sorted(table_model(table).model_fields)],
)
def test_every_table_key_is_documented_with_its_default(table, key):
    shown = readme_tables()
    assert key in shown.get(table, {}), f"README's configuration lacks [{table}] {key}"
    default = table_model(table).model_fields[key].default
    value = shown[table][key]
    if isinstance(default, tuple):
        value = tuple(value)  # TOML arrays are tuples in the settings
    assert value == default, f"README shows [{table}] {key} = {value!r}, the default is {default!r}"


@pytest.mark.parametrize("key", sorted(Source.model_fields))
def test_every_source_key_is_documented(key):
    assert f"\n{key} = " in README or f"\n# {key} = " in README, (
        f"README's configuration lacks the source key {key}"
    )
