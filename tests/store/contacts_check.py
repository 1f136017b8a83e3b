"""A check the store tests share: are the interaction counts by group right?"""

from __future__ import annotations

from analyst.store import Store
from analyst.store.contacts import RECOUNT_SQL, STORED_SQL


def contact_mismatches(store: Store) -> list[tuple[object, ...]]:
    """Rows of ``contact_groups``/``contact_days`` that a recount of the stored interactions
    would not make, and rows it would make that they lack: empty when the counts are right."""
    out: list[tuple[object, ...]] = []
    for side, query in (
        ("stale", f"SELECT * FROM ({STORED_SQL}) EXCEPT ALL SELECT * FROM ({RECOUNT_SQL})"),
        ("missing", f"SELECT * FROM ({RECOUNT_SQL}) EXCEPT ALL SELECT * FROM ({STORED_SQL})"),
    ):
        out += [(side, *r) for r in store.con.execute(query).fetchall()]
    return out
