"""A word-level diff of two revisions' texts, for the column page.

Words are compared with the whitespace between them kept apart, so the result can
be shown with paragraph breaks where the texts have them. Each piece is
("same" | "inserted" | "deleted", text).
"""

from __future__ import annotations

import difflib
import re

_TOKENS_RE = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The pieces that turn `old` into `new`, in reading order; neighbours of one kind
    are joined."""
    before, after = _TOKENS_RE.findall(old), _TOKENS_RE.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(pieces, "same", "".join(before[i1:i2]))
            continue
        if op in ("delete", "replace"):
            _add(pieces, "deleted", "".join(before[i1:i2]))
        if op in ("insert", "replace"):
            _add(pieces, "inserted", "".join(after[j1:j2]))
    return pieces


def _add(pieces: list[tuple[str, str]], kind: str, text: str) -> None:
    """Add a piece. Only words are marked: the whitespace around them reads as
    unchanged (the break before an inserted paragraph is not marked); whitespace that
    alone was deleted is left out, and alone inserted is kept."""
    core = text.strip()
    if kind == "same" or not core:
        if kind != "deleted":
            _put(pieces, "same", text)
        return
    start = text.index(core)
    _put(pieces, "same", text[:start])
    _put(pieces, kind, core)
    _put(pieces, "same", text[start + len(core) :])


def _put(pieces: list[tuple[str, str]], kind: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == kind:
        pieces[-1] = (kind, pieces[-1][1] + text)
    else:
        pieces.append((kind, text))


def changed_words(pieces: list[tuple[str, str]]) -> tuple[int, int]:
    """How many words were inserted and deleted."""
    inserted = sum(len(t.split()) for kind, t in pieces if kind == "inserted")
    deleted = sum(len(t.split()) for kind, t in pieces if kind == "deleted")
    return inserted, deleted
