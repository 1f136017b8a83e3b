"""FrameModel alone: a polars frame shown, formatted, sorted in polars, highlighted, copied."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from analyst.model import FuzzyDate
from analyst.ui.frame_model import (
    Column,
    FrameModel,
    format_fuzzy_date,
    format_rate,
    fuzzy_date_expr,
    rows_as_tsv,
)

COLUMNS = (
    Column("name", "Name"),
    Column("rate", "Rate", fmt=format_rate),
    Column("_when", "When", sort_key="when", tooltip_key="note"),
)


def _frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "name": ["delta", "Alpha", "charlie", None],
            "rate": [25.0, None, 12.5, 3.0],
            "when": [date(2025, 8, 6), date(2025, 1, 1), None, date(2025, 9, 1)],
            "_when": ["6 Aug 2025", "2025", None, "Sep 2025"],
            "note": ["first", "second", "third", "fourth"],
        }
    )


def _column(model: FrameModel, col: int) -> list[str]:
    return [model.display_text(r, col) for r in range(model.rowCount())]


@pytest.fixture
def model(qtbot):
    m = FrameModel(COLUMNS)
    m.set_frame(_frame())
    return m


def test_shows_the_columns_the_view_chose_with_their_titles_and_formats(model, qtmodeltester):
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.columnCount() == 3
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert titles == ["Name", "Rate", "When"]
    assert _column(model, 0) == ["delta", "Alpha", "charlie", ""]
    assert _column(model, 1) == ["25%", "", "12.5%", "3%"]
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "first"
    assert [model.row_id(r) for r in range(4)] == ["a", "b", "c", "d"]
    assert model.row_of("c") == 2
    assert model.row_of("zzz") == -1


def test_set_frame_resets_the_model(model, qtbot):
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_frame(_frame().head(2))
    assert model.rowCount() == 2


def test_sort_is_done_in_polars_case_insensitive_with_nulls_last(model):
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(model, 0) == ["Alpha", "charlie", "delta", ""]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, 0) == ["delta", "charlie", "Alpha", ""]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # numerically, not as text
    assert _column(model, 1) == ["3%", "12.5%", "25%", ""]
    # The date column sorts by its sort_key (the real date), not its text.
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(model, 2) == ["2025", "6 Aug 2025", "Sep 2025", ""]
    assert model.frame().get_column("id").to_list() == ["b", "a", "d", "c"]


def test_the_sort_is_kept_for_a_new_frame(model):
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_frame(_frame().reverse())
    assert _column(model, 0) == ["Alpha", "charlie", "delta", ""]


def test_rows_keep_their_persistent_indexes_across_a_sort(model):
    kept = QPersistentModelIndex(model.index(0, 0))  # "delta", id "a"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 2
    assert model.row_id(kept.row()) == "a"


def test_highlight_is_a_restyle_of_font_and_background(model, qtbot):
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_highlighted({"c"})
    assert Qt.ItemDataRole.FontRole in blocker.args[2]
    assert Qt.ItemDataRole.DisplayRole not in blocker.args[2]
    font = model.data(model.index(2, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None


def test_color_and_swatch_come_from_the_value(qtbot):
    from PySide6.QtGui import QColor

    red = QColor("red")
    m = FrameModel(
        [Column("status", "Status", color=lambda v: red if v == "imposed" else None, swatch=True)]
    )
    m.set_frame(pl.DataFrame({"id": ["x", "y"], "status": ["imposed", "lifted"]}))
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole) == red
    assert m.data(m.index(0, 0), Qt.ItemDataRole.DecorationRole) == red
    assert m.data(m.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_rows_as_tsv_has_a_header_and_the_text_shown(model):
    model.set_frame(_frame().with_columns(pl.col("name").fill_null("tab\there")))
    text = rows_as_tsv(model, [0, 3])
    assert text.splitlines() == [
        "Name\tRate\tWhen",
        "delta\t25%\t6 Aug 2025",
        "tab here\t3%\tSep 2025",
    ]


def test_a_large_frame_is_shown_and_sorted(qtbot):
    n = 100_000
    df = pl.DataFrame(
        {
            "id": [f"id{i}" for i in range(n)],
            "name": [f"name {n - i:06d}" for i in range(n)],
            "rate": [float(i % 97) for i in range(n)],
        }
    )
    m = FrameModel(COLUMNS[:2])
    m.set_frame(df)
    assert m.rowCount() == n
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert m.display_text(0, 0) == "name 000001"
    assert m.row_id(n - 1) == "id0"


def test_an_empty_frame_is_fine(qtbot, qtmodeltester):
    m = FrameModel(COLUMNS)
    qtmodeltester.check(m)
    m.set_frame(pl.DataFrame())
    m.sort(0)
    assert m.rowCount() == 0


@pytest.mark.parametrize(
    ("fuzzy", "text"),
    [
        (FuzzyDate.day(date(2025, 8, 15)), "15 Aug 2025"),
        (FuzzyDate.week_of(date(2025, 8, 13)), "week of 11 Aug 2025"),
        (FuzzyDate.month(2025, 9), "Sep 2025"),
        (FuzzyDate.year(2025), "2025"),
    ],
)
def test_dates_are_written_at_their_precision_in_python_and_polars(fuzzy, text):
    assert format_fuzzy_date(fuzzy.start, fuzzy.precision) == text
    df = pl.DataFrame({"s": [fuzzy.start], "p": [fuzzy.precision]})
    assert df.select(fuzzy_date_expr("s", "p")).item() == text
    assert format_fuzzy_date(None, None) == ""
