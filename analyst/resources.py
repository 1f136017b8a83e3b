"""Where the files the application reads at run time live.

The same names resolve from a source checkout (``resources/``, ``seeds/`` at the top of the
repository), an installed wheel (``analyst/_resources``, ``analyst/_seeds``, placed there by
the build) and the desktop bundle (which lays the wheel's layout out on disk).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists")


@cache
def resources_dir() -> Path:
    """The folder of gazetteers, lexicons, world outlines and icons."""
    return _first_existing(_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources")


@cache
def seeds_dir() -> Path:
    """The folder of bundled articles that fill a new database."""
    return _first_existing(_PACKAGE_DIR / "_seeds", _PACKAGE_DIR.parent / "seeds")


def resource(name: str) -> Path:
    """The path of one resource file, e.g. ``resource("leaders.json")``."""
    return resources_dir() / name
