"""UI test fixtures: a small seeded database and the shared state, offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from analyst.pipeline import seed
from analyst.store import Store


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """A database file filled from the bundled seed article (built once per session)."""
    path = tmp_path_factory.mktemp("ui") / "seed.duckdb"
    with Store.open(path) as store:
        seed(store)
    return path


@pytest.fixture
def store(seeded_db, tmp_path):
    """A private copy of the seeded database, open for the test."""
    import shutil

    copy = tmp_path / "seed.duckdb"
    shutil.copy(seeded_db, copy)
    s = Store.open(copy)
    yield s
    s.close()


@pytest.fixture
def empty_store(tmp_path):
    s = Store.open(tmp_path / "empty.duckdb")
    yield s
    s.close()


@pytest.fixture
def state(qtbot):
    from analyst.ui.state import FilterState

    return FilterState()


# --- the dashboard window ---------------------------------------------------------------------


def top_levels() -> set[int]:
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    return {getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


def dispose_window(window) -> None:
    """Closes ``window`` and lets Qt and Python delete what it made."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()  # Python-owned widgets (a plot's context menus) go with their owners
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(tmp_path):
    """Settings in a temporary file: tests never touch the user's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def db_copy(seeded_db, tmp_path):
    import shutil

    path = tmp_path / "dashboard.duckdb"
    shutil.copy(seeded_db, path)
    return path


@pytest.fixture
def main_window(qtbot, db_copy, settings):
    """The window on a copy of the seeded database; at teardown it is closed and the test
    fails if any top-level widget it made is left behind."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    from analyst.ui.main_window import MainWindow

    before = top_levels()
    window = MainWindow(Store.open(db_copy), settings=settings)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    yield window
    dispose_window(window)
    left = [
        f"{type(w).__name__}({w.objectName()!r})"
        for w in QApplication.topLevelWidgets()
        if getCppPointer(w)[0] not in before
    ]
    assert not left, f"top-level widgets left behind: {left}"


@pytest.fixture
def window_factory(qtbot, db_copy, settings):
    """Makes windows on the same database and settings (as a restart would); each is
    disposed of at teardown."""
    from analyst.ui.main_window import MainWindow

    made = []

    def make():
        window = MainWindow(Store.open(db_copy), settings=settings)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        dispose_window(window)
