"""Bulk writes: whole frames of facts in one transaction, for imports of millions of rows.

:meth:`Store.add_article` writes one article's few facts and merges them with stored ones,
at a few milliseconds per article. An event export brings hundreds of thousands of facts
that each come from one line and need no merging, so they are written here instead, as a
handful of ``INSERT … SELECT`` statements over the whole frame.

Rules of the concept:
- One transaction per call: every row of the frame is written, or none.
- A fact is keyed by its ``id``; a fact whose id is already stored (in ``interactions`` or
  ``tariffs``) is skipped, not merged: it is the same event, imported before. Rows repeating
  an id within the frame are written once.
- The rows written are the same as :meth:`Store.add_article` would write for the same facts,
  derived columns included (see :mod:`analyst.store.schema`): two participants (the
  interaction's ``countries``), one evidence row each (``n_evidence = 1``,
  ``first_article_id`` = its article), the named people as ``fact_actors`` and ``actors``.
- The cited article of each evidence row gets an ``articles`` row (its text is the URL)
  unless one is stored already.
- The new interactions are counted into the groups of :mod:`analyst.store.contacts` in
  the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb
import polars as pl

from analyst.store import contacts
from analyst.store.errors import StoreError

if TYPE_CHECKING:
    from analyst.store.store import Store

#: The columns :func:`add_gdelt_events` needs (``analyst.ingest.gdelt.FACT_SCHEMA``).
GDELT_COLUMNS = pl.Schema(
    {
        "id": pl.String,
        "fact": pl.String,  # "interaction" or "tariff"
        "kind": pl.String,  # interaction kind, or the tariff's measure
        "status": pl.String,
        "country_a": pl.String,
        "country_b": pl.String,
        "name_a": pl.String,
        "name_b": pl.String,
        "location": pl.String,
        "day": pl.Date,
        "article_id": pl.String,
        "url": pl.String,
        "source": pl.String,
        "published": pl.Date,
    }
)

_IN = "_bulk_gdelt_in"
_NEW = "_bulk_gdelt_new"

# Each statement reads the new rows from the temporary table _NEW.
_STATEMENTS = (
    f"""
    INSERT INTO articles (id, title, source, url, published, path, text)
    SELECT article_id, NULL, any_value(source), any_value(url), min(published), ?, any_value(url)
    FROM {_NEW}
    WHERE article_id NOT IN (SELECT id FROM articles)
    GROUP BY article_id
    """,
    f"""
    INSERT INTO interactions (id, kind, status, initiator, location, date_start, date_end,
                              date_precision, countries, people, n_evidence, first_article_id)
    SELECT id, kind, status, NULL, location, day, day, CASE WHEN day IS NOT NULL THEN 'day' END,
           [country_a, country_b], list_filter([name_a, name_b], lambda x: x IS NOT NULL),
           1, article_id
    FROM {_NEW} WHERE fact = 'interaction'
    """,
    f"""
    INSERT INTO interaction_participants (interaction_id, position, country, actor_name)
    SELECT id, 0, country_a, name_a FROM {_NEW} WHERE fact = 'interaction'
    UNION ALL
    SELECT id, 1, country_b, name_b FROM {_NEW} WHERE fact = 'interaction'
    """,
    f"""
    INSERT INTO tariffs (id, measure, imposer, target, status, date_start, date_end,
                         date_precision, people, n_evidence, first_article_id)
    SELECT id, kind, country_a, country_b, status, day, day,
           CASE WHEN day IS NOT NULL THEN 'day' END,
           list_filter([name_a], lambda x: x IS NOT NULL), 1, article_id
    FROM {_NEW} WHERE fact = 'tariff'
    """,
    f"""
    INSERT INTO evidence (fact_id, fact_kind, article_id, start, "end", sentence)
    SELECT id, fact, article_id, 0, 0, url FROM {_NEW}
    """,
    f"""
    INSERT INTO actors (name, country)
    SELECT name, min(country) FROM (
        SELECT name_a AS name, country_a AS country FROM {_NEW}
        UNION ALL
        SELECT name_b, country_b FROM {_NEW} WHERE fact = 'interaction'
    )
    WHERE name IS NOT NULL AND name NOT IN (SELECT name FROM actors)
    GROUP BY name
    """,
    f"""
    INSERT INTO fact_actors (fact_id, actor_name)
    SELECT DISTINCT id, name FROM (
        SELECT id, name_a AS name FROM {_NEW}
        UNION ALL
        SELECT id, name_b FROM {_NEW} WHERE fact = 'interaction'
    )
    WHERE name IS NOT NULL
    """,
)


def add_gdelt_events(
    store: Store, facts: pl.DataFrame, *, path: str | None = None
) -> dict[str, int]:
    """Writes the fact rows of one GDELT export (columns :data:`GDELT_COLUMNS`, as
    :func:`analyst.ingest.gdelt.read_export` makes them) in one transaction.

    ``path`` is recorded as the path of the cited articles first stored here. Returns
    ``{"interactions", "sanctions", "already_stored", "articles", "people"}``: facts added,
    facts skipped because their id was stored before, cited articles and people added.
    Raises :class:`StoreError` for a read-only store and ``ValueError`` for a frame without
    the columns; on any error nothing is written.
    """
    if store.read_only:
        raise StoreError(
            f"{store.path or ':memory:'}: opened read-only, cannot import GDELT events",
            path=store.path,
            reason="opened read-only",
        )
    missing = [c for c in GDELT_COLUMNS if c not in facts.columns]
    if missing:
        raise ValueError(f"GDELT fact frame lacks columns: {', '.join(missing)}")
    frame = facts.select(list(GDELT_COLUMNS)).cast(GDELT_COLUMNS)
    con = store.con
    # DuckDB draws a progress bar on stdout for long statements; not in the middle of ours.
    bar = con.execute("SELECT current_setting('enable_progress_bar')").fetchall()[0][0]
    con.execute("SET enable_progress_bar = false")
    con.register(_IN, frame)
    try:
        con.begin()
        try:
            con.execute(
                f"""
                CREATE TEMP TABLE {_NEW} AS
                SELECT DISTINCT ON (id) * FROM {_IN}
                WHERE id NOT IN (SELECT id FROM interactions)
                  AND id NOT IN (SELECT id FROM tariffs)
                """
            )
            before = _counts(con)
            for number, statement in enumerate(_STATEMENTS):
                con.execute(statement, [path] if number == 0 else [])
            contacts.add_new_interactions(con, f"SELECT id FROM {_NEW} WHERE fact = 'interaction'")
            added = con.execute(
                f"SELECT count(*) FILTER (WHERE fact = 'interaction'),"
                f" count(*) FILTER (WHERE fact = 'tariff'), count(DISTINCT id) FROM {_NEW}"
            ).fetchall()[0]
            after = _counts(con)
            con.execute(f"DROP TABLE {_NEW}")
            con.commit()
        except BaseException:
            con.rollback()
            raise
    finally:
        con.unregister(_IN)
        con.execute(f"SET enable_progress_bar = {'true' if bar else 'false'}")
    distinct = int(frame["id"].n_unique())
    return {
        "interactions": int(added[0]),
        "sanctions": int(added[1]),
        "already_stored": distinct - int(added[2]),
        "articles": after[0] - before[0],
        "people": after[1] - before[1],
    }


def _counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Stored articles and actors."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors)"
    ).fetchall()[0]
    return int(row[0]), int(row[1])
