"""A check the store tests share: are the interaction counts by group right?"""

from __future__ import annotations

from analyst.store import Store
from analyst.store.contacts import recount_days_sql, recount_groups_sql


def contact_mismatches(store: Store) -> list[tuple[object, ...]]:
    """Rows of ``contact_days``/``contact_groups`` that a recount of the stored interactions
    would not make, and rows it would make that they lack: empty when the counts are right."""
    out: list[tuple[object, ...]] = []
    for table, recount in (
        ("contact_days", recount_days_sql()),
        ("contact_groups", recount_groups_sql()),
    ):
        for side, query in (
            ("stale", f"SELECT * FROM {table} EXCEPT ALL SELECT * FROM ({recount})"),
            ("missing", f"SELECT * FROM ({recount}) EXCEPT ALL SELECT * FROM {table}"),
        ):
            out += [(table, side, *r) for r in store.con.execute(query).fetchall()]
    return out
