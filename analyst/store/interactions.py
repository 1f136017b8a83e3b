"""Diplomatic interactions (calls, meetings, talks, visits) under a filter, and their
aggregates for the map.

Rules of the concept:
- One row per interaction; its countries are its participants' countries, each once, in
  the order the article gives them; its people are the named participants.
- Aggregates are computed in DuckDB, never by looping over rows in Python.
- For the map, an interaction's status falls in a class: ``occurred``; ``future``
  (planned, expected); ``cancelled``.
"""

from __future__ import annotations

import polars as pl

from analyst.store._sql import Source, evidence_summary, frame, iso_date
from analyst.store.filter import Filter

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
        WITH sel AS (SELECT * FROM interactions i WHERE {where}),
        parts AS (
            SELECT interaction_id,
                   list(country ORDER BY position) AS countries,
                   list(actor_name ORDER BY position)
                       FILTER (WHERE actor_name IS NOT NULL) AS people
            FROM interaction_participants
            WHERE interaction_id IN (SELECT id FROM sel)
            GROUP BY interaction_id
        ),
        ev AS ({evidence_summary("SELECT id FROM sel")})
        SELECT sel.id, sel.kind, sel.status,
               sel.date_start, sel.date_end, sel.date_precision,
               {iso_date("sel.date_start", "sel.date_precision")} AS date,
               coalesce(
                   list_filter(parts.countries,
                               lambda c, k: list_position(parts.countries, c) = k),
                   []::VARCHAR[]) AS countries,
               coalesce(parts.people, []::VARCHAR[]) AS people,
               sel.initiator, sel.location,
               coalesce(ev.n_evidence, 0) AS n_evidence,
               ev.article_id, ev.title, ev.source
        FROM sel
        LEFT JOIN parts ON parts.interaction_id = sel.id
        LEFT JOIN ev ON ev.fact_id = sel.id
        ORDER BY sel.date_start NULLS LAST, sel.date_end NULLS LAST, sel.id
        """,
        params,
    )


def contact_counts(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: iso3, n — how many of the filtered interactions each country takes part in
    (its contacts), most first. With a country filter, its partners are counted too."""
    where, params = f.interactions_where("i")
    return frame(
        source,
        f"""
        SELECT p.country AS iso3, count(DISTINCT p.interaction_id) AS n
        FROM interaction_participants p
        WHERE p.interaction_id IN (SELECT i.id FROM interactions i WHERE {where})
        GROUP BY p.country
        ORDER BY n DESC, iso3
        """,
        params,
    )


def contact_pairs(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: a, b (ISO3, a < b), kind, status_class (occurred/future/cancelled), n,
    first_date, last_date (earliest and latest start date), ids (the interactions, for
    selecting an arc). One row per pair of countries that met in a filtered interaction."""
    where, params = f.interactions_where("i")
    status_class = STATUS_CLASS_SQL.format(s="sel.status")
    return frame(
        source,
        f"""
        WITH sel AS (SELECT id, kind, status, date_start FROM interactions i WHERE {where}),
        pc AS (
            SELECT DISTINCT interaction_id, country
            FROM interaction_participants
            WHERE interaction_id IN (SELECT id FROM sel)
        )
        SELECT x.country AS a, y.country AS b, sel.kind,
               {status_class} AS status_class,
               count(*) AS n,
               min(sel.date_start) AS first_date,
               max(sel.date_start) AS last_date,
               list(sel.id ORDER BY sel.date_start NULLS LAST, sel.id) AS ids
        FROM pc x
        JOIN pc y ON y.interaction_id = x.interaction_id AND x.country < y.country
        JOIN sel ON sel.id = x.interaction_id
        GROUP BY ALL
        ORDER BY n DESC, a, b, kind, status_class
        """,
        params,
    )
