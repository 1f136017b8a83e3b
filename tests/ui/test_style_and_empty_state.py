"""The application's style (standard icons made once) and the empty-state pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStyle, QTableView

from analyst.ui.empty_state import EmptyStateStack
from analyst.ui.style import DashboardStyle


def test_the_style_makes_each_standard_icon_once(qapp):
    style = DashboardStyle()
    close = QStyle.StandardPixmap.SP_TitleBarCloseButton
    first = style.standardIcon(close)
    assert not first.isNull()
    assert style.standardIcon(close).cacheKey() == first.cacheKey()
    other = style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton)
    assert other.cacheKey() != first.cacheKey()


def test_an_empty_state_message_shows_again_after_the_content(qtbot):
    table = QTableView()
    stack = EmptyStateStack(table)
    qtbot.addWidget(stack)
    stack.show_message("No tariffs match this filter", "Filter: countries: CHN")
    stack.show_message("No tariffs match this filter", "Filter: countries: CHN")
    assert stack.is_showing_message()
    assert stack.message() == "No tariffs match this filter\nFilter: countries: CHN"
    stack.show_content()
    assert stack.currentWidget() is table and stack.message() == ""
    stack.show_message("No tariffs match this filter", "Filter: countries: CHN")
    assert stack.is_showing_message()
    stack.show_message("No tariffs match this filter", "Filter: countries: RUS")
    texts = [label.text() for label in stack.findChildren(QLabel)]
    assert any("RUS" in text for text in texts) and not any("CHN" in t for t in texts)
