"""The actions every table view offers: copy the selected rows, export them, export all.

Rules of the concept:
- Copying puts the selected rows on the clipboard as tab-separated text with a header line
  (Ctrl+C while the table has focus). Exporting only *asks*: the view emits its
  ``export_requested(selected_only)`` signal and the window decides where and how to write.
- The same actions fill the table's context menu; "selected" entries are disabled when
  nothing is selected.
- :func:`fit_columns` fits a table's columns to the rows it measures (see
  ``setResizeContentsPrecision``), each up to a cap, the last stretching; while the view is
  narrower than they want, the widest give way (elided) until a column is resized by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView

COLUMN_PADDING = 12  # room beside a column's widest text
_SHORTEST_CUT = 150  # a long text column cut to fit the view keeps at least this much


def fit_columns(table: QTableView, max_width: int, give_way: tuple[int, ...] = ()) -> None:
    """Fits every column to its contents, plus a little room and at most ``max_width`` wide;
    while the view is narrower than that, the ``give_way`` columns (long text) are cut, not
    the short ones beside them (see :class:`_WidthSharer`). Once the user has resized a column
    by hand, the widths are theirs and this does nothing."""
    sharer = table.findChild(_WidthSharer) or _WidthSharer(table)
    if sharer.by_hand:
        return
    with sharer.applying():
        table.resizeColumnsToContents()
    header = table.horizontalHeader()
    # (the header's own hint has room beside its text; the cells' has none)
    wanted = [
        min(max(header.sectionSizeHint(c), table.sizeHintForColumn(c) + COLUMN_PADDING), max_width)
        for c in range(header.count())
    ]
    sharer.share(wanted, give_way)


def hold_width(table: QTableView, column: int, width: int) -> None:
    """Keeps ``column`` at least ``width`` wide, whatever the view's width ("expired about 11
    months ago" in a countdown that must not jitter)."""
    sharer = table.findChild(_WidthSharer)
    if sharer is None:
        header = table.horizontalHeader()
        header.resizeSection(column, max(header.sectionSize(column), width))
        return
    sharer.hold(column, width)


def shared_widths(wanted: list[int], floors: list[int], room: int) -> list[int]:
    """Widths for columns that want ``wanted`` in ``room`` pixels: all they want when it fits,
    else the widest are cut to one cap (never below their ``floors``), so a long text column
    shows its start and the short ones beside it stay whole."""
    if sum(wanted) <= room:
        return list(wanted)

    def total(cap: int) -> int:
        return sum(max(min(w, cap), f) for w, f in zip(wanted, floors, strict=True))

    low, high = 0, max(wanted)
    while low < high:  # the largest cap whose widths fit the room
        cap = (low + high + 1) // 2
        if total(cap) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(min(w, low), f) for w, f in zip(wanted, floors, strict=True)]


class _WidthSharer(QObject):
    """Keeps a table's columns within its width as the view is resized: long text is
    elided (its tooltip holds it whole) rather than pushed out of sight behind a scroll bar.
    A column the user drags to a new width hands the widths over to the user."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._wanted: list[int] = []
        self._give_way: tuple[int, ...] = ()
        self._held: dict[int, int] = {}
        self._applying = False
        self._pressed = False
        self.by_hand = False
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)

    @contextmanager
    def applying(self) -> Iterator[None]:
        """Resizes made inside are the program's, not the user's."""
        self._applying = True
        try:
            yield
        finally:
            self._applying = False

    def share(self, wanted: list[int], give_way: tuple[int, ...]) -> None:
        self._wanted, self._give_way = wanted, give_way
        self._apply()

    def hold(self, column: int, width: int) -> None:
        self._held[column] = width
        self._apply()

    def _apply(self) -> None:
        if self.by_hand or not self._wanted:
            return
        header = self._table.horizontalHeader()
        wanted = [max(w, self._held.get(c, 0)) for c, w in enumerate(self._wanted)]
        floors = [
            max(header.sectionSizeHint(c) + COLUMN_PADDING, min(w, _SHORTEST_CUT))
            if c in self._give_way
            else w
            for c, w in enumerate(wanted)
        ]
        widths = shared_widths(wanted, floors, self._table.viewport().width())
        with self.applying():
            for c, width in enumerate(widths[:-1]):  # the last stretches into what is left
                header.resizeSection(c, width)

    def _on_section_resized(self, logical: int, *_: int) -> None:
        # Only a drag on the header is the user's; the stretching last section follows the
        # view's width by itself.
        last = self._table.horizontalHeader().count() - 1
        if self._pressed and not self._applying and logical != last:
            self.by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._table.viewport():
            self._apply()
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False


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
