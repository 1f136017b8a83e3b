"""The deadline countdown, driven as an analyst would: read it, move the as-of moment, watch
it tick, pick a row."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from analyst.model import FuzzyDate
from analyst.ui import deadlines_view
from analyst.ui.deadlines_view import (
    COLOR_DAY,
    COLOR_EXPIRED,
    COLOR_LATER,
    COLOR_WEEK,
    TIME_LEFT_COLUMN,
    DeadlinesView,
    time_left,
)

AUG_10 = datetime(2025, 8, 10)


@pytest.fixture
def view(qtbot, store, state):
    state.set_as_of(AUG_10)
    w = DeadlinesView(store, state)
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    qtbot.waitExposed(w)
    return w


def _rows(view: DeadlinesView) -> list[dict[str, str]]:
    m = view.model
    titles = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    return [{t: m.display_text(r, c) for c, t in enumerate(titles)} for r in range(m.rowCount())]


def _row(view: DeadlinesView, label_part: str) -> int:
    return next(i for i, r in enumerate(_rows(view)) if label_part in r["Deadline"])


def _colour(view: DeadlinesView, row: int):
    return view.model.data(view.model.index(row, TIME_LEFT_COLUMN), Qt.ItemDataRole.ForegroundRole)


def test_title(view):
    assert DeadlinesView.title == "Deadlines"


def test_counts_down_against_the_as_of_moment(view):
    rows = _rows(view)
    meeting = rows[_row(view, "meeting")]
    ultimatum = rows[_row(view, "ultimatum")]
    assert meeting["Due"] == "15 Aug 2025"
    assert meeting["Time left"] == "in 5 d 00:00:00"
    assert ultimatum["Due"] == "8 Aug 2025"
    assert ultimatum["Time left"] == "expired 2 days ago"


def test_due_is_shown_at_its_true_precision(view):
    rows = _rows(view)
    china = rows[_row(view, "visit to China")]
    india = rows[_row(view, "visit to India")]
    assert china["Due"] == "Sep 2025"
    assert china["Time left"] == "in about 3 weeks"  # to the start of September, roughly
    assert india["Due"] == "2025"
    assert india["Time left"] == "this year"


def test_rows_are_sorted_by_what_is_due_next_then_expired_most_recent_first(view):
    labels = [r["Deadline"] for r in _rows(view)]
    assert labels == [
        "Putin–Trump meeting",  # in 5 days
        "Putin's visit to China",  # September
        "Putin's visit to India",  # some time this year: due by its end
        "United States ultimatum to Russia",  # expired
    ]


def test_time_left_is_coloured_by_urgency(view, state):
    assert _colour(view, _row(view, "ultimatum")) == COLOR_EXPIRED
    assert _colour(view, _row(view, "meeting")) == COLOR_WEEK
    assert _colour(view, _row(view, "visit to China")) == COLOR_LATER
    state.set_as_of(datetime(2025, 8, 14, 12, 0))
    meeting = _row(view, "meeting")
    assert view.time_left_text(meeting) == "in 12:00:00"
    assert _colour(view, meeting) == COLOR_DAY


def test_as_of_change_reorders_without_a_query(view, state, monkeypatch):
    calls = []
    monkeypatch.setattr(deadlines_view, "deadlines", lambda *a: calls.append(a))
    state.set_as_of(datetime(2025, 8, 16))
    labels = [r["Deadline"] for r in _rows(view)]
    assert labels[-2:] == ["Putin–Trump meeting", "United States ultimatum to Russia"]
    assert view.time_left_text(_row(view, "meeting")) == "expired 1 day ago"
    assert calls == []


def test_the_tick_updates_only_the_time_left_column_and_never_requeries(
    qtbot, store, state, monkeypatch
):
    clock = [datetime(2025, 8, 14, 23, 59, 50)]

    def now():
        clock[0] += timedelta(seconds=1)
        return clock[0]

    monkeypatch.setattr(state, "now", now)
    w = DeadlinesView(store, state, tick_ms=10)
    qtbot.addWidget(w)
    assert w.timer.isActive()  # as of "now": the clock runs
    calls = []
    monkeypatch.setattr(deadlines_view, "deadlines", lambda *a: calls.append(a))
    changed_columns = []
    w.model.dataChanged.connect(
        lambda top, bottom, roles: changed_columns.append((top.column(), bottom.column()))
    )
    meeting = _row(w, "meeting")
    before = w.time_left_text(meeting)
    qtbot.waitUntil(lambda: w.time_left_text(meeting) != before, timeout=2000)
    assert w.time_left_text(meeting).startswith("in 00:00:")
    assert changed_columns and set(changed_columns) == {(TIME_LEFT_COLUMN, TIME_LEFT_COLUMN)}
    # Past midnight the meeting's day has begun: it says so, still without a query.
    qtbot.waitUntil(lambda: w.time_left_text(_row(w, "meeting")) == "today", timeout=3000)
    assert calls == []


def test_a_fixed_as_of_moment_stops_the_clock(view, state):
    assert not view.timer.isActive()
    state.set_as_of(None)
    assert view.timer.isActive()


def test_selecting_a_row_selects_the_deadline_and_its_countries(qtbot, view, state):
    row = _row(view, "ultimatum")
    rect = view.table.visualRect(view.model.index(row, 0))
    with qtbot.waitSignal(state.selection_changed):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.selection.fact_kind == "deadlines"
    assert state.selection.fact_ids == (view.model.row_id(row),)
    assert state.selection.countries == ("USA", "RUS")
    # A deadline with neither setter nor subject selects no country.
    row = _row(view, "meeting")
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.selection.countries == ()


def test_frame_is_what_is_shown_with_the_time_left(view):
    frame = view.frame()
    assert frame.get_column("label").to_list()[0] == "Putin–Trump meeting"
    assert frame.get_column("time_left").to_list()[0] == "in 5 d 00:00:00"
    assert not any(c.startswith("_") for c in frame.columns)


def test_a_filter_that_matches_nothing_says_which_filter_to_clear(qtbot, view, state):
    state.update_filter(countries=("BLR",))
    assert view.stack.is_showing_message()
    assert "No deadlines match this filter" in view.stack.message()
    assert "BLR" in view.stack.message()
    state.clear_filter()
    assert view.model.rowCount() == 4


def test_an_empty_database_says_how_to_import(qtbot, empty_store, state):
    w = DeadlinesView(empty_store, state)
    qtbot.addWidget(w)
    assert "No deadlines yet" in w.stack.message()
    assert "analyst ingest FOLDER" in w.stack.message()
    assert w.frame().height == 0


@pytest.mark.parametrize(
    ("now", "fuzzy", "text"),
    [
        (datetime(2025, 8, 10), FuzzyDate.day(date(2025, 8, 16)), "in 6 d 00:00:00"),
        (datetime(2025, 8, 10, 19, 47, 51), FuzzyDate.day(date(2025, 8, 17)), "in 6 d 04:12:09"),
        (datetime(2025, 8, 15, 9), FuzzyDate.day(date(2025, 8, 15)), "today"),
        (datetime(2025, 8, 16), FuzzyDate.day(date(2025, 8, 15)), "expired 1 day ago"),
        (datetime(2025, 8, 1), FuzzyDate.week_of(date(2025, 8, 13)), "in about 10 days"),
        (datetime(2025, 8, 12), FuzzyDate.week_of(date(2025, 8, 13)), "this week"),
        (datetime(2025, 9, 10), FuzzyDate.month(2025, 9), "this month"),
        (datetime(2025, 12, 1), FuzzyDate.month(2025, 9), "expired about 2 months ago"),
        (datetime(2024, 6, 1), FuzzyDate.year(2025), "in about 7 months"),
    ],
)
def test_time_left_text(now, fuzzy, text):
    assert time_left(now, fuzzy.start, fuzzy.end, fuzzy.precision)[0] == text


def test_week_precision_is_shown_as_the_week(qtbot, state):
    import polars as pl

    from analyst.ui.deadlines_view import COLUMNS, DeadlineModel, _with_display_columns

    week = FuzzyDate.week_of(date(2025, 8, 13))
    df = pl.DataFrame(
        {
            "id": ["w"],
            "label": ["talks"],
            "kind": ["meeting"],
            "due_start": [week.start],
            "due_end": [week.end],
            "due_precision": ["week"],
            "setter": [None],
            "subject": [None],
            "people": [[]],
        },
        schema_overrides={"setter": pl.String, "subject": pl.String, "people": pl.List(pl.String)},
    )
    m = DeadlineModel(COLUMNS, TIME_LEFT_COLUMN)
    m.set_rows(_with_display_columns(df, {}), datetime(2025, 8, 1))
    assert m.display_text(0, 1) == "week of 11 Aug 2025"
    kind = next(c for c, column in enumerate(COLUMNS) if column.key == "kind")
    m.set_rows(
        _with_display_columns(df.with_columns(kind=pl.lit("tariff_end")), {}), datetime(2025, 8, 1)
    )
    assert m.display_text(0, kind) == "Tariff end"  # read as words, not as a code


def test_picture(view):
    image = view.grab()
    assert image.save("/tmp/deadlines_view.png")


def test_a_label_cut_short_by_its_column_is_whole_in_its_tooltip(view):
    row = _row(view, "meeting")
    index = view.model.index(row, 0)
    assert view.model.data(index, Qt.ItemDataRole.ToolTipRole) == "Putin–Trump meeting"


def test_a_narrow_view_cuts_the_long_text_columns_and_keeps_the_countdown_whole(qtbot, view):
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    countdown = metrics.horizontalAdvance("expired about 11 months ago") + 36
    assert header.sectionSize(TIME_LEFT_COLUMN) >= countdown
    label_wide = header.sectionSize(0)
    view.resize(720, 400)
    qtbot.wait(20)
    assert sum(header.sectionSize(c) for c in range(header.count())) <= (
        view.table.viewport().width() + 1
    )
    assert header.sectionSize(TIME_LEFT_COLUMN) >= countdown  # never cut, nor let jitter
    assert header.sectionSize(0) < label_wide  # the label gives way, elided...
    label = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert label == view.model.display_text(0, 0)  # ...and its tooltip holds it whole


def test_a_column_dragged_by_hand_keeps_its_width_when_the_view_is_resized(qtbot, view):
    header = view.table.horizontalHeader()
    viewport = header.viewport()
    # a width the program sets while no button is down stays the program's to share
    header.resizeSection(0, 300)
    view.resize(600, 400)
    qtbot.wait(20)
    assert header.sectionSize(0) != 300
    view.resize(900, 400)
    # a drag on the header: press, the section's new width, release
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    header.resizeSection(0, 300)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    view.resize(600, 400)
    qtbot.wait(20)
    assert header.sectionSize(0) == 300
