"""Importing from the window: off the GUI thread, with progress, cancel and a summary."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from analyst.store import Store, interactions, tariffs
from analyst.ui.importing import ImportSummary
from analyst.ui.main_window import MainWindow
from benchmarks.corpus import generate_articles, write_corpus

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_corpus(generate_articles(n), folder)
    return folder


def _wait_for_summary(qtbot, window: MainWindow, timeout_ms: int) -> ImportSummary:
    qtbot.waitUntil(lambda: window.import_summary is not None, timeout=timeout_ms)
    assert window.import_summary is not None
    return window.import_summary.summary


def _consistent(store: Store) -> None:
    """No half-stored article: every fact has evidence, every evidence row its article."""
    con = store.con
    orphans = con.execute(
        "SELECT count(*) FROM evidence e LEFT JOIN articles a ON a.id = e.article_id"
        " WHERE a.id IS NULL"
    ).fetchall()[0][0]
    assert orphans == 0
    for table in ("interactions", "tariffs", "deadlines"):
        bare = con.execute(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS"
            " (SELECT 1 FROM evidence e WHERE e.fact_id = t.id)"
        ).fetchall()[0][0]
        assert bare == 0, f"{table} without evidence"


def test_importing_500_articles_keeps_the_window_responsive(qtbot, main_window, tmp_path):
    folder = _corpus(tmp_path / "news", 500)
    store = main_window.store
    before_articles = store.counts()["articles"]
    before_tariffs = main_window.view("tariffs").frame().height
    before_countries = len(main_window.view("map").country_counts)

    ticks: list[float] = []
    progress: list[tuple[float, int]] = []
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        now = time.perf_counter()
        ticks.append(now)
        if main_window.importer.is_running():
            progress.append((now, main_window.import_progress.value()))

    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    try:
        generation = main_window.import_paths([folder])
        assert generation is not None
        assert main_window.importer.is_running()
        assert not main_window.import_action.isEnabled()  # one import at a time
        summary = _wait_for_summary(qtbot, main_window, timeout_ms=900_000)
    finally:
        timer.stop()
    elapsed = time.perf_counter() - started

    assert len(summary.added) == 500 and not summary.refused and not summary.cancelled
    assert "500 added" in main_window.import_summary.counts_text()
    # The event loop kept running: the 50 ms timer fired most of the times it should have,
    # and never stalled for long.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    running = [b - a for (a, _), (b, _) in itertools.pairwise(progress)]
    assert len(ticks) >= 0.5 * elapsed / 0.05, (len(ticks), elapsed)
    assert max(running) < 1.0, max(running)  # while the worker ran
    assert max(gaps) < 3.0, max(gaps)  # including the views' refresh at the end
    # The progress bar moved forward many times while the import ran.
    values = [v for _, v in progress]
    assert values == sorted(values)
    assert len(set(values)) > 20
    print(
        f"\nimport of 500 articles from the window: {elapsed:.1f} s, the 50 ms timer fired "
        f"{len(ticks)} times (longest gap {max(running) * 1000:.0f} ms while importing, "
        f"{max(gaps) * 1000:.0f} ms with the refresh at the end)"
    )

    # Every view shows the new data.
    assert store.counts()["articles"] == before_articles + 500
    f = main_window.state.filter
    assert main_window.view("tariffs").frame().height == tariffs(store, f).height > before_tariffs
    assert len(main_window.view("map").country_counts) > before_countries
    n_i = interactions(store, f).height
    assert main_window.counts_text().startswith(f"{n_i} interactions")
    assert main_window.import_action.isEnabled()
    assert main_window.import_progress.isHidden()
    _consistent(store)


def test_cancel_midway_stores_whole_articles_only(qtbot, main_window, tmp_path):
    folder = _corpus(tmp_path / "news", 60)
    store = main_window.store
    before = store.counts()["articles"]

    def cancel_after_a_few(_g: int, done: int, _total: int, _text: str) -> None:
        if done >= 5:
            button = main_window.import_progress.cancel_button
            if button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    main_window.importer.progressed.connect(cancel_after_a_few)
    main_window.import_paths([folder])
    summary = _wait_for_summary(qtbot, main_window, timeout_ms=300_000)

    assert summary.cancelled
    assert 5 <= len(summary.added) < 60
    assert summary.not_done == 60 - summary.done > 0
    assert store.counts()["articles"] == before + len(summary.added)
    _consistent(store)
    assert "not imported" in main_window.import_summary.counts_text()

    # Importing again adds exactly the rest: nothing was half-stored as "already present".
    main_window.importer.progressed.disconnect(cancel_after_a_few)
    main_window.importer.synchronous = True
    main_window.import_paths([folder])
    again = main_window.import_summary.summary
    assert len(again.skipped) == len(summary.added)
    assert len(again.added) == 60 - len(summary.added)
    _consistent(store)


def test_import_articles_from_the_file_menu(qtbot, main_window, tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "two", 2)
    files = sorted(str(p) for p in folder.glob("*.txt"))
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    asked: list[str] = []

    def get_open_file_names(parent, caption, directory, filters, *a):
        asked.append(directory)
        return [*files, str(bad)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    main_window.importer.synchronous = True
    main_window.import_action.trigger()

    dialog = main_window.import_summary
    assert dialog is not None and dialog.isVisible()
    assert dialog.counts_text() == "2 added · 0 already present · 1 refused"
    rows = dialog.rows()
    assert ("empty.txt", "refused", "empty file") in [(a, b, c[:10]) for a, b, c in rows]
    assert sum(1 for _, result, _ in rows if result == "added") == 2
    assert main_window.statusBar().currentMessage().startswith("Imported 2 articles")


def test_import_a_folder_from_the_file_menu(qtbot, main_window, tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "three", 3)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    main_window.importer.synchronous = True
    main_window.import_folder_action.trigger()
    assert (
        main_window.import_summary.summary.added
        and len(main_window.import_summary.summary.added) == 3
    )


def test_dropping_a_folder_on_the_window_imports_it(qtbot, main_window, tmp_path):
    folder = _corpus(tmp_path / "dropped", 2)
    main_window.importer.synchronous = True
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(200, 200), *args)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()  # folders and files are welcome
    drop = QDropEvent(QPointF(200, 200), *args)
    QApplication.sendEvent(main_window, drop)
    assert drop.isAccepted()
    summary = _wait_for_summary(qtbot, main_window, timeout_ms=60_000)
    assert len(summary.added) == 2


def test_a_failing_import_says_so_and_keeps_what_was_stored(
    qtbot, main_window, tmp_path, monkeypatch
):
    import analyst.pipeline as pipeline

    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pipeline, "ingest_paths", broken)
    main_window.importer.synchronous = True
    main_window.import_paths([tmp_path])
    summary = main_window.import_summary.summary
    assert summary.failure and "disk on fire" in summary.failure
    assert main_window.import_action.isEnabled()


# --- databases: new, recent, held by another program ----------------------------------------


def test_new_database_then_open_recent(qtbot, main_window, tmp_path, monkeypatch, db_copy):
    new = tmp_path / "fresh.duckdb"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), ""))
    )
    main_window.new_action.trigger()

    assert main_window.store.path == new
    assert new.name in main_window.windowTitle()
    assert main_window.store.counts()["articles"] == 0
    assert main_window.store.counts()["countries"] > 100  # countries get names
    assert main_window.recent_databases()[:2] == [new, db_copy]

    main_window.recent_menu.aboutToShow.emit()
    entries = [a for a in main_window.recent_menu.actions() if a.toolTip() == str(db_copy)]
    assert entries
    entries[0].trigger()
    assert main_window.store.path == db_copy
    assert main_window.recent_databases()[:2] == [db_copy, new]


def test_the_open_database_is_never_replaced_by_new(qtbot, main_window, monkeypatch, db_copy):
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    assert not main_window.new_database(db_copy)
    assert shown and main_window.store.path == db_copy
    assert main_window.store.counts()["articles"] >= 1


_HOLD = """
import sys, time
from analyst.store import Store
store = Store.open(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def test_a_database_another_program_writes_opens_read_only_with_a_notice(
    qtbot, main_window, seeded_db, tmp_path, monkeypatch
):
    import shutil

    held = tmp_path / "held.duckdb"
    shutil.copy(seeded_db, held)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(held)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main_window.open_database(held)

        store = main_window.store
        assert store.read_only and store.path == held and store.snapshot_taken is not None
        assert "(read-only)" in main_window.windowTitle()
        notice = main_window.notice()
        assert "read-only" in notice and "another program" in notice
        assert main_window.notice_label.isVisible()
        assert not main_window.import_action.isEnabled()
        assert main_window.view("tariffs").frame().height > 0  # the data is there to read

        refused: list[str] = []
        monkeypatch.setattr(
            "PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: refused.append(a[2])
        )
        assert main_window.import_paths([tmp_path]) is None
        assert refused and "read-only" in refused[0]
    finally:
        holder.kill()
        holder.wait()


def test_the_as_of_choice_and_import_folder_are_remembered(
    qtbot, window_factory, tmp_path, monkeypatch
):
    from datetime import datetime

    folder = _corpus(tmp_path / "one", 1)
    first = window_factory()
    first.state.set_as_of(datetime(2025, 8, 10, 12, 0))
    first.importer.synchronous = True
    first.import_paths([folder])
    first.close()

    again = window_factory()
    assert again.state.as_of == datetime(2025, 8, 10, 12, 0)
    assert again.filter_bar.as_of_combo.currentText().startswith("Chosen")
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda parent, caption, directory, *a: asked.append(directory) or ""),
    )
    again.import_folder_action.trigger()
    assert asked == [str(folder)]

    again.filter_bar.as_of_combo.setCurrentIndex(0)  # back to "now"
    again.close()
    third = window_factory()
    assert third.state.as_of is None
