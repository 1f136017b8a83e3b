"""A folder of Parquet fact files, explorable in place through a small DuckDB database.

:func:`attach_parquet` makes a database file whose tables are views over the Parquet layout
of :mod:`analyst.store.rows` (what a map step — ``benchmarks/parquet_map.py``, Spark, Ray —
writes), so that :meth:`Store.open`, every query of this package, ``analyst facts`` and the
dashboard read the facts where they lie, without loading them.

Rules of the concept:
- The database holds ``schema_version`` (the current version, so the store accepts it),
  ``countries`` (from the caller's gazetteer) and :data:`MARKER` (which folder, when, how
  many files and rows per table); every other table of the store is a view, and
  ``parquet_<table>`` views give each table's files as they are, typed as the store types
  them. A missing table folder (or one without ``.parquet`` files) is an empty typed view.
- The same fact told by several articles is one row per article in the files (a map step
  sees one article at a time). Attaching merges those few facts once, as the store's writer
  merges them, into small tables (``merged_<table>``) that the views put in place of the
  per-article rows: the fields the first article gives (the first part file by name, then
  the earliest ingested), a missing field or date filled from a later one, the participants
  of the first with unnamed ones named by later articles, ``people``, ``n_evidence`` and
  ``first_article_id`` recomputed from all the fact's rows. Actors are merged by name the
  same way. So a filter is one scan of the files, as on an ordinary database.
- The layout's one rule for writers: each article is in the folder once (one
  :func:`~analyst.store.rows.fact_rows` call), and each table's rows keep the order
  ``fact_rows`` gives them within a file (the participants of an interaction are
  consecutive, by position).
- The views list the files when queried, but which facts need merging is decided when
  attaching: after files are added, attach again (it rebuilds the database and swaps it in
  atomically; the files themselves are read only for their ids and the merged facts).
- An attached database is opened read-only by :meth:`Store.open`: there is nothing to write
  facts into.
- DuckDB takes no parameters in DDL, so the folder is written into the views' SQL as a
  literal: its single quotes doubled, and the glob characters ``[``, ``*``, ``?`` of its
  name escaped as ``[[]``, ``[*]``, ``[?]``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from analyst.store import schema
from analyst.store._sql import FIRST_EVIDENCE_ORDER, Source, connection
from analyst.store.errors import StoreError
from analyst.store.rows import COLUMNS, FACT_TABLES, LAYOUT_TABLES, FactTable

#: The table that marks a database as an attached folder (see :func:`attachment`).
MARKER = schema.ATTACHED_MARKER
#: The database :func:`attach_parquet` makes when it is not told where.
DEFAULT_NAME = "analyst-attached.duckdb"

_GLOB_CHARACTERS = re.compile(r"([\[*?])")


def sql_string(text: str) -> str:
    """``text`` as a SQL string literal: in single quotes, its single quotes doubled."""
    return "'" + text.replace("'", "''") + "'"


def glob_literal(folder: Path, table: str) -> str:
    """The SQL literal of the glob of ``table``'s files under ``folder``."""
    escaped = _GLOB_CHARACTERS.sub(r"[\1]", folder.as_posix())
    return sql_string(f"{escaped}/{table}/**/*.parquet")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class Attached:
    """What :data:`MARKER` says about one table of an attached folder."""

    table: str
    files: int  # Parquet files when attached
    rows: int  # rows in them (one per article for a fact told by several)
    merged: int  # facts told by several articles, merged when attached (actors: every name)


@dataclass(frozen=True, slots=True)
class Attachment:
    folder: Path
    attached_at: datetime  # UTC
    tables: tuple[Attached, ...]


def attachment(source: Source) -> Attachment | None:
    """The folder a database was attached to, or ``None`` for an ordinary database."""
    con = connection(source)
    if MARKER not in schema.user_tables(con):
        return None
    rows = con.execute(
        f"SELECT folder, attached_at, table_name, files, n_rows, merged FROM {MARKER}"
        " ORDER BY table_name"
    ).fetchall()
    if not rows:
        return None
    return Attachment(
        Path(rows[0][0]),
        rows[0][1],
        tuple(Attached(str(r[2]), int(r[3]), int(r[4]), int(r[5])) for r in rows),
    )


def attach_parquet(
    folder: str | Path,
    db_path: str | Path | None = None,
    *,
    countries: Iterable[Sequence[object]] = (),
) -> Path:
    """Makes (or remakes) the database at ``db_path`` (default: ``folder /``
    :data:`DEFAULT_NAME`) over the Parquet layout in ``folder``; returns its path.

    ``countries`` are ``(iso3, name, lat, lon)`` rows for the ``countries`` table (the
    caller's gazetteer, as :meth:`Store.ensure_countries` takes them). Raises
    :class:`StoreError` when ``folder`` is not a folder, when ``db_path`` is a file that is
    not an attached database (an ordinary analyst database is never replaced), or when the
    database cannot be written; the old database is then left as it was.
    """
    root = Path(folder).expanduser()
    if not root.exists():
        raise StoreError(
            f"{root}: cannot attach (no such folder)", path=root, reason="no such folder"
        )
    if not root.is_dir():
        raise StoreError(f"{root}: cannot attach (not a folder)", path=root, reason="not a folder")
    root = root.resolve()
    target = Path(db_path).expanduser() if db_path is not None else root / DEFAULT_NAME
    if target.is_dir():
        raise StoreError.cannot_open(target, "it is a folder")
    if not target.parent.is_dir():
        raise StoreError.cannot_open(target, f"no such folder: {target.parent}")
    if target.exists():
        _require_attached(target)

    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove(temporary)
    try:
        try:
            con = duckdb.connect(str(temporary))
        except duckdb.Error as e:
            raise StoreError.cannot_open(temporary, str(e).splitlines()[0]) from None
        try:
            _build(con, root, list(countries))
            con.execute("CHECKPOINT")
        finally:
            con.close()
        # a write-ahead log left beside the old file would be replayed into the new one
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        os.replace(temporary, target)
    except OSError as e:
        raise StoreError.cannot_open(target, e.strerror or str(e)) from None
    except duckdb.Error as e:
        raise StoreError(
            f"{root}: cannot attach ({str(e).splitlines()[0]})", path=root, reason=str(e)
        ) from None
    finally:
        _remove(temporary)
    return target


def _remove(path: Path) -> None:
    """Deletes ``path`` and its write-ahead log, where they exist."""
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _require_attached(p: Path) -> None:
    """Refuses to replace a file that is not a database made by :func:`attach_parquet`."""
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise StoreError.cannot_open(p, e.strerror or str(e)) from None
    if head[8:12] != b"DUCK":
        raise _not_replaced(p, "not a database of attached Parquet files")
    try:
        con = duckdb.connect(str(p), read_only=True)
    except duckdb.Error as e:
        message = str(e).splitlines()[0]
        if "lock" in message.lower():
            raise StoreError.cannot_open(p, "in use by another program", in_use=True) from None
        raise StoreError.cannot_open(p, message) from None
    try:
        attached = MARKER in schema.user_tables(con)
    finally:
        con.close()
    if not attached:
        raise _not_replaced(p, "an analyst database with facts of its own, not attached files")


def _not_replaced(p: Path, reason: str) -> StoreError:
    return StoreError(
        f"{p}: not replaced ({reason}); choose another database file", path=p, reason=reason
    )


# --- building the database -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Files:
    """One table's Parquet files under the attached folder."""

    table: str
    glob: str | None  # SQL literal of their glob; None: no files
    present: frozenset[str]  # the table's columns the files have (any of them)
    count: int
    uniform: bool = True  # every file has every one of those columns

    def _read(self, located: bool) -> str:
        # union_by_name reads every file's schema before each query: only when needed
        extra = "" if self.uniform else ", union_by_name = true"
        if located:
            extra += ", filename = true, file_row_number = true"
        return f"read_parquet({self.glob}, hive_partitioning = true{extra})"

    def _typed(self) -> str:
        """The table's columns in order, cast to the store's types; NULL for a column no
        file has."""
        return ", ".join(
            f"CAST({_ident(c) if c in self.present else 'NULL'} AS {t}) AS {_ident(c)}"
            for c, t in COLUMNS[self.table]
        )

    def rows(self) -> str:
        """SELECT of the files' rows, typed: the ``parquet_<table>`` view."""
        if self.glob is None:
            return _empty(self.table)
        return f"SELECT {self._typed()} FROM {self._read(located=False)}"

    def located(self, where: str) -> str:
        """SELECT of the rows meeting ``where`` with ``_part`` (the file's name without its
        folder: the map step's part) and ``_row`` (the row's number in its file)."""
        if self.glob is None:
            empty = _empty(self.table)
            return f"SELECT *, NULL::VARCHAR AS _part, NULL::BIGINT AS _row FROM ({empty})"
        return (
            f"SELECT {self._typed()}, parse_filename(filename) AS _part,"
            f" file_row_number AS _row FROM {self._read(located=True)} WHERE {where}"
        )


def _empty(table: str) -> str:
    columns = ", ".join(f"CAST(NULL AS {t}) AS {_ident(c)}" for c, t in COLUMNS[table])
    return f"SELECT {columns} WHERE FALSE"


def _files(con: duckdb.DuckDBPyConnection, root: Path, table: str) -> _Files:
    folder = root / table
    found = (
        [f for f in folder.rglob("*.parquet") if not f.name.startswith(".")]
        if folder.is_dir()
        else []
    )
    if not found:
        return _Files(table, None, frozenset(), 0)
    glob = glob_literal(root, table)
    columns = [c for c, _ in COLUMNS[table]]
    # how many files have each of the table's columns (from every file's footer, once)
    having = dict(
        con.execute(
            f"SELECT name, count(DISTINCT file_name) FROM parquet_schema({glob})"
            f" WHERE name IN ({', '.join('?' * len(columns))}) GROUP BY name",
            columns,
        ).fetchall()
    )
    n = int(con.execute(f"SELECT count(*) FROM glob({glob})").fetchall()[0][0])
    return _Files(
        table,
        glob,
        frozenset(str(c) for c in having),
        n,
        uniform=all(int(k) == n for k in having.values()),
    )


def _build(con: duckdb.DuckDBPyConnection, root: Path, countries: list[Sequence[object]]) -> None:
    con.execute("SET enable_progress_bar = false")
    con.execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    con.execute(
        "INSERT INTO schema_version VALUES (?, current_timestamp)", [schema.current_version()]
    )
    con.execute(
        "CREATE TABLE countries (iso3 VARCHAR PRIMARY KEY, name VARCHAR, lat DOUBLE, lon DOUBLE)"
    )
    if countries:
        unique = {str(r[0]): (r[0], r[1], r[2], r[3]) for r in countries}
        con.executemany("INSERT INTO countries VALUES (?, ?, ?, ?)", list(unique.values()))

    files = {table: _files(con, root, table) for table in LAYOUT_TABLES}
    for f in files.values():
        con.execute(f"CREATE VIEW parquet_{f.table} AS {f.rows()}")
    merged = _merge(con, files)
    for table in LAYOUT_TABLES:
        con.execute(f"CREATE VIEW {table} AS {_view(table)}")

    con.execute(
        f"CREATE TABLE {MARKER} (folder VARCHAR NOT NULL, table_name VARCHAR NOT NULL,"
        " files BIGINT NOT NULL, n_rows BIGINT NOT NULL, merged BIGINT NOT NULL,"
        " attached_at TIMESTAMP NOT NULL)"
    )
    when = datetime.now(UTC).replace(tzinfo=None)
    for table, f in files.items():
        n = con.execute(f"SELECT count(*) FROM parquet_{table}").fetchall()[0][0]
        con.execute(
            f"INSERT INTO {MARKER} VALUES (?, ?, ?, ?, ?, ?)",
            [str(root), table, f.count, int(n), merged.get(table, 0), when],
        )


def _merge(con: duckdb.DuckDBPyConnection, files: dict[str, _Files]) -> dict[str, int]:
    """Makes the ``merged_<table>`` tables; returns how many facts (actors) each merged."""
    counts: dict[str, int] = {}
    for table in FACT_TABLES.values():
        con.execute(
            f"CREATE TEMP TABLE dup_{table.name} AS"
            f" SELECT id FROM parquet_{table.name} GROUP BY id HAVING count(*) > 1"
        )
        counts[table.name] = int(
            con.execute(f"SELECT count(*) FROM dup_{table.name}").fetchall()[0][0]
        )
    con.execute(
        "CREATE TABLE merged_fact_ids AS SELECT id FROM dup_interactions"
        " UNION SELECT id FROM dup_tariffs UNION SELECT id FROM dup_deadlines"
    )
    con.execute(
        "CREATE TABLE merged_fact_actors AS SELECT DISTINCT fact_id, actor_name"
        " FROM parquet_fact_actors WHERE fact_id IN (SELECT id FROM merged_fact_ids)"
    )
    counts["fact_actors"] = int(
        con.execute("SELECT count(DISTINCT fact_id) FROM merged_fact_actors").fetchall()[0][0]
    )
    _merge_participants(con, files["interaction_participants"])
    counts["interaction_participants"] = counts["interactions"]
    con.execute(
        f"""
        CREATE TEMP TABLE merged_evidence_stats AS
        SELECT e.fact_id, count(*)::INTEGER AS n_evidence,
               first(e.article_id ORDER BY {FIRST_EVIDENCE_ORDER}) AS first_article_id
        FROM parquet_evidence e LEFT JOIN parquet_articles a ON a.id = e.article_id
        WHERE e.fact_id IN (SELECT id FROM merged_fact_ids)
        GROUP BY e.fact_id
        """
    )
    for table in FACT_TABLES.values():
        _merge_facts(con, table, files[table.name])
    counts["actors"] = _merge_actors(con, files["actors"])
    return counts


# "First stored" among a fact's per-article rows: the earlier part, then the article
# ingested first (its id breaks a tie). Needs the row's _part and its article's ingested_at.
_FIRST_STORED = (
    "{'part': r._part, 'at': coalesce(a.ingested_at, 'infinity'::TIMESTAMP),"
    " 'article': coalesce(r.first_article_id, '')}"
)


def _merge_facts(con: duckdb.DuckDBPyConnection, table: FactTable, files: _Files) -> None:
    name = table.name
    start = table.dates[0]
    fills = {c for c, _ in table.fill}
    exprs: dict[str, str] = {"id": "r.id"}
    for c in table.fixed:
        exprs[c] = f"arg_min(r.{c}, r._o)"
    for c in fills:
        exprs[c] = f"arg_min(r.{c}, r._o) FILTER (WHERE r.{c} IS NOT NULL)"
    for c in table.dates:
        exprs[c] = f"arg_min(r.{c}, r._o) FILTER (WHERE r.{start} IS NOT NULL)"
    if name == "interactions":
        exprs["countries"] = (
            "coalesce(any_value(list_filter(p.cs, lambda c, n: list_position(p.cs, c) = n)),"
            " []::VARCHAR[])"
        )
        exprs["people"] = "coalesce(any_value(p.people), []::VARCHAR[])"
        people_join = """
            LEFT JOIN (
                SELECT interaction_id AS id, list(country ORDER BY position) AS cs,
                       list(actor_name ORDER BY position) FILTER (WHERE actor_name IS NOT NULL)
                           AS people
                FROM merged_interaction_participants GROUP BY interaction_id
            ) p ON p.id = r.id"""
    else:
        exprs["people"] = "coalesce(any_value(p.people), []::VARCHAR[])"
        people_join = """
            LEFT JOIN (
                SELECT fact_id AS id, list(actor_name ORDER BY actor_name) AS people
                FROM merged_fact_actors GROUP BY fact_id
            ) p ON p.id = r.id"""
    exprs["n_evidence"] = "coalesce(any_value(ev.n_evidence), 0)::INTEGER"
    exprs["first_article_id"] = "any_value(ev.first_article_id)"
    select = ", ".join(f"{exprs[c]} AS {_ident(c)}" for c, _ in COLUMNS[name])
    rows = files.located(f"id IN (SELECT id FROM dup_{name})")
    con.execute(
        f"""
        CREATE TABLE merged_{name} AS
        SELECT {select}
        FROM (
            SELECT r.*, {_FIRST_STORED} AS _o
            FROM ({rows}) r LEFT JOIN parquet_articles a ON a.id = r.first_article_id
        ) r
        {people_join}
        LEFT JOIN merged_evidence_stats ev ON ev.fact_id = r.id
        GROUP BY r.id
        """
    )


def _merge_participants(con: duckdb.DuckDBPyConnection, files: _Files) -> None:
    """The participants of each merged interaction: those of its first article (its first
    block of consecutive rows in the first part), an unnamed one named by the first name a
    later article gives for the same country that the first does not give (the k-th
    unnamed participant of a country by the k-th such name), as the writer names them."""
    rows = files.located("interaction_id IN (SELECT id FROM dup_interactions)")
    con.execute(
        f"""
        CREATE TABLE merged_interaction_participants AS
        WITH r AS (
            SELECT interaction_id, position, country, actor_name,
                   {{'part': _part, 'start': _row - position}} AS block
            FROM ({rows})
        ),
        first_block AS (SELECT interaction_id, min(block) AS block FROM r GROUP BY ALL),
        slots AS (SELECT r.* FROM r JOIN first_block f USING (interaction_id, block)),
        named AS (
            SELECT r.interaction_id, r.actor_name,
                   arg_min(r.country, {{'block': r.block, 'position': r.position}}) AS country,
                   min({{'block': r.block, 'position': r.position}}) AS seen
            FROM r JOIN first_block f USING (interaction_id)
            WHERE r.block > f.block AND r.actor_name IS NOT NULL
              AND NOT EXISTS (
                  SELECT 1 FROM slots s
                  WHERE s.interaction_id = r.interaction_id AND s.actor_name = r.actor_name
              )
            GROUP BY ALL
        ),
        names AS (
            SELECT *, row_number() OVER (PARTITION BY interaction_id, country ORDER BY seen) AS k
            FROM named
        ),
        open AS (
            SELECT interaction_id, position, country,
                   row_number() OVER (PARTITION BY interaction_id, country ORDER BY position) AS k
            FROM slots WHERE actor_name IS NULL
        )
        SELECT s.interaction_id, s.position, s.country,
               coalesce(s.actor_name, n.actor_name) AS actor_name
        FROM slots s
        LEFT JOIN open o USING (interaction_id, position)
        LEFT JOIN names n
               ON n.interaction_id = o.interaction_id AND n.country = o.country AND n.k = o.k
        ORDER BY s.interaction_id, s.position
        """
    )


def _merge_actors(con: duckdb.DuckDBPyConnection, files: _Files) -> int:
    """Every actor named in the files, once: each field from the first part that gives it."""
    rows = files.located("TRUE")
    fields = ", ".join(
        f"arg_min({c}, {{'part': _part, 'row': _row}}) FILTER (WHERE {c} IS NOT NULL) AS {c}"
        for c in ("country", "title", "caveat")
    )
    con.execute(f"CREATE TABLE merged_actors AS SELECT name, {fields} FROM ({rows}) GROUP BY name")
    return int(con.execute("SELECT count(*) FROM merged_actors").fetchall()[0][0])


def _view(table: str) -> str:
    """The store's table ``table``: the files' rows, the merged rows in place of the facts
    (actors) merged when attaching."""
    if table in FACT_TABLES:
        return (
            f"SELECT p.* FROM parquet_{table} p ANTI JOIN merged_{table} m ON m.id = p.id"
            f" UNION ALL SELECT * FROM merged_{table}"
        )
    if table == "interaction_participants":
        return (
            "SELECT p.* FROM parquet_interaction_participants p"
            " ANTI JOIN merged_interactions m ON m.id = p.interaction_id"
            " UNION ALL SELECT * FROM merged_interaction_participants"
        )
    if table == "fact_actors":
        return (
            "SELECT p.* FROM parquet_fact_actors p"
            " ANTI JOIN merged_fact_ids m ON m.id = p.fact_id"
            " UNION ALL SELECT * FROM merged_fact_actors"
        )
    if table == "actors":
        # actors in files added since attaching: once each, until attached again
        return (
            "SELECT * FROM merged_actors UNION ALL"
            " SELECT p.name, min(p.country), min(p.title), min(p.caveat)"
            " FROM parquet_actors p ANTI JOIN merged_actors m ON m.name = p.name"
            " GROUP BY p.name"
        )
    return f"SELECT * FROM parquet_{table}"
