"""Interactions counted by group, kept by the writers, so that a filter change reads a few
thousand counts instead of every interaction.

Rules of the concept:
- An interaction's *group* is what every filter and every interaction aggregate of the
  dashboard looks at but its dates: its kind, status, countries (sorted) and actors (the
  names of its ``fact_actors`` rows, sorted). With its date span (start, end) it is in a
  *day group*.
- ``contact_groups`` holds one row per group: ``n`` (how many interactions), the earliest
  and latest start date (``first_date``, ``last_date``; NULL when none is dated) and an
  ``id``. ``contact_days`` holds one row per day group: its group's ``group_id``, the dates
  and ``n``. ``contact_months`` sums the day groups by month: one row per group and pair
  of months (the first days of the months of ``date_start`` and ``date_end``, ``start_month``
  and ``end_month``), with ``n`` and the earliest and latest start date among them. Rows
  exist only while ``n > 0``. Each row has a ``key``, the md5 of its values written as text
  (:data:`~analyst.store.schema.GROUP_KEY_SQL`), so a writer finds it by index.
- They are a cache of ``interactions`` and ``fact_actors`` (the truth), like the derived
  columns: every writer rewrites them in the same transaction as the facts — the article
  writer through :class:`ContactChange` (its new interactions counted from the values it
  writes, the stored ones it touches read before and after its writes), the bulk import
  through :func:`add_new_interactions`. They always equal a recount (:data:`STORED_SQL`
  against :data:`RECOUNT_SQL`); the tests hold them to it. The keys are made in SQL
  (:data:`~analyst.store.schema.GROUP_KEY_SQL`, :data:`~analyst.store.schema.DAY_KEY_SQL`)
  and, for the writer, in Python (:func:`group_key`, :func:`day_key`): the same md5 of the
  same text.
- A filter keeps or drops whole groups (countries, people, kinds, statuses) and whole day
  groups (dates), so counting them gives exactly what counting the filtered interactions
  gives. A filter without dates reads only the groups; with dates, or to count by day, the
  day groups joined to their groups (:func:`counted`): the group conditions are tested on a
  few thousand groups, not on every day group.
- A filter whose dates are whole months (``since`` a first day, ``until`` a last day; the
  date bar's months, the benchmark's) keeps or drops whole month groups too: a span
  overlaps ``[since, until]`` exactly when its start's month is not after ``until``'s and
  its end's month not before ``since``'s. Such a filter sums the month groups, a tenth as
  many rows as the day groups; any other dates, the day groups.
- A database of attached Parquet files, or one opened read-only before its upgrade, has no
  such tables: :func:`kept` says so, and the queries then count the interactions themselves,
  with the same results. One opened read-only between the two upgrades has the groups and
  day groups but no month groups (:func:`months_kept`): its whole-month filters sum the day
  groups.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import duckdb

from analyst.store._sql import Source, connection, placeholders, update_by_key
from analyst.store.filter import Filter
from analyst.store.schema import (
    CONTACT_DAYS_SQL,
    CONTACT_MONTHS_SQL,
    CONTACT_ROWS_SQL,
    DAY_KEY_SQL,
    GROUP_KEY_SQL,
    MONTH_OF_SQL,
)

_GROUP_COLUMNS = ("kind", "status", "countries", "actors")
_CHUNK = 256  # keys per statement

Row = tuple[object, ...]


def kept(source: Source) -> bool:
    """Whether the database keeps ``contact_groups`` and ``contact_days``."""
    known = getattr(source, "keeps_contacts", None)
    if isinstance(known, bool):
        return known
    return tables_exist(connection(source))


def months_kept(source: Source) -> bool:
    """Whether the database keeps ``contact_months`` (with the two tables of :func:`kept`)."""
    known = getattr(source, "keeps_contact_months", None)
    if isinstance(known, bool):
        return known
    con = connection(source)
    return tables_exist(con) and month_table_exists(con)


def tables_exist(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name IN ('contact_days', 'contact_groups')"
    ).fetchall()
    return int(rows[0][0]) == 2


def month_table_exists(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name = 'contact_months'"
    ).fetchall()
    return int(rows[0][0]) == 1


@dataclass(frozen=True, slots=True)
class Counted:
    """Where the interactions a filter keeps are counted: ``FROM {source} WHERE {where}``
    with ``params`` (for both, in that order); each row stands for ``n`` interactions of
    the group ``g`` whose earliest and latest start dates are ``first`` and ``last``; with
    ``by_day``, of the day group ``d``."""

    source: str
    where: str
    params: list[object]
    n: str
    first: str
    last: str
    by_day: bool


def counted(source: Source, f: Filter, *, by_day: bool = False) -> Counted:
    """The rows that count the interactions ``f`` keeps: groups; with ``by_day``, day
    groups. When ``f`` has dates, the day groups in its span — or, when its dates are whole
    months and ``source`` keeps them, the month groups — are first summed per group (a
    group's first and last date then those of its days in the span)."""
    if by_day:
        where, params = f.contacts_where("g", days="d")
        return Counted(
            "contact_days d JOIN contact_groups g ON g.id = d.group_id",
            where,
            params,
            "d.n",
            "d.date_start",
            "d.date_start",
            True,
        )
    where, params = replace(f, since=None, until=None).contacts_where("g")
    if not (f.since or f.until):
        return Counted(
            "contact_groups g", where, params, "g.n", "g.first_date", "g.last_date", False
        )
    months = whole_months(f)
    if months is not None and months_kept(source):
        span, span_params = months
        spans = f"""(
            SELECT m.group_id, sum(m.n) AS n, min(m.first_date) AS first,
                   max(m.last_date) AS last
            FROM contact_months m WHERE {span} GROUP BY m.group_id
        )"""
    else:
        span, span_params = f.span_where("d")
        spans = f"""(
            SELECT d.group_id, sum(d.n) AS n, min(d.date_start) AS first,
                   max(d.date_start) AS last
            FROM contact_days d WHERE {span} GROUP BY d.group_id
        )"""
    source_sql = f"{spans} d JOIN contact_groups g ON g.id = d.group_id"
    return Counted(source_sql, where, [*span_params, *params], "d.n", "d.first", "d.last", False)


def whole_months(f: Filter) -> tuple[str, list[object]] | None:
    """When ``f``'s dates are whole months (``since`` a first day or none, ``until`` a last
    day or none, one of them set): the condition on a ``contact_months`` row ``m`` that keeps
    exactly the month groups whose spans overlap ``[since, until]``, and its parameters.
    ``None`` for any other dates."""
    if not (f.since or f.until):
        return None
    if f.since is not None and f.since.day != 1:
        return None
    if f.until is not None and (f.until + timedelta(days=1)).day != 1:
        return None
    parts: list[str] = []
    params: list[object] = []
    if f.since is not None:
        # date_end >= since (the first day of its month) exactly when end_month >= since
        parts.append("m.end_month >= ?")
        params.append(f.since)
    if f.until is not None:
        # date_start <= until (the last day of its month) exactly when start_month <= the
        # first day of until's month
        parts.append("m.start_month <= ?")
        params.append(f.until.replace(day=1))
    return " AND ".join(parts), params


def month_of(day: date | None) -> date | None:
    """The first day of ``day``'s month (:data:`~analyst.store.schema.MONTH_OF_SQL`)."""
    return day.replace(day=1) if day is not None else None


def contact_rows_sql(where: str, actors_where: str) -> str:
    """SELECT of the group values (date_start, date_end, kind, status, countries, actors) of
    the interactions ``i`` meeting ``where``; ``actors_where`` narrows the ``fact_actors``
    rows read (it must keep those of the interactions selected)."""
    return CONTACT_ROWS_SQL.format(where=where, actors_where=actors_where)


# --- what the tables hold, and what a recount makes ----------------------------------------

#: The three tables as comparable rows: ``("group", key, kind, status, countries, actors,
#: n, first_date, last_date)``, ``("day", key, group key, date_start, date_end, n)`` and
#: ``("month", key, n, first_date, last_date, group key, start_month, end_month)`` (NULLs
#: padding the rest; a month group's months in the day group's date columns).
STORED_SQL = """
    SELECT 'group' AS t, key, kind, status, countries, actors, n, first_date, last_date,
           NULL::VARCHAR AS group_key, NULL::DATE AS date_start, NULL::DATE AS date_end
    FROM contact_groups
    UNION ALL
    SELECT 'day', d.key, NULL, NULL, NULL, NULL, d.n, NULL, NULL, g.key, d.date_start, d.date_end
    FROM contact_days d LEFT JOIN contact_groups g ON g.id = d.group_id
    UNION ALL
    SELECT 'month', m.key, NULL, NULL, NULL, NULL, m.n, m.first_date, m.last_date, g.key,
           m.start_month, m.end_month
    FROM contact_months m LEFT JOIN contact_groups g ON g.id = m.group_id
"""

#: :data:`STORED_SQL` as a recount of the stored interactions makes it.
RECOUNT_SQL = f"""
    WITH f AS ({CONTACT_DAYS_SQL.format(where="TRUE", actors_where="TRUE")})
    SELECT 'group' AS t, group_key AS key, kind, status, countries, actors, sum(n) AS n,
           min(date_start) AS first_date, max(date_start) AS last_date,
           NULL::VARCHAR AS group_key, NULL::DATE AS date_start, NULL::DATE AS date_end
    FROM f GROUP BY group_key, kind, status, countries, actors
    UNION ALL
    SELECT 'day', {DAY_KEY_SQL}, NULL, NULL, NULL, NULL, n, NULL, NULL, group_key, date_start,
           date_end
    FROM f
    UNION ALL
    SELECT 'month', key, NULL, NULL, NULL, NULL, n, first_date, last_date, group_key,
           start_month, end_month
    FROM ({CONTACT_MONTHS_SQL.format(days="SELECT group_key, date_start, date_end, n FROM f")})
"""


# --- the article writer -------------------------------------------------------------------


def group_key(kind: str, status: str, countries: Sequence[str], actors: Sequence[str]) -> str:
    """:data:`~analyst.store.schema.GROUP_KEY_SQL` in Python (the lists sorted already)."""
    text = "\x1f".join((kind, status, "\x1e".join(countries), "\x1e".join(actors)))
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def day_key(group: str, start: date | None, end: date | None) -> str:
    """:data:`~analyst.store.schema.DAY_KEY_SQL` in Python."""
    text = "\x1f".join((group, start.isoformat() if start else "", end.isoformat() if end else ""))
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def month_key(group: str, start_month: date | None, end_month: date | None) -> str:
    """:data:`~analyst.store.schema.MONTH_KEY_SQL` in Python: the day key of the group and
    the first days of the two months."""
    return day_key(group, start_month, end_month)


def month_key_of(row: Row) -> str:
    """The key of the month group of a :func:`values_row` (or :func:`_group_values`) row."""
    start, end = _as_date(row[2]), _as_date(row[3])
    return month_key(str(row[1]), month_of(start), month_of(end))


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def values_row(
    start: date | None,
    end: date | None,
    kind: str,
    status: str,
    countries: Iterable[str],
    actors: Iterable[str],
) -> Row:
    """``(day_key, group_key, date_start, date_end, kind, status, countries, actors)`` of an
    interaction with these values (``countries`` its countries, ``actors`` the names of its
    fact_actors rows), as :func:`_group_values` reads them from the database."""
    c, a = sorted(countries), sorted(actors)
    g = group_key(kind, status, c, a)
    return (day_key(g, start, end), g, start, end, kind, status, c, a)


def _group_values(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Row]:
    """``(day_key, group_key, date_start, date_end, kind, status, countries, actors)`` of
    each stored interaction among ``ids`` (found by index: constant ``IN`` lists)."""
    if not ids:
        return []
    marks = placeholders(len(ids))
    rows = contact_rows_sql(f"i.id IN ({marks})", f"fact_id IN ({marks})")
    return [
        tuple(r)
        for r in con.execute(
            f"SELECT {DAY_KEY_SQL}, * FROM (SELECT {GROUP_KEY_SQL} AS group_key, * FROM ({rows}))",
            [*ids, *ids],
        ).fetchall()
    ]


@dataclass(slots=True)
class _Delta:
    values: Row  # the group's values (kind, status, countries, actors), or a day's dates
    group: str = ""  # a day group's group key
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
    """How an article's writes move interactions between groups, applied in the writer's
    transaction: the interactions first stored by the article are counted from the values
    the writer writes (:meth:`add`); the others it touches (stored ones it merges into,
    ones whose derived columns are recomputed in SQL) are read from the database before its
    writes (:meth:`before`) and after them (:meth:`apply`), which then writes the
    difference."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.ids = sorted(set(ids))
        self._before: list[Row] = []
        self._new: list[Row] = []
        #: What is stored of groups, day groups and month groups looked up ahead (e.g. by
        #: the writer's first query): ``key -> (id, n, first_date, last_date)``, ``key ->
        #: n`` and ``key -> (n, first_date, last_date)``; a key looked up and not found is
        #: absent, and :meth:`apply` looks up only keys not in :attr:`looked_up`.
        self.stored_groups: dict[str, tuple[int, int, date | None, date | None]] = {}
        self.stored_days: dict[str, int] = {}
        self.stored_months: dict[str, tuple[int, date | None, date | None]] = {}
        self.looked_up: set[str] = set()

    def add(self, row: Row) -> None:
        """Counts an interaction stored for the first time, with the values of
        :func:`values_row`."""
        self._new.append(row)

    def before(self, con: duckdb.DuckDBPyConnection, stored: Iterable[str]) -> None:
        """Reads the groups of the ``stored`` interactions among :attr:`ids` (the others
        have none yet). Call before the article's first write."""
        mine = set(self.ids)
        self._before = _group_values(con, sorted(i for i in set(stored) if i in mine))

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        """Reads the groups of :attr:`ids` again and writes every count that changed. Call
        after the last write."""
        after = [*_group_values(con, self.ids), *self._new]
        if sorted(after) == sorted(self._before):
            return
        days: dict[str, _Delta] = {}
        months: dict[str, _Delta] = {}
        groups: dict[str, _Delta] = {}
        for sign, rows in ((-1, self._before), (1, after)):
            for key_of_day, group_key, start, end, *values in rows:
                g = str(group_key)
                start_month, end_month = month_of(_as_date(start)), month_of(_as_date(end))
                day = days.setdefault(str(key_of_day), _Delta((start, end), group=g))
                month = months.setdefault(
                    month_key(g, start_month, end_month),
                    _Delta((start_month, end_month), group=g),
                )
                group = groups.setdefault(g, _Delta(tuple(values)))
                day.n += sign
                month.n += sign
                group.n += sign
                if isinstance(start, date):
                    group.dates[start] += sign
                    month.dates[start] += sign
        _apply(
            con,
            {k: g for k, g in groups.items() if g.changes()},
            {k: d for k, d in days.items() if d.n},
            {k: m for k, m in months.items() if m.changes()},
            self,
        )


def _apply(
    con: duckdb.DuckDBPyConnection,
    groups: dict[str, _Delta],
    days: dict[str, _Delta],
    months: dict[str, _Delta],
    ahead: ContactChange,
) -> None:
    if not groups and not days and not months:
        return
    # What is stored of every group, day group and month group concerned: as looked up
    # ahead, the rest in one query (by index).
    stored_groups = dict(ahead.stored_groups)
    stored_days = dict(ahead.stored_days)
    stored_months = dict(ahead.stored_months)
    group_keys = sorted(
        (set(groups) | {d.group for d in (*days.values(), *months.values())}) - ahead.looked_up
    )
    day_keys = sorted(set(days) - ahead.looked_up)
    month_keys = sorted(set(months) - ahead.looked_up)
    for i in range(0, max(len(group_keys), len(day_keys), len(month_keys)), _CHUNK):
        gk, dk = group_keys[i : i + _CHUNK], day_keys[i : i + _CHUNK]
        mk = month_keys[i : i + _CHUNK]
        parts, params = [], []
        if gk:
            parts.append(
                "SELECT 'g' AS t, key, id, n, first_date, last_date FROM contact_groups"
                f" WHERE key IN ({placeholders(len(gk))})"
            )
            params += gk
        if dk:
            parts.append(
                "SELECT 'd', key, NULL, n, NULL, NULL FROM contact_days"
                f" WHERE key IN ({placeholders(len(dk))})"
            )
            params += dk
        if mk:
            parts.append(
                "SELECT 'm', key, NULL, n, first_date, last_date FROM contact_months"
                f" WHERE key IN ({placeholders(len(mk))})"
            )
            params += mk
        for t, key, gid, n, first, last in con.execute(
            " UNION ALL ".join(parts), params
        ).fetchall():
            if t == "g":
                stored_groups[str(key)] = (int(gid), int(n), first, last)
            elif t == "d":
                stored_days[str(key)] = int(n)
            else:
                stored_months[str(key)] = (int(n), first, last)
    ids = _apply_groups(con, groups, stored_groups)
    _apply_days(con, days, stored_days, ids)
    _apply_months(con, months, stored_months, ids)
    for key, d in sorted(groups.items()):
        if d.lost_dated and key in ids and ids[key][1]:
            # An interaction with a date left the group (rare: it gained a person): its
            # first and last dates are those of its day groups now.
            con.execute(
                "UPDATE contact_groups SET first_date = s.first, last_date = s.last FROM ("
                "  SELECT min(date_start) AS first, max(date_start) AS last FROM contact_days"
                "  WHERE group_id = ?"
                ") s WHERE contact_groups.key = ?",
                [ids[key][0], key],
            )


def _apply_groups(
    con: duckdb.DuckDBPyConnection,
    deltas: dict[str, _Delta],
    stored: dict[str, tuple[int, int, date | None, date | None]],
) -> dict[str, tuple[int, bool]]:
    """Writes the groups' changes; returns ``key -> (id, still there)`` of the groups
    changed and of those ``stored``."""
    ids = {key: (row[0], True) for key, row in stored.items()}
    inserts: list[Row] = []
    updates: list[Row] = []
    deletes: list[str] = []
    for key, d in sorted(deltas.items()):
        _, old_n, first, last = stored.get(key, (0, 0, None, None))
        n = old_n + d.n
        if n < 0:
            raise RuntimeError(f"contact_groups: the count of group {key} would fall below 0")
        dates = [x for x in (first, last, *d.added) if x is not None]
        low, high = (min(dates), max(dates)) if dates else (None, None)
        if key not in stored:
            inserts.append((key, *d.values, n, low, high))
        elif n == 0:
            deletes.append(key)
            ids[key] = (ids[key][0], False)
        else:
            updates.append((key, n, low, high))
    columns = ("key", *_GROUP_COLUMNS, "n", "first_date", "last_date")
    one = f"({placeholders(len(columns))})"
    for i in range(0, len(inserts), _CHUNK):
        batch = inserts[i : i + _CHUNK]
        for key, gid in con.execute(
            f"INSERT INTO contact_groups ({', '.join(columns)})"
            f" VALUES {', '.join([one] * len(batch))} RETURNING key, id",
            [v for row in batch for v in row],
        ).fetchall():
            ids[str(key)] = (int(gid), True)
    _write_counts(con, "contact_groups", updates, deletes)
    return ids


def _apply_days(
    con: duckdb.DuckDBPyConnection,
    deltas: dict[str, _Delta],
    stored: dict[str, int],
    ids: dict[str, tuple[int, bool]],
) -> None:
    inserts: list[Row] = []
    updates: list[Row] = []
    deletes: list[str] = []
    for key, d in sorted(deltas.items()):
        n = stored.get(key, 0) + d.n
        if n < 0:
            raise RuntimeError(f"contact_days: the count of day group {key} would fall below 0")
        if key not in stored:
            inserts.append((key, ids[d.group][0], *d.values, n))
        elif n == 0:
            deletes.append(key)
        else:
            updates.append((key, n))
    _insert_rows(con, "contact_days", ("key", "group_id", "date_start", "date_end", "n"), inserts)
    update_by_key(con, "contact_days", (("n", "BIGINT"),), updates, ("n = v.n",), key="key")
    _delete(con, "contact_days", deletes)


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[Row]
) -> None:
    """``rows`` into ``table`` (a name of this module's, never text from outside), a chunk
    of rows a statement."""
    one = f"({placeholders(len(columns))})"
    for i in range(0, len(rows), _CHUNK):
        batch = rows[i : i + _CHUNK]
        con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(batch))}",
            [v for row in batch for v in row],
        )


def _write_counts(
    con: duckdb.DuckDBPyConnection, table: str, updates: list[Row], deletes: list[str]
) -> None:
    """New counts and first and last dates for the rows of ``table`` (a group or a month
    group table) by key, and the rows whose count fell to 0 gone."""
    update_by_key(
        con,
        table,
        (("n", "BIGINT"), ("first_date", "DATE"), ("last_date", "DATE")),
        updates,
        ("n = v.n", "first_date = v.first_date", "last_date = v.last_date"),
        key="key",
    )
    _delete(con, table, deletes)


def _apply_months(
    con: duckdb.DuckDBPyConnection,
    deltas: dict[str, _Delta],
    stored: dict[str, tuple[int, date | None, date | None]],
    ids: dict[str, tuple[int, bool]],
) -> None:
    """Writes the month groups' changes (after the day groups', which a month group that
    lost a dated interaction reads its first and last dates from)."""
    inserts: list[Row] = []
    updates: list[Row] = []
    deletes: list[str] = []
    recount: list[tuple[str, int, _Delta]] = []
    for key, d in sorted(deltas.items()):
        old_n, first, last = stored.get(key, (0, None, None))
        n = old_n + d.n
        if n < 0:
            raise RuntimeError(f"contact_months: the count of month group {key} would fall below 0")
        dates = [x for x in (first, last, *d.added) if x is not None]
        low, high = (min(dates), max(dates)) if dates else (None, None)
        if key not in stored:
            inserts.append((key, ids[d.group][0], *d.values, n, low, high))
        elif n == 0:
            deletes.append(key)
        else:
            updates.append((key, n, low, high))
            if d.lost_dated:
                recount.append((key, ids[d.group][0], d))
    _insert_rows(
        con,
        "contact_months",
        ("key", "group_id", "start_month", "end_month", "n", "first_date", "last_date"),
        inserts,
    )
    _write_counts(con, "contact_months", updates, deletes)
    month_start = MONTH_OF_SQL.format(column="date_start")
    month_end = MONTH_OF_SQL.format(column="date_end")
    for key, group_id, d in recount:
        # An interaction with a date left the month group (rare): its first and last dates
        # are those of its day groups now.
        start_month, end_month = d.values
        con.execute(
            "UPDATE contact_months SET first_date = s.first, last_date = s.last FROM ("
            "  SELECT min(date_start) AS first, max(date_start) AS last FROM contact_days"
            f"  WHERE group_id = ? AND {month_start} IS NOT DISTINCT FROM ?::DATE"
            f"  AND {month_end} IS NOT DISTINCT FROM ?::DATE"
            ") s WHERE contact_months.key = ?",
            [group_id, start_month, end_month, key],
        )


def _delete(con: duckdb.DuckDBPyConnection, table: str, keys: Sequence[str]) -> None:
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        con.execute(f"DELETE FROM {table} WHERE key IN ({placeholders(len(chunk))})", chunk)


# --- the bulk import ----------------------------------------------------------------------


def add_new_interactions(con: duckdb.DuckDBPyConnection, ids_sql: str) -> None:
    """Counts interactions just stored — those whose id ``ids_sql`` (a SELECT of one column)
    returns, each counted for the first time — into the three tables, set-wise (for imports of
    many thousand facts; the writes scan the tables once)."""
    new = CONTACT_DAYS_SQL.format(
        where=f"i.id IN ({ids_sql})", actors_where=f"fact_id IN ({ids_sql})"
    )
    con.execute(f"CREATE TEMP TABLE _contact_new AS {new}")
    try:
        con.execute(
            """
            UPDATE contact_groups SET n = contact_groups.n + x.n,
                   first_date = least(contact_groups.first_date, x.first),
                   last_date = greatest(contact_groups.last_date, x.last)
            FROM (
                SELECT group_key, sum(n) AS n, min(date_start) AS first, max(date_start) AS last
                FROM _contact_new GROUP BY group_key
            ) x
            WHERE contact_groups.key = x.group_key
            """
        )
        con.execute(
            """
            INSERT INTO contact_groups (key, kind, status, countries, actors, n, first_date,
                                        last_date)
            SELECT x.group_key, x.kind, x.status, x.countries, x.actors, sum(x.n),
                   min(x.date_start), max(x.date_start)
            FROM _contact_new x ANTI JOIN contact_groups g ON g.key = x.group_key
            GROUP BY ALL
            """
        )
        con.execute(
            f"""
            CREATE TEMP TABLE _contact_days_new AS
            SELECT {DAY_KEY_SQL} AS key, g.id AS group_id, x.date_start, x.date_end, x.n
            FROM _contact_new x JOIN contact_groups g ON g.key = x.group_key
            """
        )
        con.execute(
            "UPDATE contact_days SET n = contact_days.n + y.n FROM _contact_days_new y"
            " WHERE contact_days.key = y.key"
        )
        con.execute(
            "INSERT INTO contact_days SELECT y.* FROM _contact_days_new y"
            " ANTI JOIN contact_days d ON d.key = y.key"
            " ORDER BY y.date_start NULLS LAST, y.date_end NULLS LAST, y.group_id"
        )
        months = CONTACT_MONTHS_SQL.format(
            days="SELECT group_key, date_start, date_end, n FROM _contact_new"
        )
        con.execute(
            f"""
            CREATE TEMP TABLE _contact_months_new AS
            SELECT z.key, g.id AS group_id, z.start_month, z.end_month, z.n, z.first_date,
                   z.last_date
            FROM ({months}) z JOIN contact_groups g ON g.key = z.group_key
            """
        )
        con.execute(
            """
            UPDATE contact_months SET n = contact_months.n + z.n,
                   first_date = least(contact_months.first_date, z.first_date),
                   last_date = greatest(contact_months.last_date, z.last_date)
            FROM _contact_months_new z
            WHERE contact_months.key = z.key
            """
        )
        con.execute(
            "INSERT INTO contact_months SELECT z.* FROM _contact_months_new z"
            " ANTI JOIN contact_months m ON m.key = z.key"
            " ORDER BY z.start_month NULLS LAST, z.end_month NULLS LAST, z.group_id"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _contact_new")
        con.execute("DROP TABLE IF EXISTS _contact_days_new")
        con.execute("DROP TABLE IF EXISTS _contact_months_new")
