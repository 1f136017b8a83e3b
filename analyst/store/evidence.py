"""The sentences a fact came from, and the article text they sit in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store._sql import FIRST_EVIDENCE_ORDER, Source, connection, frame

if TYPE_CHECKING:
    import polars as pl


def evidence_for(source: Source, fact_id: str) -> pl.DataFrame:
    """Columns: article_id, start, end, sentence, fact_kind, title, source, published —
    one row per sentence, earliest publication first."""
    return frame(
        source,
        f"""
        SELECT e.article_id, e.start, e."end", e.sentence, e.fact_kind,
               a.title, a.source, a.published
        FROM evidence e LEFT JOIN articles a ON a.id = e.article_id
        WHERE e.fact_id = ?
        ORDER BY {FIRST_EVIDENCE_ORDER}
        """,
        [fact_id],
    )


def article_text(source: Source, article_id: str) -> str | None:
    """The article's cleaned text (the one evidence offsets index), or ``None``."""
    # fetchall, not fetchone: DuckDB 2.x keeps a half-read result open on the connection
    rows = connection(source).execute("SELECT text FROM articles WHERE id = ?", [article_id])
    found = rows.fetchall()
    return str(found[0][0]) if found else None
