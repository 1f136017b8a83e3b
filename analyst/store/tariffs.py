"""Tariffs, secondary tariffs and sanctions under a filter, for the tariff table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store._sql import Source, frame, iso_date
from analyst.store.filter import Filter

if TYPE_CHECKING:
    import polars as pl


def tariffs(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: id, measure, imposer, target, target_group, rate_pct, status, reason, scope,
    date (ISO text at its precision), date_start, date_end, date_precision, people,
    n_evidence, article_id, title, source (of the first evidence). Chronological, undated
    last."""
    where, params = f.tariffs_where("t")
    return frame(
        source,
        f"""
        SELECT t.id, t.measure, t.imposer, t.target, t.target_group,
               t.rate_pct, t.status, t.reason, t.scope,
               {iso_date("t.date_start", "t.date_precision")} AS date,
               t.date_start, t.date_end, t.date_precision,
               t.people, t.n_evidence,
               t.first_article_id AS article_id, a.title, a.source
        FROM tariffs t LEFT JOIN articles a ON a.id = t.first_article_id
        WHERE {where}
        ORDER BY t.date_start NULLS LAST, t.imposer NULLS LAST, t.target NULLS LAST, t.id
        """,
        params,
    )
