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
