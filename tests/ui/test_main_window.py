"""The dashboard window: docks, linked filtering, menus, remembered layout, snapshots."""

from __future__ import annotations

import gc
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMessageBox
from shiboken6 import getCppPointer

from analyst.store import Filter, Store, deadlines, facts_document, interactions, tariffs
from analyst.store import contacts as contacts_module
from analyst.ui import main_window as mw
from analyst.ui.main_window import VIEWS, MainWindow


def _top_levels() -> set[int]:
    return {getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


def _dispose(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()  # Python-owned widgets (a plot's context menus) go with their owners
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _click_leader(qtbot, window: MainWindow, name: str) -> None:
    view = window.view("leaders")
    proxy = view.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    rect = view.table_view.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- building ------------------------------------------------------------------------------


def test_every_view_sits_in_its_own_named_dock(main_window):
    assert main_window.placeholders() == {}
    docks = main_window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} == {f"{s.key}Dock" for s in VIEWS}
    for spec in VIEWS:
        dock = main_window.docks[spec.key]
        view = main_window.view(spec.key)
        assert dock.widget() is view
        assert dock.isVisible()
        assert dock.windowTitle().replace("&&", "&") == view.title
    assert (
        main_window.dockWidgetArea(main_window.docks["map"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    )
    assert (
        main_window.dockWidgetArea(main_window.docks["evidence"])
        == Qt.DockWidgetArea.RightDockWidgetArea
    )
    assert main_window.docks["map"].width() > main_window.docks["evidence"].width()


def test_filter_bar_is_at_the_top_and_menus_exist(main_window):
    assert main_window.filter_bar.isVisible()
    assert main_window.toolBarArea(main_window.filter_toolbar) == Qt.ToolBarArea.TopToolBarArea
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles == ["File", "View", "Help"]
    view_menu = [a.text().replace("&&", "&") for a in main_window.view_menu.actions() if a.text()]
    assert "Reset layout".replace("&", "") in [t.replace("&", "") for t in view_menu]


def test_window_title_names_the_database(main_window, db_copy):
    assert db_copy.name in main_window.windowTitle()
    assert main_window.windowFilePath() == str(db_copy)


def test_status_bar_counts_what_is_shown(main_window):
    store = main_window.store
    n_i, n_t, n_d = (fn(store, Filter()).height for fn in (interactions, tariffs, deadlines))
    assert (
        main_window.counts_text() == f"{n_i} interactions · {n_t} tariffs · {n_d} deadlines shown"
    )


@pytest.mark.parametrize(
    "f",
    [
        Filter(countries=("RUS",)),
        Filter(leaders=("Donald Trump",)),
        Filter(since=date(2025, 8, 1), until=date(2025, 8, 31)),
        Filter(kinds=frozenset({"call", "tariff"})),
    ],
    ids=lambda f: f.describe(),
)
def test_status_bar_counts_what_analyst_facts_gives(main_window, f):
    """The interactions are counted from the counts by group (the summary path), the tariffs
    and deadlines are the rows their views got: all three as many as ``analyst facts`` (its
    JSON, ``facts_document``) lists for the same filter."""
    assert contacts_module.kept(main_window.store)
    main_window.state.set_filter(f)
    document = facts_document(main_window.store, f)
    n_i, n_t, n_d = (len(document[k]) for k in ("interactions", "tariffs", "deadlines"))
    assert n_i + n_t + n_d > 0
    counted = (
        mw._plural(n_i, "interaction"),
        mw._plural(n_t, "tariff"),
        mw._plural(n_d, "deadline"),
    )
    assert main_window.counts_text() == " · ".join(counted) + " shown"


def test_a_missing_view_leaves_a_placeholder(qtbot, monkeypatch, db_copy, settings):
    broken = (*VIEWS[:-1], mw.ViewSpec("evidence", "analyst.ui.no_such_view", "Nope", "Evidence"))
    monkeypatch.setattr(mw, "VIEWS", broken)
    window = MainWindow(Store.open(db_copy), settings=settings)
    try:
        assert set(window.placeholders()) == {"evidence"}
        label = window.docks["evidence"].widget()
        assert isinstance(label, QLabel) and "not available" in label.text()
        assert window.view("map") is not None
    finally:
        _dispose(window)


# --- linked views --------------------------------------------------------------------------


def test_selecting_a_leader_filters_every_other_dock(qtbot, main_window):
    state = main_window.state
    tariffs_view = main_window.view("tariffs")
    deadlines_view = main_window.view("deadlines")
    map_view = main_window.view("map")
    before = (
        tariffs_view.frame().height,
        deadlines_view.frame().height,
        dict(map_view.country_counts),
    )

    with qtbot.waitSignal(state.filter_changed):
        _click_leader(qtbot, main_window, "Narendra Modi")

    assert state.filter.leaders == ("Narendra Modi",)
    expected = Filter(leaders=("Narendra Modi",))
    store = main_window.store
    assert tariffs_view.frame().height == tariffs(store, expected).height
    assert deadlines_view.frame().height == deadlines(store, expected).height
    assert map_view.country_counts != before[2]
    assert set(map_view.country_counts) <= {"IND", "RUS"}
    after = (tariffs_view.frame().height, deadlines_view.frame().height)
    assert after != before[:2]
    assert "Narendra Modi" in main_window.filter_bar.summary_text()
    assert main_window.counts_text().startswith(
        f"{interactions(store, expected).height} interaction"
    )

    _click_leader(qtbot, main_window, "Narendra Modi")  # again: everyone
    assert state.filter.leaders == ()
    assert tariffs_view.frame().height == before[0]


def test_filter_bar_summary_follows_changes_from_other_code(main_window):
    bar = main_window.filter_bar
    assert bar.summary_text() == "All facts"
    main_window.state.update_filter(since=date(2025, 8, 1), until=date(2025, 8, 31))
    assert bar.summary_text() == "2025-08-01 – 2025-08-31"
    assert bar.since_check.isChecked()


def test_clear_resets_everything(qtbot, main_window):
    state = main_window.state
    full = main_window.counts_text()
    _click_leader(qtbot, main_window, "Xi Jinping")
    state.update_filter(kinds=frozenset({"call"}))
    state.set_as_of(datetime(2025, 8, 8))
    state.select_facts("interactions", (interactions(main_window.store, Filter())["id"][0],))
    assert main_window.counts_text() != full

    qtbot.mouseClick(main_window.filter_bar.clear_button, Qt.MouseButton.LeftButton)

    assert state.filter == Filter() and state.as_of is None and state.selection.is_empty()
    assert main_window.counts_text() == full
    assert main_window.filter_bar.summary_text() == "All facts"
    assert main_window.view("tariffs").frame().height == tariffs(main_window.store, Filter()).height
    assert main_window.view("evidence").message() != ""


def test_evidence_shows_the_sentence_of_a_selected_interaction(main_window):
    store = main_window.store
    fact_id = interactions(store, Filter())["id"][0]
    from analyst.store import evidence_for

    sentence = evidence_for(store, fact_id)["sentence"][0]
    main_window.state.select_facts("interactions", (fact_id,))
    assert main_window.view("evidence").highlighted() == [sentence]


# --- menus, databases, settings ------------------------------------------------------------


def test_layout_and_database_are_saved_and_restored(qtbot, db_copy, settings):
    window = MainWindow(Store.open(db_copy), settings=settings)
    window.show()
    qtbot.waitExposed(window)
    window.resize(780, 700)  # inside the offscreen screen (800×800): nothing to clamp
    window.docks["timeline"].close()
    window.tabifyDockWidget(window.docks["tariffs"], window.docks["deadlines"])
    qtbot.wait(10)
    size = window.size().toTuple()
    _dispose(window)  # closing saves

    assert MainWindow.last_database(settings) == db_copy
    again = MainWindow(Store.open(db_copy), settings=settings)
    try:
        again.show()
        qtbot.waitExposed(again)
        assert again.size().toTuple() == size
        assert again.docks["timeline"].isHidden()
        assert again.docks["deadlines"] in again.tabifiedDockWidgets(again.docks["tariffs"])

        again.reset_layout()
        assert not again.docks["timeline"].isHidden()
        assert again.tabifiedDockWidgets(again.docks["tariffs"]) == []
    finally:
        _dispose(again)


def test_dock_visibility_is_toggled_from_the_view_menu(main_window):
    action = main_window.docks["leaders"].toggleViewAction()
    assert action in main_window.view_menu.actions()
    action.trigger()
    assert main_window.docks["leaders"].isHidden()
    action.trigger()
    assert not main_window.docks["leaders"].isHidden()


def test_open_another_database_rebuilds_the_views(qtbot, main_window, tmp_path):
    old_store, old_state = main_window.store, main_window.state
    other = tmp_path / "other.duckdb"
    Store.open(other).close()  # a valid, empty analyst database

    assert main_window.open_database(other)

    assert other.name in main_window.windowTitle()
    assert main_window.store is not old_store and main_window.state is not old_state
    assert main_window.counts_text() == "0 interactions · 0 tariffs · 0 deadlines shown"
    assert main_window.view("leaders").stack.is_showing_message()
    assert main_window.filter_bar.leaders.checked() == ()
    with pytest.raises(Exception, match="closed"):
        old_store.con  # noqa: B018 (the old store is closed)


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    qtbot, main_window, tmp_path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database")
    store = main_window.store

    assert not main_window.open_database(bad)

    assert shown and "notes.duckdb" in shown[0]
    assert main_window.store is store
    assert bad.read_text() == "not a database"


# --- the application entry points ----------------------------------------------------------


def test_render_snapshot_writes_a_full_size_picture(qtbot, db_copy, tmp_path):
    from analyst.ui.app import render_snapshot

    before = _top_levels()
    out = tmp_path / "dashboard.png"
    render_snapshot(db_copy, out, Filter(leaders=("Vladimir Putin",)))

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    small = image.scaled(160, 100)
    colours = {small.pixel(x, y) for x in range(160) for y in range(100)}
    assert len(colours) > 50, "the picture is blank"
    assert _top_levels() <= before, "the snapshot window was left behind"


def test_render_snapshot_refuses_a_missing_folder(db_copy, tmp_path):
    from analyst.ui.app import render_snapshot

    with pytest.raises(OSError, match="no such folder"):
        render_snapshot(db_copy, tmp_path / "missing" / "x.png", Filter())


def test_run_gui_opens_the_database_and_returns_when_closed(qtbot, db_copy, settings):
    from PySide6.QtCore import QTimer

    from analyst.ui.app import run_gui

    seen: list[str] = []

    def close_soon() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.windowTitle())
                w.close()

    QTimer.singleShot(300, close_soon)
    try:
        assert run_gui(db_copy, settings=settings) == 0
    finally:
        QApplication.instance().setStyleSheet("")
    assert seen and db_copy.name in seen[0]
    assert MainWindow.last_database(settings) == db_copy  # remembered for next time
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_run_gui_reports_a_database_it_cannot_open(tmp_path, settings, capsys):
    from analyst.ui.app import run_gui

    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    assert run_gui(bad, settings=settings) == 1
    err = capsys.readouterr().err
    assert err.startswith("analyst: ") and "bad.duckdb" in err and err.count("\n") == 1


def test_a_deferred_window_paints_loading_docks_then_fills_them(qtbot, db_copy, settings):
    """``deferred``: the window paints its menus and docks with "Loading…" before any view
    (or what draws them) is built, then builds them from the event loop and says so."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.conftest import dispose_window

    window = MainWindow(Store.open(db_copy), settings=settings, deferred=True)
    try:
        assert not window.is_populated()
        for spec in VIEWS:
            widget = window.docks[spec.key].widget()
            assert isinstance(widget, QLabel) and widget.text() == "Loading…"
            assert window.docks[spec.key].windowTitle().replace("&&", "&") == spec.title
        window.resize(1200, 800)
        with qtbot.waitSignal(window.populated, timeout=20000):
            window.show()
        assert window.is_populated() and window.placeholders() == {}
        for spec in VIEWS:
            assert window.docks[spec.key].widget() is window.view(spec.key)
        assert "shown" in window.counts_text()
        assert window.filter_bar is not None and window.filter_bar.isVisible()
    finally:
        dispose_window(window)


def test_a_filter_change_paints_each_view_once(main_window):
    # What pyqtgraph and Qt leave for after the first paint (a plot's new view range, the
    # legends' layout, a reset table's rows) is done before it, so a filter change paints
    # the map and the leaders table once, not twice. (The timeline's date axis may pick
    # other ticks once painted, and a table whose scroll bar comes or goes is laid out
    # again: both are then painted twice, rightly.)
    painted: dict[str, int] = {}

    class Count(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted[watched.objectName()] = painted.get(watched.objectName(), 0) + 1
            return False

    counter = Count()
    table = main_window.view("leaders").table_view
    viewports = {
        "map": main_window.view("map").plot_widget().viewport(),
        "timeline": main_window.view("timeline").plot_widget.viewport(),
        "leaders": table.viewport(),
    }
    for name, viewport in viewports.items():
        viewport.setObjectName(name)
        viewport.installEventFilter(counter)
    for f in (
        Filter(countries=("RUS",)),
        Filter(countries=("RUS", "USA")),
        Filter(leaders=("Donald Trump",)),
        Filter(kinds=frozenset({"call"})),
        Filter(),
    ):
        painted.clear()
        scroll_bar = table.verticalScrollBar().isVisible()
        main_window.state.set_filter(f)
        QApplication.processEvents()
        assert painted["map"] == 1, f
        assert painted["timeline"] >= 1
        if table.verticalScrollBar().isVisible() == scroll_bar:
            assert painted["leaders"] == 1, f
    for viewport in viewports.values():
        viewport.removeEventFilter(counter)
