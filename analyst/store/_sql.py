"""Small helpers the query modules share: where a connection comes from, running a query
into polars, and SQL expressions that must agree with :mod:`analyst.model`.

Rules of the concept:
- Every value reaches DuckDB as a ``?`` parameter; only fixed SQL text (column names,
  aliases chosen by this package) is ever put into a query string.
- Results leave DuckDB as polars DataFrames through the Arrow stream interface
  (``pl.DataFrame(con.sql(query, params=...))``): the same columns as ``.pl()``, without
  importing pyarrow, which would add a quarter of a second to the window's start.
- :func:`frame` hands the statement straight to the engine (:func:`_stream`) when this
  DuckDB has the seam its relations use for that, instead of first making a relation:
  ``con.sql`` parses and binds the statement once more only to describe it, a millisecond or
  three per query, a fifth of a dashboard refresh. The result is the same stream, so the
  same frame; without the seam (another DuckDB) the relation is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

import duckdb

if TYPE_CHECKING:
    import polars as pl


class HasConnection(Protocol):
    """Anything that owns a DuckDB connection: a :class:`~analyst.store.Store`."""

    @property
    def con(self) -> duckdb.DuckDBPyConnection: ...


#: What every query function accepts: a Store, or a DuckDB connection (e.g. a worker
#: thread's ``store.cursor()``).
Source: TypeAlias = HasConnection | duckdb.DuckDBPyConnection


def connection(source: Source) -> duckdb.DuckDBPyConnection:
    if isinstance(source, duckdb.DuckDBPyConnection):
        return source
    return source.con


def frame(source: Source, query: str, params: Sequence[object] = ()) -> pl.DataFrame:
    """Runs ``query`` (one SELECT) with ``params`` and returns the result as a polars
    DataFrame."""
    import polars as pl  # here, not at the top: the window's first paint needs no polars

    con = connection(source)
    values = list(params)
    if _submit is not None:
        return pl.DataFrame(_Stream(_submit(con, query, values or None, "stream").arrow_capsule()))
    return pl.DataFrame(con.sql(query, params=values))


def _engine_submit() -> Callable[..., Any] | None:
    """DuckDB's own "run one statement to an Arrow stream" (what a relation's
    ``__arrow_c_stream__`` calls), or ``None`` when this DuckDB has no such seam."""
    try:
        from duckdb import _seam
    except ImportError:
        return None
    submit = getattr(_seam, "submit", None)
    return submit if callable(submit) else None


_submit = _engine_submit()


class _Stream:
    """An Arrow C stream capsule wearing the PyCapsule interface, for ``pl.DataFrame``."""

    __slots__ = ("_capsule",)

    def __init__(self, capsule: object) -> None:
        self._capsule = capsule

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        return self._capsule


def iso_date(start: str, precision: str) -> str:
    """SQL for a date written at its precision, as :meth:`FuzzyDate.iso` writes it.

    ``start``/``precision`` are column expressions chosen by this package, never user text.
    A week is written as the month of its Monday, like ``FuzzyDate.iso``; NULL stays NULL.
    """
    return (
        f"CASE {precision}"
        f" WHEN 'day' THEN strftime({start}, '%Y-%m-%d')"
        f" WHEN 'week' THEN strftime({start}, '%Y-%m')"
        f" WHEN 'month' THEN strftime({start}, '%Y-%m')"
        f" WHEN 'year' THEN strftime({start}, '%Y')"
        " END"
    )


def placeholders(n: int) -> str:
    """``?, ?, ?`` for ``n`` parameters."""
    return ", ".join("?" * n)


_UPDATE_CHUNK = 256  # rows per statement


def update_by_key(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[object]],
    assignments: Sequence[str],
    key: str = "id",
) -> None:
    """``UPDATE table SET assignments`` from ``rows`` (key, then ``columns`` as (name, SQL
    type)), the new values seen as ``v``. ``table``, ``columns``, ``assignments`` and ``key``
    are names chosen by this package; every value is a parameter.

    The constant ``IN`` list of keys lets DuckDB find the rows by index, not by a scan."""
    names = [key] + [c for c, _ in columns]
    casts = ", ".join(f"{c}::{t} AS {c}" for c, t in columns)
    one = f"({placeholders(len(names))})"
    for i in range(0, len(rows), _UPDATE_CHUNK):
        chunk = rows[i : i + _UPDATE_CHUNK]
        con.execute(
            f"UPDATE {table} SET {', '.join(assignments)}"
            f" FROM (SELECT {key}, {casts} FROM (VALUES {', '.join([one] * len(chunk))})"
            f" v0({', '.join(names)})) v"
            f" WHERE {table}.{key} = v.{key} AND {table}.{key} IN ({placeholders(len(chunk))})",
            [v for row in chunk for v in row] + [row[0] for row in chunk],
        )


# First evidence of a fact: the earliest-published article (undated ones last), then the
# one stored first, then the earliest sentence in it.
FIRST_EVIDENCE_ORDER = "a.published NULLS LAST, a.ingested_at, e.article_id, e.start"
