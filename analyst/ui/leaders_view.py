"""Who appears in the facts: a table of leaders, and a click that filters every view to them.

Rules of the concept:
- The table is ``leaders(store, state.filter)``: name, country, title, mentions (over all
  articles) and facts (under the current filter). With no filter every stored actor is
  listed; with one, only those who appear in a matching fact, plus the leaders the filter
  names (so the analyst can always click them off).
- A click on a leader sets ``state.update_filter(leaders=(name,))``; a click on the only
  chosen leader removes it; Ctrl+click adds or removes one leader from several. The table
  never keeps a selection of its own: the rows the filter names are drawn highlighted.
- A caveat (e.g. the article gives a wrong title) shows as a warning icon and a tooltip.
- The "selected" rows, for copying (Ctrl+C) and exporting, are the chosen (highlighted)
  leaders: this table has no selection of its own. Exporting only asks: the view emits
  ``export_requested(selected_only)`` and the window writes the file.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Filter, Store, involved_leaders
from analyst.ui.answers import ask, expect, when_answered
from analyst.ui.empty_state import EmptyStateStack
from analyst.ui.frame_model import copy_rows
from analyst.ui.state import FilterState
from analyst.ui.table_actions import TableActions, fit_columns

_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("facts", "Facts"),
    ("mentions", "Mentions"),
    ("country", "Country"),
    ("title", "Title"),
)
_NUMERIC = {"mentions", "facts"}
# Cut first when the view is narrow (a name keeps its whole text as a tooltip).
_GIVE_WAY = tuple(i for i, (key, _) in enumerate(_COLUMNS) if key in ("name", "title"))
_MAX_COLUMN_WIDTH = 220  # a column's widest, before the view shares its width out
_SORT_ROLE = Qt.ItemDataRole.UserRole
_CHOSEN_BACKGROUND = QColor("#dbe8fb")

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_SORT = _SORT_ROLE.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_ICONS: dict[str, QIcon] = {}


def _warning_icon() -> QIcon:
    """The style's warning icon, looked up once (the table asks for it on every paint)."""
    if "warning" not in _ICONS:
        _ICONS["warning"] = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
    return _ICONS["warning"]


class LeadersModel(QAbstractTableModel):
    """The leaders table; rows the filter names are drawn bold on a light highlight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._shown: list[list[str]] = []
        self._sort_keys: list[list[object]] = []
        self._chosen: frozenset[str] = frozenset()

    def set_table(self, table: pl.DataFrame, chosen: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._rows = table.to_dicts()
        self._chosen = frozenset(chosen)
        # What each cell shows and sorts by, made once: Qt asks for every cell several
        # times per paint and per sort, and a Python data() call is not cheap.
        self._shown = [
            ["" if row[key] is None else str(row[key]) for key, _ in _COLUMNS] for row in self._rows
        ]
        self._sort_keys = [
            [
                int(row[key] or 0)
                if key in _NUMERIC
                else ("" if row[key] is None else str(row[key]).casefold())
                for key, _ in _COLUMNS
            ]
            for row in self._rows
        ]
        self.endResetModel()

    def name_at(self, row: int) -> str:
        return str(self._rows[row]["name"])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section][1]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                "mentions": "How often the articles name them (all articles)",
                "facts": "Facts under the current filter that involve them",
            }.get(_COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        role = int(role)  # int comparisons: comparing with Qt's enums costs more here
        if role == _DISPLAY:
            return self._shown[r][c]
        if role == _SORT:
            return self._sort_keys[r][c]
        row = self._rows[r]
        key = _COLUMNS[c][0]
        if role == _ALIGNMENT and key in _NUMERIC:
            return _RIGHT
        if role == _TOOLTIP:
            tip = f"{row['name']}"
            if row["title"] or row["country"]:
                tip += f" — {row['title'] or ''} {('(' + row['country'] + ')') if row['country'] else ''}".rstrip()
            if row["caveat"]:
                tip += f"\nCaveat: {row['caveat']}"
            return tip
        if role == _DECORATION and key == "name" and row["caveat"]:
            return _warning_icon()
        if row["name"] in self._chosen:
            if role == _BACKGROUND:
                return QBrush(_CHOSEN_BACKGROUND)
            if role == _FONT:
                f = QFont()
                f.setBold(True)
                return f
        return None


class LeadersView(QWidget):
    """The "Leaders" dock. Writes ``state.update_filter(leaders=…)`` on a click (GUI thread);
    re-queries on ``filter_changed``; emits ``export_requested(selected_only)`` from its
    context menu."""

    title = "Leaders"
    export_requested = Signal(bool)

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadersView")
        self._store = store
        self._state = state
        self._table = pl.DataFrame()
        # the names and the widest count (in digits) the columns were fitted to
        self._fitted: tuple[set[str], int] = (set(), 0)

        self.model = LeadersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(_SORT_ROLE)

        self.table_view = QTableView(self)
        self.table_view.setObjectName("leadersTable")
        self.table_view.setModel(self.proxy)
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

        self.hint = QLabel(
            "Click a leader to filter every view to them; click again to undo.", self
        )
        self.hint.setToolTip("Ctrl+click adds or removes one leader from several.")
        self.hint.setObjectName("viewHint")
        self.hint.setWordWrap(True)

        self.stack = EmptyStateStack(self.table_view, self)
        self.stack.clear_filter_requested.connect(state.clear_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

        self.table_actions = TableActions(
            self.table_view,
            copy=self.copy_selected_rows,
            has_selection=lambda: bool(self.selected_rows()),
            export=self.export_requested.emit,
            noun="leaders",
        )
        self.copy_action = self.table_actions.copy_action

        self._click_modifiers = Qt.KeyboardModifier.NoModifier
        self.table_view.viewport().installEventFilter(self)
        self.table_view.clicked.connect(self._on_row_clicked)
        expect(state, store, involved_leaders)
        state.filter_changed.connect(self._on_filter_changed)
        self.refresh()

    # -- public ---------------------------------------------------------------------------

    def refresh(self) -> pl.DataFrame:
        """Re-queries under the current filter; returns the rows shown."""
        return self._take(ask(self._state, self._store, involved_leaders, self._state.filter))

    def _take(self, table: pl.DataFrame) -> pl.DataFrame:
        """Shows ``table``, the store's answer for the current filter; returns it."""
        f = self._state.filter
        self._table = table
        self.model.set_table(table, f.leaders)
        if table.height:
            self.stack.show_content()
            # Fitting measures every cell: only for rows (or wider counts) not fitted yet.
            names = set(table.get_column("name").to_list())
            digits = len(str(max(table.get_column("facts").max(), table["mentions"].max())))
            if not names <= self._fitted[0] or digits > self._fitted[1]:
                self._fitted = (names | self._fitted[0], max(digits, self._fitted[1]))
                self._fit_columns()
        elif f.is_empty():
            self.stack.show_no_data("leaders")
        else:
            self.stack.show_no_match("leaders", f)
        # A reset model's rows are laid out when the view's zero-time timer fires, after
        # the first paint, which it then repeats: lay them out now, before the first.
        self.table_view.executeDelayedItemsLayout()
        return table

    def frame(self) -> pl.DataFrame:
        """The rows the table shows (for exporters and tests)."""
        return self._table

    def selected_rows(self) -> list[int]:
        """Rows of :meth:`frame` that the filter names (drawn highlighted)."""
        chosen = set(self._state.filter.leaders)
        if not chosen or self._table.is_empty():
            return []
        return [
            i for i, name in enumerate(self._table.get_column("name").to_list()) if name in chosen
        ]

    def copy_selected_rows(self) -> str:
        """Puts the chosen leaders' rows (as shown, with a header line) on the clipboard as
        tab-separated text, and returns that text."""
        return copy_rows(self.model, self.selected_rows())

    def click_leader(self, name: str, *, add: bool = False) -> None:
        """What a click on ``name`` does (``add``: a Ctrl+click)."""
        current = self._state.filter.leaders
        if add:
            chosen = tuple(n for n in current if n != name) if name in current else (*current, name)
        else:
            chosen = () if current == (name,) else (name,)
        self._state.update_filter(leaders=chosen)

    # -- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self, f: Filter) -> None:
        when_answered(self._state, self._store, [(involved_leaders, f)], self._take)

    def _on_row_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return
        add = bool(
            self._click_modifiers
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        )
        self.click_leader(self.model.name_at(source.row()), add=add)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember the modifiers of the click itself: ``clicked`` does not carry them.
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._click_modifiers = event.modifiers()  # type: ignore[attr-defined]
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        # A long name must not push the counts out of sight; the title takes what is left.
        fit_columns(self.table_view, _MAX_COLUMN_WIDTH, _GIVE_WAY)
