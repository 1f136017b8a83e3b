"""How many facts of each kind a filter keeps: one small query, no rows fetched."""

from __future__ import annotations

from analyst.store import contacts
from analyst.store._sql import Source, frame
from analyst.store.filter import Filter


def fact_counts(source: Source, f: Filter) -> dict[str, int]:
    """``{"interactions": n, "tariffs": n, "deadlines": n}`` under ``f``."""
    if contacts.kept(source):
        c = contacts.counted(f)
        pi = c.params
        interactions = f"SELECT coalesce(sum({c.n}), 0) FROM {c.source} WHERE {c.where}"
    else:
        wi, pi = f.interactions_where("i")
        interactions = f"SELECT count(*) FROM interactions i WHERE {wi}"
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
