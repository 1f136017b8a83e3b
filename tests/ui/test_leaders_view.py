"""The leaders table: who appears, and a click that filters every view to them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from analyst.store import Filter, leaders
from analyst.ui.leaders_view import LeadersView


@pytest.fixture
def view(qtbot, store, state):
    v = LeadersView(store, state)
    qtbot.addWidget(v)
    v.resize(600, 400)
    v.show()
    qtbot.waitExposed(v)
    return v


def _names(view: LeadersView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _click(qtbot, view: LeadersView, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = _names(view).index(name)
    index = view.proxy.index(row, 0)
    rect = view.table_view.visualRect(index)
    qtbot.mouseClick(view.table_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_lists_every_leader_with_counts_most_facts_first(view, store):
    expected = leaders(store, Filter())
    assert view.title == "Leaders"
    assert view.proxy.rowCount() == expected.height
    assert _names(view)[0] == "Vladimir Putin"
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Name", "Facts", "Mentions", "Country", "Title"]
    row = _names(view).index("Vladimir Putin")
    putin = expected.filter(expected["name"] == "Vladimir Putin").row(0, named=True)
    assert view.proxy.index(row, 1).data() == str(putin["facts"])
    assert view.proxy.index(row, 2).data() == str(putin["mentions"])
    assert view.proxy.index(row, 3).data() == "RUS"


def test_a_caveat_shows_as_icon_and_tooltip(view, store):
    table = leaders(store, Filter())
    with_caveat = table.filter(table["caveat"].is_not_null()).row(0, named=True)
    index = view.proxy.index(_names(view).index(with_caveat["name"]), 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert with_caveat["caveat"] in index.data(Qt.ItemDataRole.ToolTipRole)


def test_click_filters_to_the_leader_and_click_again_removes_it(qtbot, view, state):
    with qtbot.waitSignal(state.filter_changed):
        _click(qtbot, view, "Xi Jinping")
    assert state.filter.leaders == ("Xi Jinping",)
    shown = view.frame()
    assert (shown["facts"] > 0).all()
    assert "Xi Jinping" in _names(view)
    assert "Guo Jiakun" not in _names(view)  # mentioned, but in none of Xi's facts
    bold = view.proxy.index(_names(view).index("Xi Jinping"), 0).data(Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()

    _click(qtbot, view, "Xi Jinping")
    assert state.filter.leaders == ()
    assert "Guo Jiakun" in _names(view)


def test_click_on_another_leader_replaces_and_ctrl_click_adds(qtbot, view, state):
    _click(qtbot, view, "Xi Jinping")
    _click(qtbot, view, "Vladimir Putin")
    assert state.filter.leaders == ("Vladimir Putin",)
    _click(qtbot, view, "Donald Trump", Qt.KeyboardModifier.ControlModifier)
    assert state.filter.leaders == ("Vladimir Putin", "Donald Trump")
    _click(qtbot, view, "Vladimir Putin", Qt.KeyboardModifier.ControlModifier)
    assert state.filter.leaders == ("Donald Trump",)


def test_follows_filter_changes_made_elsewhere(view, state):
    state.update_filter(kinds=frozenset({"tariff"}))
    shown = view.frame()
    assert shown.height > 0
    assert (shown["facts"] > 0).all()
    assert "Alexander Lukashenko" not in _names(view)


def test_a_filter_leaving_nobody_shows_an_empty_state(view, state):
    state.update_filter(since=date(2040, 1, 1))
    assert view.stack.is_showing_message()
    assert "No leaders match this filter" in view.stack.message()
    state.clear_filter()
    assert not view.stack.is_showing_message()


def test_an_empty_database_says_how_to_fill_it(qtbot, empty_store, state):
    view = LeadersView(empty_store, state)
    qtbot.addWidget(view)
    assert view.stack.is_showing_message()
    assert "No leaders yet" in view.stack.message()
