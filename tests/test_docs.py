"""The README and --help never drift from the code."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from byline.cli import cli
from byline.config import _ConfigFile
from byline.models import FetchSettings

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


@pytest.mark.parametrize(
    ("table", "key"),
    [
        (table, key)
        for table in ("archive", "fetch", "daemon", "boilerplate", "discovery")
        for key in sorted(_ConfigFile.model_fields[table].annotation.model_fields)
    ],
)
def test_every_table_key_is_documented(table, key):
    assert f"\n{key} = " in README, f"README's configuration lacks [{table}] {key}"
    if table == "fetch":
        assert hasattr(FetchSettings, key)


@pytest.mark.parametrize(
    "key", sorted(_ConfigFile.model_fields["sources"].annotation.__args__[0].model_fields)
)
def test_every_source_key_is_documented(key):
    assert f"\n{key} = " in README or f"\n# {key} = " in README, (
        f"README's configuration lacks the source key {key}"
    )
