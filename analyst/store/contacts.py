"""Interactions counted by group, kept by the writers, so that a filter change reads a few
thousand counts instead of every interaction.

Rules of the concept:
- An interaction's *group* is what every filter and every interaction aggregate of the
  dashboard looks at: its kind, status, countries (sorted) and actors (the names of its
  ``fact_actors`` rows, sorted); with its date span (start, end) it is its *day group*.
- ``contact_days`` holds one row per day group with ``n``, how many interactions it has;
  ``contact_groups`` one row per group with ``n`` and the earliest and latest start date
  (``first_date``, ``last_date``; NULL when none of its interactions is dated). Rows exist
  only while ``n > 0``. Each row has a ``key``, the md5 of its group values written as text
  (:data:`~analyst.store.schema.DAY_KEY_SQL`), so a writer finds it by index.
- They are a cache of ``interactions`` and ``fact_actors`` (the truth), like the derived
  columns: every writer rewrites them in the same transaction as the facts — the article
  writer through :class:`ContactChange` (the groups of the interactions it touches, before
  and after), the bulk import through :func:`add_new_interactions`. A group's rows always
  equal a recount (:func:`recount_days_sql`, :func:`recount_groups_sql`); the tests hold them to it.
- Because a filter keeps or drops a whole group (countries, people, kinds and statuses are
  group values; dates day-group values), counting groups gives exactly what counting the
  filtered interactions gives. Queries read ``contact_groups`` when the filter has no dates,
  else ``contact_days`` (:func:`contacts_from`).
- A database of attached Parquet files, or one opened read-only before its upgrade, has no
  such tables: :func:`kept` says so, and the queries then count the interactions themselves,
  with the same results.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb

from analyst.store._sql import Source, connection, placeholders
from analyst.store.filter import Filter
from analyst.store.schema import CONTACT_ROWS_SQL, DAY_KEY_SQL, GROUP_KEY_SQL

#: The grouping columns of a day group, in the order rows carry them.
DAY_COLUMNS = ("date_start", "date_end", "kind", "status", "countries", "actors")
_GROUP_COLUMNS = DAY_COLUMNS[2:]
_CHUNK = 256  # keys per statement

Row = tuple[object, ...]


def kept(source: Source) -> bool:
    """Whether the database keeps ``contact_days`` and ``contact_groups``."""
    known = getattr(source, "keeps_contacts", None)
    if isinstance(known, bool):
        return known
    return tables_exist(connection(source))


def counted(f: Filter) -> tuple[str, str, list[object]]:
    """Where the interactions ``f`` keeps are counted: the table (``contact_groups``, or
    ``contact_days`` when ``f`` has dates), read as ``g``, and its WHERE with parameters."""
    dated = bool(f.since or f.until)
    where, params = f.contacts_where("g", dated=dated)
    return ("contact_days" if dated else "contact_groups"), where, params


def tables_exist(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name IN ('contact_days', 'contact_groups')"
    ).fetchall()
    return int(rows[0][0]) == 2


def contact_rows_sql(where: str, actors_where: str) -> str:
    """SELECT of the group values (columns :data:`DAY_COLUMNS`) of the interactions ``i``
    meeting ``where``; ``actors_where`` narrows the ``fact_actors`` rows read (it must keep
    those of the interactions selected)."""
    return CONTACT_ROWS_SQL.format(where=where, actors_where=actors_where)


# --- recounting from the truth ------------------------------------------------------------


def recount_days_sql() -> str:
    """SQL of ``contact_days`` as a recount of the stored interactions makes it."""
    rows = contact_rows_sql("TRUE", "TRUE")
    return f"""
        SELECT {DAY_KEY_SQL} AS key, *
        FROM (SELECT {", ".join(DAY_COLUMNS)}, count(*) AS n FROM ({rows}) GROUP BY ALL)
    """


def recount_groups_sql() -> str:
    """SQL of ``contact_groups`` as a recount of the stored interactions makes it."""
    rows = contact_rows_sql("TRUE", "TRUE")
    return f"""
        SELECT {GROUP_KEY_SQL} AS key, *
        FROM (
            SELECT {", ".join(_GROUP_COLUMNS)}, count(*) AS n,
                   min(date_start) AS first_date, max(date_start) AS last_date
            FROM ({rows}) GROUP BY ALL
        )
    """


# --- the article writer -------------------------------------------------------------------


def _group_values(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Row]:
    """``(day_key, group_key, date_start, date_end, kind, status, countries, actors)`` of
    each stored interaction among ``ids`` (by index: constant ``IN`` lists)."""
    if not ids:
        return []
    marks = placeholders(len(ids))
    rows = contact_rows_sql(f"i.id IN ({marks})", f"fact_id IN ({marks})")
    return [
        tuple(r)
        for r in con.execute(
            f"SELECT {DAY_KEY_SQL}, {GROUP_KEY_SQL}, * FROM ({rows})", [*ids, *ids]
        ).fetchall()
    ]


@dataclass(slots=True)
class _Delta:
    values: Row  # the grouping values, as the table's columns after ``key``
    n: int = 0
    dates: Counter[date] = field(default_factory=Counter)  # start dates added (-: removed)

    @property
    def added(self) -> list[date]:
        return [d for d, k in self.dates.items() if k > 0]

    @property
    def lost_dated(self) -> bool:
        """An interaction with a start date left the group (not made up by another)."""
        return any(k < 0 for k in self.dates.values())

    def changes(self) -> bool:
        return bool(self.n or self.added or self.lost_dated)


class ContactChange:
    """The groups of some interactions before an article's writes (:meth:`before`) and
    after them (:meth:`apply`), which moves their counts from the old groups to the new
    ones, in the writer's transaction."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.ids = sorted(set(ids))
        self._before: list[Row] = []

    def before(self, con: duckdb.DuckDBPyConnection, stored: Iterable[str]) -> None:
        """Reads the groups of the ``stored`` interactions among :attr:`ids` (the others
        have none yet). Call before the article's first write."""
        mine = set(self.ids)
        self._before = _group_values(con, sorted(i for i in set(stored) if i in mine))

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        """Reads the groups again and writes the difference. Call after the last write."""
        after = _group_values(con, self.ids)
        if sorted(after) == sorted(self._before):
            return
        days: dict[str, _Delta] = {}
        groups: dict[str, _Delta] = {}
        for sign, rows in ((-1, self._before), (1, after)):
            for day_key, group_key, *values in rows:
                start = values[0]
                day = days.setdefault(str(day_key), _Delta(tuple(values)))
                group = groups.setdefault(str(group_key), _Delta(tuple(values[2:])))
                day.n += sign
                group.n += sign
                if isinstance(start, date):
                    group.dates[start] += sign
        _apply_days(con, {k: d for k, d in days.items() if d.n})
        _apply_groups(con, {k: g for k, g in groups.items() if g.changes()})


_Stored = tuple[int, date | None, date | None]  # n, first_date, last_date


def _stored(con: duckdb.DuckDBPyConnection, table: str, keys: Sequence[str]) -> dict[str, _Stored]:
    """``key -> (n, first_date, last_date)`` of the rows of ``table`` with these keys (the
    dates NULL for ``contact_days``, which has none)."""
    found: dict[str, _Stored] = {}
    dates = "first_date, last_date" if table == "contact_groups" else "NULL, NULL"
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        for key, n, first, last in con.execute(
            f"SELECT key, n, {dates} FROM {table} WHERE key IN ({placeholders(len(chunk))})",
            list(chunk),
        ).fetchall():
            found[str(key)] = (int(n), first, last)
    return found


def _apply_days(con: duckdb.DuckDBPyConnection, deltas: dict[str, _Delta]) -> None:
    if not deltas:
        return
    stored = _stored(con, "contact_days", sorted(deltas))
    inserts: list[Row] = []
    updates: list[tuple[str, int]] = []
    deletes: list[str] = []
    for key, d in sorted(deltas.items()):
        n = stored[key][0] + d.n if key in stored else d.n
        _check(n, "contact_days", key)
        if key not in stored:
            inserts.append((key, *d.values, n))
        elif n == 0:
            deletes.append(key)
        else:
            updates.append((key, n))
    _insert(con, "contact_days", ("key", *DAY_COLUMNS, "n"), inserts)
    _set(con, "contact_days", ("n",), ("BIGINT",), updates)
    _delete(con, "contact_days", deletes)


def _apply_groups(con: duckdb.DuckDBPyConnection, deltas: dict[str, _Delta]) -> None:
    if not deltas:
        return
    stored = _stored(con, "contact_groups", sorted(deltas))
    inserts: list[Row] = []
    updates: list[tuple[object, ...]] = []
    deletes: list[str] = []
    recount: list[tuple[str, Row]] = []
    for key, d in sorted(deltas.items()):
        old_n, first, last = stored.get(key, (0, None, None))
        n = old_n + d.n
        _check(n, "contact_groups", key)
        dates = [x for x in (first, last, *d.added) if x is not None]
        low, high = (min(dates), max(dates)) if dates else (None, None)
        if key not in stored:
            inserts.append((key, *d.values, n, low, high))
        elif n == 0:
            deletes.append(key)
        else:
            updates.append((key, n, low, high))
            if d.lost_dated:
                recount.append((key, d.values))
    _insert(
        con,
        "contact_groups",
        ("key", *_GROUP_COLUMNS, "n", "first_date", "last_date"),
        inserts,
    )
    _set(
        con,
        "contact_groups",
        ("n", "first_date", "last_date"),
        ("BIGINT", "DATE", "DATE"),
        updates,
    )
    _delete(con, "contact_groups", deletes)
    for key, values in recount:
        # An interaction with a date left the group (rare: it gained a person): its first
        # and last dates are those of its day groups now.
        con.execute(
            "UPDATE contact_groups SET first_date = s.first, last_date = s.last FROM ("
            "  SELECT min(date_start) AS first, max(date_start) AS last FROM contact_days"
            "  WHERE kind = ? AND status = ? AND countries = ?::VARCHAR[]"
            "    AND actors = ?::VARCHAR[]"
            ") s WHERE contact_groups.key = ?",
            [*values, key],
        )


def _check(n: int, table: str, key: str) -> None:
    if n < 0:
        raise RuntimeError(f"{table}: the count of group {key} would fall below zero")


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[Row]
) -> None:
    one = f"({placeholders(len(columns))})"
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}",
            [v for row in chunk for v in row],
        )


def _set(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    types: Sequence[str],
    rows: Sequence[Row],
) -> None:
    """``UPDATE table SET columns`` from ``(key, *values)`` rows, found by key (index)."""
    names = ["key", *columns]
    casts = ", ".join(f"{c}::{t} AS {c}" for c, t in zip(columns, types, strict=True))
    one = f"({placeholders(len(names))})"
    assignments = ", ".join(f"{c} = v.{c}" for c in columns)
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        con.execute(
            f"UPDATE {table} SET {assignments}"
            f" FROM (SELECT key, {casts} FROM (VALUES {', '.join([one] * len(chunk))})"
            f" v0({', '.join(names)})) v"
            f" WHERE {table}.key = v.key AND {table}.key IN ({placeholders(len(chunk))})",
            [v for row in chunk for v in row] + [row[0] for row in chunk],
        )


def _delete(con: duckdb.DuckDBPyConnection, table: str, keys: Sequence[str]) -> None:
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        con.execute(f"DELETE FROM {table} WHERE key IN ({placeholders(len(chunk))})", chunk)


# --- the bulk import ----------------------------------------------------------------------


def add_new_interactions(con: duckdb.DuckDBPyConnection, ids_sql: str) -> None:
    """Counts interactions just stored — those whose id ``ids_sql`` (a SELECT of one column)
    returns, each counted for the first time — into both tables, set-wise (for imports of
    many thousand facts; the writes scan the tables once)."""
    rows = contact_rows_sql(f"i.id IN ({ids_sql})", f"fact_id IN ({ids_sql})")
    con.execute(
        f"""
        CREATE TEMP TABLE _contact_days_new AS
        SELECT {DAY_KEY_SQL} AS key, *
        FROM (SELECT {", ".join(DAY_COLUMNS)}, count(*) AS n FROM ({rows}) GROUP BY ALL)
        """
    )
    try:
        con.execute(
            "UPDATE contact_days SET n = contact_days.n + x.n FROM _contact_days_new x"
            " WHERE contact_days.key = x.key"
        )
        con.execute(
            "INSERT INTO contact_days SELECT x.* FROM _contact_days_new x"
            " ANTI JOIN contact_days d ON d.key = x.key"
            " ORDER BY x.date_start NULLS LAST, x.date_end NULLS LAST"
        )
        con.execute(
            f"""
            CREATE TEMP TABLE _contact_groups_new AS
            SELECT {GROUP_KEY_SQL} AS key, *
            FROM (
                SELECT {", ".join(_GROUP_COLUMNS)}, sum(n) AS n,
                       min(date_start) AS first_date, max(date_start) AS last_date
                FROM _contact_days_new GROUP BY ALL
            )
            """
        )
        con.execute(
            "UPDATE contact_groups SET n = contact_groups.n + x.n,"
            " first_date = least(contact_groups.first_date, x.first_date),"
            " last_date = greatest(contact_groups.last_date, x.last_date)"
            " FROM _contact_groups_new x WHERE contact_groups.key = x.key"
        )
        con.execute(
            "INSERT INTO contact_groups SELECT x.* FROM _contact_groups_new x"
            " ANTI JOIN contact_groups g ON g.key = x.key"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _contact_days_new")
        con.execute("DROP TABLE IF EXISTS _contact_groups_new")
