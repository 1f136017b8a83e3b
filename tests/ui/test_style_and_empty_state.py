"""The application's style (standard icons made once, the theme given to named widgets)
and the empty-state pages."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QStyle, QTableView

from analyst.ui.empty_state import EmptyStateStack
from analyst.ui.filter_bar import MultiPicker, PickItem
from analyst.ui.style import ACTIVE_BUTTON, QUIET_TEXT, DashboardStyle


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


def test_a_picker_with_a_choice_is_drawn_in_the_accent_colours(qtbot):
    style = DashboardStyle()
    picker = MultiPicker("Countries")
    qtbot.addWidget(picker)
    picker.setStyle(style)
    picker.ensurePolished()
    picker.set_items([PickItem("RUS", "Russia"), PickItem("CHN", "China")])
    idle = picker.palette().color(QPalette.ColorRole.Button)
    assert not picker.font().bold()

    picker.set_checked(["RUS"])
    assert picker.text().startswith("Countries: RUS")
    assert picker.palette().color(QPalette.ColorRole.Button) == QColor(ACTIVE_BUTTON) != idle
    assert picker.font().bold()

    picker.set_checked([])
    assert picker.palette().color(QPalette.ColorRole.Button) == idle
    assert not picker.font().bold()


def test_named_labels_and_a_docks_view_take_the_theme(qtbot):
    style = DashboardStyle()
    hint = QLabel("Click a leader")
    hint.setObjectName("viewHint")
    plain = QLabel("Anything")
    for label in (hint, plain):
        qtbot.addWidget(label)
        label.setStyle(style)
        label.ensurePolished()
    assert hint.font().pointSizeF() == 9
    assert hint.palette().color(QPalette.ColorRole.WindowText) == QColor(QUIET_TEXT)
    assert plain.palette().color(QPalette.ColorRole.WindowText) != QColor(QUIET_TEXT)

    dock = QDockWidget("Leaders")
    qtbot.addWidget(dock)
    view = QTableView()
    dock.setWidget(view)
    view.setStyle(style)
    view.ensurePolished()
    assert view.autoFillBackground()
    assert view.palette().color(QPalette.ColorRole.Window) == QColor("#ffffff")
