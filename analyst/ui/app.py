"""Starting the dashboard, and rendering it to an image without a screen.

- :func:`run_gui` is ``analyst gui``: it opens a database (the one given, else the one
  open last time, else the user's default one, filled from the bundled seeds on first use),
  shows the window and runs the event loop.
- :func:`render_snapshot` is ``analyst snapshot``: it builds the same window on the
  offscreen platform (when there is no display), applies a filter, lets the views draw and
  saves ``window.grab()`` as a PNG. It never reads or writes the remembered layout, so the
  picture depends only on the database and the filter.
- :func:`export_all` (``analyst export``) and :func:`render_report` (``analyst report``)
  build that same unseen window (:func:`offscreen_window`) and export from its views, so a
  file made on the command line is the file the window would make. Both only read the
  database: one another program holds opens read-only (a snapshot copy if it writes).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from analyst.store import Filter, Store

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from analyst.export.charts import ImageSize
    from analyst.ui.main_window import MainWindow

WINDOW_TITLE = "analyst"
SNAPSHOT_SIZE = (1600, 1000)


def run_gui(db: Path | None = None, *, settings: QSettings | None = None) -> int:
    """Opens the dashboard on ``db`` and returns the exit status when it is closed (0), or 1
    with one line on stderr when the database cannot be opened. ``settings``: where layout
    and last database are remembered (default: the user's, organisation and application
    "analyst")."""
    from PySide6.QtWidgets import QApplication

    from analyst.store import StoreError
    from analyst.ui.main_window import MainWindow

    app = dashboard_application()
    try:
        store = _open_store(db, remembered=True, settings=settings)
    except StoreError as e:
        print(f"analyst: {e}", file=sys.stderr)
        return 1
    # The window is painted with its docks saying "Loading…" before the views (and the
    # libraries they draw with) are loaded, then filled from the event loop.
    window = MainWindow(store, settings=settings, deferred=True)
    window.show()
    window.raise_()
    status = app.exec()
    del window
    QApplication.processEvents()
    return int(status)


def render_snapshot(
    db: Path | None,
    out: Path,
    flt: Filter,
    size: tuple[int, int] = SNAPSHOT_SIZE,
    *,
    as_of: datetime | None = None,
) -> None:
    """Renders the whole dashboard for filter ``flt`` (countdowns as of ``as_of``, else now)
    to the PNG ``out`` at ``size``.

    Uses the offscreen platform when there is no display; the window is never shown on a
    screen. Raises :class:`~analyst.store.StoreError` for a database that cannot be opened
    and ``OSError`` when the image cannot be written.
    """
    from PySide6.QtWidgets import QApplication

    out = Path(out)
    if not out.parent.is_dir():
        raise OSError(f"{out}: no such folder: {out.parent}")
    with offscreen_window(db, flt, size=size, as_of=as_of) as window:
        image = window.grab()
        if (image.width(), image.height()) != tuple(size):
            image = image.scaled(*size)
        if not image.save(str(out), "PNG"):
            raise OSError(f"{out}: cannot write the image")
        QApplication.processEvents()


def export_all(
    db: Path | None,
    out: Path,
    flt: Filter,
    *,
    as_of: datetime | None = None,
    image: ImageSize | None = None,
    size: tuple[int, int] = SNAPSHOT_SIZE,
) -> list[tuple[Path, float]]:
    """``analyst export``: every chart (PNG at ``image``, SVG) and table (CSV, Excel,
    Parquet, ``facts.json``) for ``flt`` into the folder ``out``, as the window at ``size``
    draws them. Tables are written first, before any Qt is loaded. Returns each file with
    the seconds it took; raises ``StoreError``/``OSError``."""
    from analyst.export.tables import write_tables

    out = Path(out)
    if not out.is_dir():
        raise OSError(f"{out}: no such folder")
    store = _open_for_reading(db)
    try:
        written = write_tables(out, store, flt, as_of or datetime.now())
    except BaseException:
        store.close()
        raise
    from analyst.ui.exporting import CHART_FILES, SLIDE

    with offscreen_window(store, flt, size=size, as_of=as_of) as window:
        for name in CHART_FILES:
            written.append(_export_chart(window, out / name, image or SLIDE))
    return written


def render_report(
    db: Path | None,
    out: Path,
    flt: Filter,
    *,
    as_of: datetime | None = None,
    size: tuple[int, int] = SNAPSHOT_SIZE,
) -> int:
    """``analyst report``: the PDF briefing for ``flt`` with deadlines as of ``as_of``
    (default: now), its charts drawn by the window at ``size``. Returns the page count."""
    from analyst.export.report import Briefing, write_report

    out = Path(out)
    if not out.parent.is_dir():
        raise OSError(f"{out}: no such folder: {out.parent}")
    from analyst.ui.exporting import print_charts

    with offscreen_window(db, flt, size=size, as_of=as_of) as window:
        charts = print_charts(window)
        briefing = Briefing(
            window.store,
            flt,
            (as_of or datetime.now()).replace(microsecond=0),
            map_image=charts.get("map"),
            timeline_image=charts.get("timeline"),
            database=window.store.path.name if window.store.path else None,
        )
        return write_report(briefing, out)


@contextmanager
def offscreen_window(
    db: Path | Store | None,
    flt: Filter,
    *,
    size: tuple[int, int] = SNAPSHOT_SIZE,
    as_of: datetime | None = None,
) -> Iterator[MainWindow]:
    """The dashboard on ``db`` (a path, an open store it then owns, or the default
    database) for filter ``flt`` and moment ``as_of``, laid out and drawn at ``size`` but
    never put on a screen, nor remembering anything. Closed (with its store) on exit."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QThreadPool
    from PySide6.QtWidgets import QApplication

    from analyst.ui.main_window import MainWindow

    app = dashboard_application()  # keep a reference: a collected QApplication takes Qt down
    store = db if isinstance(db, Store) else _open_for_reading(db)
    try:
        window = MainWindow(store, remember=False)
    except BaseException:
        store.close()
        raise
    try:
        window.setAttribute(_dont_show_on_screen())
        window.resize(*size)
        window.state.set_filter(flt)
        if as_of is not None:
            window.state.set_as_of(as_of)
        window.show()  # WA_DontShowOnScreen: laid out and painted, never put on a screen

        # Let the views draw: the first layout passes, deferred work, and any worker thread
        # a view may use to query (their answers arrive as queued signals).
        deadline = time.monotonic() + 2.0
        settle_until = time.monotonic() + 0.4
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThreadPool.globalInstance().waitForDone(50)
            if time.monotonic() >= settle_until:
                break
        window.resize(*size)  # a dock's minimum size must not have grown the window
        QApplication.processEvents()
        yield window
    finally:
        window.close()  # closes the store too
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        store.close()


def _export_chart(window: MainWindow, path: Path, image: ImageSize) -> tuple[Path, float]:
    from analyst.export import exporter_for
    from analyst.export.charts import PngExporter

    picture = window.chart_picture(path.stem)
    if picture is None:
        raise OSError(f"{path}: the {path.stem} view is not available")
    exporter = exporter_for(path, "chart")
    assert exporter is not None
    if isinstance(exporter, PngExporter):
        exporter = PngExporter(size=image)
    started = time.perf_counter()
    exporter.export(picture, path)
    return path, time.perf_counter() - started


# --- helpers ------------------------------------------------------------------------------


def dashboard_application():
    """The QApplication as the dashboard runs in it: the dashboard's style, palette and
    font (made here when there is none, offscreen without a display)."""
    from PySide6.QtGui import QFont, QIcon
    from PySide6.QtWidgets import QApplication

    from analyst.resources import resource
    from analyst.ui.style import DashboardStyle, dashboard_palette

    app = QApplication.instance()
    if app is not None:
        if not isinstance(app.style(), DashboardStyle):
            # Made elsewhere (a test's, a host program's): a snapshot still has the look.
            app.setStyle(DashboardStyle("Fusion"))
            app.setPalette(dashboard_palette())
        return app
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0] if sys.argv else "analyst"])
    app.setOrganizationName("analyst")
    app.setApplicationName("analyst")
    # Fusion looks the same on every platform and in snapshots.
    app.setStyle(DashboardStyle("Fusion"))
    app.setPalette(dashboard_palette())
    app.setDesktopFileName("analyst")  # matches packaging/analyst.desktop
    app.setWindowIcon(QIcon(str(resource("icons/analyst.svg"))))
    font = QFont(app.font())
    font.setPointSizeF(10)
    app.setFont(font)
    return app


def _headless() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_store(db: Path | None, *, remembered: bool, settings: QSettings | None = None) -> Store:
    """``db``; else (``remembered``) the last database; else the user's default one."""
    from analyst.pipeline import open_default_store
    from analyst.ui.main_window import MainWindow

    if db is not None:
        return Store.open_or_snapshot(db)
    if remembered:
        last = MainWindow.last_database(settings)
        if last is not None:
            try:
                return Store.open_or_snapshot(last)
            except Exception:  # gone bad since: fall back to the default database
                pass
    return open_default_store()


def _open_for_reading(db: Path | None) -> Store:
    """``db`` read-only (a snapshot copy when another program writes to it); without one,
    the user's default database."""
    from analyst.pipeline import open_default_store
    from analyst.store import StoreError

    if db is None:
        return open_default_store()
    try:
        return Store.open_or_snapshot(db, read_only=True)
    except StoreError as e:
        # An old schema must be upgraded once (for writing); a file this process already
        # holds for writing can only be opened the same way again.
        reason = e.reason or ""
        if "needs upgrading" in reason or reason == "already open in this program":
            return Store.open(db)
        raise


def _dont_show_on_screen():
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DontShowOnScreen
