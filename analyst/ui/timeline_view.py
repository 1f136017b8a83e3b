"""The timeline: how many facts fall on each day, and the band that sets the date filter.

Rules of the concept:
- Bars are stacked per day by fact (interactions, tariffs & sanctions, deadlines), counted
  as the store counts them (a fact "in September" on September 1st; undated ones not at
  all). One ``BarGraphItem`` per fact, fed whole numpy arrays in one ``setOpts``.
- The timeline obeys every part of the filter except the date range: it *shows* the range,
  as the shaded band, over the facts around it (bars outside the band are faded). So a
  change of dates alone restyles; any other change re-queries.
- Dragging the band previews on ``sigRegionChanged`` (the label follows) and commits on
  ``sigRegionChangeFinished``: ``state.update_filter(since=…, until=…)``, snapped to whole
  days. The band covers ``[since, until + 1 day)``.
- The "as of" moment is a dashed vertical line; for "now" it sits at today and moves with
  the clock (checked every minute).
- x values are seconds since 1970-01-01 of the day's midnight, and the date axis is shown
  in UTC, so a day is drawn as itself whatever the machine's time zone.
- A right click offers "Export image…": the view only emits ``export_requested()``; the
  window exports :meth:`TimelineView.chart_widget` (the plot with its legend) as it is.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import numpy as np
import polars as pl
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Filter, Store, fact_counts_by_day
from analyst.ui.answers import ask, expect, when_answered
from analyst.ui.empty_state import EmptyStateStack, no_data_message, set_muted
from analyst.ui.frame_model import format_day
from analyst.ui.state import FilterState, Selection

DAY = 86400.0
_EPOCH = date(1970, 1, 1)
_BAR_WIDTH = 0.8  # of a day

#: (fact as the store names it, legend label, colour), bottom of the stack first.
CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("interaction", "Interactions", "#3f7fcf"),
    ("tariff", "Tariffs & sanctions", "#d64541"),
    ("deadline", "Deadlines", "#e39b2d"),
)
_FADED_ALPHA = 70
_MIN_BAR_PIXELS = 5


def day_to_x(d: date) -> float:
    return (d - _EPOCH).days * DAY


def x_to_day(x: float) -> date:
    """The day whose midnight is nearest to ``x``."""
    return _EPOCH + timedelta(days=round(x / DAY))


def moment_to_x(moment: datetime) -> float:
    """A wall-clock moment on the same scale as the days (naive = as read)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return (moment - datetime(1970, 1, 1)).total_seconds()


def describe_range(since: date | None, until: date | None) -> str:
    if since and until:
        if since == until:
            return format_day(since)
        return f"{format_day(since)} – {format_day(until)}"
    if since:
        return f"since {format_day(since)}"
    if until:
        return f"until {format_day(until)}"
    return "all dates"


def _nice_step(top: float) -> float:
    raw = max(top / 5.0, 1.0)
    magnitude = 10 ** np.floor(np.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return float(m * magnitude)
    return float(10 * magnitude)


class _BarSample(pg.ItemSample):
    """A legend swatch: the bar's colour as a square (pyqtgraph's own sample also draws a
    line through it, which sticks out on both sides)."""

    def paint(self, p, *args):  # type: ignore[no-untyped-def]
        if not self.item.isVisible():
            super().paint(p, *args)  # the "hidden" eye
            return
        p.setPen(pg.mkPen(self.item.opts["pen"]))
        p.setBrush(pg.mkBrush(self.item.opts["brush"]))
        p.drawRect(QRectF(3, 3, 14, 14))


class TimelineView(QWidget):
    """The "Timeline" panel. Reads the store on the GUI thread; writes the filter's
    ``since``/``until`` when the analyst finishes dragging the band."""

    title = "Timeline"
    export_requested = Signal()

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._state = state
        self._queried: Filter | None = None  # the filter (without dates) last queried
        self._days = np.empty(0, np.int64)  # epoch days with at least one fact
        self._counts = pl.DataFrame()  # the day counts drawn
        self._tooltips: dict[int, str] | None = None  # per epoch day, made when first needed
        self._stored = 0  # facts in the store, read by refresh()
        self._placing = False  # True while the band is moved by code, not by the analyst
        self._top = 0.0  # the tallest stack of bars

        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": axis}, background=background)
        self.plot_widget.setMinimumHeight(160)
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=True, alpha=0.12)
        for name in ("bottom", "left"):
            ax = plot.getAxis(name)
            ax.setPen(pg.mkPen(muted))
            ax.setTextPen(pg.mkPen(foreground))
        plot.setLabel("left", "facts per day", color=foreground.name())
        self.viewbox = plot.getViewBox()
        self.viewbox.setMouseEnabled(x=True, y=False)
        self.viewbox.setLimits(yMin=0)

        self.legend = plot.addLegend(
            offset=(8, 4),
            colCount=len(CATEGORIES),
            labelTextColor=foreground,
            sampleType=_BarSample,
            brush=pg.mkBrush(QColor(background.red(), background.green(), background.blue(), 210)),
        )
        self.bars: dict[str, pg.BarGraphItem] = {}
        self._brushes: dict[str, tuple[QColor, QColor]] = {}
        for fact, label, color in CATEGORIES:
            full = QColor(color)
            faded = QColor(color)
            faded.setAlpha(_FADED_ALPHA)
            self._brushes[fact] = (full, faded)
            item = pg.BarGraphItem(
                x=np.empty(0),
                width=DAY * _BAR_WIDTH,
                y0=np.empty(0),
                height=np.empty(0),
                brush=full,
                pen=pg.mkPen(full.darker(125), width=1),
                name=label,
            )
            self.bars[fact] = item
            plot.addItem(item)

        band = QColor(palette.color(QPalette.ColorRole.Highlight))
        band.setAlpha(45)
        hover = QColor(band)
        hover.setAlpha(75)
        # The band over all the data (no date filter yet) is fainter: nothing is picked.
        self._band_brushes = (
            pg.mkBrush(band),
            pg.mkBrush(QColor(band.red(), band.green(), band.blue(), 16)),
        )
        self.region = pg.LinearRegionItem(
            orientation="vertical",
            brush=band,
            hoverBrush=hover,
            pen=pg.mkPen(palette.color(QPalette.ColorRole.Highlight), width=2),
            swapMode="sort",
        )
        self.region.setZValue(-10)  # behind the bars, which stay readable
        self.viewbox.sigXRangeChanged.connect(self._fit_bar_width)
        plot.addItem(self.region, ignoreBounds=True)
        self.region.sigRegionChanged.connect(self._on_region_moved)
        self.region.sigRegionChangeFinished.connect(self._on_region_committed)

        line_color = QColor(foreground)
        line_color.setAlpha(180)
        self.as_of_line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(line_color, width=1.5, style=Qt.PenStyle.DashLine),
            label="now",
            labelOpts={
                "position": 0.8,  # below the legend, above the tallest bar
                "color": foreground,
                "fill": pg.mkBrush(background),
                "anchors": [(1, 0), (1, 0)],  # left of the line: it is often at the right
            },
        )
        self.as_of_line.setZValue(20)
        plot.addItem(self.as_of_line, ignoreBounds=True)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.export_action = QAction("Export image (PNG, SVG)…", self)
        self.export_action.triggered.connect(self.export_requested.emit)
        self.addAction(self.export_action)

        self.range_label = QLabel(self)
        self.hint_label = QLabel("Drag the band to set dates", self)
        set_muted(self.hint_label)
        # The hint may be cut short in a narrow dock rather than widen the whole timeline.
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setToolTip("Drag the shaded band or its edges to set the date filter")
        self.all_dates_button = QPushButton("All dates", self)
        self.all_dates_button.setToolTip("Clear the date range of the filter")
        self.all_dates_button.clicked.connect(self._clear_dates)
        self.header = QWidget(self)
        top = QHBoxLayout(self.header)
        top.setContentsMargins(4, 0, 4, 0)
        top.addWidget(self.range_label)
        top.addSpacing(12)
        top.addWidget(self.hint_label, 1)
        top.addWidget(self.all_dates_button)

        self.stack = EmptyStateStack(self.plot_widget, self)
        self.stack.clear_filter_requested.connect(state.clear_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._place_as_of)

        expect(state, store, fact_counts_by_day, _undated)
        state.filter_changed.connect(self._on_filter_changed)
        state.selection_changed.connect(self._on_selection_changed)
        state.as_of_changed.connect(self._on_as_of_changed)
        self.refresh()
        self._on_as_of_changed(state.as_of)

    # --- public ---------------------------------------------------------------------------

    def chart_widget(self) -> pg.PlotWidget:
        """The plot alone, for image export."""
        return self.plot_widget

    def refresh(self) -> None:
        """Re-reads the store (after an import: whether it has any facts) and re-queries."""
        stored = self._store.counts()
        self._stored = sum(stored.get(t, 0) for t in ("interactions", "tariffs", "deadlines"))
        self._requery()

    def _requery(self) -> None:
        """Re-queries the day counts (for the filter without its dates) and redraws."""
        undated = _undated(self._state.filter)
        self._take(undated, ask(self._state, self._store, fact_counts_by_day, undated))

    def _take(self, undated: Filter, counts: pl.DataFrame) -> None:
        """Draws ``counts``, the day counts for ``undated`` (the filter without its dates)."""
        self._queried = undated
        self._draw(counts)
        self._place_region()
        self._fit_view()

    def series(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per fact: the bar days (``datetime64[D]``) and heights drawn now."""
        out = {}
        for fact, item in self.bars.items():
            x = np.asarray(item.opts["x"], dtype=float)
            days = np.floor(x / DAY).astype(np.int64).astype("datetime64[D]")
            out[fact] = (days, np.asarray(item.opts["height"], dtype=float))
        return out

    # --- drawing --------------------------------------------------------------------------

    def _draw(self, counts: pl.DataFrame) -> None:
        facts = [fact for fact, _, _ in CATEGORIES]
        if counts.is_empty():
            self._days = np.empty(0, np.int64)
            heights = {fact: np.empty(0) for fact in facts}
        else:
            # Summed per day and fact with numpy: a few hundred rows, where polars' group_by
            # and pivot cost milliseconds of thread hand-offs.
            day = counts.get_column("day").cast(pl.Int32).to_numpy().astype(np.int64)
            fact_of = counts.get_column("fact").to_numpy()
            n = counts.get_column("n").to_numpy().astype(float)
            self._days, at = np.unique(day, return_inverse=True)
            heights = {
                fact: np.bincount(
                    at[fact_of == fact], weights=n[fact_of == fact], minlength=len(self._days)
                )
                for fact in facts
            }
        self._fit_bar_width()
        x = self._days * DAY + DAY / 2  # the bar's centre: noon of its day
        base = np.zeros(len(self._days))
        for fact in facts:
            h = heights[fact]
            drawn = h > 0  # no zero-height bars: they would still draw an outline
            self.bars[fact].setOpts(x=x[drawn], y0=base[drawn], height=h[drawn], brushes=None)
            base = base + h
        top = float(base.max()) if len(base) else 0.0
        step = _nice_step(top)
        self.plot.getAxis("left").setTickSpacing(step, step)
        self._top = top
        self._counts = counts  # the tooltips are made from it when first asked for
        self._tooltips = None
        self._restyle_bars()
        self._show_state(counts)

    def _fit_bar_width(self, *_: object) -> None:
        """Keeps bars at least a few pixels wide when zoomed out over months."""
        per_pixel = self.viewbox.viewPixelSize()[0]
        # ... but never so wide that bars of nearby days overlap.
        gap = float(np.diff(self._days).min()) * DAY if len(self._days) > 1 else np.inf
        width = max(DAY * _BAR_WIDTH, min(_MIN_BAR_PIXELS * per_pixel, 0.9 * gap))
        for item in self.bars.values():
            if item.opts.get("width") != width:
                item.setOpts(width=width)

    def _show_state(self, counts: pl.DataFrame) -> None:
        self.header.setVisible(not counts.is_empty())
        if not counts.is_empty():
            self.stack.show_content()
            return
        if self._stored == 0:
            self.stack.show_no_data("facts")
        elif self._queried and not self._queried.is_empty():
            self.stack.show_no_match("dated facts", self._state.filter)
        else:
            self.stack.show_message(
                "No dated facts yet",
                "The stored facts give no dates. " + no_data_message("facts")[1],
            )

    def _fit_view(self) -> None:
        if not len(self._days):
            self.viewbox.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            return
        lo = float(self._days.min()) * DAY
        hi = float(self._days.max() + 1) * DAY
        f = self._state.filter
        if f.since:
            lo = min(lo, day_to_x(f.since))
        if f.until:
            hi = max(hi, day_to_x(f.until) + DAY)
        if self._state.as_of is not None:
            x = moment_to_x(self._state.as_of)
            lo, hi = min(lo, x), max(hi, x)
        pad = max(DAY, 0.04 * (hi - lo))
        # Headroom above the tallest bar for the legend.
        self.viewbox.setRange(
            xRange=(lo - pad, hi + pad), yRange=(0, max(self._top, 1) * 1.45), padding=0
        )

    def _restyle_bars(self) -> None:
        """Fades the bars outside the filter's date range (a restyle; no data changes)."""
        f = self._state.filter
        for fact, item in self.bars.items():
            full, faded = self._brushes[fact]
            x = np.asarray(item.opts["x"], dtype=float)
            if not (f.since or f.until) or not len(x):
                item.setOpts(brushes=None, brush=full)
                continue
            days = np.floor(x / DAY).astype(np.int64)
            inside = np.ones(len(days), bool)
            if f.since:
                inside &= days >= (f.since - _EPOCH).days
            if f.until:
                inside &= days <= (f.until - _EPOCH).days
            item.setOpts(brushes=[full if i else faded for i in inside])

    # --- the band -------------------------------------------------------------------------

    def _data_span(self) -> tuple[float, float] | None:
        if not len(self._days):
            return None
        return float(self._days.min()) * DAY, float(self._days.max() + 1) * DAY

    def _place_region(self) -> None:
        """Puts the band where the filter's dates are (all the data when there are none)."""
        f = self._state.filter
        span = self._data_span()
        if span is None and not (f.since or f.until):
            self.region.hide()
            self._set_range_text(None, None)
            self.all_dates_button.setEnabled(False)
            return
        lo, hi = span or (0.0, 0.0)
        if f.since:
            lo = day_to_x(f.since)
            hi = max(hi, lo + DAY)
        if f.until:
            hi = day_to_x(f.until) + DAY
            lo = min(lo, hi - DAY) if f.since is None else lo
        self._placing = True
        try:
            self.region.setRegion((lo, hi))
        finally:
            self._placing = False
        self.region.setBrush(self._band_brushes[0 if (f.since or f.until) else 1])
        self.region.show()
        self._set_range_text(f.since, f.until)
        self.all_dates_button.setEnabled(bool(f.since or f.until))

    def _set_range_text(
        self, since: date | None, until: date | None, preview: bool = False
    ) -> None:
        text = describe_range(since, until)
        self.range_label.setText(f"<b>{text}</b>" + (" (release to apply)" if preview else ""))
        self.header.layout().activate()  # resize the label now, not at the next event loop

    def _region_days(self) -> tuple[date, date]:
        lo, hi = self.region.getRegion()
        since = x_to_day(lo)
        until = x_to_day(hi) - timedelta(days=1)
        return since, max(since, until)

    def _on_region_moved(self, _item: object = None) -> None:
        """Preview while dragging: only the label follows."""
        if self._placing:
            return
        since, until = self._region_days()
        self._set_range_text(since, until, preview=True)

    def _on_region_committed(self, _item: object = None) -> None:
        """The analyst let go of the band: snap it to whole days and set the filter."""
        if self._placing:
            return
        since, until = self._region_days()
        self._placing = True
        try:
            self.region.setRegion((day_to_x(since), day_to_x(until) + DAY))
        finally:
            self._placing = False
        self._set_range_text(since, until)
        self._state.update_filter(since=since, until=until)

    def _clear_dates(self) -> None:
        self._state.update_filter(since=None, until=None)

    # --- the as-of line -------------------------------------------------------------------

    def _place_as_of(self) -> None:
        moment = self._state.now()
        self.as_of_line.setPos(moment_to_x(moment))
        if self._state.as_of is None:
            self.as_of_line.label.setFormat("now")
        else:
            self.as_of_line.label.setFormat(f"as of {format_day(moment.date())}")

    # --- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self, f: Filter) -> None:
        if _undated(f) == self._queried:
            # Only the dates changed: the bars are the same, the band and the fading move.
            self._place_region()
            self._restyle_bars()
            self.plot_widget.scene().prepareForPaint()
        else:
            undated = _undated(f)
            when_answered(
                self._state,
                self._store,
                [(fact_counts_by_day, undated)],
                lambda counts: self._take_and_prepare(undated, counts),
            )

    def _take_and_prepare(self, undated: Filter, counts: pl.DataFrame) -> None:
        self._take(undated, counts)
        # pyqtgraph applies a new view range when the plot is next painted, which changes
        # every item again and so paints the plot twice: apply it now, before the first.
        self.plot_widget.scene().prepareForPaint()

    def _on_selection_changed(self, _selection: Selection) -> None:
        """Nothing to restyle: the bars count facts per day, not individual facts."""

    def _on_as_of_changed(self, moment: datetime | None) -> None:
        self._place_as_of()
        if moment is None:
            self._clock.start()
        else:
            self._clock.stop()

    def context_menu(self) -> QMenu:
        """The right-click menu (for the caller to show and delete)."""
        menu = QMenu(self)
        menu.addAction(self.export_action)
        all_dates = menu.addAction("All dates")
        all_dates.setEnabled(self.all_dates_button.isEnabled())
        all_dates.triggered.connect(self._clear_dates)
        return menu

    def _on_mouse_clicked(self, ev: object) -> None:
        if ev.button() != Qt.MouseButton.RightButton or ev.isAccepted():  # type: ignore[attr-defined]
            return
        ev.accept()  # type: ignore[attr-defined]
        menu = self.context_menu()
        menu.exec(ev.screenPos().toPoint())  # type: ignore[attr-defined]
        menu.deleteLater()

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not len(self._days) or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.viewbox.mapSceneToView(pos).x()
        if self._tooltips is None:
            self._tooltips = _tooltips(self._counts)
        text = self._tooltips.get(int(np.floor(x / DAY)), "")
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot_widget)
        else:
            QToolTip.hideText()


def _undated(f: Filter) -> Filter:
    """The filter the bars are counted for: ``f`` without its dates (the band shows them)."""
    return dataclasses.replace(f, since=None, until=None)


def _tooltips(counts: pl.DataFrame) -> dict[int, str]:
    """Per epoch day: "6 Aug 2025 — Tariffs & sanctions: tariff 2 · …"."""
    if counts.is_empty():
        return {}
    labels = {fact: label for fact, label, _ in CATEGORIES}
    lines: dict[int, list[str]] = {}
    for day, fact, kind, n in counts.select("day", "fact", "kind", "n").iter_rows():
        key = (day - _EPOCH).days
        lines.setdefault(key, [format_day(day)]).append(
            f"{labels.get(fact, fact)}: {str(kind).replace('_', ' ')} {n}"
        )
    return {k: "\n".join(v) for k, v in lines.items()}
