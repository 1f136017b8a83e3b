"""How many facts a filter keeps: small queries, no rows fetched."""

from __future__ import annotations

from analyst.store import contacts
from analyst.store._sql import Source, frame
from analyst.store.filter import Filter


def fact_counts(source: Source, f: Filter) -> dict[str, int]:
    """``{"interactions": n, "tariffs": n, "deadlines": n}`` under ``f``."""
    interactions, pi = _interactions_count_sql(source, f)
    wt, pt = f.tariffs_where("t")
    wd, pd = f.deadlines_where("d")
    row = frame(
        source,
        f"""
        SELECT ({interactions}) AS interactions,
               (SELECT count(*) FROM tariffs t WHERE {wt}) AS tariffs,
               (SELECT count(*) FROM deadlines d WHERE {wd}) AS deadlines
        """,
        [*pi, *pt, *pd],
    ).row(0, named=True)
    return {k: int(v) for k, v in row.items()}


def interaction_count(source: Source, f: Filter) -> int:
    """How many interactions ``f`` keeps (``fact_counts(source, f)["interactions"]``, in a
    statement a third the size, for a caller that has the tariffs and deadlines already)."""
    sql, params = _interactions_count_sql(source, f)
    return int(frame(source, f"SELECT ({sql}) AS interactions", params).item())


def _interactions_count_sql(source: Source, f: Filter) -> tuple[str, list[object]]:
    if contacts.kept(source):
        c = contacts.counted(source, f)
        return f"SELECT coalesce(sum({c.n}), 0) FROM {c.source} WHERE {c.where}", c.params
    wi, pi = f.interactions_where("i")
    return f"SELECT count(*) FROM interactions i WHERE {wi}", pi
