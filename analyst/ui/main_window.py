"""The dashboard window: the filter bar on top, every view in a dock, menus and a status bar.

Rules of the concept:
- The window owns the open :class:`~analyst.store.Store` and one
  :class:`~analyst.ui.state.FilterState`. Views get both and never see each other.
- Views come from one registry, :data:`VIEWS`, imported lazily by module name. A view that
  cannot be imported or built leaves a placeholder label in its dock (and a log record), so
  the window always opens.
- Opening another database builds a fresh state, filter bar and set of views on it; the old
  ones are deleted and the old store is closed.
- Layout (dock positions and sizes), window geometry, the last and the recent databases,
  the last import and export folders and the "as of" choice are remembered with QSettings
  (organisation and application "analyst"); tests pass their own QSettings.
- Importing runs off the GUI thread (:mod:`analyst.ui.importing`, :mod:`analyst.ui.tasks`)
  with its own connection; when it ends the window refreshes every view. Views never refresh
  each other.
- Exports (:mod:`analyst.ui.exporting`) take what the views show: a table view's
  ``frame()`` (or its selected rows), a chart view's ``chart_widget()``. A view asks for an
  export by emitting ``export_requested``; the window asks where and writes.
- A database another program holds opens read-only (a snapshot copy when that program
  writes), with a banner saying so; importing is then off.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from analyst import __version__
from analyst.store import Filter, Store, StoreError, deadlines, interaction_count, tariffs
from analyst.ui.answers import Answers, expect, when_answered
from analyst.ui.filter_bar import AS_OF_ARTICLE, AS_OF_CHOSEN, AS_OF_NOW, FilterBar
from analyst.ui.importing import (
    ImportProgress,
    ImportRequest,
    ImportSummary,
    ImportSummaryDialog,
    as_paths,
    describe_paths,
    import_job,
)
from analyst.ui.state import FilterState
from analyst.ui.tasks import TaskRunner

if TYPE_CHECKING:
    import polars as pl

    from analyst.export.charts import ChartPicture, ImageSize
    from analyst.export.tables import Table

log = logging.getLogger(__name__)

ORGANISATION = APPLICATION = "analyst"
LAYOUT_VERSION = 1  # bump when the set of docks changes, so an old saved layout is ignored
DEFAULT_SIZE = QSize(1600, 1000)

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_DATABASE = "database/last"
KEY_RECENT = "database/recent"
KEY_EXPORT_FOLDER = "export/folder"
KEY_IMPORT_FOLDER = "import/folder"
KEY_AS_OF_MODE = "view/asOfMode"  # "now", "chosen" or "article"
KEY_AS_OF = "view/asOf"  # the chosen moment, ISO 8601
MAX_RECENT = 5
_AS_OF_MODES = {AS_OF_NOW: "now", AS_OF_CHOSEN: "chosen", AS_OF_ARTICLE: "article"}
#: Tables that can be exported (the interactions table has no view: its store query is used)
TABLE_KEYS = ("interactions", "tariffs", "deadlines", "leaders")
CHART_KEYS = ("map", "timeline")


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """Where a view lives: its module and class, and the dock that holds it."""

    key: str  # the dock's object name is f"{key}Dock"
    module: str
    class_name: str
    title: str  # used when the view cannot be loaded (its own ``title`` wins otherwise)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("map", "analyst.ui.map_view", "MapView", "World map"),
    ViewSpec("timeline", "analyst.ui.timeline_view", "TimelineView", "Timeline"),
    ViewSpec("tariffs", "analyst.ui.tariffs_view", "TariffsView", "Tariffs & sanctions"),
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
    snapshots). With ``deferred``, the window is first built with its menus, docks and a
    "Loading…" label in each, so that it can be painted before the views' libraries are even
    imported; the filter bar and the views are built from the event loop right after, and
    ``populated`` is emitted then (at once, without ``deferred``: :meth:`is_populated`)."""

    populated = Signal()

    def __init__(
        self,
        store: Store,
        *,
        settings: QSettings | None = None,
        remember: bool = True,
        deferred: bool = False,
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
        self._populated = False
        self._fill_pending: Callable[[], None] | None = None
        self._closed = False
        self._sized = False
        self.import_summary: ImportSummaryDialog | None = None
        self.last_export: Path | None = None  # the file (or folder) written last
        self._image_size: ImageSize | None = None  # the PNG size chosen last
        self.setAcceptDrops(True)

        self.importer = TaskRunner(self)
        self.importer.progressed.connect(self._on_import_progressed)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(self._on_import_failed)
        # Long exports (the PDF briefing of a big database) run off the GUI thread too.
        self.exporter = TaskRunner(self)
        self.exporter.progressed.connect(self._on_export_progressed)
        self.exporter.finished.connect(self._on_export_finished)
        self.exporter.failed.connect(self._on_export_failed)
        self._exporting: tuple[Path, float] | None = None  # the file being written, since

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

        # A banner under the filter, shown only when the database is read-only.
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.notice_toolbar = QToolBar("Notice", self)
        self.notice_toolbar.setObjectName("noticeToolbar")
        self.notice_toolbar.setMovable(False)
        self.notice_toolbar.setFloatable(False)
        self.notice_toolbar.toggleViewAction().setEnabled(False)
        self.notice_label = QLabel(self.notice_toolbar)
        self.notice_label.setObjectName("readOnlyNotice")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notice_label.setStyleSheet(
            "QLabel#readOnlyNotice { background: #fff4ce; color: #5c4300;"
            " border: 1px solid #e6c65c; border-radius: 3px; padding: 5px 10px; }"
        )
        self.notice_toolbar.addWidget(self.notice_label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.notice_toolbar)
        self.notice_toolbar.hide()

        self.docks: dict[str, QDockWidget] = {}
        for spec in VIEWS:
            dock = QDockWidget(_dock_title(spec.title), self)
            dock.setObjectName(f"{spec.key}Dock")
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.docks[spec.key] = dock

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("factCounts")
        self.import_progress = ImportProgress(self)
        self.import_progress.cancel_requested.connect(self.cancel_import)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.export_progress = ImportProgress(self)
        self.export_progress.setObjectName("exportProgress")
        self.export_progress.cancel_requested.connect(self.exporter.cancel)
        self.statusBar().addPermanentWidget(self.export_progress)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self._install(store, deferred=deferred)
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

    def is_populated(self) -> bool:
        """Whether the filter bar and the views are built (see ``deferred``)."""
        return self._populated

    def view(self, key: str) -> QWidget | None:
        """The view in dock ``key`` ("map", "tariffs", …), or ``None`` if it is a placeholder."""
        return self.views.get(key)

    def placeholders(self) -> dict[str, str]:
        """Docks showing a placeholder, with the reason: ``{"map": "ModuleNotFoundError: …"}``."""
        return dict(self._placeholders)

    def open_database(self, path: str | Path) -> bool:
        """Opens ``path`` and shows it; on failure says why in a message box and keeps the
        current database. A file another program holds opens read-only (see
        :meth:`Store.open_or_snapshot`) with a banner saying so. A running import is
        cancelled first. Returns whether it opened."""
        try:
            store = Store.open_or_snapshot(path)
        except StoreError as e:
            QMessageBox.warning(self, "Cannot open database", str(e))
            return False
        self._stop_import()
        self._install(store)
        return True

    def new_database(self, path: str | Path) -> bool:
        """Creates an empty database at ``path`` (replacing a file there, which the save
        dialog has confirmed; never the open one) and shows it. Returns whether it did."""
        p = Path(path).expanduser()
        if self._store is not None and self._store.path is not None and p.exists():
            try:
                same = p.resolve() == self._store.path.resolve()
            except OSError:
                same = False
            if same:
                QMessageBox.warning(
                    self, "Cannot replace the open database", f"{p} is the database shown now."
                )
                return False
        try:
            for old in (p, p.with_name(p.name + ".wal")):
                if old.is_file():
                    old.unlink()
            store = Store.open(p)
            from analyst.pipeline import country_rows

            store.ensure_countries(country_rows())
        except (StoreError, OSError) as e:
            QMessageBox.warning(self, "Cannot create database", str(e))
            return False
        self._stop_import()
        self._install(store)
        return True

    def recent_databases(self) -> list[Path]:
        """The databases opened last (newest first, at most five) that still exist."""
        values = self._settings.value(KEY_RECENT) or []
        if isinstance(values, str):
            values = [values]
        return [Path(str(v)) for v in values if str(v) and Path(str(v)).is_file()][:MAX_RECENT]

    def notice(self) -> str:
        """The banner's text ("" when the database is writable)."""
        return self.notice_label.text() if not self.notice_toolbar.isHidden() else ""

    # -- importing ------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path] | str | Path) -> int | None:
        """Imports the article files and folders ``paths`` off the GUI thread; returns the
        job's generation, or ``None`` when nothing was started (read-only database, an
        import already running, nothing given). Progress shows in the status bar; a summary
        dialog (:attr:`import_summary`) and refreshed views follow."""
        given = as_paths([paths] if isinstance(paths, str | Path) else list(paths))
        if not given:
            return None
        if self.store.read_only:
            QMessageBox.information(
                self,
                "Cannot import",
                f"{self._database_name()} is open read-only: {self._read_only_reason()}",
            )
            return None
        if self.importer.is_running():
            self.statusBar().showMessage(
                "An import is running: wait for it to end or cancel it first.", 6000
            )
            return None
        request = ImportRequest(given, self.store.path)
        self._remember_folder(KEY_IMPORT_FOLDER, given[0] if given[0].is_dir() else given[0].parent)
        self.import_progress.begin(f"Importing {describe_paths(given)}…")
        self._set_import_enabled(False)
        self._import_started = time.perf_counter()
        return self.importer.start(import_job(request, self.store.for_thread()))

    def cancel_import(self) -> None:
        """Stops the running import after the article being read (nothing half-stored)."""
        self.importer.cancel()

    def refresh_views(self) -> None:
        """Re-reads the store into the filter bar and every view (after an import)."""
        if self.filter_bar is not None:
            self.filter_bar.refresh()
        for view in self.views.values():
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()
        self._update_counts()

    # -- exporting ------------------------------------------------------------------------

    def chart_picture(self, key: str) -> ChartPicture | None:
        """The chart of view ``key`` ("map", "timeline") as it is drawn now, with a title and
        a caption naming the filter and the data's dates; ``None`` if the view is missing."""
        from analyst.export.charts import CHART_TITLES, ChartPicture, chart_caption

        view = self.view(key)
        if view is None or not hasattr(view, "chart_widget"):
            return None
        caption = chart_caption(
            key,
            self.store,
            self.state.filter,
            as_of=self.state.as_of,
            database=self._database_name() if self.store.path else None,
        )
        return ChartPicture(view.chart_widget(), CHART_TITLES.get(key, key), caption)

    def table_for(self, key: str, *, selected_only: bool = False) -> Table:
        """The rows table ``key`` shows (or its selected rows), as an exportable
        :class:`~analyst.export.tables.Table`. A table without a view (interactions) is
        the same store query under the same filter."""
        from analyst.export.tables import Table, table_frame

        f = self.state.filter
        view = self.view(key)
        if view is not None and hasattr(view, "frame"):
            rows = view.frame()
            if selected_only and hasattr(view, "selected_rows"):
                rows = rows[view.selected_rows()]
        else:
            rows = table_frame(key, self.store, f, self.state.now())
        return Table(key, rows, self.store, f)

    def export_chart(
        self, key: str, path: str | Path | None = None, size: ImageSize | None = None
    ) -> Path | None:
        """Writes chart ``key`` to ``path`` (PNG or SVG by its extension; PNG at ``size``, an
        :class:`~analyst.export.charts.ImageSize`). Without ``path`` asks where (and, for a
        PNG, how big). Returns the file written, or ``None``."""
        from analyst.export import exporter_for
        from analyst.export.charts import CHART_TITLES, PngExporter
        from analyst.ui.exporting import SLIDE, ImageSizeDialog, choose_save_path

        picture = self.chart_picture(key)
        if picture is None:
            QMessageBox.warning(self, "Cannot export", f"The {key} view is not available.")
            return None
        if path is None:
            choice = choose_save_path(
                self, f"Export {CHART_TITLES.get(key, key)}", self._export_folder(),
                f"{key}.png", "chart",
            )  # fmt: skip
            if choice is None:
                return None
            path = choice.path
        target = Path(path)
        exporter = exporter_for(target, "chart")
        if exporter is None:
            QMessageBox.warning(self, "Cannot export", f"{target}: not a PNG or SVG file name")
            return None
        if isinstance(exporter, PngExporter):
            if size is None:
                size = ImageSizeDialog.get_size(self, picture, self._image_size or SLIDE)
                if size is None:
                    return None
                self._image_size = size
            exporter = PngExporter(size=size)
        return self._write(lambda: exporter.export(picture, target), target)

    def export_table(
        self, key: str, path: str | Path | None = None, *, selected_only: bool = False
    ) -> Path | None:
        """Writes table ``key`` (all its rows, or the selected ones) to ``path`` — CSV,
        Excel, Parquet or JSON by its extension; without ``path`` asks where."""
        from analyst.export import exporter_for
        from analyst.export.tables import TABLE_TITLES
        from analyst.ui.exporting import choose_save_path

        table = self.table_for(key, selected_only=selected_only)
        if selected_only and table.rows.is_empty():
            self.statusBar().showMessage("No rows are selected.", 5000)
            return None
        if path is None:
            title = TABLE_TITLES.get(key, key).lower()
            choice = choose_save_path(
                self, f"Export {'selected ' if selected_only else ''}{title}",
                self._export_folder(), f"{key}.xlsx", "table",
            )  # fmt: skip
            if choice is None:
                return None
            path = choice.path
        target = Path(path)
        exporter = exporter_for(target, "table")
        if exporter is None:
            QMessageBox.warning(
                self, "Cannot export", f"{target}: not a CSV, Excel, Parquet or JSON file name"
            )
            return None
        return self._write(lambda: exporter.export(table, target), target)

    def export_briefing(self, path: str | Path | None = None) -> Path | None:
        """Writes the PDF briefing for the current filter and "as of" moment. The charts
        are drawn here; the facts are read on a worker thread (its own connection) and the
        pages laid out in a child process (see :mod:`analyst.export.pdf_process`), with
        progress and Cancel in the status bar. Returns the file it is writing (see
        :attr:`last_export` once done), or ``None``."""
        from analyst.export.report import Briefing, write_report
        from analyst.ui.exporting import print_charts

        if self.exporter.is_running():
            self.statusBar().showMessage("An export is running: wait for it to end.", 6000)
            return None
        if path is None:
            start = str(self._export_folder() / "briefing.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export briefing", start, "PDF document (*.pdf)"
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        target = Path(path)
        if not target.parent.is_dir():
            QMessageBox.warning(self, "Cannot export", f"{target}: no such folder")
            return None
        charts = print_charts(self)  # widgets: on this thread
        cursor = self.store.cursor()
        briefing = Briefing(
            cursor,
            self.state.filter,
            self.state.now().replace(microsecond=0),
            map_image=charts.get("map"),
            timeline_image=charts.get("timeline"),
            database=self._database_name() if self.store.path else None,
        )

        def job(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> int:
            try:
                return write_report(
                    briefing, target, progress=progress, cancelled=cancelled, apart=True
                )
            finally:
                cursor.close()

        self._exporting = (target, time.perf_counter())
        self.export_progress.begin(f"Writing {target.name}…")
        self.briefing_action.setEnabled(False)
        self.exporter.start(job)
        return target

    def export_everything(self, folder: str | Path | None = None) -> Path | None:
        """Writes every chart and table (what ``analyst export`` writes) into ``folder``."""
        from analyst.ui.exporting import export_everything

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, "Export everything to a folder", str(self._export_folder())
            )
            if not chosen:
                return None
            folder = chosen
        target = Path(folder)
        return self._write(lambda: export_everything(self, target), target, is_folder=True)

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

    def _install(self, store: Store, *, deferred: bool = False) -> None:
        """Shows ``store``: a fresh state, filter bar and views on it; the old ones go. With
        ``deferred`` (a new window only) the filter bar and views come from the event loop,
        after "Loading…" labels have been shown in their place."""
        old_store, old_state, old_bar = self._store, self._state, self.filter_bar
        old_views = [d.widget() for d in self.docks.values() if d.widget() is not None]

        if self._state is not None and self._state.answers is not None:
            self._state.answers.close()  # its threads read the old store
        self._store = store
        answers = Answers(store)
        answers.while_waiting = self._paint_drawn
        self._state = FilterState(self, answers=answers)
        self._populated = False
        if deferred and old_store is None:
            self.filter_toolbar.addWidget(_loading_label("Loading the database…"))
            for spec in VIEWS:
                self.docks[spec.key].setWindowTitle(_dock_title(spec.title))
                self.docks[spec.key].setWidget(_loading_label("Loading…"))
            self.counts_label.setText("Loading…")
            self._update_title()
            self._update_notice()
            self._set_import_enabled(False)
            # filled once the window has been painted (see event())
            self._fill_pending = functools.partial(self._fill, store, None, None, None, [])
            return
        self._fill(store, old_store, old_state, old_bar, old_views)

    def _fill(
        self,
        store: Store,
        old_store: Store | None,
        old_state: FilterState | None,
        old_bar: FilterBar | None,
        old_views: list[QWidget],
    ) -> None:
        """The second half of :meth:`_install`: the filter bar and the views on ``store``."""
        if store is not self._store or self._state is None or self._closed:
            return  # another database was opened meanwhile, or the window closed
        old_views = old_views or [d.widget() for d in self.docks.values() if d.widget() is not None]
        self.filter_bar = FilterBar(store, self._state)
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

        # The status bar's counts: the interactions counted, the tariffs and deadlines as
        # many as the rows their views ask for (the same answers, not queries of their own).
        for query in (interaction_count, tariffs, deadlines):
            expect(self._state, store, query)
        self._state.filter_changed.connect(self._on_filter_changed)
        for key, view in self.views.items():
            signal = getattr(view, "export_requested", None)
            if signal is not None:
                signal.connect(functools.partial(self._on_export_requested, key))
        if self._remember:
            self._restore_as_of()
        self._state.as_of_changed.connect(self._on_as_of_changed)
        for old in old_views:
            _dispose(old)
        for old in (old_bar, old_state):
            if old is not None:
                old.deleteLater()
        if old_store is not None and old_store is not store:
            old_store.close()

        self._update_title()
        self._update_notice()
        self._update_counts()
        self._set_import_enabled(True)
        if self._remember and store.path is not None:
            self._settings.setValue(KEY_DATABASE, str(store.path))
            self._remember_recent(store.path)
        self._populated = True
        self.populated.emit()

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
            [d["map"], d["tariffs"]], [int(w * 0.55), int(w * 0.45)], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [d["map"], d["timeline"]], [int(h * 0.64), int(h * 0.36)], Qt.Orientation.Vertical
        )
        self.resizeDocks(
            [d["timeline"], d["leaders"]], [int(w * 0.27), int(w * 0.28)], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [d["tariffs"], d["deadlines"], d["evidence"]],
            [int(h * 0.30), int(h * 0.24), int(h * 0.46)],
            Qt.Orientation.Vertical,
        )
        self._sized = True

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("&File")
        self.import_action = QAction("&Import articles…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip("Add article files (.txt, .md, .html) to this database")
        self.import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(self.import_action)
        self.import_folder_action = QAction("Import a &folder of articles…", self)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_folder_action.triggered.connect(self._on_import_folder_triggered)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        self.new_action = QAction("&New database…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._on_new_triggered)
        file_menu.addAction(self.new_action)
        self.open_action = QAction("&Open database…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()

        self.export_menu = file_menu.addMenu("&Export")
        self.export_actions: dict[str, QAction] = {}
        for key, text in (
            ("map", "&Map image (PNG, SVG)…"),
            ("timeline", "&Timeline image (PNG, SVG)…"),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(functools.partial(self.export_chart, key))
            self.export_actions[key] = action
        self.export_menu.addSeparator()
        for key, text in (
            ("interactions", "&Interactions table…"),
            ("tariffs", "Ta&riffs table…"),
            ("deadlines", "&Deadlines table…"),
            ("leaders", "&Leaders table…"),
        ):
            action = self.export_menu.addAction(text)
            action.setStatusTip("CSV, Excel, Parquet or JSON: the rows shown under this filter")
            action.triggered.connect(functools.partial(self._on_export_table_triggered, key))
            self.export_actions[key] = action
        self.export_menu.addSeparator()
        self.briefing_action = self.export_menu.addAction("&Briefing (PDF)…")
        self.briefing_action.setShortcut(QKeySequence("Ctrl+P"))
        self.briefing_action.triggered.connect(lambda: self.export_briefing())
        self.export_all_action = self.export_menu.addAction("Everything to a f&older…")
        self.export_all_action.triggered.connect(lambda: self.export_everything())
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

    def _on_new_triggered(self) -> None:
        start = str(self._store.path.parent) if self._store and self._store.path else ""
        path, _ = QFileDialog.getSaveFileName(
            self, "New database", str(Path(start) / "facts.duckdb") if start else "facts.duckdb",
            "DuckDB databases (*.duckdb)",
        )  # fmt: skip
        if path:
            p = Path(path)
            self.new_database(p if p.suffix else p.with_suffix(".duckdb"))

    def _on_import_triggered(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            str(self._folder(KEY_IMPORT_FOLDER)),
            "Articles (*.txt *.md *.html *.htm);;All files (*)",
        )
        if paths:
            self.import_paths(paths)

    def _on_import_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of articles", str(self._folder(KEY_IMPORT_FOLDER))
        )
        if folder:
            self.import_paths([folder])

    def _on_import_progressed(self, _g: int, done: int, total: int, text: str) -> None:
        self.import_progress.set_progress(done, total, text)

    def _on_import_finished(self, _g: int, summary: ImportSummary) -> None:
        self._end_import(summary)

    def _on_import_failed(self, _g: int, message: str) -> None:
        self._end_import(ImportSummary(failure=message))

    def _end_import(self, summary: ImportSummary) -> None:
        self.import_progress.end()
        self._set_import_enabled(True)
        self.refresh_views()
        self.statusBar().showMessage(f"{summary.headline()}: {summary.counts_text()}", 10000)
        if self.import_summary is not None:
            self.import_summary.close()
            self.import_summary.deleteLater()
        self.import_summary = ImportSummaryDialog(summary, self)
        self.import_summary.show()

    def _on_export_progressed(self, _g: int, done: int, total: int, text: str) -> None:
        name = self._exporting[0].name if self._exporting else "the file"
        self.export_progress.set_step(done, total, f"Writing {name}: {text}")

    def _on_export_finished(self, _g: int, pages: object) -> None:
        target, started = self._exporting or (None, time.perf_counter())
        self._end_export()
        if target is None:
            return
        if not pages:
            self.statusBar().showMessage(f"Cancelled: {target} was not written", 8000)
            return
        self._remember_folder(KEY_EXPORT_FOLDER, target.parent)
        self.last_export = target
        seconds = time.perf_counter() - started
        self.statusBar().showMessage(f"Wrote {target} ({pages} pages, {seconds:.1f} s)", 10000)

    def _on_export_failed(self, _g: int, message: str) -> None:
        self._end_export()
        QMessageBox.warning(self, "Cannot export", message.split("\n\n")[0])

    def _end_export(self) -> None:
        self._exporting = None
        self.export_progress.end()
        self.briefing_action.setEnabled(True)

    def _on_export_requested(self, key: str, selected_only: bool = False) -> None:
        if key in CHART_KEYS:
            self.export_chart(key)
        else:
            self.export_table(key, selected_only=selected_only)

    def _on_export_table_triggered(self, key: str) -> None:
        self.export_table(key)

    def _on_as_of_changed(self, moment: datetime | None) -> None:
        if not self._remember or self.filter_bar is None:
            return
        mode = _AS_OF_MODES.get(self.filter_bar.as_of_combo.currentIndex(), "now")
        self._settings.setValue(KEY_AS_OF_MODE, "now" if moment is None else mode)
        if moment is not None and mode == "chosen":
            self._settings.setValue(KEY_AS_OF, moment.isoformat(timespec="minutes"))

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.recent_databases()
        for i, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(functools.partial(self.open_database, path))
        if recent:
            menu.addSeparator()
        clear = menu.addAction("&Clear the list")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(lambda: self._settings.setValue(KEY_RECENT, []))

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
            mode = " (read-only)" if self._store is not None and self._store.read_only else ""
            self.setWindowTitle(f"{path.name}{mode} — analyst")
            self.setWindowFilePath(str(path))

    def _database_name(self) -> str:
        path = self._store.path if self._store else None
        return path.name if path is not None else "the in-memory database"

    def _read_only_reason(self) -> str:
        store = self._store
        if store is None or not store.read_only:
            return ""
        if store.snapshot_taken is not None:
            return (
                "another program is writing to it, so this is a copy taken at "
                f"{store.snapshot_taken:%H:%M:%S}. Importing is off; open it again later "
                "to see newer facts."
            )
        if store.attached:
            return "it is a folder of Parquet files read in place. Importing is off."
        if store.in_use_elsewhere:
            return "another program is using it. Importing is off."
        return ""  # asked for read-only (a snapshot, an export): nothing to warn about

    def _update_notice(self) -> None:
        reason = self._read_only_reason()
        if reason:
            self.notice_label.setText(f"⚠ {self._database_name()} is open read-only: {reason}")
            self.notice_toolbar.show()
            self.statusBar().showMessage(f"{self._database_name()} is open read-only", 15000)
        else:
            self.notice_label.clear()
            self.notice_toolbar.hide()

    def _set_import_enabled(self, enabled: bool) -> None:
        writable = self._store is not None and not self._store.read_only
        for action in (self.import_action, self.import_folder_action):
            action.setEnabled(enabled and writable and not self.importer.is_running())

    def _stop_import(self) -> None:
        """Cancels a running import or export and waits for its thread (its connection
        must close before the store does); its answer is dropped."""
        if self.importer.is_running():
            self.importer.discard()
            self.importer.wait()
            self.import_progress.end()
        if self.exporter.is_running():
            self.exporter.discard()
            self.exporter.wait()
            self._end_export()

    def _remember_recent(self, path: Path) -> None:
        values = self._settings.value(KEY_RECENT) or []
        if isinstance(values, str):
            values = [values]
        recent = [str(path)] + [str(v) for v in values if str(v) and str(v) != str(path)]
        self._settings.setValue(KEY_RECENT, recent[:MAX_RECENT])

    def _folder(self, key: str) -> Path:
        value = self._settings.value(key) if self._remember else None
        if value and Path(str(value)).is_dir():
            return Path(str(value))
        if self._store is not None and self._store.path is not None:
            return self._store.path.parent
        return Path.home()

    def _export_folder(self) -> Path:
        return self._folder(KEY_EXPORT_FOLDER)

    def _remember_folder(self, key: str, folder: Path) -> None:
        if self._remember:
            self._settings.setValue(key, str(folder))

    def _restore_as_of(self) -> None:
        mode = self._settings.value(KEY_AS_OF_MODE)
        if mode == "chosen":
            try:
                moment = datetime.fromisoformat(str(self._settings.value(KEY_AS_OF)))
            except ValueError:
                return
            self.state.set_as_of(moment)
        elif mode == "article" and self.filter_bar is not None:
            self.filter_bar.as_of_combo.setCurrentIndex(AS_OF_ARTICLE)

    def _write(
        self, work: Callable[[], object], target: Path, *, is_folder: bool = False
    ) -> Path | None:
        """Runs an export, remembers its folder, says what was written (or why not)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            work()
        except Exception as e:  # a file that cannot be written must not end the session
            QGuiApplication.restoreOverrideCursor()
            if not isinstance(e, OSError | StoreError | ValueError):
                log.exception("export to %s failed", target)
            QMessageBox.warning(self, "Cannot export", str(e))
            return None
        QGuiApplication.restoreOverrideCursor()
        self._remember_folder(KEY_EXPORT_FOLDER, target if is_folder else target.parent)
        self.last_export = target
        seconds = time.perf_counter() - started
        self.statusBar().showMessage(f"Wrote {target} ({seconds:.1f} s)", 8000)
        return target

    def _paint_drawn(self) -> None:
        """Paints what the views have drawn so far, while a filter change waits for the
        answers of the others (see :attr:`Answers.while_waiting`): the layouts they asked
        for, then the windows' dirty regions. Nothing else of the event loop runs (no
        timers, no input, no queued signals), so nothing here can change the filter."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)

    def _update_counts(self) -> None:
        state, store, f = self.state, self.store, self.state.filter
        asks = [(interaction_count, f), (tariffs, f), (deadlines, f)]
        when_answered(state, store, asks, self._show_counts)

    def _show_counts(
        self, n_i: int, tariff_rows: pl.DataFrame, deadline_rows: pl.DataFrame
    ) -> None:
        """The status bar's counts: the interactions counted, the other views' rows."""
        n_t, n_d = tariff_rows.height, deadline_rows.height
        text = f"{_plural(n_i, 'interaction')} · {_plural(n_t, 'tariff')} · {_plural(n_d, 'deadline')} shown"
        self.counts_label.setText(text)

    # -- Qt events ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if self._fill_pending is not None and event.type() == QEvent.Type.UpdateRequest:
            # The window has just been painted, "Loading…" in its docks: now the views.
            fill, self._fill_pending = self._fill_pending, None
            QTimer.singleShot(0, self, fill)
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._apply_default_sizes()
            # Once more after the first layout pass, when the docks know their real size.
            QTimer.singleShot(0, self, self._apply_default_sizes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        # After the drop returns: the drag source must not wait for a whole import.
        QTimer.singleShot(0, self, functools.partial(self.import_paths, paths))

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return False
        if not any(url.isLocalFile() for url in mime.urls()):
            return False
        return self._store is not None and not self._store.read_only

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            self.save_settings()
        self._stop_import()
        super().closeEvent(event)
        if event.isAccepted():
            self._closed = True
            for dock in self.docks.values():
                if dock.widget() is not None:
                    _dispose(dock.widget())
            if self._state is not None and self._state.answers is not None:
                self._state.answers.close()
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


def _loading_label(text: str) -> QLabel:
    """What a dock (or the filter bar) shows until its view is built."""
    label = QLabel(text)
    label.setObjectName("viewLoading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("QLabel#viewLoading { color: #6a6a6a; }")
    return label


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
