"""The dashboard: one :class:`~analyst.ui.state.FilterState` shared by linked views.

Rules of the concept:
- ``state`` holds the filter, the selection and the "as of" moment; views read and write it
  and never call each other (see :mod:`analyst.ui.state`).
- :mod:`analyst.ui.main_window` puts the filter bar and every view (one registry,
  ``VIEWS``) into docks; :mod:`analyst.ui.app` starts it (:func:`run_gui`) or renders it to
  a PNG without a screen (:func:`render_snapshot`).
- Everything here imports PySide6; nothing below ``analyst.store`` does.

Names are imported lazily, so ``import analyst.ui`` stays cheap.

Importing this package also works around a reference-count bug of PySide6 6.12 on CPython
3.11 (see :func:`_keep_none_alive`); every module of the dashboard lives below it, so the
guard is in place before the first Qt call.
"""

from __future__ import annotations

import sys
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


def _keep_none_alive() -> None:
    """Stops PySide6 from deallocating ``None``/``True`` (a fatal error) on CPython < 3.12.

    PySide6 6.12 drops one reference too many to the object a call returns when that object
    is ``None`` or a bool: every ``widget.resize()``, ``widget.update()``,
    ``app.processEvents()`` (which return nothing) lowers ``sys.getrefcount(None)`` by one,
    and every ``signal.emit()`` (which returns ``True``) lowers ``sys.getrefcount(True)``
    by one (measured; other return values are fine). They start with a few thousand
    references, so a map redraw, or a few seconds of pyqtgraph emitting signals, ends in
    ``Fatal Python error: none_dealloc`` (or ``bool_dealloc``). From Python 3.12 these
    objects are immortal and the bug is harmless; here we give them a reference count that
    cannot reach zero, which is what 3.12 does. Remove once PySide6 is fixed or 3.11 is
    no longer supported.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if abs(count.value - sys.getrefcount(singleton)) > 16:
            return  # not the object layout we expect (a debug build): leave it alone
        if count.value < 1 << 40:
            count.value += 1 << 42


_keep_none_alive()
