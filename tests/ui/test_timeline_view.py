"""The timeline, driven as an analyst would: read the bars, drag the band, move "as of"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt

from analyst.ui import timeline_view
from analyst.ui.timeline_view import DAY, TimelineView, day_to_x, moment_to_x


@pytest.fixture
def view(qtbot, store, state):
    w = TimelineView(store, state)
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    qtbot.waitExposed(w)
    return w


def _bars(view: TimelineView, fact: str) -> dict[date, float]:
    days, heights = view.series()[fact]
    return {d.astype(object): float(h) for d, h in zip(days, heights, strict=True)}


def test_title_and_chart_widget(view):
    assert TimelineView.title == "Timeline"
    assert view.chart_widget() is view.plot_widget
    assert not view.chart_widget().grab().isNull()


def test_bars_show_the_seeds_dated_facts_by_day(view):
    tariffs = _bars(view, "tariff")
    # the sanctions and secondary tariffs "moved up almost two weeks ago", and Wednesday's two
    assert tariffs == {date(2025, 7, 21): 2.0, date(2025, 8, 6): 2.0}
    deadlines = _bars(view, "deadline")
    assert deadlines[date(2025, 8, 15)] == 1.0
    assert deadlines[date(2025, 9, 1)] == 1.0  # "September" counts on its first day
    interactions = _bars(view, "interaction")
    # Friday's calls: Xi's, Lukashenko's, and Modi's and Tusk's, told without a day of their
    # own on the day the report last named.
    assert interactions[date(2025, 8, 8)] == 4.0
    # Stacked: on 6 Aug the tariffs sit on top of the interaction.
    item = view.bars["tariff"]
    days, _ = view.series()["tariff"]
    i = [d.astype(object) for d in days].index(date(2025, 8, 6))
    assert item.opts["height"][i] == 2.0
    assert item.opts["y0"][i] == 1.0
    assert not view.stack.is_showing_message()


def test_a_legend_names_each_kind_of_fact(view):
    names = [label.text for _, label in view.legend.items]
    assert names == ["Interactions", "Tariffs & sanctions", "Deadlines"]


def test_the_x_axis_is_dates(view):
    import pyqtgraph as pg

    assert isinstance(view.plot.getAxis("bottom"), pg.DateAxisItem)
    lo, hi = view.viewbox.viewRange()[0]
    assert lo <= day_to_x(date(2025, 7, 21)) and hi >= day_to_x(date(2025, 9, 2))


def test_dragging_the_band_previews_then_commits_the_date_range(qtbot, view, state):
    # Preview: moving an edge only relabels; the filter waits for the release.
    view.region.lines[0].setValue(day_to_x(date(2025, 8, 5)) + 0.3 * DAY)
    assert state.filter.since is None
    assert "release to apply" in view.range_label.text()
    # Release: the band's (rounded) days become the filter's dates.
    with qtbot.waitSignal(state.filter_changed):
        view.region.setRegion(
            (day_to_x(date(2025, 8, 5)) + 0.3 * DAY, day_to_x(date(2025, 8, 16)) - 0.2 * DAY)
        )
    assert state.filter.since == date(2025, 8, 5)
    assert state.filter.until == date(2025, 8, 15)
    assert view.region.getRegion() == (day_to_x(date(2025, 8, 5)), day_to_x(date(2025, 8, 16)))
    assert "5 Aug 2025 – 15 Aug 2025" in view.range_label.text()


def _send_mouse(widget, kind, pos, buttons) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    local = QPointF(pos)
    event = QMouseEvent(
        kind,
        local,
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_dragging_with_the_mouse_sets_the_dates(qtbot, view, state):
    """A real drag of the band through the scene, as the analyst does it: the filter is set
    once, on release."""
    from PySide6.QtCore import QEvent

    vb = view.viewbox
    lo, hi = view.region.getRegion()
    left = Qt.MouseButton.LeftButton
    viewport = view.plot_widget.viewport()
    a = view.plot_widget.mapFromScene(vb.mapViewToScene(QPointF((lo + hi) / 2, 0.5)))
    b = view.plot_widget.mapFromScene(vb.mapViewToScene(QPointF((lo + hi) / 2 + 20 * DAY, 0.5)))
    changes = []
    state.filter_changed.connect(changes.append)
    # pyqtgraph drops moves closer than a frame apart, hence the short waits.
    _send_mouse(viewport, QEvent.Type.MouseMove, a, Qt.MouseButton.NoButton)  # hover first
    qtbot.wait(25)
    _send_mouse(viewport, QEvent.Type.MouseButtonPress, a, left)
    for k in range(1, 11):
        qtbot.wait(25)
        _send_mouse(viewport, QEvent.Type.MouseMove, a + (b - a) * (k / 10), left)
    assert "release to apply" in view.range_label.text()
    assert changes == []  # dragging previews only
    _send_mouse(viewport, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    assert len(changes) == 1
    assert state.filter.since > date(2025, 1, 1)
    assert state.filter.until > date(2025, 9, 1)


def test_a_date_filter_shows_as_the_band_without_a_query(qtbot, view, state, monkeypatch):
    calls = []
    real = timeline_view.fact_counts_by_day
    monkeypatch.setattr(timeline_view, "fact_counts_by_day", lambda *a: calls.append(a) or real(*a))
    state.update_filter(since=date(2025, 8, 1), until=date(2025, 8, 10))
    assert view.region.getRegion() == (day_to_x(date(2025, 8, 1)), day_to_x(date(2025, 8, 11)))
    assert calls == []  # only the dates changed: the band moves, the bars fade
    brushes = view.bars["tariff"].opts["brushes"]
    assert brushes is not None and brushes[0].alpha() < brushes[1].alpha()  # Jul 21 faded
    assert view.all_dates_button.isEnabled()
    view.all_dates_button.click()
    assert state.filter.since is None and state.filter.until is None
    state.update_filter(kinds=("tariff",))
    assert len(calls) == 1
    assert _bars(view, "interaction") == {}


def test_a_view_opened_on_a_date_filter_shows_the_band_there(qtbot, store, state):
    state.update_filter(since=date(2025, 8, 6), until=date(2025, 8, 8))
    w = TimelineView(store, state)
    qtbot.addWidget(w)
    assert w.region.getRegion() == (day_to_x(date(2025, 8, 6)), day_to_x(date(2025, 8, 9)))
    assert "6 Aug 2025 – 8 Aug 2025" in w.range_label.text()
    # The facts around the range are still drawn, faded, so the band can be widened.
    assert date(2025, 7, 21) in _bars(w, "tariff")


def test_the_as_of_line_follows_the_as_of_moment(view, state):
    today = datetime.now()
    assert abs(view.as_of_line.value() - moment_to_x(today)) < 120
    assert view.as_of_line.label.format == "now"
    state.set_as_of(datetime(2025, 8, 10))
    assert view.as_of_line.value() == day_to_x(date(2025, 8, 10))
    assert view.as_of_line.label.format == "as of 10 Aug 2025"
    state.set_as_of(datetime(2025, 8, 10) + timedelta(hours=12))
    assert view.as_of_line.value() == day_to_x(date(2025, 8, 10)) + DAY / 2


def test_a_filter_that_matches_nothing_says_which_filter_to_clear(view, state):
    state.update_filter(countries=("NZL",))
    assert view.stack.is_showing_message()
    assert "countries" in view.stack.message() and "NZL" in view.stack.message()
    state.clear_filter()
    assert not view.stack.is_showing_message()


def test_an_empty_database_says_how_to_import(qtbot, empty_store, state):
    w = TimelineView(empty_store, state)
    qtbot.addWidget(w)
    assert "No facts yet" in w.stack.message()
    assert "analyst ingest FOLDER" in w.stack.message()


def test_picture(view, state):
    state.set_as_of(datetime(2025, 8, 10))
    state.update_filter(since=date(2025, 8, 1), until=date(2025, 8, 15))
    assert view.grab().save("/tmp/timeline_view.png")
