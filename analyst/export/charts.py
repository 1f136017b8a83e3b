"""Chart exporters: the map and the timeline as PNG or SVG, as they are on screen.

Rules of the concept:
- What is exported is the chart widget as it is drawn now (``view.chart_widget()``: under
  the current filter, with its legend), rendered through a QPainter, never re-drawn from
  data, so the file and the screen cannot disagree.
- Every picture carries its context: a title above the chart and a caption below naming
  the filter (``Filter.describe()``), the data's date range and where it came from.
- PNG: "as on screen" is the widget's own size; a slide preset (1920×1080, …) scales the
  whole composition (chart, title, caption) to fit that canvas, centred on white; the scale
  (×1, ×2) multiplies the pixels, not the layout. Because the widget is rendered through a
  scaled painter, lines and text stay sharp at any size. SVG is always the on-screen size.
- Everything here runs on the GUI thread (it paints widgets).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QWidget

from analyst.export import Kind, register
from analyst.store import Filter, fact_counts_by_day, interactions
from analyst.store._sql import Source

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CHART_TITLES = {
    "map": "World map — diplomatic contacts",
    "timeline": "Timeline — facts per day",
}

#: (label, canvas size in pixels before scaling; ``None`` = the chart as on screen)
SIZE_PRESETS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    ("As on screen", None),
    ("Slide, 16:9 — 1920 × 1080", (1920, 1080)),
    ("Slide, 16:9 — 1280 × 720", (1280, 720)),
    ("Slide, 4:3 — 1024 × 768", (1024, 768)),
    ("Square — 1080 × 1080", (1080, 1080)),
)
SCALES: tuple[int, ...] = (1, 2, 3)

_MARGIN = 14.0
_TITLE_PX = 16.0
_CAPTION_PX = 12.0
_GAP = 8.0
_INK = QColor("#1d2430")
_MUTED = QColor("#59626f")


@dataclass(frozen=True)
class ImageSize:
    """A PNG's canvas (``None``: as on screen) and its pixel scale."""

    canvas: tuple[int, int] | None = None
    scale: float = 1.0

    def pixels(self, picture: ChartPicture) -> tuple[int, int]:
        """The image's size in pixels for ``picture``."""
        w, h = self.canvas or _natural_size(picture)
        return max(1, round(w * self.scale)), max(1, round(h * self.scale))


@dataclass(frozen=True)
class ChartPicture:
    """What a chart exporter draws: the live chart widget, a title and caption lines."""

    widget: QWidget
    title: str
    caption: tuple[str, ...] = ()
    description: str = field(default="", compare=False)  # SVG <desc>


# --- the exporters -----------------------------------------------------------------------


@dataclass(frozen=True)
class PngExporter:
    name: str = "PNG image"
    extensions: tuple[str, ...] = (".png",)
    kind: Kind = "chart"
    size: ImageSize = ImageSize(scale=2.0)

    def export(self, view: Any, path: Path) -> None:
        picture = _picture(view)
        image = render_image(picture, self.size)
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"{path}: cannot write the image")


@dataclass(frozen=True)
class SvgExporter:
    name: str = "SVG drawing"
    extensions: tuple[str, ...] = (".svg",)
    kind: Kind = "chart"

    def export(self, view: Any, path: Path) -> None:
        render_svg(_picture(view), Path(path))


register(PngExporter())
register(SvgExporter())


def _picture(view: Any) -> ChartPicture:
    if isinstance(view, ChartPicture):
        return view
    widget = view.chart_widget()
    return ChartPicture(widget, str(getattr(view, "title", "")))


# --- rendering -----------------------------------------------------------------------------


def render_image(picture: ChartPicture, size: ImageSize = ImageSize()) -> QImage:
    """The composed picture (title, chart, caption) as an RGB image of ``size``."""
    width, height = size.pixels(picture)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.scale(size.scale, size.scale)
        natural = _natural_size(picture)
        canvas = size.canvas or natural
        fit = min(canvas[0] / natural[0], canvas[1] / natural[1])
        painter.translate((canvas[0] - natural[0] * fit) / 2, (canvas[1] - natural[1] * fit) / 2)
        painter.scale(fit, fit)
        _paint(painter, picture)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def render_svg(picture: ChartPicture, path: Path) -> None:
    """The composed picture as an SVG drawing at its on-screen size."""
    if not path.parent.is_dir():
        raise OSError(f"{path}: no such folder: {path.parent}")
    w, h = _natural_size(picture)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(math.ceil(w), math.ceil(h)))
    generator.setViewBox(QRectF(0, 0, w, h))
    generator.setTitle(picture.title)
    generator.setDescription(picture.description or "\n".join(picture.caption))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"{path}: cannot write the drawing")
    try:
        painter.fillRect(QRectF(0, 0, w, h), QColor("white"))
        _paint(painter, picture)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path}: cannot write the drawing")


def _fonts() -> tuple[QFont, QFont]:
    base = QApplication.font() if QApplication.instance() else QFont()
    title = QFont(base)
    title.setPixelSize(round(_TITLE_PX))
    title.setBold(True)
    caption = QFont(base)
    caption.setPixelSize(round(_CAPTION_PX))
    return title, caption


def _text_height(font: QFont, width: float, lines: Sequence[str]) -> float:
    metrics = QFontMetricsF(font)
    total = 0.0
    for line in lines:
        rect = metrics.boundingRect(
            QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), line
        )
        total += rect.height()
    return total


def _natural_size(picture: ChartPicture) -> tuple[float, float]:
    """The composition's size at scale 1: the widget plus margins, title and caption."""
    w, h = _widget_size(picture.widget)
    title_font, caption_font = _fonts()
    inner = float(w)
    title_h = _text_height(title_font, inner, [picture.title]) if picture.title else 0.0
    caption_h = _text_height(caption_font, inner, picture.caption)
    height = _MARGIN + title_h + (_GAP if title_h else 0) + h
    height += (_GAP + caption_h if caption_h else 0) + _MARGIN
    return inner + 2 * _MARGIN, height


def _widget_size(widget: QWidget) -> tuple[int, int]:
    size = widget.size()
    return max(size.width(), 1), max(size.height(), 1)


def _paint(painter: QPainter, picture: ChartPicture) -> None:
    """Title, chart and caption at scale 1 from (0, 0)."""
    w, h = _widget_size(picture.widget)
    title_font, caption_font = _fonts()
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
    y = _MARGIN
    if picture.title:
        title_h = _text_height(title_font, w, [picture.title])
        painter.setFont(title_font)
        painter.setPen(_INK)
        painter.drawText(QRectF(_MARGIN, y, w, title_h), flags, picture.title)
        y += title_h + _GAP
    painter.save()
    painter.translate(_MARGIN, y)
    painter.setClipRect(QRect(0, 0, w, h))
    # QWidget.render, not the widget's own: a pyqtgraph PlotWidget overrides render().
    QWidget.render(
        picture.widget,
        painter,
        QPoint(0, 0),
        renderFlags=QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground,
    )
    painter.restore()
    painter.setPen(QColor("#c9d1db"))
    painter.drawRect(QRectF(_MARGIN, y, w, h))
    y += h + _GAP
    painter.setFont(caption_font)
    for i, line in enumerate(picture.caption):
        line_h = _text_height(caption_font, w, [line])
        painter.setPen(_INK if i == 0 else _MUTED)
        painter.drawText(QRectF(_MARGIN, y, w, line_h), flags, line)
        y += line_h


# --- captions ------------------------------------------------------------------------------


def format_day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def date_range_text(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "no dated facts"
    if first == last:
        return format_day(first)
    return f"{format_day(first)} – {format_day(last)}"


def chart_caption(
    chart: str,
    source: Source,
    f: Filter,
    *,
    as_of: datetime | None = None,
    database: str | None = None,
    now: datetime | None = None,
) -> tuple[str, ...]:
    """The caption lines under an exported ``chart`` ("map" or "timeline"): the filter, the
    data's date range, and where and when it was made."""
    if chart == "map":
        df = interactions(source, f).drop_nulls("date_start")
        n = df.height
        data = (
            f"Contacts dated {date_range_text(df['date_start'].min(), df['date_end'].max())}"  # type: ignore[arg-type]
            f" · {n} interaction{'s' if n != 1 else ''} with a date"
        )
    else:
        days = fact_counts_by_day(source, f)
        first = days["day"].min() if days.height else None
        last = days["day"].max() if days.height else None
        total = int(days["n"].sum()) if days.height else 0
        data = f"Facts dated {date_range_text(first, last)} · {total} dated fact{'s' if total != 1 else ''}"  # type: ignore[arg-type]
        if as_of is not None:
            data += f" · as of {as_of:%Y-%m-%d %H:%M}"
    made = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    where = f"analyst · {database} · exported {made}" if database else f"analyst · exported {made}"
    return (f"Filter: {f.describe()}", data, where)
