"""Diplomatic interactions (calls, meetings, talks, visits) under a filter, and their
aggregates for the map.

Rules of the concept:
- One row per interaction; its countries are its participants' countries, each once, in
  the order the article gives them; its people are the named participants.
- Aggregates are computed in DuckDB, never by looping over rows in Python. They count the
  interactions by group (:mod:`analyst.store.contacts`): a few thousand rows of counts
  rather than a million interactions. A database without those counts (attached Parquet
  files) is answered from the derived ``countries`` column (see
  :mod:`analyst.store.schema`), one scan of the interactions, with the same results.
- For the map, an interaction's status falls in a class: ``occurred``; ``future``
  (planned, expected); ``cancelled``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store import contacts
from analyst.store._sql import Source, frame, iso_date
from analyst.store.filter import Filter

if TYPE_CHECKING:
    import polars as pl

STATUS_CLASS_SQL = (
    "CASE WHEN {s} = 'occurred' THEN 'occurred'"
    " WHEN {s} IN ('planned', 'expected') THEN 'future'"
    " WHEN {s} = 'cancelled' THEN 'cancelled' ELSE {s} END"
)


def interactions(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: id, kind, status, date_start, date_end, date_precision, date (ISO text at
    its precision), countries (list[str]), people (list[str]), initiator, location,
    n_evidence, article_id, title, source (of the first evidence). Chronological, undated
    last."""
    where, params = f.interactions_where("i")
    return frame(
        source,
        f"""
        SELECT i.id, i.kind, i.status, i.date_start, i.date_end, i.date_precision,
               {iso_date("i.date_start", "i.date_precision")} AS date,
               i.countries, i.people, i.initiator, i.location, i.n_evidence,
               i.first_article_id AS article_id, a.title, a.source
        FROM interactions i LEFT JOIN articles a ON a.id = i.first_article_id
        WHERE {where}
        ORDER BY i.date_start NULLS LAST, i.date_end NULLS LAST, i.id
        """,
        params,
    )


def contact_counts(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: iso3, n — how many of the filtered interactions each country takes part in
    (its contacts), most first. With a country filter, its partners are counted too."""
    if contacts.kept(source):
        c = contacts.counted(source, f)
        where, params = c.where, c.params
        rows = f"SELECT unnest(g.countries) AS iso3, {c.n} AS n FROM {c.source} WHERE {where}"
    else:
        where, params = f.interactions_where("i")
        rows = f"SELECT unnest(i.countries) AS iso3, 1 AS n FROM interactions i WHERE {where}"
    return frame(
        source,
        f"""
        SELECT iso3, sum(n)::BIGINT AS n
        FROM ({rows})
        GROUP BY iso3
        ORDER BY n DESC, iso3
        """,
        params,
    )


def contact_pairs(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: a, b (ISO3, a < b), kind, status_class (occurred/future/cancelled), n,
    first_date, last_date (earliest and latest start date). One row per pair of countries
    that met in a filtered interaction, per kind and status class: the map's arcs. The
    interactions behind an arc: :func:`contact_pair_ids`."""
    if contacts.kept(source):
        # A few thousand groups (countries sorted, a count and the first and last start
        # date each), each unnested into its pairs in one pass: a second branch for the
        # bilateral ones would double the planning, most of this query's time, and with
        # dates the sums over the span.
        c = contacts.counted(source, f)
        status_class = STATUS_CLASS_SQL.format(s="g.status")
        return frame(
            source,
            f"""
            SELECT pair.a AS a, pair.b AS b, kind, status_class,
                   sum(n)::BIGINT AS n,
                   min(first) AS first_date,
                   max(last) AS last_date
            FROM (
                SELECT g.kind, {status_class} AS status_class, {c.n} AS n,
                       {c.first} AS first, {c.last} AS last,
                       unnest({_PAIRS.format(c="g.countries")}) AS pair
                FROM {c.source}
                WHERE len(g.countries) >= 2 AND {c.where}
            )
            GROUP BY ALL
            ORDER BY n DESC, a, b, kind, status_class
            """,
            c.params,
        )
    where, params = f.interactions_where("i")
    status_class = STATUS_CLASS_SQL.format(s="i.status")
    return frame(
        source,
        f"""
        WITH pairs AS (
            -- most interactions are bilateral: their one pair without unnesting
            SELECT i.kind, {status_class} AS status_class, i.date_start AS first,
                   least(i.countries[1], i.countries[2]) AS a,
                   greatest(i.countries[1], i.countries[2]) AS b
            FROM interactions i
            WHERE len(i.countries) = 2 AND {where}
            UNION ALL
            SELECT kind, status_class, first, pair.a, pair.b FROM (
                SELECT i.kind, {status_class} AS status_class, i.date_start AS first,
                       unnest({_PAIRS.format(c="i.countries")}) AS pair
                FROM interactions i
                WHERE len(i.countries) > 2 AND {where}
            )
        )
        SELECT a, b, kind, status_class,
               count(*)::BIGINT AS n,
               min(first) AS first_date,
               max(first) AS last_date
        FROM pairs
        GROUP BY ALL
        ORDER BY n DESC, a, b, kind, status_class
        """,
        [*params, *params],
    )


def contact_counts_and_pairs(source: Source, f: Filter) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(contact_counts(source, f), contact_pairs(source, f))``, the map's two aggregates,
    the same frames, from one statement: the filtered groups (with dates, their sums over the
    span) are read once for both, and one statement is planned instead of two (planning is
    most of the time of either)."""
    if not contacts.kept(source):
        return contact_counts(source, f), contact_pairs(source, f)
    c = contacts.counted(source, f)
    status_class = STATUS_CLASS_SQL.format(s="status")
    both = frame(
        source,
        f"""
        WITH c AS (
            SELECT g.countries, g.kind, g.status, {c.n} AS n, {c.first} AS first,
                   {c.last} AS last
            FROM {c.source}
            WHERE {c.where}
        )
        SELECT 'country' AS what, iso3 AS a, NULL::VARCHAR AS b, NULL::VARCHAR AS kind,
               NULL::VARCHAR AS status_class, sum(n)::BIGINT AS n,
               NULL::DATE AS first_date, NULL::DATE AS last_date
        FROM (SELECT unnest(countries) AS iso3, n FROM c)
        GROUP BY iso3
        UNION ALL
        SELECT 'pair', pair.a, pair.b, kind, status_class, sum(n)::BIGINT, min(first), max(last)
        FROM (
            SELECT kind, {status_class} AS status_class, n, first, last,
                   unnest({_PAIRS.format(c="countries")}) AS pair
            FROM c
            WHERE len(countries) >= 2
        )
        GROUP BY ALL
        ORDER BY what, n DESC, a, b, kind, status_class
        """,
        c.params,
    )
    # The countries' rows come first ('country' < 'pair'), each part in its own order.
    k = int((both.get_column("what") == "country").sum())
    return both.slice(0, k).select(iso3="a", n="n"), both.slice(k).drop("what")


def contact_pair_ids(
    source: Source, f: Filter, a: str, b: str, kind: str | None = None
) -> list[str]:
    """Ids of the filtered interactions in which both ``a`` and ``b`` take part (and of
    ``kind``, if given), chronologically: what selecting an arc of the map selects."""
    where, params = f.interactions_where("i")
    extra, extra_params = "", []
    if kind is not None:
        extra, extra_params = " AND i.kind = ?", [kind]
    rows = frame(
        source,
        f"""
        SELECT i.id FROM interactions i
        WHERE list_contains(i.countries, ?) AND list_contains(i.countries, ?){extra}
          AND {where}
        ORDER BY i.date_start NULLS LAST, i.id
        """,
        [a, b, *extra_params, *params],
    )
    return [str(x) for x in rows["id"]]


# Every pair {a, b} (a < b) of a list of distinct countries, as structs.
_PAIRS = (
    "flatten(list_transform({c}, lambda x: list_transform("
    "list_filter({c}, lambda y: x < y), lambda y: {{'a': x, 'b': y}})))"
)
