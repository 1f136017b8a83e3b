"""Tariffs, secondary tariffs and sanctions under a filter, for the tariff table."""

from __future__ import annotations

import polars as pl

from analyst.store._sql import Source, evidence_summary, frame, iso_date, people_by_fact
from analyst.store.filter import Filter


def tariffs(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: id, measure, imposer, target, target_group, rate_pct, status, reason, scope,
    date (ISO text at its precision), date_start, date_end, date_precision, people,
    n_evidence, article_id, title, source (of the first evidence). Chronological, undated
    last."""
    where, params = f.tariffs_where("t")
    return frame(
        source,
        f"""
        WITH sel AS (SELECT * FROM tariffs t WHERE {where}),
        ev AS ({evidence_summary("SELECT id FROM sel")}),
        pp AS ({people_by_fact("SELECT id FROM sel")})
        SELECT sel.id, sel.measure, sel.imposer, sel.target, sel.target_group,
               sel.rate_pct, sel.status, sel.reason, sel.scope,
               {iso_date("sel.date_start", "sel.date_precision")} AS date,
               sel.date_start, sel.date_end, sel.date_precision,
               coalesce(pp.people, []::VARCHAR[]) AS people,
               coalesce(ev.n_evidence, 0) AS n_evidence,
               ev.article_id, ev.title, ev.source
        FROM sel
        LEFT JOIN ev ON ev.fact_id = sel.id
        LEFT JOIN pp ON pp.fact_id = sel.id
        ORDER BY sel.date_start NULLS LAST, sel.imposer NULLS LAST, sel.target NULLS LAST,
                 sel.id
        """,
        params,
    )
