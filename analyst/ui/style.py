"""The application's look: Fusion with a calm light palette, its standard icons made once,
and a few widgets, known by their object names, given their own font or colour.

Why not a style sheet: with one set on the application, Qt draws every widget through its
style-sheet style, which matches the sheet's rules on each paint; a filter change that
repaints the window took 20–30 ms longer with the sheet than without it (see
``benchmarks/README.md``). A palette and fonts set once, when a widget is first polished,
cost nothing while drawing.

Why the icon cache: Fusion makes a standard icon (a dock's close and float buttons, a
message box's warning) anew each time it is asked, reading the icon theme's files, and it
is asked on every paint and every layout of each dock's title bar. The icons do not
change while the application runs (but for the layout direction, which mirrors arrows).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHeaderView,
    QProxyStyle,
    QStatusBar,
    QStyle,
    QStyleOption,
    QStyleOptionDockWidget,
    QToolButton,
    QWidget,
)

#: Near-black text on white or very light grey; one blue accent marks what is active.
TEXT = "#1f2328"
WINDOW = "#eef1f5"
VIEW = "#ffffff"
ALTERNATE_ROW = "#f5f7fa"
SELECTION = "#cfe0f7"
SELECTED_TEXT = "#10243a"
BAR = "#f7f8fa"
DOCK_TITLE = "#dde3ea"
DOCK_TITLE_LINE = "#c4ccd6"
HEADER = "#eef1f5"
ACCENT = "#2f6fb5"
ACTIVE_BUTTON = "#e3eefb"
ACTIVE_TEXT = "#17426e"
QUIET_TEXT = "#5b6773"
TOOLTIP = "#fffef4"

#: Object name → (point size or None to keep, bold, text colour or None to keep).
_NAMED: dict[str, tuple[float | None, bool, str | None]] = {
    "filterSummary": (None, False, "#3a4652"),
    "evidenceText": (11, False, None),
    "evidenceTitle": (11, True, None),
    "evidenceMeta": (None, False, "#4d5965"),
    "viewHint": (9, False, QUIET_TEXT),
    "viewPlaceholder": (11, False, QUIET_TEXT),
    "factCounts": (None, True, None),
}

#: Tool buttons that pick a filter; a picker whose ``active`` property is true is drawn
#: in the accent colours.
_PICKERS = frozenset({"leadersPicker", "countriesPicker", "kindsPicker", "statusesPicker"})

#: Object name → the background it is filled with.
_FILLED = {"filterToolbar": BAR, "pickerPopup": VIEW}


def dashboard_palette() -> QPalette:
    """The application's palette: the theme's colours, Fusion's shades derived from them."""
    palette = QPalette(QColor(BAR), QColor(WINDOW))
    for role, colour in (
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Base, VIEW),
        (QPalette.ColorRole.AlternateBase, ALTERNATE_ROW),
        (QPalette.ColorRole.Highlight, SELECTION),
        (QPalette.ColorRole.HighlightedText, SELECTED_TEXT),
        (QPalette.ColorRole.ToolTipBase, TOOLTIP),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.Link, ACCENT),
        (QPalette.ColorRole.PlaceholderText, QUIET_TEXT),
    ):
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    return palette


class DashboardStyle(QProxyStyle):
    """Fusion (or ``base``): :meth:`standardIcon` answered from a cache, the theme's fonts
    and colours given to each widget once when it is polished, dock titles on a strip."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self._icons: dict[tuple[QStyle.StandardPixmap, Qt.LayoutDirection], QIcon] = {}

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        direction = (
            widget.layoutDirection() if widget is not None else QGuiApplication.layoutDirection()
        )
        key = (standard_icon, direction)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = super().standardIcon(standard_icon, option, widget)
        return icon

    def polish(self, target):  # type: ignore[no-untyped-def]  # QWidget, QPalette or QApplication
        super().polish(target)
        if isinstance(target, QWidget):
            _dress(target)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_DockWidgetTitle and isinstance(
            option, QStyleOptionDockWidget
        ):
            _draw_title_strip(option, painter)
            painter.save()
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            bold = QStyleOptionDockWidget(option)
            bold.fontMetrics = QFontMetrics(font)  # Fusion shortens the title by these
            super().drawControl(element, bold, painter, widget)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


def _draw_title_strip(option: QStyleOption, painter: QPainter) -> None:
    rect = option.rect
    painter.fillRect(rect, QColor(DOCK_TITLE))
    painter.fillRect(rect.left(), rect.bottom(), rect.width(), 1, QColor(DOCK_TITLE_LINE))


def _dress(widget: QWidget) -> None:
    """Gives ``widget`` the theme's font and colours for what it is."""
    name = widget.objectName()
    named = _NAMED.get(name)
    if named is not None:
        size, bold, colour = named
        _set_font(widget, size, bold)
        if colour is not None:
            _set_colour(widget, QPalette.ColorRole.WindowText, colour)
            _set_colour(widget, QPalette.ColorRole.Text, colour)
    elif name in _PICKERS and isinstance(widget, QToolButton):
        active = bool(widget.property("active"))
        _set_colour(widget, QPalette.ColorRole.Button, ACTIVE_BUTTON if active else VIEW)
        _set_colour(widget, QPalette.ColorRole.ButtonText, ACTIVE_TEXT if active else TEXT)
        _set_font(widget, None, active)
    elif isinstance(widget, QHeaderView):
        _set_font(widget, None, True)
        _set_colour(widget, QPalette.ColorRole.Button, HEADER)
    elif name in _FILLED:
        _fill(widget, _FILLED[name])
    elif isinstance(widget, QStatusBar):
        _fill(widget, BAR)
    elif isinstance(widget.parentWidget(), QDockWidget) and not isinstance(widget, QAbstractButton):
        _fill(widget, VIEW)  # a dock's view sits on white


def _set_font(widget: QWidget, point_size: float | None, bold: bool) -> None:
    font = QFont(QApplication.font(widget))  # the application's font for its class
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    if widget.font() != font:
        widget.setFont(font)


def _set_colour(widget: QWidget, role: QPalette.ColorRole, colour: str) -> None:
    palette = widget.palette()
    if palette.color(role) != QColor(colour):
        palette.setColor(role, QColor(colour))
        widget.setPalette(palette)


def _fill(widget: QWidget, colour: str) -> None:
    _set_colour(widget, QPalette.ColorRole.Window, colour)
    widget.setAutoFillBackground(True)
