"""How a table of facts meets the shared selection (tariffs and deadlines share it).

Rules:
- Picking rows publishes the facts (by id) and their countries on :class:`FilterState`.
- When the selection changes elsewhere, the table only restyles: rows of the picked
  countries turn bold, and its own picked facts are selected again — no re-query.
- Following the state never echoes back: ``syncing`` is set while the table is moved.
"""

from __future__ import annotations

import polars as pl
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from analyst.ui.frame_model import FrameModel, copy_rows
from analyst.ui.state import FilterState


class FactSelection:
    """Links ``table`` (showing ``model``) with ``state`` for facts of ``kind`` whose
    countries are in ``country_columns``."""

    def __init__(
        self,
        table: QTableView,
        model: FrameModel,
        state: FilterState,
        kind: str,
        country_columns: tuple[str, str],
    ) -> None:
        self.table = table
        self.model = model
        self.state = state
        self.kind = kind
        self.country_columns = country_columns
        self.syncing = False

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def publish(self) -> None:
        """The table's selection changed by the analyst's hand: tell everyone."""
        if self.syncing:
            return
        rows = self.selected_rows()
        if not rows:
            if self.state.selection.fact_kind == self.kind:
                self.state.clear_selection()
            return
        ids = tuple(self.model.row_id(r) for r in rows)
        found: dict[str, None] = {}
        for r in rows:
            for key in self.country_columns:
                code = self.model.value(r, key)
                if code:
                    found[code] = None
        self.state.select_facts(self.kind, ids, countries=tuple(found))

    def follow(self) -> None:
        """Restyles for the shared selection: countries picked elsewhere put their rows in
        bold; this table's own facts are selected again."""
        sel = self.state.selection
        df = self.model.frame()
        if sel.countries and not df.is_empty() and sel.fact_kind != self.kind:
            picked = list(sel.countries)
            a, b = self.country_columns
            hit = df.filter(pl.col(a).is_in(picked) | pl.col(b).is_in(picked))
            self.model.set_highlighted(hit.get_column("id").to_list())
        else:
            self.model.set_highlighted(())
        ours = sel.fact_ids if sel.fact_kind == self.kind else ()
        rows = sorted(r for r in (self.model.row_of(i) for i in ours) if r >= 0)
        if rows == self.selected_rows():
            return  # the table already shows it (the selection came from this table)
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, 0))
        self.syncing = True
        try:
            self.table.selectionModel().select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.syncing = False

    def copy_selected_rows(self) -> str:
        """Puts the selected rows (as shown, with a header line) on the clipboard as
        tab-separated text, and returns that text."""
        return copy_rows(self.model, self.selected_rows())
