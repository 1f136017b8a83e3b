"""The dashboard: one :class:`~analyst.ui.state.FilterState` shared by linked views.

Rules of the concept:
- ``state`` holds the filter, the selection and the "as of" moment; views read and write it
  and never call each other (see :mod:`analyst.ui.state`).
- :mod:`analyst.ui.main_window` puts the filter bar and every view (one registry,
  ``VIEWS``) into docks; :mod:`analyst.ui.app` starts it (:func:`run_gui`) or renders it to
  a PNG without a screen (:func:`render_snapshot`).
- Everything here imports PySide6; nothing below ``analyst.store`` does.

Names are imported lazily, so ``import analyst.ui`` stays cheap.

PySide6 is kept below 6.12 (see pyproject.toml): 6.12 under CPython 3.11 loses a reference
to ``None``/``True`` on every call and soon aborts with ``none_dealloc``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FilterState", "MainWindow", "Selection", "render_snapshot", "run_gui"]

_WHERE = {
    "FilterState": "analyst.ui.state",
    "Selection": "analyst.ui.state",
    "MainWindow": "analyst.ui.main_window",
    "render_snapshot": "analyst.ui.app",
    "run_gui": "analyst.ui.app",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
