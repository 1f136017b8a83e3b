"""A Qt table model over a polars DataFrame, and the display formats the tables share.

Rules of the concept:
- The frame is the data. The model never queries: a view runs its store query, adds any
  display columns it wants in polars (vectorised, fast for 100k rows) and hands the frame
  over with :meth:`FrameModel.set_frame` (a model reset).
- The view chooses and titles the columns with :class:`Column` specs. Each shown column is
  turned into a Python list once per ``set_frame``/``sort``; a cell's text is formatted
  lazily when Qt asks for it, so only the visible cells cost anything.
- ``sort()`` sorts the frame itself in polars (by the column's ``sort_key``, nulls last,
  text case-insensitively), keeps the selection where it was (persistent indexes move with
  their rows), and is applied again to every new frame until another sort is asked for.
- Highlighting (rows in bold on a tinted background) is a restyle: it changes no data and
  emits ``dataChanged`` for the font and background roles only.

All signals are the standard ``QAbstractItemModel`` ones, emitted on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import polars as pl
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- display formats ------------------------------------------------------------------------


@dataclass(eq=False)
class DisplayColumns:
    """``add(frame, names)``, the display columns a table adds to its store answer, with the
    country names known now (``names``, ISO3 → name, replaced whole by the view's refresh).
    Pure polars: a view hands it to :class:`~analyst.ui.answers.Prepared`, and it runs on
    the worker thread that answered the query."""

    add: Callable[[pl.DataFrame, dict[str, str]], pl.DataFrame]
    names: dict[str, str] = field(default_factory=dict)

    def __call__(self, frame: pl.DataFrame) -> pl.DataFrame:
        return self.add(frame, self.names)


def format_day(d: date) -> str:
    """``15 Aug 2025`` — English month names whatever the locale, as in the rest of the UI."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def format_fuzzy_date(start: date | None, precision: str | None) -> str:
    """A date at the precision the text gave: ``15 Aug 2025``, ``week of 11 Aug 2025``,
    ``Sep 2025``, ``2025``; ``""`` when there is none."""
    if start is None:
        return ""
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "week":
        return "week of " + format_day(start)
    return format_day(start)


def fuzzy_date_expr(start: str, precision: str) -> pl.Expr:
    """:func:`format_fuzzy_date` as a polars expression over two columns (null stays null)."""
    s = pl.col(start)
    p = pl.col(precision)
    return (
        pl.when(p == "year")
        .then(s.dt.strftime("%Y"))
        .when(p == "month")
        .then(s.dt.strftime("%b %Y"))
        .when(p == "week")
        .then(pl.lit("week of ") + s.dt.strftime("%-d %b %Y"))
        .otherwise(s.dt.strftime("%-d %b %Y"))
    )


def format_rate(value: float | None) -> str:
    """``25%``, ``12.5%``; ``""`` for an unknown rate."""
    if value is None:
        return ""
    return f"{value:g}%"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


# --- columns --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One shown column.

    ``key``: the frame column shown; ``fmt`` turns its value into text. ``sort_key``: the frame
    column sorted by (default ``key``; e.g. ``date_start`` for a formatted date). ``color``:
    the text colour for a value (``None`` for the default), also drawn as a small swatch when
    ``swatch``. ``tooltip_key``: a frame column whose text is the cell's tooltip.
    """

    key: str
    title: str
    fmt: Callable[[Any], str] = _text
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    color: Callable[[Any], QColor | None] | None = None
    swatch: bool = False
    tooltip_key: str | None = None


class FrameModel(QAbstractTableModel):
    """A read-only table over a polars DataFrame; see the module docstring for the rules."""

    def __init__(
        self,
        columns: Sequence[Column],
        id_column: str = "id",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_column = id_column
        self._df = pl.DataFrame()
        self._values: dict[str, list[Any]] = {}
        self._ids: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._highlighted: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- data in ------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def frame(self) -> pl.DataFrame:
        """The frame in the order shown (after any sort)."""
        return self._df

    def set_frame(self, df: pl.DataFrame) -> None:
        """Replaces the data (a model reset); the current sort, if any, is applied to it."""
        self.beginResetModel()
        self._df = df
        if self._sort is not None and df.height:
            self._df = df[self._permutation(*self._sort)]
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        """Python lists of the shown columns, made once so ``data()`` is a list lookup."""
        df = self._df
        wanted = {c.key for c in self._columns} | {
            c.tooltip_key for c in self._columns if c.tooltip_key
        }
        self._values = {k: df.get_column(k).to_list() for k in wanted if k in df.columns}
        if self._id_column in df.columns:
            self._ids = [str(v) for v in df.get_column(self._id_column).to_list()]
        else:
            self._ids = [str(i) for i in range(df.height)]

    def row_id(self, row: int) -> str:
        """The id (``id_column``) of the fact shown at ``row``."""
        return self._ids[row]

    def row_of(self, fact_id: str) -> int:
        """The row showing ``fact_id``, or -1."""
        try:
            return self._ids.index(fact_id)
        except ValueError:
            return -1

    def value(self, row: int, key: str) -> Any:
        """The raw value of frame column ``key`` at ``row`` (any column, shown or not)."""
        values = self._values.get(key)
        if values is not None:
            return values[row]
        return self._df.get_column(key)[row]

    def display_text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole) or "")

    # --- restyling ----------------------------------------------------------------------

    def set_highlighted(self, fact_ids: Collection[str]) -> None:
        """Shows the rows of ``fact_ids`` in bold on a tint (a restyle: no data changes)."""
        new = frozenset(fact_ids)
        if new == self._highlighted:
            return
        self._highlighted = new
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole],
            )

    def highlighted(self) -> frozenset[str]:
        return self._highlighted

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._df.height

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section].align)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self._df.height and 0 <= col < len(self._columns)):
            return None
        column = self._columns[col]
        role = int(role)  # int comparisons: comparing with Qt's enums costs more here
        if role == _DISPLAY:
            values = self._values.get(column.key)
            return column.fmt(values[row]) if values is not None else ""
        if role == _TOOLTIP:
            if column.tooltip_key and column.tooltip_key in self._values:
                tip = self._values[column.tooltip_key][row]
                return _text(tip) or None
            return None
        if role == _ALIGNMENT:
            return int(column.align)
        if role in (_FOREGROUND, _DECORATION):
            if column.color is None or column.key not in self._values:
                return None
            if role == _DECORATION and not column.swatch:
                return None
            return column.color(self._values[column.key][row])
        if role == _FONT:
            return self._bold if self._ids[row] in self._highlighted else None
        if role == _BACKGROUND:
            if self._ids[row] in self._highlighted:
                tint = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
                tint.setAlpha(45)
                return tint
            return None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the frame in polars; selected rows stay selected (persistent indexes)."""
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        n = self._df.height
        if n == 0:
            return
        self.layoutAboutToBeChanged.emit()
        perm = self._permutation(column, order)  # new row -> old row
        self._df = self._df[perm]
        self._load()
        new_row = np.empty(n, dtype=np.int64)
        new_row[perm] = np.arange(n)
        old = self.persistentIndexList()
        moved = [self.index(int(new_row[i.row()]), i.column()) for i in old]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _permutation(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        spec = self._columns[column]
        key = spec.sort_key or spec.key
        df = self._df
        if key not in df.columns:
            return np.arange(df.height)
        dtype = df.schema[key]
        expr = pl.col(key)
        if dtype == pl.String:
            expr = expr.str.to_lowercase()
        elif isinstance(dtype, pl.List):
            expr = expr.cast(pl.List(pl.String)).list.join(", ").str.to_lowercase()
        ranked = df.select(expr.alias("_key")).with_row_index("_row")
        ranked = ranked.sort(
            "_key",
            descending=order == Qt.SortOrder.DescendingOrder,
            nulls_last=True,
            maintain_order=True,
        )
        return ranked.get_column("_row").to_numpy().astype(np.int64)


def rows_as_tsv(
    model: QAbstractItemModel, rows: Sequence[int], columns: Sequence[int] | None = None
) -> str:
    """Tab-separated text of ``rows`` of any table model as shown (display text), with a
    header line; tabs and newlines inside a cell become spaces so the text pastes into a
    spreadsheet."""
    cols = list(columns) if columns is not None else list(range(model.columnCount()))

    def clean(s: str) -> str:
        return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    def cell(r: int, c: int) -> str:
        value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    lines = ["\t".join(clean(str(model.headerData(c, Qt.Orientation.Horizontal))) for c in cols)]
    for r in rows:
        lines.append("\t".join(clean(cell(r, c)) for c in cols))
    return "\n".join(lines) + "\n"


def copy_rows(model: QAbstractItemModel, rows: Sequence[int]) -> str:
    """Puts ``rows`` (as shown, with a header line) on the clipboard as tab-separated text
    and returns it; nothing is copied when no row is given."""
    if not rows:
        return ""
    from PySide6.QtGui import QGuiApplication

    text = rows_as_tsv(model, rows)
    QGuiApplication.clipboard().setText(text)
    return text
