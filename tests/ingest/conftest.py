"""Shared paths for the ingest tests: the bundled seed and the development set."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_b90cb94dffcaf319.txt"
DEVSET = REPO.parent / "shared" / "devset"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed article is missing: {SEED}")
    return SEED


@pytest.fixture
def devset_articles() -> list[Path]:
    """The development articles, read in place (they must not be copied into the repo)."""
    files = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []
    if not files:
        pytest.skip(f"no development set at {DEVSET}")
    return files
