"""`byline verify`: an archive made by a real pass checks clean; each kind of damage
done to it afterwards is found, named by its file, and makes the exit status 1."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import byline, made_archive


@pytest.fixture(scope="module")
def made(tmp_path_factory, sites_dir):
    """A config and the archive a real `byline run` made of the fixture site (once for
    the module; the server is stopped again: verify uses no network)."""
    return made_archive(tmp_path_factory.mktemp("verify"), sites_dir)


@pytest.fixture
def archive(made, tmp_path) -> tuple[Path, Path]:
    """A fresh copy of the made archive, for one test to damage: (config, root)."""
    shutil.copytree(made.parent / "archive", tmp_path / "archive")
    config = tmp_path / "config.toml"
    shutil.copy(made, config)
    return config, tmp_path / "archive"


def stems(root: Path) -> list[Path]:
    return sorted(p.with_name(p.name.removesuffix(".json")) for p in root.rglob("*.json"))


def test_an_archive_a_pass_made_is_clean(archive):
    config, root = archive
    code, out, err = byline(config, "verify")
    assert code == 0, out + err
    assert out == ""
    records = len(list(root.rglob("*.json")))
    assert err.strip() == f"{records} records checked: no problem found"


def _delete_md(root, stem):
    Path(f"{stem}.md").unlink()
    return "missing", f"{stem}.md"


def _delete_raw(root, stem):
    Path(f"{stem}.html.gz").unlink()
    return "missing", f"{stem}.html.gz"


def _delete_json(root, stem):
    Path(f"{stem}.json").unlink()
    return "missing", f"{stem}.json"


def _edit_text(root, stem):
    path = Path(f"{stem}.json")
    data = json.loads(path.read_text())
    data["text"] += " An added sentence."
    path.write_text(json.dumps(data))
    return "altered", f"{stem}.json"


def _edit_md(root, stem):
    path = Path(f"{stem}.md")
    path.write_text(path.read_text().replace("# ", "# Not ", 1))
    return "markdown", f"{stem}.md"


def _alter_raw(root, stem):
    Path(f"{stem}.html.gz").write_bytes(gzip.compress(b"<html>another page</html>"))
    return "altered", f"{stem}.html.gz"


def _truncate_raw(root, stem):
    path = Path(f"{stem}.html.gz")
    path.write_bytes(path.read_bytes()[:30])
    return "altered", f"{stem}.html.gz"


def _corrupt_json(root, stem):
    path = Path(f"{stem}.json")
    path.write_bytes(path.read_bytes()[:100])
    return "unreadable", f"{stem}.json"


def _drop_index_row(root, stem):
    db = sqlite3.connect(root / "index.sqlite")
    relative = str(Path(f"{stem}.json").relative_to(root))
    with db:
        assert db.execute("DELETE FROM records WHERE path = ?", (relative,)).rowcount == 1
    db.close()
    return "unknown", f"{stem}.json"


def _leave_temporary(root, stem):
    path = stem.parent / ".tmp-abc123.part"
    path.write_bytes(b"half a file")
    return "temporary", str(path)


def _change_revision(root, stem):
    path = Path(f"{stem}.json")
    data = json.loads(path.read_text())
    data["url"] = "https://elsewhere.example/another/"
    path.write_text(json.dumps(data))
    return "index", f"{stem}.json"


DAMAGE = [
    _delete_md,
    _delete_raw,
    _delete_json,
    _edit_text,
    _edit_md,
    _alter_raw,
    _truncate_raw,
    _corrupt_json,
    _drop_index_row,
    _leave_temporary,
    _change_revision,
]


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__.strip("_") for d in DAMAGE])
def test_each_kind_of_damage_is_found_and_named(archive, damage):
    config, root = archive
    stem = stems(root)[2]
    kind, path = damage(root, stem)
    code, out, err = byline(config, "verify")
    assert code == 1, out + err
    relative = str(Path(path).relative_to(root))
    lines = out.splitlines()
    assert any(line.startswith(f"{kind}: {relative}: ") for line in lines), out
    assert "Traceback" not in err and err.strip().endswith("problem" + "s" * (len(lines) > 1))
    code, out, _ = byline(config, "verify", "--json")
    found = [json.loads(line) for line in out.splitlines()]
    assert {"kind": kind, "path": relative} in [
        {"kind": f["kind"], "path": f["path"]} for f in found
    ]


def test_a_missing_record_file_is_only_what_went_missing(archive):
    """Deleting one `.json` is one finding, not also its `.md` or raw page."""
    config, root = archive
    stem = stems(root)[0]
    Path(f"{stem}.json").unlink()
    code, out, _ = byline(config, "verify")
    assert code == 1
    assert out.splitlines() == [
        f"missing: {Path(f'{stem}.json').relative_to(root)}: the record file is gone"
    ]
