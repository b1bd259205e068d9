"""`byline verify`: an archive made by a real pass checks clean; each kind of damage
done to it afterwards is found, named by its file, and makes the exit status 1."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from helpers import byline, made_archive

from byline.archive import DaemonLock


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


FIXABLE = {
    _delete_md: "written again from its .json",
    _delete_json: "written again from the index",
    _edit_text: "written again from the index; the file found is kept as",
    _edit_md: "written again from its .json",
    _corrupt_json: "written again from the index; the file found is kept as",
    _drop_index_row: "indexed",
    _leave_temporary: "removed",
}
UNFIXABLE = {
    _delete_raw: "the raw page has no other copy",
    _alter_raw: "the raw page has no other copy",
    _truncate_raw: "the raw page has no other copy",
    _change_revision: "the file and the index disagree",
}


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _age(path: str | Path) -> None:
    """Make a temporary file look left over from long ago, not a write in progress."""
    old = time.time() - 3600
    os.utime(path, (old, old))


@pytest.mark.parametrize("damage", list(FIXABLE), ids=[d.__name__.strip("_") for d in FIXABLE])
def test_repair_fixes_what_it_can_without_loss(archive, damage):
    config, root = archive
    stem = stems(root)[2]
    before = snapshot(root)
    kind, path = damage(root, stem)
    if kind == "temporary":
        _age(path)
    damaged = Path(path).read_bytes() if Path(path).exists() else None
    code, out, err = byline(config, "verify", "--repair")
    assert code == 0, out + err
    relative = str(Path(path).relative_to(root))
    assert out.splitlines()[0].startswith(f"fixed: {kind}: {relative}: ")
    assert FIXABLE[damage] in out
    assert err.strip().endswith("fixed, 0 left")
    code, out, err = byline(config, "verify")
    assert (code, out) == (0, ""), out + err
    after = snapshot(root)
    for name, data in before.items():  # every record file is what it was archived as
        if name.endswith((".json", ".md", ".html.gz")):
            assert after[name] == data, name
    if "kept as" in FIXABLE[damage]:  # and the damaged file is kept beside it
        (kept,) = [name for name in after if name not in before and ".json." in name]
        assert after[kept] == damaged


@pytest.mark.parametrize("damage", list(UNFIXABLE), ids=[d.__name__.strip("_") for d in UNFIXABLE])
def test_repair_names_what_it_cannot_fix_and_touches_nothing(archive, damage):
    config, root = archive
    stem = stems(root)[2]
    kind, path = damage(root, stem)
    before = snapshot(root)
    code, out, err = byline(config, "verify", "--repair")
    assert code == 1
    relative = str(Path(path).relative_to(root))
    assert f"left: {kind}: {relative}: " in out and UNFIXABLE[damage] in out
    assert err.strip().endswith(" left") and "Traceback" not in err

    def files(found: dict[str, bytes]) -> dict[str, bytes]:
        return {k: v for k, v in found.items() if not k.startswith(("index.sqlite", "daemon"))}

    assert files(snapshot(root)) == files(before)


def test_repair_leaves_a_young_temporary_file_and_many_findings_at_once(archive):
    config, root = archive
    all_stems = stems(root)
    _delete_md(root, all_stems[0])
    _drop_index_row(root, all_stems[1])
    _, young = _leave_temporary(root, all_stems[2])
    _delete_raw(root, all_stems[3])
    code, out, err = byline(config, "verify", "--repair", "--json")
    assert code == 1
    done = [json.loads(line) for line in out.splitlines()]
    assert sorted((d["kind"], d["fixed"]) for d in done) == [
        ("missing", False),
        ("missing", True),
        ("temporary", False),
        ("unknown", True),
    ]
    assert Path(young).exists()
    assert "4 problems: 2 fixed, 2 left" in err
    code, out, _ = byline(config, "verify")
    assert sorted(line.split(":")[0] for line in out.splitlines()) == ["missing", "temporary"]


def test_repair_is_refused_while_a_daemon_holds_the_archive(archive):
    config, root = archive
    _delete_md(root, stems(root)[0])
    lock = DaemonLock(root).acquire()
    try:
        code, _, err = byline(config, "verify", "--repair")
    finally:
        lock.release()
    assert code == 1 and "daemon" in err and "Traceback" not in err
    assert not Path(f"{stems(root)[0]}.md").exists()
