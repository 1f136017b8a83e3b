"""Deadlines (ultimatums, announced meetings and visits, …) under a filter, for the
countdown list.

Rules of the concept: a due date keeps its precision ("2025-09" is September, not the 1st);
``due_end`` is the last moment it can still fall on, which is what a countdown counts to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store._sql import Source, frame, iso_date
from analyst.store.filter import Filter

if TYPE_CHECKING:
    import polars as pl


def deadlines(source: Source, f: Filter) -> pl.DataFrame:
    """Columns: id, label, kind, due_start, due_end, due_precision, due (ISO text at its
    precision), setter, subject, people, n_evidence, article_id, title, source. Sorted by
    due_start, undated last."""
    where, params = f.deadlines_where("d")
    return frame(
        source,
        f"""
        SELECT d.id, d.label, d.kind,
               d.due_start, d.due_end, d.due_precision,
               {iso_date("d.due_start", "d.due_precision")} AS due,
               d.setter, d.subject, d.people, d.n_evidence,
               d.first_article_id AS article_id, a.title, a.source
        FROM deadlines d LEFT JOIN articles a ON a.id = d.first_article_id
        WHERE {where}
        ORDER BY d.due_start NULLS LAST, d.due_end NULLS LAST, d.id
        """,
        params,
    )
