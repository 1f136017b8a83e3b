"""The tariff table, driven as an analyst would: read it, search it, sort it, pick a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from analyst.ui import tariffs_view
from analyst.ui.tariffs_view import STATUS_COLORS, TariffsView


@pytest.fixture
def view(qtbot, store, state):
    w = TariffsView(store, state)
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    qtbot.waitExposed(w)
    return w


def _col(view: TariffsView, title: str) -> int:
    titles = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    return titles.index(title)


def _rows(view: TariffsView) -> list[dict[str, str]]:
    m = view.model
    titles = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    return [{t: m.display_text(r, c) for c, t in enumerate(titles)} for r in range(m.rowCount())]


def _click_row(qtbot, view: TariffsView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title(view):
    assert TariffsView.title == "Tariffs & sanctions"


def test_seeded_store_shows_four_rows_with_usa_india_25_percent_imposed(view):
    assert not view.stack.is_showing_message()
    rows = _rows(view)
    assert len(rows) == 4
    india = [r for r in rows if r["Target"] == "India"]
    assert india == [
        {
            "Imposer": "United States",
            "Target": "India",
            "Measure": "Tariff",
            "Rate": "25%",
            "Status": "imposed",
            "Reason": "purchases of Russian oil",
            "Date": "6 Aug 2025",
            "Source": "China welcomes new US-Russia contact as Trump seeks end to Ukraine war",
        }
    ]
    # A group target is shown as the group; a week as the week, not a made-up day.
    assert {r["Target"] for r in rows} >= {"buyers of Russian oil", "Russia", "China"}
    assert "week of 21 Jul 2025" in {r["Date"] for r in rows}
    assert view.count_label.text() == "4 rows"


def test_status_is_coloured(view):
    m = view.model
    status = _col(view, "Status")
    colours = {
        m.display_text(r, status): m.data(m.index(r, status), Qt.ItemDataRole.ForegroundRole)
        for r in range(m.rowCount())
    }
    assert colours["imposed"] == STATUS_COLORS["imposed"]
    assert colours["threatened"] == STATUS_COLORS["threatened"]
    assert colours["imposed"] != colours["threatened"]


def test_typing_in_the_search_box_narrows_the_rows_after_a_pause(qtbot, view, monkeypatch):
    calls = []
    real = tariffs_view.tariffs
    monkeypatch.setattr(tariffs_view, "tariffs", lambda *a: calls.append(a) or real(*a))
    qtbot.keyClicks(view.search, "India")
    assert view.model.rowCount() == 4  # debounced: nothing yet
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert _rows(view)[0]["Target"] == "India"
    assert view.count_label.text() == "1 of 4"
    assert calls == []  # searched in the loaded frame, no new query
    frame = view.frame()
    assert frame.height == 1
    assert frame.item(0, "target") == "IND"
    assert not any(c.startswith("_") for c in frame.columns)


def test_search_matches_codes_and_is_case_insensitive(qtbot, view):
    view.search.setText("THREATENED")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)
    view.search.setText("ind")  # the ISO code of India is searchable too
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert _rows(view)[0]["Target"] == "India"
    view.search.setText("nothing like this")
    qtbot.waitUntil(view.stack.is_showing_message, timeout=2000)
    assert "nothing like this" in view.stack.message()
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=2000)
    assert not view.stack.is_showing_message()


def test_clicking_a_header_sorts_by_that_column(qtbot, view):
    header = view.table.horizontalHeader()
    target = _col(view, "Target")
    x = header.sectionViewportPosition(target) + header.sectionSize(target) // 2
    pos = header.rect().center()
    pos.setX(x)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    first = [r["Target"] for r in _rows(view)]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    second = [r["Target"] for r in _rows(view)]
    assert first == ["buyers of Russian oil", "China", "India", "Russia"]
    assert second == list(reversed(first))
    assert header.sortIndicatorSection() == target


def test_rate_sorts_as_a_number_with_blanks_last(view):
    view.table.sortByColumn(_col(view, "Rate"), Qt.SortOrder.DescendingOrder)
    assert [r["Rate"] for r in _rows(view)] == ["25%", "25%", "", ""]


def test_selecting_a_row_selects_the_tariff_and_its_countries(qtbot, view, state):
    row = next(i for i, r in enumerate(_rows(view)) if r["Target"] == "India")
    with qtbot.waitSignal(state.selection_changed):
        _click_row(qtbot, view, row)
    sel = state.selection
    assert sel.fact_kind == "tariffs"
    assert sel.fact_ids == (view.model.row_id(row),)
    assert sel.countries == ("USA", "IND")


def test_a_group_target_selects_only_the_imposer(qtbot, view, state):
    row = next(i for i, r in enumerate(_rows(view)) if r["Target"] == "buyers of Russian oil")
    _click_row(qtbot, view, row)
    assert state.selection.countries == ("USA",)


def test_a_selection_made_elsewhere_restyles_without_a_query(view, state, monkeypatch):
    calls = []
    monkeypatch.setattr(tariffs_view, "tariffs", lambda *a: calls.append(a))
    state.select_countries(("IND",))
    m = view.model
    bold = [
        m.display_text(r, _col(view, "Target"))
        for r in range(m.rowCount())
        if m.data(m.index(r, 0), Qt.ItemDataRole.FontRole)
    ]
    assert bold == ["India"]
    assert calls == []
    # Our own facts picked elsewhere (e.g. by an export or a link) are selected in the table.
    fid = m.row_id(0)
    state.select_facts("tariffs", (fid,), countries=())
    assert view.selected_rows() == [0]
    state.clear_selection()
    assert view.selected_rows() == []


def test_copy_selected_rows_puts_tab_separated_text_with_a_header_on_the_clipboard(qtbot, view):
    row = next(i for i, r in enumerate(_rows(view)) if r["Target"] == "India")
    _click_row(qtbot, view, row)
    view.copy_selected_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == [
        "Imposer",
        "Target",
        "Measure",
        "Rate",
        "Status",
        "Date",
        "Reason",
        "Source",
    ]
    assert lines[1].split("\t")[:5] == ["United States", "India", "Tariff", "25%", "imposed"]
    assert view.copy_action.text() == "Copy selected rows"


def test_a_filter_that_matches_nothing_says_which_filter_to_clear(qtbot, view, state):
    with qtbot.waitSignal(state.filter_changed):
        state.update_filter(countries=("BLR",))
    assert view.stack.is_showing_message()
    message = view.stack.message()
    assert "No tariffs or sanctions match this filter" in message
    assert "countries" in message and "BLR" in message
    view.grab().save("/tmp/tariffs_no_match.png")
    # Its button clears the filter, and the rows come back.
    view.stack._button.click()
    assert state.filter.is_empty()
    assert view.model.rowCount() == 4
    assert not view.stack.is_showing_message()


def test_filter_changes_requery(qtbot, view, state):
    state.update_filter(statuses=("imposed",))
    assert [r["Target"] for r in _rows(view)] == ["India"]


def test_an_empty_database_says_how_to_import(qtbot, empty_store, state):
    w = TariffsView(empty_store, state)
    qtbot.addWidget(w)
    assert w.stack.is_showing_message()
    assert "No tariffs or sanctions yet" in w.stack.message()
    assert "File › Import articles" in w.stack.message()
    assert "analyst ingest FOLDER" in w.stack.message()
    assert w.frame().height == 0


def test_picture(qtbot, view):
    view.resize(900, 400)
    image = view.grab()
    assert image.save("/tmp/tariffs_view.png")
    assert not image.isNull()


def test_a_reason_cut_short_by_its_column_is_whole_in_its_tooltip(view):
    row = next(r for r, row in enumerate(_rows(view)) if row["Target"] == "India")
    index = view.model.index(row, _col(view, "Reason"))
    assert view.model.data(index, Qt.ItemDataRole.ToolTipRole) == "purchases of Russian oil"
