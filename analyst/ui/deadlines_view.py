"""The deadline countdown: what is due next, at the precision the text gave, ticking live.

Rules of the concept:
- A due date keeps its precision: "15 Aug 2025", "week of 11 Aug 2025", "Sep 2025", "2025" —
  never a made-up day.
- Time left counts to the *start* of the due span, against ``state.now()`` (the chosen "as
  of" moment, or the wall clock). A day counts down to the second ("in 6 d 04:12:09"); a
  week, month or year only approximately ("in about 3 weeks"). Inside the span it is "today"
  / "this week" / "this month" / "this year"; after it, "expired N days ago" (calendar days
  since the last day of the span).
- Colour says how urgent: expired grey, under a day red, under a week orange, later green;
  inside a span, by the time left until the span ends.
- Order: what is due next first (upcoming by start; a span already under way by its end),
  then expired ones, most recent first, then undated ones.
- The clock tick (every second while the as-of moment is "now") re-queries nothing: it
  emits ``dataChanged`` for the time-left column only. When a deadline passes a boundary
  (starts or expires) the loaded frame is re-ordered in memory, still without a query.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
import polars as pl
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analyst.countdown import (  # noqa: F401 (re-exported: the list's own vocabulary)
    EXPIRED,
    UNDATED,
    UNDER_WAY,
    UPCOMING,
    phases_and_order,
    time_left,
)
from analyst.store import Filter, Store, country_names, deadlines
from analyst.ui.answers import Prepared, ask, expect, when_answered
from analyst.ui.empty_state import EmptyStateStack
from analyst.ui.fact_selection import FactSelection
from analyst.ui.frame_model import (
    Column,
    DisplayColumns,
    FrameModel,
    Index,
    format_day,
    fuzzy_date_expr,
)
from analyst.ui.state import FilterState, Selection
from analyst.ui.table_actions import TableActions, fit_columns, hold_width

NOUN = "deadlines"

COLOR_EXPIRED = QColor("#8a9099")
COLOR_DAY = QColor("#d32f2f")  # under a day left
COLOR_WEEK = QColor("#e67700")  # under a week left
COLOR_LATER = QColor("#2e9a4a")

_DAY = 86400.0
_MAX_COLUMN_WIDTH = 360


RESIZE_PRECISION = 100  # rows measured when fitting columns


def urgency_color(phase: int, seconds: float | None) -> QColor:
    if phase in (EXPIRED, UNDATED) or seconds is None:
        return COLOR_EXPIRED
    if seconds < _DAY:
        return COLOR_DAY
    if seconds < 7 * _DAY:
        return COLOR_WEEK
    return COLOR_LATER


# --- the model --------------------------------------------------------------------------------


class DeadlineModel(FrameModel):
    """A :class:`FrameModel` whose "Time left" column is computed against a moment set by
    :meth:`set_now` (which emits ``dataChanged`` for that column only)."""

    def __init__(self, columns: Sequence[Column], time_left_column: int, parent: Any = None):
        super().__init__(columns, parent=parent)
        self.time_left_column = time_left_column
        self._now = datetime.now()
        self._starts: list[date | None] = []
        self._ends: list[date | None] = []
        self._precisions: list[str | None] = []

    def _load(self) -> None:
        super()._load()
        df = self.frame()
        if df.is_empty():
            self._starts, self._ends, self._precisions = [], [], []
            return
        self._starts = df.get_column("due_start").to_list()
        self._ends = df.get_column("due_end").to_list()
        self._precisions = df.get_column("due_precision").to_list()

    def now(self) -> datetime:
        return self._now

    def set_rows(self, df: pl.DataFrame, now: datetime) -> None:
        """New rows and the moment to count against, in one reset."""
        self._now = now
        self.set_frame(df)

    def set_now(self, now: datetime) -> None:
        self._now = now
        n = self.rowCount()
        if n:
            c = self.time_left_column
            self.dataChanged.emit(
                self.index(0, c),
                self.index(n - 1, c),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ToolTipRole,
                ],
            )

    def time_left(self, row: int) -> tuple[str, int, float | None]:
        return time_left(self._now, self._starts[row], self._ends[row], self._precisions[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != self.time_left_column:
            return super().data(index, role)
        row = index.row()
        if not 0 <= row < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.time_left(row)[0]
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            _, phase, secs = self.time_left(row)
            return urgency_color(phase, secs)
        if role == Qt.ItemDataRole.ToolTipRole:
            start, precision = self._starts[row], self._precisions[row]
            if start is None:
                return "The text gives no date for this."
            what = "the start of the day" if precision in (None, "day") else "its first day"
            return f"Counts down to {what}: {format_day(start)}, 00:00"
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
            return super().data(index, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


def _as_words(value: object) -> str:
    """A kind as read: "tariff_start" is "Tariff start"."""
    return str(value).replace("_", " ").capitalize() if value else ""


COLUMNS = (
    Column("label", "Deadline", tooltip_key="label"),
    Column("_due", "Due", tooltip_key="_due_tip"),
    Column("_time_left", "Time left"),
    Column("kind", "Kind", fmt=_as_words),
    Column("_who", "Who", tooltip_key="_who_tip"),
)
TIME_LEFT_COLUMN = 2
# Long text, cut first when the view is narrow (each holds its whole text as a tooltip).
_GIVE_WAY = tuple(i for i, c in enumerate(COLUMNS) if c.key in ("label", "_who"))


class DeadlinesView(QWidget):
    """The "Deadlines" panel. Reads the store on the GUI thread when the filter changes;
    ticks every ``tick_ms`` while the as-of moment is "now"; writes only the shared
    selection (``state.select_facts("deadlines", …)``). Emits
    ``export_requested(selected_only)`` from its context menu (the window writes the file)."""

    title = "Deadlines"
    export_requested = Signal(bool)

    def __init__(
        self,
        store: Store,
        state: FilterState,
        parent: QWidget | None = None,
        *,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._state = state
        self._loaded = pl.DataFrame()  # the filter's rows, in the store's order
        # the filter's rows with their display columns, made on a worker thread
        self._display = DisplayColumns(_with_display_columns)
        self._rows = Prepared(deadlines, self._display)
        self._stored = 0  # deadlines in the store, read by refresh()
        # Columns are fitted to the first rows shown, not again on every filter change:
        # measuring them costs as much as painting the table.
        self._columns_fitted = False
        self._starts = np.empty(0, "datetime64[D]")
        self._ends = np.empty(0, "datetime64[D]")
        self._phases = np.empty(0, np.int8)

        self.model = DeadlineModel(COLUMNS, TIME_LEFT_COLUMN, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the order is the countdown's: see the rules
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Fit columns to the first rows only: measuring thousands of rows through Python's
        # data() blocks the window for a second after an import.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self._link = FactSelection(
            self.table, self.model, state, "deadlines", ("setter", "subject")
        )
        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.table_actions = TableActions(
            self.table,
            copy=self.copy_selected_rows,
            has_selection=lambda: bool(self.selected_rows()),
            export=self.export_requested.emit,
        )
        self.copy_action = self.table_actions.copy_action

        self.stack = EmptyStateStack(self.table, self)
        self.stack.clear_filter_requested.connect(state.clear_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

        expect(state, store, self._rows)
        state.filter_changed.connect(self._on_filter_changed)
        state.selection_changed.connect(self._on_selection_changed)
        state.as_of_changed.connect(self._on_as_of_changed)
        self.refresh()
        self._run_clock()

    # --- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads the store (after an import: country names, whether it has any
        deadlines) and re-queries for the current filter."""
        self._display.names = country_names(self._store)
        self._stored = self._store.counts().get("deadlines", 0)
        self._requery()

    def _requery(self) -> None:
        """Re-queries the store for the current filter and shows the result."""
        f = self._state.filter
        self._take(ask(self._state, self._store, self._rows, f))

    def _take(self, rows: pl.DataFrame) -> None:
        """Shows ``rows``, the store's answer for the current filter with its display
        columns."""
        f = self._state.filter
        self._loaded = rows
        self._starts = self._loaded.get_column("due_start").to_numpy().astype("datetime64[D]")
        self._ends = self._loaded.get_column("due_end").to_numpy().astype("datetime64[D]")
        self._reorder()
        if self._loaded.is_empty():
            if f.is_empty() or self._stored == 0:
                self.stack.show_no_data(NOUN)
            else:
                self.stack.show_no_match(NOUN, f)
        else:
            self.stack.show_content()
            if not self._columns_fitted:
                self._columns_fitted = True
                fit_columns(self.table, _MAX_COLUMN_WIDTH, _GIVE_WAY)
            self._fit_time_left()
        # A reset model's rows are laid out when the view's zero-time timer fires, after
        # the first paint, which it then repeats: lay them out now, before the first.
        self.table.executeDelayedItemsLayout()

    def frame(self) -> pl.DataFrame:
        """The rows shown, in the order shown, with the store's columns and ``time_left``
        (the text shown at this moment)."""
        df = self.model.frame()
        left = [self.model.time_left(r)[0] for r in range(df.height)]
        df = df.select([c for c in df.columns if not c.startswith("_")])
        return df.with_columns(pl.Series("time_left", left, dtype=pl.String))

    def _reorder(self) -> None:
        """Shows the loaded rows in countdown order for ``state.now()`` (no query)."""
        now = self._state.now()
        self._phases, order = phases_and_order(self._starts, self._ends, now)
        self.model.set_rows(self._loaded[order] if self._loaded.height else self._loaded, now)
        self._restyle()

    def _fit_time_left(self) -> None:
        # "in 12 d 23:59:59" is the widest countdown; keep the column from jittering.
        metrics = self.table.fontMetrics()
        width = metrics.horizontalAdvance("expired about 11 months ago") + 36
        hold_width(self.table, TIME_LEFT_COLUMN, width)

    # --- the clock ------------------------------------------------------------------------

    def _run_clock(self) -> None:
        if self._state.as_of is None:
            self.timer.start()
        else:
            self.timer.stop()  # a fixed moment does not move

    def _tick(self) -> None:
        """Updates the time-left column for ``state.now()``; re-orders the rows (in memory)
        only when a deadline has started or expired since the last tick."""
        now = self._state.now()
        phases, _ = phases_and_order(self._starts, self._ends, now)
        if not np.array_equal(phases, self._phases):
            self._reorder()
        else:
            self.model.set_now(now)

    def _on_as_of_changed(self, _moment: datetime | None) -> None:
        self._reorder()
        self._run_clock()

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

    def copy_selected_rows(self) -> str:
        """The selected rows on the clipboard as tab-separated text (also returned)."""
        return self._link.copy_selected_rows()

    def time_left_text(self, row: int) -> str:
        """What the time-left cell of ``row`` shows now."""
        return str(self.model.data(self.model.index(row, TIME_LEFT_COLUMN, QModelIndex())))


def _with_display_columns(df: pl.DataFrame, names: dict[str, str]) -> pl.DataFrame:
    """Adds the ``_``-prefixed text columns the list shows (vectorised)."""
    extra = ("_due", "_due_tip", "_who", "_who_tip")
    if df.is_empty():
        return df.with_columns(pl.lit(None, pl.String).alias(c) for c in extra)
    setter = pl.col("setter").replace_strict(names, default=pl.col("setter"))
    subject = pl.col("subject").replace_strict(names, default=pl.col("subject"))
    has_parties = pl.col("setter").is_not_null() | pl.col("subject").is_not_null()
    start_day = pl.col("due_start").dt.strftime("%-d %b %Y")
    end_day = pl.col("due_end").dt.strftime("%-d %b %Y")
    return df.with_columns(
        fuzzy_date_expr("due_start", "due_precision").alias("_due"),
        pl.when(pl.col("due_precision") == "day")
        .then(pl.lit("on ") + start_day)
        .otherwise(pl.format("some time from {} to {}", start_day, end_day))
        .alias("_due_tip"),
        pl.when(has_parties)
        .then(pl.concat_str(setter.fill_null("?"), subject.fill_null("?"), separator=" → "))
        .otherwise(pl.col("people").list.join(", "))
        .alias("_who"),
        pl.when(has_parties)
        .then(
            pl.concat_str(
                pl.lit("set by "),
                pl.col("setter").fill_null("?"),
                pl.lit(" for "),
                pl.col("subject").fill_null("?"),
            )
        )
        .otherwise(pl.lit("people: ") + pl.col("people").list.join(", "))
        .alias("_who_tip"),
    )
