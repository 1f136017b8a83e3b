"""Exporters: the dashboard's tables and charts written to files, one small registry.

Rules of the concept (pyqtgraph, Orange3):
- An exporter has a ``name`` ("Excel workbook"), the file ``extensions`` it writes (the
  first is its default), a ``kind`` ("table" or "chart") and ``export(view, path)``.
- A table exporter writes a :class:`~analyst.export.tables.Table`: the rows a view shows,
  exactly, in its order (``view.frame()``), or the same store query under the same filter.
  Table exporters import no Qt, so ``analyst export`` writes tables without a QApplication.
- A chart exporter (:mod:`analyst.export.charts`, which imports Qt) writes a
  :class:`~analyst.export.charts.ChartPicture`: the chart widget as it is on screen, with its
  legend, under a caption naming the filter and the data's date range.
- :func:`exporters` lists them in menu order; :func:`exporter_for` finds one by a file's
  extension. The caller remembers the last folder (QSettings in the window).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Protocol

Kind = Literal["table", "chart"]


class Exporter(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def extensions(self) -> tuple[str, ...]: ...

    @property
    def kind(self) -> Kind: ...

    def export(self, view: Any, path: Path) -> None:
        """Writes ``view`` to ``path`` (replacing it); raises ``OSError`` when it cannot."""
        ...


_REGISTRY: list[Exporter] = []


def register(exporter: Exporter) -> Exporter:
    """Adds ``exporter`` to the registry (replacing one with the same name)."""
    _REGISTRY[:] = [e for e in _REGISTRY if e.name != exporter.name]
    _REGISTRY.append(exporter)
    return exporter


def exporters(kind: Kind) -> list[Exporter]:
    """Every exporter of ``kind``, in the order they were registered (menu order)."""
    if kind == "chart":
        import analyst.export.charts  # noqa: F401 (registers the chart exporters; needs Qt)
    return [e for e in _REGISTRY if e.kind == kind]


def exporter_for(path: str | Path, kind: Kind) -> Exporter | None:
    """The exporter of ``kind`` that writes ``path``'s extension, or ``None``."""
    suffix = Path(path).suffix.lower()
    return next((e for e in exporters(kind) if suffix in e.extensions), None)


def file_filter(kind: Kind) -> str:
    """A QFileDialog name filter: ``"CSV (*.csv);;Excel workbook (*.xlsx);;…"``."""
    return ";;".join(
        f"{e.name} ({' '.join('*' + x for x in e.extensions)})" for e in exporters(kind)
    )


from analyst.export import tables as _tables  # noqa: E402 (registers the table exporters)

__all__ = ["Exporter", "Kind", "exporter_for", "exporters", "file_filter", "register"]
del _tables
