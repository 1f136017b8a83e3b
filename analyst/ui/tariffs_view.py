"""The tariff table: tariffs, secondary tariffs and sanctions under the shared filter.

Rules of the concept:
- The filter decides which rows are loaded (one store query per filter change); the search
  box only narrows the loaded frame, in polars, after a short pause in typing.
- Countries are shown by name (the ISO code is in the tooltip and is searchable too); a
  target that is a group ("buyers of Russian oil") is shown as the group.
- Selecting rows selects those facts and their countries in the shared state; a selection
  made elsewhere only restyles the rows (countries picked on the map are shown in bold).
- :meth:`TariffsView.frame` is exactly what the table shows, in its order, with the store's
  columns — what exporters write.
"""

from __future__ import annotations

import polars as pl
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Filter, Store, country_names, tariffs
from analyst.ui.answers import Prepared, ask, expect, when_answered
from analyst.ui.empty_state import EmptyStateStack, no_search_match_message, set_muted
from analyst.ui.fact_selection import FactSelection
from analyst.ui.frame_model import (
    Column,
    DisplayColumns,
    FrameModel,
    format_rate,
    fuzzy_date_expr,
)
from analyst.ui.state import FilterState, Selection
from analyst.ui.table_actions import TableActions, fit_columns

NOUN = "tariffs or sanctions"

#: Text colour per measure status: in force is red, a threat amber, gone grey.
STATUS_COLORS: dict[str, QColor] = {
    "imposed": QColor("#c62828"),
    "threatened": QColor("#d98200"),
    "announced": QColor("#1f6fb2"),
    "proposed": QColor("#7b4ca0"),
    "lifted": QColor("#7d8590"),
}

_MEASURES = {"tariff": "Tariff", "secondary_tariff": "Secondary tariff", "sanction": "Sanction"}

SEARCH_DEBOUNCE_MS = 200
_MAX_COLUMN_WIDTH = 280


RESIZE_PRECISION = 100  # rows measured when fitting columns


def _status_color(status: object) -> QColor | None:
    return STATUS_COLORS.get(str(status)) if status else None


COLUMNS = (
    Column("_imposer", "Imposer", sort_key="_imposer", tooltip_key="imposer"),
    Column("_target", "Target", sort_key="_target", tooltip_key="_target_tip"),
    Column("_measure", "Measure", sort_key="measure"),
    Column(
        "rate_pct",
        "Rate",
        fmt=format_rate,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    ),
    Column("status", "Status", color=_status_color, swatch=True),
    Column("_date", "Date", sort_key="date_start", tooltip_key="date"),
    Column("reason", "Reason", tooltip_key="reason"),
    Column("title", "Source", tooltip_key="_source_tip"),
)
# Long text, cut first when the view is narrow (each holds its whole text as a tooltip).
_GIVE_WAY = tuple(i for i, c in enumerate(COLUMNS) if c.key in ("_target", "reason", "title"))


class TariffsView(QWidget):
    """The "Tariffs & sanctions" panel. Reads the store on the GUI thread; writes only the
    shared selection (``state.select_facts("tariffs", …)``). Emits
    ``export_requested(selected_only)`` from its context menu (the window writes the file)."""

    title = "Tariffs & sanctions"
    export_requested = Signal(bool)

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._state = state
        self._loaded = pl.DataFrame()  # the filter's rows with display columns
        # the filter's rows with their display columns, made on a worker thread
        self._display = DisplayColumns(_with_display_columns)
        self._rows = Prepared(tariffs, self._display)
        self._stored = 0  # tariffs in the store, read by refresh()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search: country, measure, status, reason, source…")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        set_muted(self.count_label)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)

        self.model = FrameModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # No sort indicator at first: the store's order (chronological) until a header is
        # clicked. Set before enabling sorting, which sorts by the indicator at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Fit columns to the first rows only: measuring thousands of rows through Python's
        # data() blocks the window for a second after an import.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self.table_actions = TableActions(
            self.table,
            copy=self.copy_selected_rows,
            has_selection=lambda: bool(self.selected_rows()),
            export=self.export_requested.emit,
        )
        self.copy_action = self.table_actions.copy_action
        self._link = FactSelection(self.table, self.model, state, "tariffs", ("imposer", "target"))
        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)

        self.stack = EmptyStateStack(self.table, self)
        self.stack.clear_filter_requested.connect(state.clear_filter)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        expect(state, store, self._rows)
        state.filter_changed.connect(self._on_filter_changed)
        state.selection_changed.connect(self._on_selection_changed)
        self.refresh()

    # --- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads the store (after an import: country names, whether it has any tariffs)
        and re-queries for the current filter."""
        self._display.names = country_names(self._store)
        self._stored = self._store.counts().get("tariffs", 0)
        self._requery()

    def _requery(self) -> None:
        """Re-queries the store for the current filter and shows the result."""
        f = self._state.filter
        self._take(ask(self._state, self._store, self._rows, f))

    def _take(self, rows: pl.DataFrame) -> None:
        """Shows ``rows``, the store's answer for the current filter with its display
        columns."""
        self._loaded = rows
        self._show(first=True)

    def frame(self) -> pl.DataFrame:
        """The rows shown (after the search), in the order shown, with the store's columns."""
        df = self.model.frame()
        return df.select([c for c in df.columns if not c.startswith("_")])

    def _searched(self) -> pl.DataFrame:
        needle = self.search.text().strip().lower()
        if not needle or self._loaded.is_empty():
            return self._loaded
        return self._loaded.filter(pl.col("_haystack").str.contains(needle, literal=True))

    def _apply_search(self) -> None:
        self._debounce.stop()
        self._show(first=False)

    def _show(self, *, first: bool) -> None:
        shown = self._searched()
        self.model.set_frame(shown)
        total, n = self._loaded.height, shown.height
        self.count_label.setText(f"{n} of {total}" if n != total else _rows(total))
        self.search.setEnabled(total > 0 or bool(self.search.text()))
        self.count_label.setVisible(total > 0)
        if total == 0:
            f = self._state.filter
            if f.is_empty() or self._stored == 0:
                self.stack.show_no_data(NOUN)
            else:
                self.stack.show_no_match(NOUN, f)
        elif n == 0:
            self.stack.show_message(*no_search_match_message(NOUN, self.search.text().strip()))
        else:
            self.stack.show_content()
            if first:
                fit_columns(self.table, _MAX_COLUMN_WIDTH, _GIVE_WAY)
        self._restyle()
        # A reset model's rows are laid out when the view's zero-time timer fires, after
        # the first paint, which it then repeats: lay them out now, before the first.
        self.table.executeDelayedItemsLayout()

    # --- selection ------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return self._link.selected_rows()

    def _on_rows_selected(self, *_: object) -> None:
        self._link.publish()

    def _on_filter_changed(self, f: Filter) -> None:
        when_answered(self._state, self._store, [(self._rows, f)], self._take)

    def _on_selection_changed(self, _selection: Selection) -> None:
        self._restyle()

    def _restyle(self) -> None:
        """Follows the shared selection without re-querying."""
        self._link.follow()

    # --- copying --------------------------------------------------------------------------

    def copy_selected_rows(self) -> str:
        """The selected rows on the clipboard as tab-separated text (also returned)."""
        return self._link.copy_selected_rows()


def _rows(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"


def _with_display_columns(df: pl.DataFrame, names: dict[str, str]) -> pl.DataFrame:
    """Adds the ``_``-prefixed text columns the table shows and searches (vectorised)."""
    if df.is_empty():
        return df.with_columns(
            pl.lit(None, pl.String).alias(c)
            for c in ("_imposer", "_target", "_target_tip", "_measure", "_date")
        ).with_columns(
            pl.lit(None, pl.String).alias("_source_tip"), pl.lit("", pl.String).alias("_haystack")
        )
    imposer = pl.col("imposer").replace_strict(names, default=pl.col("imposer"))
    target = pl.col("target").replace_strict(names, default=pl.col("target"))
    df = df.with_columns(
        imposer.alias("_imposer"),
        pl.coalesce(target, pl.col("target_group")).alias("_target"),
        pl.when(pl.col("target").is_not_null())
        .then(pl.col("target"))
        .otherwise(pl.lit("a group, not a country"))
        .alias("_target_tip"),
        pl.col("measure").replace_strict(_MEASURES, default=pl.col("measure")).alias("_measure"),
        fuzzy_date_expr("date_start", "date_precision").alias("_date"),
        pl.concat_str(
            pl.col("source").fill_null("unknown source"),
            pl.format("{} evidence sentence(s)", pl.col("n_evidence")),
            separator=" · ",
        ).alias("_source_tip"),
    )
    searched = [
        "_imposer",
        "imposer",
        "_target",
        "target",
        "_measure",
        "status",
        "reason",
        "scope",
        "_date",
        "title",
        "source",
    ]
    rate = pl.col("rate_pct").map_batches(
        lambda s: pl.Series([format_rate(v) for v in s.to_list()], dtype=pl.String),
        return_dtype=pl.String,
    )
    people = pl.col("people").list.join(" ")
    return df.with_columns(
        pl.concat_str(
            [*(pl.col(c).fill_null("") for c in searched), rate.fill_null(""), people],
            separator="\x1f",
        )
        .str.to_lowercase()
        .alias("_haystack")
    )
