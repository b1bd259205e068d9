"""Full-text search over the current text of every record: SQLite FTS5.

The `search` table holds one row per record, its latest revision's title,
author and text, under the rowid made of the record's 12 hex digits;
`search_filters` holds, under the same key, what the filters look at (source,
day, author folded), so a filtered search reads no record, and no FTS row's
whole text, until the page of hits is known.
`Records.add` keeps it in step, in the same transaction as the record, so a
new revision, a `reextract` or a re-clean replaces what is searched.

Words are folded (case, and accents: `Bogota` finds `Bogotá`) and English
words stemmed (`elections` finds `election`). The query is FTS5's own
language: `"a phrase"`, `AND`, `OR`, `NOT`, `prefix*`, `title:word`,
`NEAR(a b, 5)`. A title match weighs more than an author match, which weighs
more than one in the text; the snippet is always from the text.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..models import EVERYTHING, Filters
from ..urls import host_key
from .db import Database, folded
from .where import LATEST, matching

if TYPE_CHECKING:
    from ..models import Record

_START, _END = "\x02", "\x03"  # around each matched word in a snippet, never in a text
_WEIGHTS = "bm25(search, 10.0, 5.0, 1.0)"
_SNIPPET_WORDS = 24
_WORD = re.compile(r"[^\W_]+")  # what the tokenizer keeps of a text
_PHRASE_WORDS = 12  # of a block's words, to find the records that may hold it


@dataclass(frozen=True)
class Hit:
    """One record found: where it is, what it is, and the words around the match.
    `highlights` are (start, end) offsets in `snippet` of the words that matched."""

    id: str
    revision: int
    source: str
    author: str | None
    title: str | None
    date: str | None
    url: str
    path: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    score: float  # higher is better

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "revision": self.revision,
            "source": self.source,
            "author": self.author,
            "title": self.title,
            "date": self.date,
            "url": self.url,
            "path": self.path,
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
            "score": round(self.score, 4),
        }


class Search:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, record: Record) -> None:
        """Make this revision the record's searched text."""
        key = int(record.id, 16)
        self.db.execute("DELETE FROM search WHERE rowid = ?", (key,))
        self.db.execute(
            "INSERT INTO search (rowid, title, author, text) VALUES (?, ?, ?, ?)",
            (key, record.title or "", record.author or "", record.text),
        )
        self.db.execute(
            """INSERT OR REPLACE INTO search_filters (key, source, host, day, who)
               VALUES (?, ?, ?, ?, ?)""",
            (
                key,
                record.source,
                host_key(record.url),
                (record.date or record.fetched_at)[:10],
                folded(record.author),
            ),
        )

    def holding(self, host: str, text: str) -> list[str]:
        """Ids of the records on `host` whose current text may hold `text`: those with
        the phrase of its first words (words folded and stemmed as in any search)."""
        words = _WORD.findall(text)[:_PHRASE_WORDS]
        if not words:
            return []
        phrase = '"' + " ".join(words) + '"'
        rows = self.db.execute(
            """SELECT search.rowid AS key FROM search
               JOIN search_filters AS f ON f.key = search.rowid
               WHERE search MATCH ? AND f.host = ?""",
            (phrase, host),
        )
        return [f"{row['key']:012x}" for row in rows]

    def query(
        self, query: str, filters: Filters = EVERYTHING, limit: int = 20, offset: int = 0
    ) -> list[Hit]:
        """The records matching `query` under `filters`, best first.

        A snippet asked for in the ranking statement is cut for every match before the
        sort keeps a page of them: a third of the time of a query matching every record.
        So the query is ranked alone, and the page's snippets asked for its rowids in a
        second statement, which reads the matches' doclists again but cuts 20 snippets.
        Not for a prefix query: FTS5 merges the doclists of every word a prefix stands
        for in each statement, which costs more than the snippets."""
        if not query.strip():
            raise UsageError("search: the query is empty")
        snippet = f"snippet(search, 2, '{_START}', '{_END}', '…', {_SNIPPET_WORDS})"
        at_once = "*" in query
        also = f", {snippet} AS snip" if at_once else ""
        ranked = self._run(
            f"""SELECT search.rowid AS key, -{_WEIGHTS} AS score{also}
                {self._matches(filters)} ORDER BY {_WEIGHTS} LIMIT ? OFFSET ?""",
            [query, *_on_search(filters)[1], limit, offset],
        )
        if not ranked:
            return []
        keys = [row["key"] for row in ranked]
        marks = ",".join("?" * len(keys))
        if at_once:
            snippets = {row["key"]: row["snip"] for row in ranked}
        else:
            snippets = {
                row["key"]: row["snip"]
                for row in self.db.execute(
                    f"""SELECT rowid AS key, {snippet} AS snip FROM search
                        WHERE search MATCH ? AND rowid IN ({marks})""",
                    [query, *keys],
                )
            }
        records = {
            row["key"]: row
            for row in self.db.execute(
                f"""SELECT record_rowid(r.id) AS key, r.* FROM records AS r
                    WHERE r.id IN ({marks}) AND {LATEST}""",
                [f"{key:012x}" for key in keys],
            )
        }
        return [
            _hit(records[row["key"]], snippets.get(row["key"], ""), row["score"])
            for row in ranked
            if row["key"] in records
        ]

    def count(self, query: str, filters: Filters = EVERYTHING) -> int:
        """How many records match, all pages together."""
        row = self._run(
            f"SELECT COUNT(*) AS n {self._matches(filters)}", [query, *_on_search(filters)[1]]
        )
        return int(row[0]["n"]) if row else 0

    def _matches(self, filters: Filters) -> str:
        """`FROM ... WHERE ...` of the rows matching a query (its one `?`) and `filters`.
        The table holds only latest revisions, so no row of `records` is read."""
        if filters == EVERYTHING:
            return "FROM search WHERE search MATCH ?"
        condition, _ = _on_search(filters)
        return f"""FROM search JOIN search_filters AS f ON f.key = search.rowid
                   WHERE search MATCH ? AND {condition}"""

    def _run(self, sql: str, args: list[Any]) -> list[sqlite3.Row]:
        """Rows of a statement whose first argument is the user's query: a malformed
        query is a UsageError saying what is wrong with it."""
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            why = _plain(exc)
            raise UsageError(f"search: {args[0]!r} is not a valid query: {why}") from None


def _on_search(filters: Filters) -> tuple[str, list[str]]:
    return matching(filters, source="f.source", day="f.day", who="f.who")


def _plain(exc: sqlite3.OperationalError) -> str:
    why = str(exc).removeprefix("fts5: ")
    if "no such column" in why:
        return why + " (a word before ':' names a column: title, author or text)"
    if "syntax error" in why:
        return why + ' (put words with punctuation in double quotes: "O\'Brien")'
    return why


def _hit(row: sqlite3.Row, snip: str, score: float) -> Hit:
    snippet, highlights = _marked(snip or "")
    return Hit(
        id=row["id"],
        revision=row["revision"],
        source=row["source"],
        author=row["author"],
        title=row["title"],
        date=row["date"] or row["fetched_at"][:10],
        url=row["url"],
        path=row["path"],
        snippet=snippet,
        highlights=highlights,
        score=float(score),
    )


_MARK = re.compile(f"{_START}(.*?){_END}", re.S)


def _marked(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet on one line without its marks, and where the marked words are in it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    length = 0
    for match in _MARK.finditer(snippet):
        before = _one_line(snippet[at : match.start()])
        word = _one_line(match.group(1))
        plain += [before, word]
        length += len(before)
        spans.append((length, length + len(word)))
        length += len(word)
        at = match.end()
    plain.append(_one_line(snippet[at:]))
    return "".join(plain), tuple(spans)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)
