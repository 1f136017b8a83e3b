"""The world map: countries shaded by number of contacts, arcs between capitals.

Rules of the concept:
- The world is drawn once: one path item per country outline (Equal Earth, from
  ``resources/world.npz``), a sea and a graticule. A filter change only re-colours those
  items and rebuilds the few arc items; it never re-creates the countries.
- Arcs come from :func:`~analyst.store.contact_pairs` (already aggregated in DuckDB; asked
  with the shading's counts, :func:`~analyst.store.contact_counts_and_pairs`), one
  arc per row, computed as whole arrays and drawn by one :class:`ArcLayer` item holding a
  group per kind × status class × width class. No graphics item ever stands for a single
  fact, and at most ``MAX_ARCS`` (the strongest) are drawn.
- A selection change only restyles (outlines of the selected countries, a casing under
  their arcs); it never re-queries.
- Countries too small to see, or missing from the outline data, get a marker at their
  capital when they have contacts, so every contact has something to hover and click.
- Clicking a country selects it, clicking an arc selects its two countries, clicking the
  sea clears the selection. All of it goes through :class:`FilterState`.
- A right click offers "Export image…": the view only emits ``export_requested()``; the
  window exports :meth:`MapView.chart_widget` (the map with its legends) as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import polars as pl
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QLineF, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyleOptionGraphicsItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from analyst.geo import (
    X_MAX,
    Y_MAX,
    World,
    graticule,
    great_circle_arcs,
    load_world,
    sphere_outline,
)
from analyst.store import Filter, Store, contact_counts, contact_counts_and_pairs
from analyst.ui.answers import ask, expect, when_answered
from analyst.ui.state import FilterState, Selection

KINDS = ("call", "meeting", "talks", "visit")
#: Arc colours by kind: warm and distinct from the blue shading underneath.
KIND_COLOURS = {
    "call": "#e41a1c",
    "meeting": "#ff7f00",
    "talks": "#2ca02c",
    "visit": "#984ea3",
}
OTHER_KIND_COLOUR = "#555555"
STATUS_CLASSES = ("occurred", "future", "cancelled")
STATUS_LABELS = {"occurred": "occurred", "future": "planned / expected", "cancelled": "cancelled"}
#: Arc width (pixels) by count class: 1, 2–3, 4–7, 8 and more — or, when the arcs drawn
#: count more than that, by quarter of their own range of counts (see :func:`width_class`).
WIDTHS = (1.6, 2.6, 3.6, 4.8)

SEA = "#eaf1f8"
SEA_EDGE = "#b9c9d9"
GRATICULE = "#d6e2ee"
LAND = "#dedede"
BORDER = "#ffffff"
SELECTED_BORDER = "#111111"
HALO = "#fbfcfd"  # under each arc, when there are few enough
HOVER_BORDER = "#6a6a6a"
#: Light → dark blue for the number of contacts.
SHADES = pg.ColorMap(pos=[0.0, 0.5, 1.0], color=["#d4e4f4", "#6baed6", "#08458f"])

#: Below this projected area (unit sphere; about 25,000 km²) a country also gets a marker.
SMALL_AREA = 0.0006
SAMPLES = 32  # points along each arc
#: At most this many arcs are drawn (the strongest first; the summary above the map says of
#: how many, and a country's tooltip still lists every partner). A thousand arcs over a few
#: dozen capitals are a hairball nobody can read and take 100 ms to stroke; 250 keep the
#: shape of the network readable and paint in about 20 ms. Shading counts every contact.
MAX_ARCS = 250
#: At most this many arcs' shapes are kept between filter changes (about 10 MB).
ARC_CACHE_SIZE = 20_000
#: Above this many arcs the white halo under each arc is left out (it doubles paint time,
#: and among many arcs it only blurs them).
MAX_HALO_ARCS = 120

NO_FACTS = "No facts yet — File › Import articles or `analyst ingest FOLDER`"
NO_MATCH = "No contacts match this filter — clear the leader or date filter"


@dataclass(frozen=True)
class _Arcs:
    """The arcs drawn for one refresh, as arrays; arc i stands for contact_pairs row
    ``rows[i]``."""

    rows: np.ndarray  # (N,) row in the pairs frame
    a: np.ndarray  # (N,) ISO3 codes
    b: np.ndarray
    x: np.ndarray  # (N, SAMPLES) projected
    y: np.ndarray
    bbox: np.ndarray  # (N, 4) x0, y0, x1, y1

    @classmethod
    def empty(cls) -> _Arcs:
        e = np.empty(0)
        z = np.empty((0, SAMPLES))
        return cls(e.astype(np.int64), e.astype(str), e.astype(str), z, z, np.empty((0, 4)))


def shade(counts: np.ndarray, max_count: int) -> np.ndarray:
    """RGBA bytes (N, 4) for contact counts: log scale from 1 to ``max_count``."""
    counts = np.asarray(counts, dtype=np.float64)
    if max_count > 1:
        t = np.log(np.maximum(counts, 1.0)) / math.log(max_count)
    else:
        t = np.ones_like(counts)
    return SHADES.map(0.15 + 0.85 * np.clip(t, 0.0, 1.0), mode="byte")


def legend_values(max_count: int) -> list[int]:
    """A few contact counts to show as swatches, always 1 and the maximum."""
    if max_count <= 4:
        return list(range(1, max_count + 1))
    values = {1, max_count, round(max_count ** (1 / 3)), round(max_count ** (2 / 3))}
    return sorted(v for v in values if v >= 1)


def width_class(n: np.ndarray) -> np.ndarray:
    """Index into :data:`WIDTHS` for arcs counting ``n`` contacts each: by count (1, 2–3,
    4–7, 8 and more), but never thicker than the arc's quarter of the log range of the
    counts drawn, so that among thousands of contacts the strongest arcs still stand out
    from the weaker ones instead of all being drawn at the widest."""
    n = np.maximum(np.asarray(n, dtype=np.float64), 1.0)
    top = len(WIDTHS) - 1
    by_count = np.clip(np.floor(np.log2(n)), 0, top).astype(np.int64)
    if len(n) == 0:
        return by_count
    low, high = np.log(n.min()), np.log(n.max())
    if high - low < 1e-9:
        return by_count
    quarter = np.floor(len(WIDTHS) * (np.log(n) - low) / (high - low))
    return np.minimum(by_count, np.clip(quarter, 0, top).astype(np.int64))


def _pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = pg.mkPen(colour, width=width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style == Qt.PenStyle.DashLine:
        pen.setDashPattern([3.0, 2.2])
    elif style == Qt.PenStyle.DotLine:
        pen.setDashPattern([0.8, 1.8])
    return pen


def _arc_pen(
    colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    """A pen for arcs: bevelled joins and square ends. An arc bends a degree or two between
    samples and ends under a capital's dot, so it looks as with round ones, and Qt strokes
    it much faster (round joins on every sample of a wide pen are costly)."""
    pen = _pen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    return pen


def _path_item(
    path: QPainterPath, pen: QPen, brush: QBrush | QColor | None, z: float
) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen)
    item.setBrush(QBrush(brush) if brush is not None else QBrush(Qt.BrushStyle.NoBrush))
    item.setZValue(z)
    # Mouse handling is done once for the whole scene (see MapView._target_at).
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    return item


class ArcLayer(QGraphicsItem):
    """Many arcs in one graphics item: groups of rows of the same ``(N, SAMPLES)`` arrays,
    each group with one pen (and an optional halo drawn under all groups).

    Why not one QPainterPath per group: stroking one path of many wide, antialiased
    subpaths makes Qt rasterise a single huge self-overlapping outline, measured 3–8× slower
    than drawing each arc on its own.

    Why each arc's segments as lines (:func:`_draw_segments`) rather than one polyline:
    Qt's raster engine rasterises the lines of a solid, wide pen with square or flat caps
    directly, while a polyline goes through the general stroker (an outline with a join
    at every sample, then filled): the 250 arcs stroke in about 7 ms instead of 20, and
    look the same (each segment's square cap covers its bevel join; the arcs bend a degree
    or two between samples). Only for opaque solid pens: a translucent pen would blend
    twice where two segments overlap, and a dashed one is left to the stroker, so those
    (cancelled arcs, dashed planned ones, the selection's casing) stay polylines. Painting
    skips arcs outside the exposed rectangle either way.

    Why not every sample's segment: at the map's usual scale an arc's samples are a few
    pixels apart, and each segment costs Qt about as much to set up as to fill. Each arc is
    drawn through every second, fourth or eighth sample instead when the line drawn then
    strays at most :data:`ARC_TOLERANCE_PX` from the one through all of them (measured on
    the device, so zooming in brings the samples back): half the segments or fewer, the same
    picture to the eye.
    """

    def __init__(
        self,
        x: np.ndarray,
        y: np.ndarray,
        groups: list[tuple[np.ndarray, QPen, QPen | None]],
        z: float,
    ) -> None:
        super().__init__()
        self._n = x.shape[1] if x.ndim == 2 else 0
        self._poly = pg.functions.arrayToQPolygonF(x.ravel(), y.ravel())
        self._x, self._y = x, y
        # each arc's segments for the device scale they were made for (see _lines)
        self._lines_key: tuple[float, ...] | None = None
        self._lines: list[tuple[np.ndarray, np.ndarray]] = []
        self._bbox = (
            np.column_stack([x.min(1), y.min(1), x.max(1), y.max(1)])
            if len(x)
            else np.empty((0, 4))
        )
        self._groups = [(np.asarray(rows, np.int64), pen, halo) for rows, pen, halo in groups]
        used = np.concatenate([g[0] for g in self._groups]) if self._groups else np.empty(0, int)
        if len(used):
            b = self._bbox[used]
            pad = 0.05  # room for cosmetic pen widths beyond the points
            self._rect = QRectF(
                b[:, 0].min() - pad,
                b[:, 1].min() - pad,
                b[:, 2].max() - b[:, 0].min() + 2 * pad,
                b[:, 3].max() - b[:, 1].min() + 2 * pad,
            )
        else:
            self._rect = QRectF()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None
    ) -> None:
        exposed = option.exposedRect
        if exposed.isEmpty():
            exposed = self._rect
        bb = self._bbox
        visible = (
            (bb[:, 2] >= exposed.left())
            & (bb[:, 0] <= exposed.right())
            & (bb[:, 3] >= exposed.top())
            & (bb[:, 1] <= exposed.bottom())
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        n, poly = self._n, self._poly
        t = painter.worldTransform()
        lines = self._lines_for((t.m11(), t.m12(), t.m21(), t.m22()))
        for halo_pass in (True, False):
            for rows, pen, halo in self._groups:
                if halo_pass and halo is None:
                    continue
                drawn = halo if halo_pass else pen
                assert drawn is not None
                painter.setPen(drawn)
                shown = rows[visible[rows]]
                if _strokes_as_lines(drawn):
                    for takes, segments in lines:
                        on = shown[takes[shown]]
                        if len(on):
                            _draw_segments(painter, segments[on])
                else:
                    for r in shown:
                        painter.drawPolyline(poly.mid(int(r) * n, n))

    def _lines_for(self, linear: tuple[float, ...]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each arc's segments for a device transform whose linear part is ``linear``
        (m11, m12, m21, m22): ``(arcs, segments)`` per sampling step, ``arcs`` a mask of the
        arcs drawn with that step and ``segments`` ``(N, n, 4)`` (x1, y1, x2, y2: QLineF's
        layout) for every arc. Kept until the scale changes."""
        if linear != self._lines_key:
            self._lines_key = linear
            self._lines = arc_segments(self._x, self._y, linear)
        return self._lines


#: How far (device pixels) an arc drawn through fewer samples may stray from the line
#: through all of them (see :class:`ArcLayer`).
ARC_TOLERANCE_PX = 0.5
#: The sampling steps tried, the coarsest last.
ARC_STEPS = (1, 2, 4, 8)


def arc_segments(
    x: np.ndarray, y: np.ndarray, linear: tuple[float, ...]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """The segments arcs ``(N, S)`` are drawn with on a device whose transform has the
    linear part ``linear`` (m11, m12, m21, m22): for each step of :data:`ARC_STEPS` that
    some arc takes, a mask of those arcs and their segments through every ``step``-th
    sample and the last, ``(N, n, 4)`` (rows of the other arcs unused). An arc takes the
    coarsest step whose line strays at most :data:`ARC_TOLERANCE_PX` from the line through
    all its samples.

    How far a step strays is told from every second sample's distance to the chord of its
    neighbours, ``d``: an arc bends smoothly, so skipping ``k - 1`` samples strays about
    ``d * (k / 2) ** 2``."""
    n_arcs, n = x.shape if x.ndim == 2 else (0, 0)
    if n < 3:
        return [(np.ones(n_arcs, bool), _segments_through(x, y, np.arange(n)))]
    m11, m12, m21, m22 = linear
    dx, dy = m11 * x + m21 * y, m12 * x + m22 * y  # device coordinates, but for the shift
    last = (n - 1) // 2 * 2  # the last odd sample's chord ends at or before the last sample
    ax, ay = dx[:, 0:last:2], dy[:, 0:last:2]
    cx, cy = dx[:, 2 : last + 1 : 2] - ax, dy[:, 2 : last + 1 : 2] - ay
    mx, my = dx[:, 1:last:2] - ax, dy[:, 1:last:2] - ay
    length = np.maximum(np.hypot(cx, cy), 1e-9)
    d = (np.abs(cx * my - cy * mx) / length).max(axis=1)
    step = np.ones(n_arcs, np.int64)
    for k in ARC_STEPS[1:]:
        step[d * (k / 2) ** 2 <= ARC_TOLERANCE_PX] = k
    out = []
    for k in ARC_STEPS:
        takes = step == k
        if takes.any():
            idx = np.unique(np.r_[np.arange(0, n, k), n - 1])
            out.append((takes, _segments_through(x, y, idx)))
    return out


def _segments_through(x: np.ndarray, y: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """``(N, len(idx) - 1, 4)``: each arc's segments through its samples ``idx``."""
    xs, ys = x[:, idx], y[:, idx]
    return np.stack([xs[:, :-1], ys[:, :-1], xs[:, 1:], ys[:, 1:]], axis=-1)


def _strokes_as_lines(pen: QPen) -> bool:
    """Whether arcs drawn with ``pen`` look the same drawn segment by segment: an opaque,
    solid pen with square or flat caps (see :class:`ArcLayer`)."""
    return (
        pen.style() == Qt.PenStyle.SolidLine
        and not pen.dashPattern()
        and pen.color().alpha() == 255
        and pen.capStyle() in (Qt.PenCapStyle.SquareCap, Qt.PenCapStyle.FlatCap)
    )


def _draw_segments(painter: QPainter, segments: np.ndarray) -> None:
    """Draws ``segments`` (…, 4: x1, y1, x2, y2) in one ``drawLines`` call, handing Qt the
    array's memory as QLineFs (four doubles each) instead of making an object per line."""
    lines = np.ascontiguousarray(segments, dtype=np.float64).reshape(-1, 4)
    if len(lines):
        painter.drawLines(shiboken6.wrapInstance(lines.ctypes.data, QLineF), len(lines))


class _Spots(pg.GraphicsObject):
    """Round spots of a size in pixels (whatever the zoom) at points of the map, each with
    its own brush: what a pyqtgraph scatter in pixel mode draws for the symbol ``"o"``,
    without making a spot record, a style key and an atlas entry for each point whenever
    the points change (the map's markers change on every filter change)."""

    def __init__(self, size: float, pen: QPen, brush: QBrush, z: float) -> None:
        super().__init__()
        self._size = size
        self._pen = pen
        self._brush = brush
        self._pos = np.empty((0, 2))
        self._brushes: list[QBrush] = []
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_spots(self, pos: np.ndarray, brushes: list[QBrush] | None = None) -> None:
        """Spots at ``pos`` (N, 2), each with its brush (default: the one given at first)."""
        self.prepareGeometryChange()
        self._pos = np.asarray(pos, dtype=np.float64).reshape(-1, 2)
        self._brushes = brushes if brushes is not None else [self._brush] * len(self._pos)
        self.update()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the spots' size in view units changed
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if not len(self._pos):
            return QRectF()
        px = self.pixelLength(pg.Point(1, 0)) or 0.0
        pad = (self._size / 2 + self._pen.widthF() + 1) * abs(px)
        (x0, y0), (x1, y1) = self._pos.min(axis=0), self._pos.max(axis=0)
        return QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None
    ) -> None:
        if not len(self._pos):
            return
        t = painter.transform()
        x, y = self._pos[:, 0], self._pos[:, 1]
        dx = (t.m11() * x + t.m21() * y + t.dx()).tolist()
        dy = (t.m12() * x + t.m22() * y + t.dy()).tolist()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        r = self._size / 2
        brush = None
        for px, py, b in zip(dx, dy, self._brushes, strict=True):
            if b is not brush:
                painter.setBrush(b)
                brush = b
            painter.drawEllipse(QPointF(px, py), r, r)
        painter.restore()


class _LegendSample(pg.ItemSample):
    """A legend sample that is only a picture: clicking it does not hide anything."""

    def mouseClickEvent(self, event: object) -> None:
        event.ignore()  # type: ignore[attr-defined]


def _date_text(first: object, last: object) -> str:
    if first is None and last is None:
        return "undated"
    if first == last or last is None:
        return str(first)
    if first is None:
        return str(last)
    return f"{first} – {last}"


class MapView(QWidget):
    """The world map panel. Reads ``state.filter`` (re-queries on ``filter_changed``) and
    ``state.selection`` (restyles on ``selection_changed``); writes the selection on click.
    Everything runs on the GUI thread."""

    title = "World map"
    export_requested = Signal()

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._state = state
        self._world: World = load_world()
        self._index = {code: i for i, code in enumerate(self._world.iso3)}

        # What is drawn, as plain values (tests and tooltips read these).
        self.country_counts: dict[str, int] = {}
        self.arc_counts: dict[str, int] = {}  # kind → arcs drawn
        self.marker_countries: tuple[str, ...] = ()
        # what the scatters were last set to (see _apply_markers)
        self._dot_countries: tuple[str, ...] | None = None
        self._marker_key: object = None
        self._selected_marker_pos: list[tuple[float, float]] | None = None
        self.empty_message = ""
        self._pairs = pl.DataFrame()
        self._arcs = _Arcs.empty()
        self._arc_layer: ArcLayer | None = None
        self._casing: ArcLayer | None = None
        self.total_arcs = 0  # arcs the data has (drawn or not: see MAX_ARCS)
        self._selected: tuple[str, ...] = ()
        self._hovered: str | None = None
        self._hover_text = ""
        self._legend_key: object = None
        self._scale_values: list[int] | None = None
        self._max_count = 0
        self._colours: dict[str, np.ndarray] = {}
        self._arc_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # see _arc_geometry
        self._home = True  # showing the whole world; stays so on resize until the user pans

        self._build_ui()
        self._draw_world()
        self._reset_view()

        expect(state, store, contact_counts_and_pairs)
        state.filter_changed.connect(self._on_filter_changed)
        state.selection_changed.connect(self._on_selection_changed)
        self.refresh()
        self._on_selection_changed(state.selection)

    # -- construction ---------------------------------------------------------

    def _build_ui(self) -> None:
        self._plot = pg.PlotWidget(background="w")
        self._plot.setAntialiasing(True)
        self._plot.setMinimumSize(320, 200)
        item = self._plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        self._vb = item.getViewBox()
        self._vb.setAspectLocked(True, ratio=1.0)
        self._vb.disableAutoRange()
        self._vb.sigRangeChangedManually.connect(self._on_range_changed_manually)
        # Until the user zooms or pans, keep the whole world in view whatever the size.
        self._vb.sigResized.connect(self._reset_view_if_home)
        self._vb.setLimits(
            xMin=-X_MAX * 1.6, xMax=X_MAX * 1.6, yMin=-Y_MAX * 2.5, yMax=Y_MAX * 2.5,
            minXRange=0.02, maxXRange=X_MAX * 3.2,
        )  # fmt: skip

        # arcs: kinds and statuses; one legend per set of entries, made once and then
        # shown or hidden (making pyqtgraph legend entries is the slowest part of a redraw)
        self._legends: dict[object, pg.LegendItem] = {}
        self._legend = self._arc_legend(None)
        self._scale = pg.LegendItem(  # shading: swatches in one row
            offset=(-8, -8),
            brush=pg.mkBrush(255, 255, 255, 225),
            pen=pg.mkPen("#c8c8c8"),
            labelTextColor="#222222",
            labelTextSize="8pt",
            sampleType=_LegendSample,
            horSpacing=2,
        )
        self._scale.setParentItem(self._vb)
        self._scale.setZValue(50)

        self._message = QLabel()
        self._message.setObjectName("mapEmptyMessage")
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMinimumWidth(300)
        self._message.setMaximumWidth(520)
        self._message.setStyleSheet(
            "QLabel#mapEmptyMessage { background: rgba(255,255,255,235); color: #222;"
            " border: 1px solid #b8b8b8; border-radius: 6px; padding: 12px 16px; font-size: 13px; }"
        )
        self._message.hide()

        self._chart = QWidget()
        grid = QGridLayout(self._chart)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._plot, 0, 0)
        grid.addWidget(self._message, 0, 0, Qt.AlignmentFlag.AlignCenter)

        self._summary = QLabel()
        self._summary.setObjectName("mapSummary")
        reset = QToolButton()
        reset.setText("Reset view")
        reset.setToolTip("Show the whole world again")
        reset.clicked.connect(self._reset_view)
        self._reset_button = reset

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self._summary, 1)
        bar.addWidget(reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self._chart, 1)

        self.export_action = QAction("Export image (PNG, SVG)…", self)
        self.export_action.triggered.connect(self.export_requested.emit)
        self.addAction(self.export_action)

        scene = self._plot.scene()
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self._hover_proxy = pg.SignalProxy(
            scene.sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved
        )
        self._plot.viewport().installEventFilter(self)

    def _draw_world(self) -> None:
        """Sea, graticule and one path item per country outline: drawn once."""
        sx, sy = sphere_outline()
        self._vb.addItem(_path_item(pg.arrayToQPath(sx, sy), _pen(SEA_EDGE, 1.0), QColor(SEA), -20))
        gx, gy, gc = graticule()
        self._vb.addItem(_path_item(pg.arrayToQPath(gx, gy, gc), _pen(GRATICULE, 0.7), None, -19))

        self._country_items: dict[str, QGraphicsPathItem] = {}
        border = _pen(BORDER, 0.6)
        for code in self._world.iso3:
            x, y, connect = self._world.outline_arrays(code)
            if not len(x):
                continue
            path = pg.arrayToQPath(x, y, connect)
            path.setFillRule(Qt.FillRule.OddEvenFill)
            item = _path_item(path, border, QColor(LAND), 0)
            self._vb.addItem(item)
            self._country_items[code] = item

        # Countries without an outline (too small for the data, or missing from it): a faint
        # ring at the capital, so they can still be found, hovered and clicked.
        codes = [c for c in self._world.iso3 if len(c) == 3 and not self._world.has_outline(c)]
        codes = [c for c in codes if self._world.capital(c) is not None]
        self._point_codes = tuple(codes)
        self._point_xy = np.array([self._world.capital(c) for c in codes]).reshape(-1, 2)
        self._points = pg.ScatterPlotItem(
            pos=self._point_xy, size=5, pen=pg.mkPen("#a8a8a8", width=1.0), brush=pg.mkBrush(LAND)
        )
        self._points.setZValue(3)

        no_pen = QPen(Qt.PenStyle.NoPen)
        self._dots = _Spots(4, no_pen, pg.mkBrush("#333333"), 12)
        self._markers = _Spots(10, pg.mkPen("#333333", width=1.2), pg.mkBrush(LAND), 13)
        self._selected_markers = pg.ScatterPlotItem(
            size=16, pen=pg.mkPen(SELECTED_BORDER, width=2.2), brush=None, pxMode=True
        )
        self._selected_markers.setZValue(14)
        for scatter in (self._points, self._selected_markers):
            scatter.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for item in (self._points, self._dots, self._markers, self._selected_markers):
            self._vb.addItem(item)

    # -- public ---------------------------------------------------------------

    def chart_widget(self) -> QWidget:
        """The map with its legend and any empty-state message, for exporting as an image."""
        return self._chart

    def plot_widget(self) -> pg.PlotWidget:
        return self._plot

    def view_box(self) -> pg.ViewBox:
        return self._vb

    @property
    def world(self) -> World:
        return self._world

    def fill_of(self, iso3: str) -> QColor | None:
        """The fill a country's outline is drawn with (None if it has no outline)."""
        item = self._country_items.get(iso3)
        return item.brush().color() if item is not None else None

    def is_highlighted(self, iso3: str) -> bool:
        """Whether the country is drawn as selected."""
        return iso3 in self._selected and (
            iso3 not in self._country_items
            or self._country_items[iso3].pen().color() == QColor(SELECTED_BORDER)
        )

    def scene_pos_of(self, x: float, y: float) -> QPointF:
        """The scene position of a projected map point."""
        return self._vb.mapViewToScene(QPointF(x, y))

    def refresh(self) -> None:
        """Re-query the store for the current filter and redraw shading, arcs and markers."""
        f, state, store = self._state.filter, self._state, self._store
        self.draw(*ask(state, store, contact_counts_and_pairs, f))

    def draw(self, counts: pl.DataFrame, pairs: pl.DataFrame) -> None:
        """Redraw from the two aggregates (shaped like :func:`contact_counts` and
        :func:`contact_pairs`): whole-array work only, no loop over facts."""
        self._pairs = pairs
        self._apply_counts(counts)
        self._apply_pairs(pairs)
        self._apply_markers()
        self._update_legend()
        self._update_message(self._state.filter, counts)
        self._update_selection_style()
        # What pyqtgraph and Qt leave for the next paint (the legends' layout, the view's
        # geometry) done now, so that the map is painted once, not twice.
        for legend in (self._legend, self._scale):
            legend.layout.activate()
        self._plot.scene().prepareForPaint()

    # -- drawing from data ----------------------------------------------------

    def _apply_counts(self, counts: pl.DataFrame) -> None:
        codes = counts["iso3"].to_list() if counts.height else []
        ns = counts["n"].to_numpy() if counts.height else np.empty(0)
        new = dict(zip(codes, (int(n) for n in ns), strict=True))
        self._max_count = int(ns.max()) if len(ns) else 0
        colours = shade(ns, self._max_count) if len(ns) else np.empty((0, 4), np.uint8)
        land = QColor(LAND)
        for code in self.country_counts.keys() - new.keys():
            item = self._country_items.get(code)
            if item is not None:
                item.setBrush(land)
        for code, rgba in zip(codes, colours, strict=True):
            item = self._country_items.get(code)
            if item is not None:
                item.setBrush(QColor(*(int(v) for v in rgba)))
        self.country_counts = new
        self._colours = dict(zip(codes, colours, strict=True))

    def _apply_pairs(self, pairs: pl.DataFrame) -> None:
        if self._arc_layer is not None:
            self._vb.removeItem(self._arc_layer)
            self._arc_layer = None
        self.arc_counts = {}
        self.total_arcs = 0
        if pairs.height == 0:
            self._arcs = _Arcs.empty()
            return

        # Whole columns at once: a busy filter has thousands of rows, of which at most
        # MAX_ARCS are drawn. The ends are looked up in a dict, not with a polars
        # expression: each of those costs a millisecond or more of thread hand-offs on a
        # busy machine, more than the lookups of a few thousand codes.
        world = self._world
        a_all, b_all = pairs.get_column("a").to_list(), pairs.get_column("b").to_list()
        ia, ib = self._indices(a_all), self._indices(b_all)
        lonlat = np.vstack([world.capitals_lonlat, [[np.nan, np.nan]]])  # index -1 → NaN
        pa, pb = lonlat[ia], lonlat[ib]
        known = np.isfinite(pa).all(axis=1) & np.isfinite(pb).all(axis=1)
        drawable = known & (np.abs(pa - pb).sum(axis=1) > 1e-6)
        self.total_arcs = int(drawable.sum())
        # The strongest arcs first (contact_pairs comes sorted by n, most first).
        n_all = pairs["n"].to_numpy()
        order = np.argsort(-n_all, kind="stable")
        strongest = np.zeros(len(order), bool)
        strongest[order[np.cumsum(drawable[order]) <= MAX_ARCS]] = True
        drawn = drawable & strongest

        rows = np.flatnonzero(drawn)
        shown = rows.tolist()
        a_codes, b_codes = [a_all[r] for r in shown], [b_all[r] for r in shown]
        # Several arcs between the same two capitals (different kinds or statuses) bend
        # alternately left and right, further each time, so none hides another.
        seen: dict[tuple[str, str], int] = {}
        rank = np.empty(len(rows), np.float64)
        for i, ab in enumerate(zip(a_codes, b_codes, strict=True)):
            rank[i] = seen[ab] = seen.get(ab, -1) + 1
        x, y = self._arc_geometry(ia[rows], ib[rows], pa[rows], pb[rows], rank)
        bbox = np.column_stack([x.min(1), y.min(1), x.max(1), y.max(1)])
        self._arcs = _Arcs(
            rows, np.array(a_codes, dtype=str), np.array(b_codes, dtype=str), x, y, bbox
        )

        kind_all, status_all = pairs["kind"].to_list(), pairs["status_class"].to_list()
        kinds, statuses = [kind_all[r] for r in shown], [status_all[r] for r in shown]
        widths = width_class(n_all[rows])
        parts: dict[tuple[str, str, int], list[int]] = {}
        for arc, (kind, status, width) in enumerate(
            zip(kinds, statuses, widths.tolist(), strict=True)
        ):
            parts.setdefault((str(kind), str(status), width), []).append(arc)
        with_halo = len(rows) <= MAX_HALO_ARCS
        groups: list[tuple[np.ndarray, QPen, QPen | None]] = []
        # Cancelled under future under occurred; thin under thick.
        rank_status = {"cancelled": 0, "future": 1, "occurred": 2}
        for kind, status, width in sorted(
            parts, key=lambda k: (rank_status.get(k[1], 0), k[2], k[0])
        ):
            arcs_in_group = np.array(parts[(kind, status, width)], dtype=np.int64)
            self.arc_counts[kind] = self.arc_counts.get(kind, 0) + len(arcs_in_group)
            colour = QColor(KIND_COLOURS.get(kind, OTHER_KIND_COLOUR))
            style = {"future": Qt.PenStyle.DashLine, "cancelled": Qt.PenStyle.DotLine}.get(
                status, Qt.PenStyle.SolidLine
            )
            if status == "cancelled":
                colour.setAlpha(150)
            w = WIDTHS[int(width)]
            # An opaque halo: Qt strokes a translucent wide pen several times slower.
            halo = _arc_pen(QColor(HALO), w + 2.4) if with_halo else None
            groups.append((arcs_in_group, _arc_pen(colour, w, style), halo))
        if groups:
            self._arc_layer = ArcLayer(x, y, groups, 10)
            self._arc_layer.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._vb.addItem(self._arc_layer)

    def _indices(self, codes: list[str]) -> np.ndarray:
        """Each code's row in the world's arrays (-1 when it has none). A dict lookup per
        code: sorting a busy filter's few thousand codes to look each distinct one up once
        (``np.unique`` on Python strings) took longer than looking every one up."""
        index = self._index
        return np.fromiter((index.get(c, -1) for c in codes), np.int64, len(codes))

    def _arc_geometry(
        self, ia: np.ndarray, ib: np.ndarray, pa: np.ndarray, pb: np.ndarray, rank: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """The projected samples ``(N, SAMPLES)`` of the arcs from capital ``ia`` to ``ib``
        (rows of the world's arrays; ``pa``, ``pb`` their lon/lat), the ``rank``-th between
        the same two capitals. An arc's shape depends on nothing else, so each is computed
        once and kept (``ARC_CACHE_SIZE`` of them, 512 bytes each)."""
        cache = self._arc_cache
        keys = ((ia * len(self._index) + ib) * 64 + np.minimum(rank, 63).astype(np.int64)).tolist()
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            if len(cache) + len(missing) > ARC_CACHE_SIZE:
                cache.clear()
            r = rank[missing]
            bend = 0.12 * (1 + r // 2) * np.where(r % 2 == 0, 1.0, -1.0)
            mx, my, _connect = great_circle_arcs(pa[missing], pb[missing], SAMPLES, bend)
            for i, xs, ys in zip(missing, mx, my, strict=True):
                cache[keys[i]] = (xs, ys)
        if not keys:
            return np.empty((0, SAMPLES)), np.empty((0, SAMPLES))
        arcs = [cache[k] for k in keys]
        return np.array([a[0] for a in arcs]), np.array([a[1] for a in arcs])

    def _apply_markers(self) -> None:
        """Capital dots where arcs land; bigger markers for countries too small to see.
        Each is set only when what it shows changed: many filters keep the same countries."""
        world = self._world
        with_contacts = tuple(c for c in self.country_counts if world.capital(c) is not None)
        if with_contacts != self._dot_countries:
            self._dot_countries = with_contacts
            dots = np.array([world.capital(c) for c in with_contacts]).reshape(-1, 2)
            self._dots.set_spots(dots)
        small = tuple(c for c in with_contacts if world.area(c) < SMALL_AREA)
        self.marker_countries = small
        colours = tuple(tuple(int(v) for v in self._colours[c]) for c in small)
        if (small, colours) == self._marker_key:
            return
        self._marker_key = (small, colours)
        pos = np.array([world.capital(c) for c in small]).reshape(-1, 2)
        self._markers.set_spots(pos, [QBrush(QColor(*rgba)) for rgba in colours])

    def _update_legend(self) -> None:
        statuses = set(self._pairs["status_class"].to_list()) if self._pairs.height else set()
        kinds = [k for k in KINDS if self.arc_counts.get(k) or not self.arc_counts]
        shown = [s for s in ("future", "cancelled") if s in statuses or not statuses]
        key = (tuple(kinds), tuple(shown))
        # Making pyqtgraph legend entries is the slowest part of a redraw: the arcs' legend
        # for each set of entries is made once, the shading's swatches are recoloured and
        # relabelled in place.
        if key != self._legend_key:
            self._legend_key = key
            self._legend.setVisible(False)
            self._legend = self._arc_legend(key)
            self._legend.setVisible(bool(self._legend.items))
        self._update_scale()

    def _arc_legend(self, key: object) -> pg.LegendItem:
        """The legend of the arcs' kinds and statuses ``key`` (``None``: empty)."""
        legend = self._legends.get(key)
        if legend is not None:
            return legend
        legend = pg.LegendItem(
            offset=(8, -8),
            brush=pg.mkBrush(255, 255, 255, 225),
            pen=pg.mkPen("#c8c8c8"),
            labelTextColor="#222222",
            labelTextSize="8pt",
            sampleType=_LegendSample,
            verSpacing=-4,
            colCount=2,
        )
        legend.setParentItem(self._vb)
        legend.setZValue(50)
        if key is not None:
            kinds, statuses = key  # type: ignore[misc]
            for kind in kinds:
                legend.addItem(pg.PlotDataItem(pen=_pen(KIND_COLOURS[kind], 2.6)), kind)
            styles = {"future": Qt.PenStyle.DashLine, "cancelled": Qt.PenStyle.DotLine}
            for status in statuses:
                sample = pg.PlotDataItem(pen=_pen("#444444", 2.0, styles[status]))
                legend.addItem(sample, STATUS_LABELS[status])
        legend.setVisible(False)
        self._legends[key] = legend
        return legend

    def _update_scale(self) -> None:
        """The shading's swatches: a few contact counts up to the largest, with colours."""
        values = legend_values(self._max_count) if self._max_count else []
        if values == self._scale_values:
            return
        self._scale_values = values
        colours = shade(np.array(values), self._max_count) if values else []
        labels = [
            f"{value} contact{'s' if value != 1 else ''}" if i == len(values) - 1 else str(value)
            for i, value in enumerate(values)
        ]
        scale = self._scale
        if values and len(values) == len(scale.items):
            for (sample, label), rgba, text in zip(scale.items, colours, labels, strict=True):
                # The swatch is only drawn by its legend sample, from the scatter's options:
                # setBrush would also rebuild the scatter's spots, which nothing shows.
                sample.item.opts["brush"] = pg.mkBrush(*(int(v) for v in rgba))
                sample.update()
                if label.text != text:
                    label.setText(text)
        else:
            scale.clear()
            scale.setColumnCount(max(len(values), 1))
            for rgba, text in zip(colours, labels, strict=True):
                swatch = pg.ScatterPlotItem(
                    symbol="s",
                    size=12,
                    pen=pg.mkPen("#9a9a9a"),
                    brush=pg.mkBrush(*(int(v) for v in rgba)),
                )
                scale.addItem(swatch, text)
        scale.setVisible(bool(scale.items))

    def _update_message(self, f: Filter, counts: pl.DataFrame) -> None:
        if counts.height:
            message = ""
        elif f.is_empty() or contact_counts(self._store, Filter()).height == 0:
            message = NO_FACTS
        else:
            message = NO_MATCH
        self.empty_message = message
        self._message.setText(message)
        self._message.setVisible(bool(message))
        n_arcs = sum(self.arc_counts.values())
        text = f"{len(self.country_counts)} countries · {n_arcs:,} link{'s' if n_arcs != 1 else ''}"
        if n_arcs < self.total_arcs:
            text += f" (the strongest of {self.total_arcs:,})"
        self._summary.setText(text if counts.height else "No contacts")

    # -- selection and hover: restyle only --------------------------------------

    def _on_filter_changed(self, f: Filter) -> None:
        when_answered(
            self._state,
            self._store,
            [(contact_counts_and_pairs, f)],
            lambda answer: self.draw(*answer),
        )

    def _on_selection_changed(self, selection: Selection) -> None:
        self._selected = tuple(selection.countries)
        self._update_selection_style()

    def _update_selection_style(self) -> None:
        self._update_outlines()
        self._update_casing()

    def _update_outlines(self) -> None:
        selected = set(self._selected)
        for code, item in self._country_items.items():
            if code in selected:
                item.setPen(_pen(SELECTED_BORDER, 2.2))
                item.setZValue(2)
            elif code == self._hovered:
                item.setPen(_pen(HOVER_BORDER, 1.4))
                item.setZValue(1)
            elif item.zValue() != 0:
                item.setPen(_pen(BORDER, 0.6))
                item.setZValue(0)
        pos = [
            cap
            for c in self._selected
            if (cap := self._world.capital(c)) is not None
            and (c in self.marker_countries or not self._world.has_outline(c))
        ]
        if pos != self._selected_marker_pos:
            self._selected_marker_pos = pos
            self._selected_markers.setData(pos=np.array(pos).reshape(-1, 2))

    def _update_casing(self) -> None:
        """A highlighter under the arcs of the selected countries (both ends when several
        are selected, either end for one)."""
        if self._casing is not None:
            self._vb.removeItem(self._casing)
            self._casing = None
        arcs, selected = self._arcs, list(self._selected)
        if not selected or not len(arcs.a):
            return
        in_a, in_b = np.isin(arcs.a, selected), np.isin(arcs.b, selected)
        rows = np.flatnonzero((in_a & in_b) if len(selected) > 1 else (in_a | in_b))
        if len(rows):
            pen = _arc_pen(QColor(255, 190, 0, 120), 8.0)
            self._casing = ArcLayer(arcs.x, arcs.y, [(rows, pen, None)], 8)
            self._vb.addItem(self._casing)

    def _set_hovered(self, code: str | None) -> None:
        if code == self._hovered:
            return
        self._hovered = code
        self._update_outlines()

    # -- hit testing ----------------------------------------------------------

    def _pixel(self) -> float:
        """View units per screen pixel (aspect is locked, so one number)."""
        px = self._vb.viewPixelSize()
        return float(max(px[0], px[1])) if px[0] > 0 else 0.005

    def target_at(self, x: float, y: float) -> tuple[str, object] | None:
        """What lies under the projected point: ``("country", iso3)``, ``("arc", row)`` or
        None for the sea. Markers first, then arcs, then outlines."""
        px = self._pixel()
        codes = self.marker_countries + self._point_codes
        if codes:
            pos = np.vstack(
                [
                    np.array([self._world.capital(c) for c in self.marker_countries]).reshape(
                        -1, 2
                    ),
                    self._point_xy,
                ]
            )
            d = np.hypot(pos[:, 0] - x, pos[:, 1] - y)
            k = int(np.argmin(d))
            if d[k] <= 7 * px:
                return ("country", codes[k])
        row = self._arc_at(x, y, 4.5 * px)
        if row is not None:
            return ("arc", row)
        code = self._world.country_at(x, y)
        return ("country", code) if code is not None else None

    def _arc_at(self, x: float, y: float, tol: float) -> int | None:
        """The pairs row of the arc nearest the point, if within ``tol``."""
        arcs = self._arcs
        if not len(arcs.rows):
            return None
        bb = arcs.bbox
        cand = np.flatnonzero(
            (bb[:, 0] - tol <= x)
            & (x <= bb[:, 2] + tol)
            & (bb[:, 1] - tol <= y)
            & (y <= bb[:, 3] + tol)
        )
        if not len(cand):
            return None
        x0, y0 = arcs.x[cand, :-1], arcs.y[cand, :-1]
        dx, dy = arcs.x[cand, 1:] - x0, arcs.y[cand, 1:] - y0
        length2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(length2 > 0, ((x - x0) * dx + (y - y0) * dy) / length2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        per_arc = np.hypot(x0 + t * dx - x, y0 + t * dy - y).min(axis=1)
        k = int(np.argmin(per_arc))
        return int(arcs.rows[cand[k]]) if per_arc[k] <= tol else None

    # -- mouse ----------------------------------------------------------------

    def _on_mouse_clicked(self, ev: object) -> None:
        if ev.button() == Qt.MouseButton.RightButton and not ev.isAccepted():  # type: ignore[attr-defined]
            ev.accept()  # type: ignore[attr-defined]
            self._show_context_menu(ev.screenPos().toPoint())  # type: ignore[attr-defined]
            return
        if ev.isAccepted() or ev.button() != Qt.MouseButton.LeftButton or ev.double():  # type: ignore[attr-defined]
            return
        pos = ev.scenePos()  # type: ignore[attr-defined]
        if not self._vb.sceneBoundingRect().contains(pos) or self._over_legend(pos):
            return
        p = self._vb.mapSceneToView(ev.scenePos())  # type: ignore[attr-defined]
        target = self.target_at(p.x(), p.y())
        if target is None:
            self._state.clear_selection()
        elif target[0] == "country":
            self._state.select_countries((str(target[1]),))
        else:
            row = self._pairs.row(int(target[1]), named=True)  # type: ignore[call-overload]
            self._state.select_countries((str(row["a"]), str(row["b"])))

    def context_menu(self) -> QMenu:
        """The right-click menu (for the caller to show and delete)."""
        menu = QMenu(self)
        menu.addAction(self.export_action)
        reset = menu.addAction("Reset view")
        reset.triggered.connect(self._reset_view)
        return menu

    def _show_context_menu(self, global_pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(global_pos)
        menu.deleteLater()

    def _over_legend(self, scene_pos: QPointF) -> bool:
        return any(
            box.isVisible() and box.sceneBoundingRect().contains(scene_pos)
            for box in (self._legend, self._scale)
        )

    def _on_mouse_moved(self, args: tuple[QPointF]) -> None:
        scene_pos = args[0]
        if not self._vb.sceneBoundingRect().contains(scene_pos) or self._over_legend(scene_pos):
            self._show_hover(None, "")
            return
        p = self._vb.mapSceneToView(scene_pos)
        target = self.target_at(p.x(), p.y())
        text = self.describe(target)
        self._show_hover(target[1] if target and target[0] == "country" else None, text, scene_pos)

    def _show_hover(self, code: object, text: str, scene_pos: QPointF | None = None) -> None:
        self._set_hovered(code if isinstance(code, str) else None)
        if text == self._hover_text:
            return
        self._hover_text = text
        if text and scene_pos is not None:
            viewport = self._plot.viewport()
            global_pos = viewport.mapToGlobal(self._plot.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, viewport)
        else:
            QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and watched is self._plot.viewport():
            self._show_hover(None, "")
        return super().eventFilter(watched, event)

    @property
    def hover_text(self) -> str:
        return self._hover_text

    # -- tooltips ---------------------------------------------------------------

    def describe(self, target: tuple[str, object] | None) -> str:
        """The tooltip text for a hit-test target ("" for the sea)."""
        if target is None:
            return ""
        if target[0] == "arc":
            return self._describe_arc(int(target[1]))  # type: ignore[call-overload]
        return self._describe_country(str(target[1]))

    def _describe_country(self, code: str) -> str:
        name = self._world.name(code)
        n = self.country_counts.get(code, 0)
        note = (
            ""
            if self._world.has_outline(code)
            else "\n(shown at its capital: no outline in the map data)"
        )
        if not n:
            return f"{name}\nno contacts under this filter{note}"
        lines = [f"{name} — {n} contact{'s' if n != 1 else ''}{note}"]
        pairs = self._pairs
        if pairs.height:
            mine = pairs.filter((pl.col("a") == code) | (pl.col("b") == code)).with_columns(
                partner=pl.when(pl.col("a") == code).then(pl.col("b")).otherwise(pl.col("a"))
            )
            by_partner = (
                mine.group_by("partner")
                .agg(pl.col("n").sum(), pl.col("kind"), pl.col("status_class"))
                .sort(["n", "partner"], descending=[True, False])
            )
            for row in by_partner.head(8).iter_rows(named=True):
                what = ", ".join(
                    k if s == "occurred" else f"{k} ({STATUS_LABELS.get(s, s)})"
                    for k, s in zip(row["kind"], row["status_class"], strict=True)
                )
                lines.append(f"  with {self._world.name(row['partner'])}: {what} ({row['n']})")
            if by_partner.height > 8:
                lines.append(f"  … and {by_partner.height - 8} more")
        return "\n".join(lines)

    def _describe_arc(self, row: int) -> str:
        r = self._pairs.row(row, named=True)
        n = int(r["n"])
        return "\n".join(
            [
                f"{self._world.name(r['a'])} – {self._world.name(r['b'])}",
                f"{r['kind']} · {STATUS_LABELS.get(r['status_class'], r['status_class'])}",
                _date_text(r["first_date"], r["last_date"]),
                f"{n} contact{'s' if n != 1 else ''}",
            ]
        )

    # -- view -------------------------------------------------------------------

    def _reset_view(self) -> None:
        self._home = True
        self._vb.setRange(xRange=(-X_MAX, X_MAX), yRange=(-Y_MAX, Y_MAX), padding=0.01)

    def _on_range_changed_manually(self, *_: object) -> None:
        self._home = False

    def _reset_view_if_home(self) -> None:
        if self._home:
            self._reset_view()
