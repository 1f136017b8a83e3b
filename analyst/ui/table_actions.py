"""The actions every table view offers: copy the selected rows, export them, export all.

Rules of the concept:
- Copying puts the selected rows on the clipboard as tab-separated text with a header line
  (Ctrl+C while the table has focus). Exporting only *asks*: the view emits its
  ``export_requested(selected_only)`` signal and the window decides where and how to write.
- The same actions fill the table's context menu; "selected" entries are disabled when
  nothing is selected.
- :func:`fit_columns` fits a table's columns to the rows it measures (see
  ``setResizeContentsPrecision``), each up to a cap, the last stretching.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView

COLUMN_PADDING = 12  # room beside a column's widest text


def fit_columns(table: QTableView, max_width: int) -> None:
    """Fits every column but the last (which stretches) to its contents, plus a little room,
    and at most ``max_width`` wide."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(header.count() - 1):
        header.resizeSection(c, min(header.sectionSize(c) + COLUMN_PADDING, max_width))


class TableActions(QObject):
    """Copy / Export selected rows / Export all rows for ``table``. ``copy`` copies the
    selection; ``has_selection`` says whether there is one; ``export(selected_only)`` asks
    for an export. All on the GUI thread."""

    def __init__(
        self,
        table: QAbstractItemView,
        *,
        copy: Callable[[], object],
        has_selection: Callable[[], bool],
        export: Callable[[bool], None],
        noun: str = "rows",
    ) -> None:
        super().__init__(table)
        self._table = table
        self._has_selection = has_selection
        self.copy_action = QAction(f"Copy selected {noun}", table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: copy())
        table.addAction(self.copy_action)
        self.export_selected_action = QAction(f"Export selected {noun}…", table)
        self.export_selected_action.triggered.connect(lambda: export(True))
        self.export_all_action = QAction(f"Export all {noun}…", table)
        self.export_all_action.setToolTip("CSV, Excel, Parquet or JSON: the rows shown here")
        self.export_all_action.triggered.connect(lambda: export(False))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_menu)

    def menu(self) -> QMenu:
        """The context menu, with the "selected" entries enabled only for a selection."""
        selected = self._has_selection()
        self.copy_action.setEnabled(selected)
        self.export_selected_action.setEnabled(selected)
        menu = QMenu(self._table)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.export_selected_action)
        menu.addAction(self.export_all_action)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.exec(self._table.viewport().mapToGlobal(pos))
        menu.deleteLater()
        self.copy_action.setEnabled(True)  # Ctrl+C copies whatever is selected by then
