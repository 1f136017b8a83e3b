"""How a table's columns share a view narrower than they want."""

from __future__ import annotations

from analyst.ui.table_actions import shared_widths


def test_widths_fit_as_wanted_when_there_is_room():
    assert shared_widths([100, 50, 300], [100, 50, 80], 1000) == [100, 50, 300]


def test_the_widest_are_cut_to_one_cap_above_their_floors():
    assert shared_widths([100, 50, 300, 250], [100, 50, 80, 80], 500) == [100, 50, 175, 175]


def test_floors_are_kept_even_when_the_room_is_smaller_than_them_all():
    assert shared_widths([100, 300], [100, 150], 120) == [100, 150]
