"""The filter bar: every control writes FilterState, and mirrors changes made elsewhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from analyst.store import Filter, evidence_for, interactions
from analyst.ui.filter_bar import AS_OF_ARTICLE, AS_OF_CHOSEN, AS_OF_NOW, FilterBar, MultiPicker


@pytest.fixture
def bar(qtbot, store, state):
    b = FilterBar(store, state)
    qtbot.addWidget(b)
    b.resize(1500, 80)
    b.show()
    qtbot.waitExposed(b)
    return b


def _click_item(qtbot, picker: MultiPicker, key: str) -> None:
    """Opens the picker's popup and clicks the row of ``key``, as a user would."""
    if not picker.popup.isVisible():
        qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(picker.popup.isVisible)
    lst = picker.popup.list
    item = picker.item_for(key)
    assert item is not None, key
    rect = lst.visualItemRect(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _visible_keys(picker: MultiPicker) -> list[str]:
    lst = picker.popup.list
    return [
        lst.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(lst.count())
        if not lst.item(r).isHidden()
    ]


def test_starts_with_all_facts(bar):
    assert bar.summary_text() == "All facts"
    assert bar.leaders.checked() == ()
    assert not bar.clear_button.isEnabled()


def test_leaders_list_has_fact_counts_and_a_search(qtbot, bar):
    putin = bar.leaders.item_for("Vladimir Putin")
    assert putin is not None and "RUS" in putin.text() and "12 facts" in putin.text()
    qtbot.mouseClick(bar.leaders, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.leaders.popup.search, "xi")
    assert _visible_keys(bar.leaders) == ["Xi Jinping"]


def test_picking_leaders_updates_the_filter_and_the_summary(qtbot, bar, state):
    with qtbot.waitSignal(state.filter_changed):
        _click_item(qtbot, bar.leaders, "Xi Jinping")
    assert state.filter.leaders == ("Xi Jinping",)
    assert "Xi Jinping" in bar.summary_text()
    assert "Xi Jinping" in bar.leaders.text()

    _click_item(qtbot, bar.leaders, "Vladimir Putin")
    assert set(state.filter.leaders) == {"Xi Jinping", "Vladimir Putin"}
    assert "2 chosen" in bar.leaders.text()

    _click_item(qtbot, bar.leaders, "Xi Jinping")
    assert state.filter.leaders == ("Vladimir Putin",)


def test_countries_are_listed_by_name_and_found_by_code(qtbot, bar, state):
    qtbot.mouseClick(bar.countries, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.countries.popup.search, "rus")
    assert "RUS" in _visible_keys(bar.countries)
    assert "Russia" in bar.countries.item_for("RUS").text()
    _click_item(qtbot, bar.countries, "RUS")
    assert state.filter.countries == ("RUS",)
    assert bar.summary_text() == "Countries: RUS"


def test_kinds_and_statuses(qtbot, bar, state):
    _click_item(qtbot, bar.kinds, "secondary_tariff")
    _click_item(qtbot, bar.kinds, "sanction")
    assert state.filter.kinds == {"secondary_tariff", "sanction"}
    bar.kinds.popup.hide()
    _click_item(qtbot, bar.statuses, "threatened")
    assert state.filter.statuses == {"threatened"}
    assert "statuses: threatened" in bar.summary_text().lower()
    # "Clear choice" in the popup empties one control only.
    qtbot.mouseClick(bar.statuses.popup.none_button, Qt.MouseButton.LeftButton)
    assert state.filter.statuses == frozenset()
    assert state.filter.kinds == {"secondary_tariff", "sanction"}


def test_date_range_from_the_check_boxes_and_edits(qtbot, bar, state):
    qtbot.mouseClick(bar.since_check, Qt.MouseButton.LeftButton)
    assert state.filter.since is not None  # the first day any fact may fall on
    bar.since_edit.setDate(QDate(2025, 8, 1))
    assert state.filter.since == date(2025, 8, 1)
    qtbot.mouseClick(bar.until_check, Qt.MouseButton.LeftButton)
    bar.until_edit.setDate(QDate(2025, 8, 31))
    assert state.filter == Filter(since=date(2025, 8, 1), until=date(2025, 8, 31))
    assert "2025-08-01 – 2025-08-31" in bar.summary_text()

    # Moving "from" past "to" moves "to" along rather than making an impossible range.
    bar.since_edit.setDate(QDate(2025, 9, 10))
    assert state.filter.since == state.filter.until == date(2025, 9, 10)
    assert bar.until_edit.date() == QDate(2025, 9, 10)

    qtbot.mouseClick(bar.since_check, Qt.MouseButton.LeftButton)
    assert state.filter.since is None and not bar.since_edit.isEnabled()


def test_reflects_changes_made_elsewhere_without_emitting(qtbot, bar, state):
    emitted: list[Filter] = []
    state.filter_changed.connect(emitted.append)

    state.update_filter(since=date(2025, 8, 6), until=date(2025, 8, 15))  # a timeline drag
    assert bar.since_check.isChecked() and bar.until_check.isChecked()
    assert bar.since_edit.date() == QDate(2025, 8, 6)
    assert bar.until_edit.date() == QDate(2025, 8, 15)
    assert bar.summary_text() == "2025-08-06 – 2025-08-15"

    state.update_filter(leaders=("Donald Trump",), kinds=frozenset({"tariff"}))
    assert bar.leaders.checked() == ("Donald Trump",)
    assert bar.kinds.checked() == ("tariff",)
    assert len(emitted) == 2  # the bar echoed nothing back


def test_an_unknown_leader_from_elsewhere_still_shows_and_can_be_removed(qtbot, bar, state):
    state.update_filter(leaders=("Someone New",))
    assert bar.leaders.checked() == ("Someone New",)
    _click_item(qtbot, bar.leaders, "Someone New")
    assert state.filter.leaders == ()


def test_as_of_now_chosen_and_article_publication(qtbot, bar, state, store):
    assert bar.as_of_combo.currentIndex() == AS_OF_NOW
    assert not bar.as_of_edit_action.isVisible()

    bar.as_of_combo.setCurrentIndex(AS_OF_CHOSEN)
    assert bar.as_of_edit_action.isVisible() and bar.as_of_edit.isEnabled()
    qtbot.waitUntil(bar.as_of_edit.isVisible)  # the toolbar lays it out on its next pass
    bar.as_of_edit.setDateTime(QDateTime(QDate(2025, 8, 7), QTime(12, 30)))
    assert state.as_of == datetime(2025, 8, 7, 12, 30)
    assert "as of 2025-08-07 12:30" in bar.summary_text()

    # "Article publication": the latest article when nothing is selected …
    bar.as_of_combo.setCurrentIndex(AS_OF_ARTICLE)
    latest = store.articles()["published"].max()
    assert state.as_of == datetime.combine(latest, datetime.min.time())
    assert not bar.as_of_edit.isEnabled()
    # … and the selected fact's article once a fact is selected.
    fact_id = interactions(store, Filter())["id"][0]
    state.select_facts("interactions", (fact_id,))
    published = evidence_for(store, fact_id)["published"][0]
    assert state.as_of == datetime.combine(published, datetime.min.time())

    state.set_as_of(None)  # from elsewhere
    assert bar.as_of_combo.currentIndex() == AS_OF_NOW
    assert not bar.as_of_edit_action.isVisible()

    state.set_as_of(datetime(2025, 8, 1, 9, 0))
    assert bar.as_of_combo.currentIndex() == AS_OF_CHOSEN
    assert bar.as_of_edit.dateTime() == QDateTime(QDate(2025, 8, 1), QTime(9, 0))


def test_clear_resets_filter_selection_and_as_of(qtbot, bar, state, store):
    state.update_filter(leaders=("Vladimir Putin",), countries=("CHN",), since=date(2025, 8, 1))
    state.update_filter(kinds=frozenset({"call"}), statuses=frozenset({"occurred"}))
    state.set_as_of(datetime(2025, 8, 8))
    state.select_facts("interactions", (interactions(store, Filter())["id"][0],))
    assert bar.clear_button.isEnabled()

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)

    assert state.filter == Filter()
    assert state.as_of is None
    assert state.selection.is_empty()
    assert bar.summary_text() == "All facts"
    for picker in (bar.leaders, bar.countries, bar.kinds, bar.statuses):
        assert picker.checked() == ()
    assert not bar.since_check.isChecked() and not bar.until_check.isChecked()
    assert bar.as_of_combo.currentIndex() == AS_OF_NOW
    assert not bar.clear_button.isEnabled()
