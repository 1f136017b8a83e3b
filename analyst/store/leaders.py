"""People the articles mention, with how often and in how many filtered facts.

Rules of the concept:
- Every stored actor is listed (a filter bar shows them all, with counts); ``facts`` counts
  the facts that match the whole filter and involve them, so with a leader filter set it
  tells who else appears in that leader's facts.
- ``mentions`` is summed over all stored articles; it does not depend on the filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store import contacts
from analyst.store._sql import Source, frame
from analyst.store.filter import Filter

if TYPE_CHECKING:
    import polars as pl


def filtered_fact_ids(f: Filter) -> tuple[str, list[object]]:
    """SQL returning a column ``id``: every interaction, tariff and deadline under ``f``."""
    iw, ip = f.interactions_where("i")
    tw, tp = f.tariffs_where("t")
    dw, dp = f.deadlines_where("d")
    return (
        f"SELECT i.id FROM interactions i WHERE {iw}"
        f" UNION ALL SELECT t.id FROM tariffs t WHERE {tw}"
        f" UNION ALL SELECT d.id FROM deadlines d WHERE {dw}",
        [*ip, *tp, *dp],
    )


def leaders(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: name, country, title, caveat, mentions, facts. Most facts first, then most
    mentioned, then by name."""
    if contacts.kept(source):
        # Each fact once per person: an interaction group's actors, a tariff's or a
        # deadline's people (its fact_actors names, sorted; see analyst.store.schema).
        c = contacts.counted(source, f)
        cp = c.params
        tw, tp = f.tariffs_where("t")
        dw, dp = f.deadlines_where("d")
        per_person = f"""
            SELECT name, sum(c)::BIGINT AS facts FROM (
                SELECT unnest(g.actors) AS name, {c.n} AS c FROM {c.source} WHERE {c.where}
                UNION ALL SELECT unnest(t.people), 1 FROM tariffs t WHERE {tw}
                UNION ALL SELECT unnest(d.people), 1 FROM deadlines d WHERE {dw}
            )
            GROUP BY name
        """
        params = [*cp, *tp, *dp]
    else:
        ids, params = filtered_fact_ids(f)
        per_person = f"""
            SELECT actor_name AS name, count(DISTINCT fact_id) AS facts
            FROM fact_actors
            WHERE fact_id IN ({ids})
            GROUP BY actor_name
        """
    return frame(
        source,
        f"""
        WITH n AS ({per_person}),
        m AS (SELECT name, sum(mentions) AS mentions FROM article_actors GROUP BY name)
        SELECT a.name, a.country, a.title, a.caveat,
               coalesce(m.mentions, 0)::BIGINT AS mentions,
               coalesce(n.facts, 0)::BIGINT AS facts
        FROM actors a
        LEFT JOIN m ON m.name = a.name
        LEFT JOIN n ON n.name = a.name
        ORDER BY facts DESC, mentions DESC, a.name
        """,
        params,
    )


def involved_leaders(source: Source, f: Filter) -> pl.DataFrame:
    """The leaders table as the dashboard shows it: with an empty filter every stored actor;
    with one, those in a matching fact plus the leaders the filter names (so they can always
    be clicked off). Columns and order as :func:`leaders`."""
    import polars as pl

    table = leaders(source, f)
    if f.is_empty():
        return table
    return table.filter((pl.col("facts") > 0) | pl.col("name").is_in(list(f.leaders)))
