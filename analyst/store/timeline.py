"""How many facts fall on each day, for the timeline.

Rules of the concept: a fact counts on its first possible day (``date_start``/``due_start``)
— a fact "in September" counts on September 1st; undated facts are not counted.
"""

from __future__ import annotations

import polars as pl

from analyst.store._sql import Source, frame
from analyst.store.filter import Filter


def fact_counts_by_day(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: day (DATE), fact (interaction/tariff/deadline), kind (call, tariff,
    ultimatum, …), n. Sorted by day, fact, kind."""
    iw, ip = f.interactions_where("i")
    tw, tp = f.tariffs_where("t")
    dw, dp = f.deadlines_where("d")
    return frame(
        source,
        f"""
        SELECT day, fact, kind, count(*) AS n FROM (
            SELECT i.date_start AS day, 'interaction' AS fact, i.kind
            FROM interactions i WHERE i.date_start IS NOT NULL AND {iw}
            UNION ALL
            SELECT t.date_start, 'tariff', t.measure
            FROM tariffs t WHERE t.date_start IS NOT NULL AND {tw}
            UNION ALL
            SELECT d.due_start, 'deadline', d.kind
            FROM deadlines d WHERE d.due_start IS NOT NULL AND {dw}
        )
        GROUP BY day, fact, kind
        ORDER BY day, fact, kind
        """,
        [*ip, *tp, *dp],
    )
