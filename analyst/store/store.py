"""The DuckDB database of articles and the facts taken from them.

Rules of the concept:
- One file, one schema, versioned (:mod:`analyst.store.schema`). Opening a file never
  changes a file that is not ours: a text file, an empty file or another program's DuckDB
  database is refused with :class:`StoreError` and left byte for byte as it was (it is first
  inspected through a read-only connection).
- One transaction per article: :meth:`Store.add_article` writes the article, its text and
  every fact, participant, actor and evidence row, or nothing at all.
- An article is identified by its id (a hash of its cleaned text); adding it again changes
  nothing and returns ``False``.
- Facts merge across articles by their content-derived ``id``. When a fact is already
  stored, the new article adds its evidence rows and its actors; a field the stored fact
  lacks (NULL) is filled from the new one — for a date, start, end and precision are taken
  together; fields already known are never overwritten. Participants are kept as first
  stored, except that an unnamed participant gets the name the new article gives at the same
  position for the same country.
- A DuckDB connection must not be used by two threads at once: a worker thread queries
  through its own :meth:`Store.cursor`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import polars as pl

from analyst.model import Article, Deadline, Evidence, Facts, FuzzyDate, Interaction, Tariff
from analyst.store import schema
from analyst.store._sql import frame, placeholders
from analyst.store.errors import StoreError

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file
_CHUNK = 256  # rows per INSERT statement

Row = tuple[object, ...]


class Store:
    """An open analyst database. Make one with :meth:`open` or :meth:`memory`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None, read_only: bool) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._path = path
        self._read_only = read_only

    # --- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Opens (creating and migrating as needed) the database at ``path``.

        Raises :class:`StoreError` for a file that is not an analyst database, a database
        made by a newer analyst, a file another program holds (``in_use``), or — with
        ``read_only`` — a file that does not exist or still needs migrating.
        """
        p = Path(path).expanduser()
        if p.is_dir():
            raise StoreError.not_analyst(p, "it is a folder")
        exists = p.exists()
        if exists:
            _check_header(p)
            version = _probe(p)
        elif read_only:
            raise StoreError.cannot_open(p, "no such file")
        elif not p.parent.is_dir():
            raise StoreError.cannot_open(p, f"no such folder: {p.parent}")
        else:
            version = None

        known = schema.current_version()
        if version is not None and version > known:
            raise StoreError.not_analyst(
                p, f"made by a newer analyst: schema version {version}, this one knows {known}"
            )
        if read_only:
            if version is None or version < known:
                raise StoreError.cannot_open(
                    p,
                    f"schema version {version or 0} needs upgrading to {known}; "
                    "open it once for writing",
                )
            return cls(_connect(p, read_only=True), p, read_only=True)

        con = _connect(p, read_only=False)
        try:
            _refuse_foreign(con, p)  # again: the file may have changed since the probe
            schema.migrate(con)
        except StoreError as e:
            con.close()
            if e.path is None:
                raise StoreError.not_analyst(p, str(e)) from None
            raise
        except BaseException:
            con.close()
            raise
        return cls(con, p, read_only=False)

    @classmethod
    def memory(cls) -> Store:
        """A new, empty database in memory (for tests and ``analyst extract``)."""
        con = duckdb.connect(":memory:")
        schema.migrate(con)
        return cls(con, None, read_only=False)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- properties ---------------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, for the query modules of this package and the GUI thread."""
        if self._con is None:
            raise StoreError(f"{self._name}: the database is closed")
        return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection to the same database for another thread (close it when done)."""
        return self.con.cursor()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def _name(self) -> str:
        return str(self._path) if self._path else ":memory:"

    def schema_version(self) -> int:
        return schema.stored_version(self.con) or 0

    def counts(self) -> dict[str, int]:
        """Rows per table, e.g. ``{"articles": 2, "interactions": 5, …}``."""
        query = " UNION ALL ".join(
            f"SELECT '{t}' AS name, count(*) AS n FROM {t}" for t in schema.TABLES
        )
        return {str(name): int(n) for name, n in self.con.execute(query).fetchall()}

    # --- articles -----------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        # fetchall, not fetchone: DuckDB 2.x keeps a half-read result open on the connection
        found = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchall()
        return bool(found)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article with its text, or ``None``."""
        rows = frame(
            self,
            "SELECT id, title, source, url, published, path, text, ingested_at"
            " FROM articles WHERE id = ?",
            [article_id],
        ).to_dicts()
        return rows[0] if rows else None

    def articles(self) -> pl.DataFrame:
        """One row per article (without its text): id, title, source, url, published, path,
        ingested_at, chars, n_evidence — oldest publication first, undated last."""
        return frame(
            self,
            """
            SELECT a.id, a.title, a.source, a.url, a.published, a.path, a.ingested_at,
                   length(a.text) AS chars, coalesce(e.n, 0) AS n_evidence
            FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM evidence GROUP BY 1) e
                   ON e.article_id = a.id
            ORDER BY a.published NULLS LAST, a.ingested_at, a.id
            """,
        )

    def add_article(self, article: Article, facts: Facts) -> bool:
        """Stores ``article`` (with its text) and ``facts`` in one transaction.

        Returns ``False`` and changes nothing when the article is already stored. On any
        error the transaction is rolled back and the error re-raised.
        """
        self._require_writable("add articles")
        con = self.con
        con.begin()
        try:
            known = _lookup(con, article.id, facts)
            if known.article:
                con.rollback()
                return False
            pending = _Pending(article.id, known)
            _insert_article(con, article)
            _insert_actors(con, article.id, facts, known)
            _insert_interactions(con, facts.interactions, pending)
            _insert_tariffs(con, facts.tariffs, pending)
            _insert_deadlines(con, facts.deadlines, pending)
            _insert_evidence_and_fact_actors(con, pending)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return True

    # --- countries ----------------------------------------------------------------------

    def ensure_countries(self, rows: Iterable[Sequence[object]]) -> int:
        """Stores ``(iso3, name, lat, lon)`` rows (from the caller's gazetteer), replacing
        what was stored for those codes; returns how many rows were given."""
        self._require_writable("store countries")
        data = [(r[0], r[1], r[2], r[3]) for r in rows]
        con = self.con
        con.begin()
        try:
            _insert(
                con,
                "countries",
                ("iso3", "name", "lat", "lon"),
                _unique(data, key=lambda r: r[0]),
                "ON CONFLICT (iso3) DO UPDATE SET"
                " name = excluded.name, lat = excluded.lat, lon = excluded.lon",
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return len(data)

    def _require_writable(self, what: str) -> None:
        if self._read_only:
            raise StoreError(
                f"{self._name}: opened read-only, cannot {what}",
                path=self._path,
                reason="opened read-only",
            )


# --- opening: checks that never write ----------------------------------------------------


def _check_header(p: Path) -> None:
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise StoreError.cannot_open(p, e.strerror or str(e)) from None
    if not head:
        raise StoreError.not_analyst(p, "empty file")
    if head[8:12] != _DUCKDB_MAGIC:
        raise StoreError.not_analyst(p, "not a DuckDB file")


def _probe(p: Path) -> int | None:
    """The schema version of an existing DuckDB file (``None``: an empty DuckDB database),
    read through a read-only connection so that a file we refuse is never written."""
    try:
        con = _connect(p, read_only=True)
    except StoreError as e:
        if e.reason != "already open in this program":
            raise
        # This process holds it read-write: that connection already accepted it as ours
        # (or will refuse it before writing, see Store.open).
        return _probe_shared(p)
    try:
        _refuse_foreign(con, p)
        return schema.stored_version(con)
    finally:
        con.close()


def _probe_shared(p: Path) -> int | None:
    con = _connect(p, read_only=False)
    try:
        _refuse_foreign(con, p)
        return schema.stored_version(con)
    finally:
        con.close()


def _refuse_foreign(con: duckdb.DuckDBPyConnection, p: Path) -> None:
    tables = schema.user_tables(con)
    if tables and "schema_version" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError.not_analyst(p, f"a DuckDB database of another program: {shown}")


def _connect(p: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as e:
        message = str(e)
        if "lock" in message.lower():
            raise StoreError.cannot_open(
                p,
                "in use by another program",
                in_use=True,
                read_only_possible="read-only mode" in message,
            ) from None
        if "not a valid DuckDB database" in message:
            raise StoreError.not_analyst(p, "not a DuckDB file") from None
        raise StoreError.cannot_open(p, message.splitlines()[0]) from None
    except duckdb.ConnectionException:
        # DuckDB allows one configuration per file per process.
        raise StoreError.cannot_open(p, "already open in this program") from None
    except duckdb.Error as e:
        raise StoreError.cannot_open(p, str(e).splitlines()[0]) from None


# --- writing one article -----------------------------------------------------------------
#
# DuckDB spends a few milliseconds on every ``INSERT … ON CONFLICT``, against about one for a
# plain INSERT, and an article touches ten tables. So one query first finds what is already
# stored (the article, its fact ids, its people), then new rows go in with plain INSERTs and
# only facts and people already known get an UPDATE that fills their NULL fields.
#
# Module-level functions (not methods) so a test can replace one and prove the rollback.


@dataclass(slots=True)
class _Known:
    """What the database already holds of an article about to be added."""

    article: bool = False
    evidence: bool = False  # evidence rows already naming this article (see _Pending)
    facts: set[str] = field(default_factory=set)
    actors: dict[str, tuple[object, object, object]] = field(default_factory=dict)


@dataclass(slots=True)
class _Pending:
    """Evidence and fact-actor rows gathered from all facts, written at the end in one go."""

    article_id: str
    known: _Known
    evidence: list[Row] = field(default_factory=list)
    fact_actors: list[Row] = field(default_factory=list)


def _people(facts: Facts) -> list[Row]:
    """``(name, country, title, caveat)`` of everyone the facts name: the article's leaders
    first, then people named in a fact, so every name a fact refers to gets an actor."""
    people: list[Row] = [(p.name, p.country, p.title, p.caveat) for p in facts.leaders]
    for i in facts.interactions:
        people += [(p.name, p.country, None, None) for p in i.participants if p.name]
    for t in facts.tariffs:
        people += [(name, None, None, None) for name in t.actors]
    for d in facts.deadlines:
        people += [(name, None, None, None) for name in d.actors]
    merged: dict[object, list[object]] = {}
    for row in people:  # first non-NULL value of each field, per name
        known = merged.setdefault(row[0], list(row))
        for k, value in enumerate(row):
            if known[k] is None:
                known[k] = value
    return [tuple(r) for r in merged.values()]


def _lookup(con: duckdb.DuckDBPyConnection, article_id: str, facts: Facts) -> _Known:
    ids = {
        *(i.id for i in facts.interactions),
        *(t.id for t in facts.tariffs),
        *(d.id for d in facts.deadlines),
    }
    names = [p[0] for p in _people(facts)]
    parts = [
        "SELECT 'article' AS what, id AS key, NULL AS a, NULL AS b, NULL AS c"
        " FROM articles WHERE id = ?",
        "SELECT 'evidence', NULL, NULL, NULL, NULL"
        " WHERE EXISTS (SELECT 1 FROM evidence WHERE article_id = ?)",
    ]
    params: list[object] = [article_id, article_id]
    if ids:
        marks = placeholders(len(ids))
        for table in ("interactions", "tariffs", "deadlines"):
            parts.append(f"SELECT 'fact', id, NULL, NULL, NULL FROM {table} WHERE id IN ({marks})")
            params += sorted(ids)
    if names:
        parts.append(
            "SELECT 'actor', name, country, title, caveat FROM actors"
            f" WHERE name IN ({placeholders(len(names))})"
        )
        params += names
    known = _Known()
    for what, key, a, b, c in con.execute(" UNION ALL ".join(parts), params).fetchall():
        if what == "article":
            known.article = True
        elif what == "evidence":
            known.evidence = True
        elif what == "fact":
            known.facts.add(key)
        else:
            known.actors[key] = (a, b, c)
    return known


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Row],
    conflict: str = "",
) -> None:
    """``INSERT INTO table`` a few hundred rows per statement, every value a parameter."""
    if not rows:
        return
    names = ", ".join(columns)
    one = f"({placeholders(len(columns))})"
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        values = ", ".join([one] * len(chunk))
        con.execute(
            f"INSERT INTO {table} ({names}) VALUES {values} {conflict}",
            [v for row in chunk for v in row],
        )


def _fill_nulls(
    con: duckdb.DuckDBPyConnection,
    table: str,
    key: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Row],
    dated: Sequence[str] = (),
) -> None:
    """Fills the NULL ``columns`` (name, SQL type) of stored rows from ``rows`` (key first,
    then ``columns`` in order); ``dated`` = (start, end, precision) among them are filled
    together, only where the stored start is NULL. Known values are never overwritten."""
    if not rows:
        return
    names = [key] + [c for c, _ in columns]
    sets = []
    for column, sql_type in columns:
        new = f"v.{column}::{sql_type}"
        if column in dated:
            sets.append(
                f"{column} = CASE WHEN {table}.{dated[0]} IS NULL"
                f" THEN {new} ELSE {table}.{column} END"
            )
        else:
            sets.append(f"{column} = coalesce({table}.{column}, {new})")
    one = f"({placeholders(len(names))})"
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        con.execute(
            f"UPDATE {table} SET {', '.join(sets)}"
            f" FROM (VALUES {', '.join([one] * len(chunk))}) v({', '.join(names)})"
            f" WHERE {table}.{key} = v.{key}",
            [v for row in chunk for v in row],
        )


def _first_by_id(rows: Iterable[Row]) -> list[Row]:
    """The first row for each id (column 0), in order."""
    seen: dict[object, Row] = {}
    for row in rows:
        seen.setdefault(row[0], row)
    return list(seen.values())


def _unique(rows: Iterable[Row], key: Any) -> list[Row]:
    seen: dict[object, Row] = {}
    for row in rows:
        seen.setdefault(key(row), row)
    return list(seen.values())


def _date(d: FuzzyDate | None) -> tuple[object, object, object]:
    return (d.start, d.end, d.precision) if d else (None, None, None)


def _split(rows: list[Row], known: set[str]) -> tuple[list[Row], list[Row]]:
    """(rows of new facts, rows of facts already stored), each fact once."""
    unique = _first_by_id(rows)
    return [r for r in unique if r[0] not in known], [r for r in unique if r[0] in known]


def _gather(pending: _Pending, fact_id: str, kind: str, fact: Any, people: Iterable[str]) -> None:
    evidence: tuple[Evidence, ...] = fact.evidence
    pending.evidence += [
        (fact_id, kind, e.article_id, e.start, e.end, e.sentence) for e in evidence
    ]
    pending.fact_actors += [(fact_id, name) for name in people]


def _insert_article(con: duckdb.DuckDBPyConnection, a: Article) -> None:
    _insert(
        con,
        "articles",
        ("id", "title", "source", "url", "published", "path", "text"),
        [(a.id, a.title, a.source, a.url, a.published, a.path, a.text)],
    )


def _insert_actors(
    con: duckdb.DuckDBPyConnection, article_id: str, facts: Facts, known: _Known
) -> None:
    new: list[Row] = []
    fill: list[Row] = []
    for row in _people(facts):
        stored = known.actors.get(str(row[0]))
        if stored is None:
            new.append(row)
        elif any(
            old is None and value is not None for old, value in zip(stored, row[1:], strict=True)
        ):
            fill.append(row)
    _insert(con, "actors", ("name", "country", "title", "caveat"), new)
    _fill_nulls(
        con,
        "actors",
        "name",
        (("country", "VARCHAR"), ("title", "VARCHAR"), ("caveat", "VARCHAR")),
        fill,
    )
    _insert(
        con,
        "article_actors",
        ("article_id", "name", "mentions"),
        _unique([(article_id, p.name, p.mentions) for p in facts.leaders], key=lambda r: r[1]),
    )


_DATED = (("date_start", "DATE"), ("date_end", "DATE"), ("date_precision", "VARCHAR"))
_DATE_NAMES = ("date_start", "date_end", "date_precision")


def _insert_interactions(
    con: duckdb.DuckDBPyConnection, interactions: Sequence[Interaction], pending: _Pending
) -> None:
    rows: list[Row] = []
    participants: list[Row] = []
    for i in interactions:
        rows.append((i.id, i.initiator, i.location, *_date(i.date), i.kind, i.status))
        participants += [(i.id, n, p.country, p.name) for n, p in enumerate(i.participants)]
        _gather(pending, i.id, "interaction", i, i.people)
    known = pending.known.facts
    new, old = _split(rows, known)
    _insert(
        con,
        "interactions",
        ("id", "initiator", "location", *_DATE_NAMES, "kind", "status"),
        new,
    )
    _fill_nulls(
        con,
        "interactions",
        "id",
        (("initiator", "VARCHAR"), ("location", "VARCHAR"), *_DATED),
        [r[:6] for r in old],
        _DATE_NAMES,
    )
    fresh = {r[0] for r in new}
    participants = _unique(participants, key=lambda r: (r[0], r[1]))
    _insert(
        con,
        "interaction_participants",
        ("interaction_id", "position", "country", "actor_name"),
        [p for p in participants if p[0] in fresh],
    )
    named = [p for p in participants if p[0] in known and p[3] is not None]
    if named:
        # A participant stored unnamed gets the name this article gives it at the same
        # position for the same country.
        con.execute(
            "UPDATE interaction_participants p SET actor_name = v.name"
            f" FROM (VALUES {', '.join(['(?, ?, ?, ?)'] * len(named))})"
            " v(interaction_id, position, country, name)"
            " WHERE p.interaction_id = v.interaction_id AND p.position = v.position"
            " AND p.country = v.country AND p.actor_name IS NULL",
            [v for row in named for v in row],
        )


def _insert_tariffs(
    con: duckdb.DuckDBPyConnection, tariffs: Sequence[Tariff], pending: _Pending
) -> None:
    rows: list[Row] = []
    for t in tariffs:
        values = (t.imposer, t.target, t.target_group, t.rate_pct, t.reason, t.scope)
        rows.append((t.id, *values, *_date(t.date), t.measure, t.status))
        _gather(pending, t.id, "tariff", t, t.actors)
    new, old = _split(rows, pending.known.facts)
    plain = ("imposer", "target", "target_group", "rate_pct", "reason", "scope")
    _insert(con, "tariffs", ("id", *plain, *_DATE_NAMES, "measure", "status"), new)
    _fill_nulls(
        con,
        "tariffs",
        "id",
        (
            ("imposer", "VARCHAR"),
            ("target", "VARCHAR"),
            ("target_group", "VARCHAR"),
            ("rate_pct", "DOUBLE"),
            ("reason", "VARCHAR"),
            ("scope", "VARCHAR"),
            *_DATED,
        ),
        [r[:10] for r in old],
        _DATE_NAMES,
    )


def _insert_deadlines(
    con: duckdb.DuckDBPyConnection, deadlines: Sequence[Deadline], pending: _Pending
) -> None:
    rows: list[Row] = []
    for d in deadlines:
        rows.append((d.id, d.setter, d.subject, *_date(d.due), d.label, d.kind))
        _gather(pending, d.id, "deadline", d, d.actors)
    new, old = _split(rows, pending.known.facts)
    due = ("due_start", "due_end", "due_precision")
    _insert(con, "deadlines", ("id", "setter", "subject", *due, "label", "kind"), new)
    _fill_nulls(
        con,
        "deadlines",
        "id",
        (
            ("setter", "VARCHAR"),
            ("subject", "VARCHAR"),
            ("due_start", "DATE"),
            ("due_end", "DATE"),
            ("due_precision", "VARCHAR"),
        ),
        [r[:6] for r in old],
        due,
    )


def _insert_evidence_and_fact_actors(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    # Evidence from this (new) article cannot be stored yet, unless an earlier article's
    # facts cited this one: then, and for rows citing other articles, skip duplicates.
    evidence = _unique(pending.evidence, key=lambda r: (r[0], r[2], r[3]))
    columns = ("fact_id", "fact_kind", "article_id", "start", '"end"', "sentence")
    own = pending.article_id
    plain = [] if pending.known.evidence else [r for r in evidence if r[2] == own]
    others = [r for r in evidence if r[2] != own or pending.known.evidence]
    _insert(con, "evidence", columns, plain)
    _insert(con, "evidence", columns, others, "ON CONFLICT DO NOTHING")

    # People of new facts are new rows; those of known facts may be stored already.
    rows = _unique(pending.fact_actors, key=lambda r: r)
    known = pending.known.facts
    _insert(con, "fact_actors", ("fact_id", "actor_name"), [r for r in rows if r[0] not in known])
    _insert(
        con,
        "fact_actors",
        ("fact_id", "actor_name"),
        [r for r in rows if r[0] in known],
        "ON CONFLICT DO NOTHING",
    )
