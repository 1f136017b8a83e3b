"""How many facts fall on each day, for the timeline.

Rules of the concept: a fact counts on its first possible day (``date_start``/``due_start``)
— a fact "in September" counts on September 1st; undated facts are not counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store import contacts
from analyst.store._sql import Source, frame
from analyst.store.filter import Filter

if TYPE_CHECKING:
    import polars as pl


def fact_counts_by_day(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: day (DATE), fact (interaction/tariff/deadline), kind (call, tariff,
    ultimatum, …), n. Sorted by day, fact, kind."""
    if contacts.kept(source):
        # interactions counted by day group (analyst.store.contacts)
        c = contacts.counted(source, f, by_day=True)
        ip = c.params
        interactions = (
            "SELECT d.date_start AS day, 'interaction' AS fact, g.kind, d.n"
            f" FROM {c.source} WHERE d.date_start IS NOT NULL AND {c.where}"
        )
    else:
        iw, ip = f.interactions_where("i")
        interactions = (
            "SELECT i.date_start AS day, 'interaction' AS fact, i.kind, 1 AS n"
            f" FROM interactions i WHERE i.date_start IS NOT NULL AND {iw}"
        )
    tw, tp = f.tariffs_where("t")
    dw, dp = f.deadlines_where("d")
    return frame(
        source,
        f"""
        SELECT day, fact, kind, sum(n)::BIGINT AS n FROM (
            {interactions}
            UNION ALL
            SELECT t.date_start, 'tariff', t.measure, 1
            FROM tariffs t WHERE t.date_start IS NOT NULL AND {tw}
            UNION ALL
            SELECT d.due_start, 'deadline', d.kind, 1
            FROM deadlines d WHERE d.due_start IS NOT NULL AND {dw}
        )
        GROUP BY day, fact, kind
        ORDER BY day, fact, kind
        """,
        [*ip, *tp, *dp],
    )
