"""Exporting from the window: choosing a file (and a picture size), and "everything at once".

Rules of the concept:
- The window decides *what* is exported (a view's rows or chart under the shared filter);
  this module asks *where* (QFileDialog's static getters, so tests can stub them) and, for
  a PNG, *how big* (:class:`ImageSizeDialog`, with slide presets and a ×1/×2/×3 scale).
- The folder last exported to is remembered by the caller (QSettings) and offered first.
- :func:`export_everything` writes what ``analyst export`` writes: every chart as PNG and
  SVG, every table as CSV, Excel and Parquet, and ``facts.json``. Tables go first and need
  no Qt; charts are rendered from the window's own views.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from analyst.export import Kind, exporter_for, exporters
from analyst.export.charts import SCALES, SIZE_PRESETS, ChartPicture, ImageSize, PngExporter

if TYPE_CHECKING:
    from analyst.ui.main_window import MainWindow

CHART_FILES: tuple[str, ...] = ("map.png", "map.svg", "timeline.png", "timeline.svg")
SLIDE = ImageSize(canvas=(1920, 1080), scale=1.0)


@dataclass(frozen=True)
class SaveChoice:
    path: Path
    name_filter: str


def choose_save_path(
    parent: QWidget | None, title: str, folder: Path | None, default_name: str, kind: Kind
) -> SaveChoice | None:
    """Asks where to save; the extension follows the chosen format when none is typed."""
    filters = [f"{e.name} ({' '.join('*' + x for x in e.extensions)})" for e in exporters(kind)]
    start = str((folder or Path.home()) / default_name)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, ";;".join(filters))
    if not path:
        return None
    p = Path(path)
    if exporter_for(p, kind) is None:
        wanted = next((e for e in exporters(kind) if chosen.startswith(e.name)), exporters(kind)[0])
        p = p.with_name(p.name + wanted.extensions[0])
    return SaveChoice(p, chosen)


class ImageSizeDialog(QDialog):
    """Size and scale of a PNG: as on screen or a slide preset, ×1/×2/×3; shows the result."""

    def __init__(
        self, picture: ChartPicture, initial: ImageSize = SLIDE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageSizeDialog")
        self.setWindowTitle("Image size")
        self._picture = picture
        self.preset = QComboBox(self)
        for label, canvas in SIZE_PRESETS:
            self.preset.addItem(label, canvas)
        self.scale = QComboBox(self)
        for s in SCALES:
            self.scale.addItem(f"×{s}", s)
        presets = [c for _, c in SIZE_PRESETS]
        if initial.canvas in presets:
            self.preset.setCurrentIndex(presets.index(initial.canvas))
        if int(initial.scale) in SCALES:
            self.scale.setCurrentIndex(SCALES.index(int(initial.scale)))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("imagePixels")
        form = QFormLayout()
        form.addRow("Size", self.preset)
        form.addRow("Scale", self.scale)
        form.addRow("Pixels", self.result_label)
        note = QLabel(
            "The chart is drawn as it is on screen, with its legend and a caption naming the "
            "filter; a slide size enlarges the whole picture to fit.",
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._update_result)
        self.scale.currentIndexChanged.connect(self._update_result)
        self._update_result()

    def image_size(self) -> ImageSize:
        return ImageSize(canvas=self.preset.currentData(), scale=float(self.scale.currentData()))

    def _update_result(self) -> None:
        w, h = self.image_size().pixels(self._picture)
        self.result_label.setText(f"{w} × {h}")

    @staticmethod
    def get_size(
        parent: QWidget | None, picture: ChartPicture, initial: ImageSize = SLIDE
    ) -> ImageSize | None:
        """The size chosen, or ``None`` when cancelled (modal)."""
        dialog = ImageSizeDialog(picture, initial, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.image_size()
        finally:
            dialog.deleteLater()


#: Each chart's size (logical pixels) when drawn for a printed page: wide, and small enough
#: that the page shows its text at about the size of the page's own.
PRINT_SIZES: dict[str, tuple[int, int]] = {"map": (720, 420), "timeline": (720, 270)}


def print_charts(window: MainWindow) -> dict[str, QImage]:
    """The map and timeline of ``window``'s filter drawn for a page (``PRINT_SIZES``, ×2
    pixels): fresh views on the same store and state, laid out unseen, rendered, deleted.
    The window's own docks keep their size. A view that cannot be built is left out."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from analyst.export.charts import render_image
    from analyst.ui.main_window import VIEWS, _dispose, build_view

    images: dict[str, QImage] = {}
    for spec in VIEWS:
        if spec.key not in PRINT_SIZES:
            continue
        view, problem = build_view(spec, window.store, window.state)
        if problem is not None:
            view.deleteLater()
            continue
        try:
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            view.resize(*PRINT_SIZES[spec.key])
            view.show()
            for _ in range(3):  # layout passes: widgets, then pyqtgraph's own layout
                QApplication.processEvents()
            picture = ChartPicture(view.chart_widget(), "")  # type: ignore[attr-defined]
            images[spec.key] = render_image(picture, ImageSize(scale=2.0))
        finally:
            _dispose(view)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return images


def export_everything(
    window: MainWindow, out: Path, *, size: ImageSize = SLIDE, now: datetime | None = None
) -> list[tuple[Path, float]]:
    """Writes every table (CSV, Excel, Parquet), ``facts.json`` and every chart (PNG at
    ``size``, SVG) for the window's filter into the folder ``out``; returns each file with
    the seconds it took. Raises ``OSError`` when a file cannot be written."""
    from analyst.export.tables import write_tables

    out = Path(out)
    if not out.is_dir():
        raise OSError(f"{out}: no such folder")
    written = write_tables(out, window.store, window.state.filter, now or window.state.now())
    for name in CHART_FILES:
        key = name.split(".")[0]
        picture = window.chart_picture(key)
        if picture is None:
            continue
        path = out / name
        exporter = exporter_for(path, "chart")
        assert exporter is not None
        if isinstance(exporter, PngExporter):
            exporter = PngExporter(size=size)
        t0 = time.perf_counter()
        exporter.export(picture, path)
        written.append((path, time.perf_counter() - t0))
    return written
