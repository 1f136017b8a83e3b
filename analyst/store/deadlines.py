"""Deadlines (ultimatums, announced meetings and visits, …) under a filter, for the
countdown list.

Rules of the concept: a due date keeps its precision ("2025-09" is September, not the 1st);
``due_end`` is the last moment it can still fall on, which is what a countdown counts to.
"""

from __future__ import annotations

import polars as pl

from analyst.store._sql import Source, evidence_summary, frame, iso_date, people_by_fact
from analyst.store.filter import Filter


def deadlines(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: id, label, kind, due_start, due_end, due_precision, due (ISO text at its
    precision), setter, subject, people, n_evidence, article_id, title, source. Sorted by
    due_start, undated last."""
    where, params = f.deadlines_where("d")
    return frame(
        source,
        f"""
        WITH sel AS (SELECT * FROM deadlines d WHERE {where}),
        ev AS ({evidence_summary("SELECT id FROM sel")}),
        pp AS ({people_by_fact("SELECT id FROM sel")})
        SELECT sel.id, sel.label, sel.kind,
               sel.due_start, sel.due_end, sel.due_precision,
               {iso_date("sel.due_start", "sel.due_precision")} AS due,
               sel.setter, sel.subject,
               coalesce(pp.people, []::VARCHAR[]) AS people,
               coalesce(ev.n_evidence, 0) AS n_evidence,
               ev.article_id, ev.title, ev.source
        FROM sel
        LEFT JOIN ev ON ev.fact_id = sel.id
        LEFT JOIN pp ON pp.fact_id = sel.id
        ORDER BY sel.due_start NULLS LAST, sel.due_end NULLS LAST, sel.id
        """,
        params,
    )
