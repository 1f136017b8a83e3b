"""The application's widget style: Fusion, with its standard icons made once.

Fusion makes a standard icon (a dock's close and float buttons, a message box's warning)
anew each time it is asked, reading the icon theme's files; and it is asked on every
paint and every layout of each dock's title bar, so a filter change that repaints the
docks spent milliseconds there. The icons do not change while the application runs
(but for the layout direction, which mirrors arrows), so they are made once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class DashboardStyle(QProxyStyle):
    """Fusion (or ``base``), answering :meth:`standardIcon` from a cache."""

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
