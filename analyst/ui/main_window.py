"""The dashboard window: the filter bar on top, every view in a dock, menus and a status bar.

Rules of the concept:
- The window owns the open :class:`~analyst.store.Store` and one
  :class:`~analyst.ui.state.FilterState`. Views get both and never see each other.
- Views come from one registry, :data:`VIEWS`, imported lazily by module name. A view that
  cannot be imported or built leaves a placeholder label in its dock (and a log record), so
  the window always opens.
- Opening another database builds a fresh state, filter bar and set of views on it; the old
  ones are deleted and the old store is closed.
- Layout (dock positions and sizes), window geometry and the last database are remembered
  with QSettings (organisation and application "analyst"); tests pass their own QSettings.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from analyst import __version__
from analyst.store import Filter, Store, StoreError, deadlines, interactions, tariffs
from analyst.ui.filter_bar import FilterBar
from analyst.ui.state import FilterState

log = logging.getLogger(__name__)

ORGANISATION = APPLICATION = "analyst"
LAYOUT_VERSION = 1  # bump when the set of docks changes, so an old saved layout is ignored
DEFAULT_SIZE = QSize(1600, 1000)

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_DATABASE = "database/last"


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """Where a view lives: its module and class, and the dock that holds it."""

    key: str  # the dock's object name is f"{key}Dock"
    module: str
    class_name: str
    title: str  # used when the view cannot be loaded (its own ``title`` wins otherwise)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("map", "analyst.ui.map_view", "MapView", "Map"),
    ViewSpec("timeline", "analyst.ui.timeline_view", "TimelineView", "Timeline"),
    ViewSpec("tariffs", "analyst.ui.tariffs_view", "TariffsView", "Tariffs"),
    ViewSpec("deadlines", "analyst.ui.deadlines_view", "DeadlinesView", "Deadlines"),
    ViewSpec("leaders", "analyst.ui.leaders_view", "LeadersView", "Leaders"),
    ViewSpec("evidence", "analyst.ui.evidence_view", "EvidenceView", "Evidence"),
)


def build_view(spec: ViewSpec, store: Store, state: FilterState) -> tuple[QWidget, str | None]:
    """The view of ``spec``, or a placeholder label and the reason it could not be built."""
    try:
        cls = getattr(importlib.import_module(spec.module), spec.class_name)
        return cls(store, state), None
    except Exception as e:  # a broken or missing view must not stop the window opening
        log.exception("cannot build the %s view", spec.key)
        reason = f"{type(e).__name__}: {e}"
        label = QLabel(f"The {spec.title.lower()} view is not available.\n\n{reason}")
        label.setObjectName("viewPlaceholder")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label, reason


class MainWindow(QMainWindow):
    """The dashboard. ``settings``: where layout and last database are kept (default: the
    user's QSettings for "analyst"); ``remember=False`` neither reads nor writes them (for
    snapshots)."""

    def __init__(
        self,
        store: Store,
        *,
        settings: QSettings | None = None,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setDockNestingEnabled(True)
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
        self._remember = remember
        self._store: Store | None = None
        self._state: FilterState | None = None
        self.filter_bar: FilterBar | None = None
        self.views: dict[str, QWidget] = {}
        self._placeholders: dict[str, str] = {}
        self._sized = False

        # A hidden central widget: every view is a dock, and the docks share the room.
        centre = QWidget(self)
        centre.setObjectName("centralPlaceholder")
        centre.setMaximumSize(0, 0)
        self.setCentralWidget(centre)
        centre.hide()
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)

        self.filter_toolbar = QToolBar("Filter", self)
        self.filter_toolbar.setObjectName("filterToolbar")
        self.filter_toolbar.setMovable(False)
        self.filter_toolbar.setFloatable(False)
        self.filter_toolbar.toggleViewAction().setEnabled(False)  # the filter is always shown
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_toolbar)

        self.docks: dict[str, QDockWidget] = {}
        for spec in VIEWS:
            dock = QDockWidget(spec.title, self)
            dock.setObjectName(f"{spec.key}Dock")
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.docks[spec.key] = dock

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("factCounts")
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self._install(store)
        self._apply_default_layout()
        if not (remember and self.restore_settings()):
            self.resize(_fitting(DEFAULT_SIZE))

    # -- public ---------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        assert self._store is not None
        return self._store

    @property
    def state(self) -> FilterState:
        assert self._state is not None
        return self._state

    def view(self, key: str) -> QWidget | None:
        """The view in dock ``key`` ("map", "tariffs", …), or ``None`` if it is a placeholder."""
        return self.views.get(key)

    def placeholders(self) -> dict[str, str]:
        """Docks showing a placeholder, with the reason: ``{"map": "ModuleNotFoundError: …"}``."""
        return dict(self._placeholders)

    def open_database(self, path: str | Path) -> bool:
        """Opens ``path`` and shows it; on failure says why in a message box and keeps the
        current database. Returns whether it opened."""
        try:
            store = Store.open(path)
        except StoreError as e:
            QMessageBox.warning(self, "Cannot open database", str(e))
            return False
        self._install(store)
        return True

    def counts_text(self) -> str:
        return self.counts_label.text()

    def reset_layout(self) -> None:
        """Puts every dock back where it starts: map left, timeline and leaders below it,
        tariffs, deadlines and evidence on the right."""
        self._apply_default_layout()
        self._apply_default_sizes()

    def save_settings(self) -> None:
        s = self._settings
        s.setValue(KEY_GEOMETRY, self.saveGeometry())
        s.setValue(KEY_STATE, self.saveState(LAYOUT_VERSION))
        if self._store is not None and self._store.path is not None:
            s.setValue(KEY_DATABASE, str(self._store.path))
        s.sync()

    def restore_settings(self) -> bool:
        """Restores geometry and dock layout; ``False`` when nothing (usable) was saved."""
        geometry = self._settings.value(KEY_GEOMETRY)
        state = self._settings.value(KEY_STATE)
        if not isinstance(geometry, QByteArray | bytes) or not isinstance(
            state, QByteArray | bytes
        ):
            return False
        if not self.restoreGeometry(QByteArray(geometry)):
            return False
        if not self.restoreState(QByteArray(state), LAYOUT_VERSION):
            return False
        self._sized = True  # the saved sizes win over the default ones
        return True

    @staticmethod
    def last_database(settings: QSettings | None = None) -> Path | None:
        """The database the analyst had open last time, if it still exists."""
        s = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
        value = s.value(KEY_DATABASE)
        if not value:
            return None
        path = Path(str(value))
        return path if path.is_file() else None

    # -- building -------------------------------------------------------------------------

    def _install(self, store: Store) -> None:
        """Shows ``store``: a fresh state, filter bar and views on it; the old ones go."""
        old_store, old_state, old_bar = self._store, self._state, self.filter_bar
        old_views = [d.widget() for d in self.docks.values() if d.widget() is not None]

        self._store = store
        self._state = FilterState(self)
        self.filter_bar = FilterBar(store, self._state)
        if old_bar is not None:
            self.filter_toolbar.clear()
        self.filter_toolbar.addWidget(self.filter_bar)

        self.views.clear()
        self._placeholders.clear()
        for spec in VIEWS:
            widget, problem = build_view(spec, store, self._state)
            dock = self.docks[spec.key]
            if problem is None:
                self.views[spec.key] = widget
                dock.setWindowTitle(_dock_title(str(getattr(widget, "title", spec.title))))
            else:
                self._placeholders[spec.key] = problem
                dock.setWindowTitle(_dock_title(spec.title))
            dock.setWidget(widget)

        self._state.filter_changed.connect(self._on_filter_changed)
        for old in old_views:
            _dispose(old)
        for old in (old_bar, old_state):
            if old is not None:
                old.deleteLater()
        if old_store is not None and old_store is not store:
            old_store.close()

        self._update_title()
        self._update_counts()
        if self._remember and store.path is not None:
            self._settings.setValue(KEY_DATABASE, str(store.path))

    def _apply_default_layout(self) -> None:
        d = self.docks
        for dock in d.values():
            self.removeDockWidget(dock)
            dock.setFloating(False)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.addDockWidget(left, d["map"])
        self.addDockWidget(right, d["tariffs"])
        self.splitDockWidget(d["tariffs"], d["deadlines"], Qt.Orientation.Vertical)
        self.splitDockWidget(d["deadlines"], d["evidence"], Qt.Orientation.Vertical)
        self.addDockWidget(bottom, d["timeline"])
        self.splitDockWidget(d["timeline"], d["leaders"], Qt.Orientation.Horizontal)
        for dock in d.values():
            dock.show()
        self._sized = False

    def _apply_default_sizes(self) -> None:
        d = self.docks
        w, h = self.width(), self.height()
        self.resizeDocks(
            [d["map"], d["tariffs"]], [int(w * 0.57), int(w * 0.43)], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [d["map"], d["timeline"]], [int(h * 0.64), int(h * 0.36)], Qt.Orientation.Vertical
        )
        self.resizeDocks(
            [d["timeline"], d["leaders"]], [int(w * 0.31), int(w * 0.26)], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [d["tariffs"], d["deadlines"], d["evidence"]],
            [int(h * 0.30), int(h * 0.24), int(h * 0.46)],
            Qt.Orientation.Vertical,
        )
        self._sized = True

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = QAction("&Open database…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.view_menu = bar.addMenu("&View")
        for spec in VIEWS:
            action = self.docks[spec.key].toggleViewAction()  # text follows the dock title
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        reset = QAction("&Reset layout", self)
        reset.triggered.connect(self.reset_layout)
        self.view_menu.addAction(reset)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About analyst", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    # -- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self, _f: Filter) -> None:
        self._update_counts()

    def _on_open_triggered(self) -> None:
        start = str(self._store.path.parent) if self._store and self._store.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open database", start, "DuckDB databases (*.duckdb *.db);;All files (*)"
        )
        if path:
            self.open_database(path)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            "About analyst",
            f"analyst {__version__}\n\n"
            "Turns diplomacy and trade news into facts — calls, meetings, tariffs, sanctions "
            "and deadlines — each with the sentence it came from, and explores them in linked "
            "views.",
        )

    # -- helpers --------------------------------------------------------------------------

    def _update_title(self) -> None:
        path = self._store.path if self._store else None
        if path is None:
            self.setWindowTitle("in-memory database — analyst")
            self.setWindowFilePath("")
        else:
            self.setWindowTitle(f"{path.name} — analyst")
            self.setWindowFilePath(str(path))

    def _update_counts(self) -> None:
        f = self.state.filter
        n_i = interactions(self.store, f).height
        n_t = tariffs(self.store, f).height
        n_d = deadlines(self.store, f).height
        text = f"{_plural(n_i, 'interaction')} · {_plural(n_t, 'tariff')} · {_plural(n_d, 'deadline')} shown"
        self.counts_label.setText(text)

    # -- Qt events ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._apply_default_sizes()
            # Once more after the first layout pass, when the docks know their real size.
            QTimer.singleShot(0, self, self._apply_default_sizes)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            self.save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            for dock in self.docks.values():
                if dock.widget() is not None:
                    _dispose(dock.widget())
            if self._store is not None:
                self._store.close()


def _dispose(view: QWidget) -> None:
    """Lets ``view`` release what Qt does not: its own ``closeEvent`` runs, and each
    pyqtgraph plot in it is closed, which frees the plot's parentless context menus
    (otherwise left behind as top-level widgets)."""
    view.close()
    pg = sys.modules.get("pyqtgraph")  # only if some view uses it; never import it here
    if pg is not None:
        for plot in view.findChildren(pg.PlotWidget):
            item = getattr(plot, "plotItem", None)
            for menu in (
                getattr(item, "ctrlMenu", None),
                getattr(item.vb, "menu", None) if item else None,
            ):
                if menu is not None:
                    menu.deleteLater()
    view.deleteLater()


def _dock_title(title: str) -> str:
    # A dock title is a label with mnemonics: "Tariffs & sanctions" would lose its "&".
    return title.replace("&", "&&")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _fitting(size: QSize) -> QSize:
    """``size``, shrunk to fit the primary screen's free area (if there is a screen)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    free = screen.availableGeometry().size()
    if free.width() <= 0 or free.height() <= 0:
        return size
    return size.boundedTo(QSize(int(free.width() * 0.95), int(free.height() * 0.95)))
