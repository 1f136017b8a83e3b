"""Shared test setup: offscreen Qt, and where the shared development data lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/scoring.py


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip: users' machines do not have it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (development data only)")
    return path
