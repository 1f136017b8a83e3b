"""What a panel shows instead of a blank area when it has nothing to show.

Rules of the concept:
- A panel is never silently empty. With no data at all it says how to get some (import
  articles); when the filter (or the panel's own search) leaves nothing, it says so and
  names what is set, so the analyst knows which control to clear.
- The message is plain text an analyst can read in a screenshot or an exported snapshot;
  :meth:`EmptyStateStack.message` gives the same text to tests.
- The stack only shows; it changes no state. Its "Clear filter" button emits
  :attr:`EmptyStateStack.clear_filter_requested` and the panel decides what to clear.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from analyst.store import Filter

INGEST_HINT = "File › Import articles, or `analyst ingest FOLDER`"


def filter_fields(f: Filter) -> list[str]:
    """The names of the filter's fields that are set, as the filter bar calls them."""
    names: list[str] = []
    if f.leaders:
        names.append("leaders")
    if f.countries:
        names.append("countries")
    if f.since or f.until:
        names.append("date")
    if f.kinds:
        names.append("kinds")
    if f.statuses:
        names.append("status")
    return names


def _and(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def no_data_message(noun: str) -> tuple[str, str]:
    """(headline, detail) for a database without any ``noun``."""
    return (f"No {noun} yet", f"Import articles to see them here: {INGEST_HINT}.")


def no_match_message(noun: str, f: Filter) -> tuple[str, str]:
    """(headline, detail) for a filter that leaves no ``noun``; names the fields set."""
    fields = filter_fields(f)
    if not fields:
        return (f"No {noun} to show", "")
    plural = "s" if len(fields) > 1 else ""
    return (
        f"No {noun} match this filter — clear the {_and(fields)} filter{plural}",
        f"Filter: {f.describe()}",
    )


def no_search_match_message(noun: str, text: str) -> tuple[str, str]:
    return (f"No {noun} match “{text}”", "Clear the search box to see them all.")


def set_muted(label: QLabel) -> None:
    """Draws ``label`` in a secondary text colour that stays readable (the disabled colour
    of most styles is too faint for text that matters)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.62 + back.red() * 0.38),
        round(text.green() * 0.62 + back.green() * 0.38),
        round(text.blue() * 0.62 + back.blue() * 0.38),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


def _rich(text: str) -> str:
    """Escapes ``text`` and shows `backticked` parts as code."""
    parts = html.escape(text).split("`")
    return "".join(
        f"<code style='font-family: monospace'>{p}</code>" if i % 2 else p
        for i, p in enumerate(parts)
    )


class EmptyStateStack(QStackedWidget):
    """A stack of the panel's ``content`` and a centred message page.

    Emits ``clear_filter_requested()`` when the message's "Clear filter" button is clicked.
    """

    clear_filter_requested = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._page = QWidget(self)
        self._page.setObjectName("emptyState")
        layout = QVBoxLayout(self._page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        self._headline = QLabel(self._page)
        self._headline.setObjectName("emptyStateHeadline")
        self._headline.setWordWrap(True)
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._headline.setFont(font)
        self._detail = QLabel(self._page)
        self._detail.setObjectName("emptyStateDetail")
        self._detail.setWordWrap(True)
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setTextFormat(Qt.TextFormat.RichText)
        set_muted(self._detail)
        self._button = QPushButton("Clear filter", self._page)
        self._button.clicked.connect(self.clear_filter_requested)
        layout.addWidget(self._headline)
        layout.addSpacing(6)
        layout.addWidget(self._detail)
        layout.addSpacing(10)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.addWidget(content)
        self.addWidget(self._page)
        self.setCurrentWidget(content)
        self._shown = ("", "", False)  # the message last shown: headline, detail, button

    def content(self) -> QWidget:
        return self._content

    def show_content(self) -> None:
        if self.currentWidget() is not self._content:
            self.setCurrentWidget(self._content)

    def show_message(self, headline: str, detail: str = "", *, clear_button: bool = False) -> None:
        shown = (headline, detail, clear_button)
        if shown == self._shown and self.is_showing_message():
            return  # a rich-text label laid out again, and the page switched, for nothing
        self._shown = shown
        self._headline.setText(headline)
        self._detail.setText(_rich(detail))
        self._detail.setVisible(bool(detail))
        self._button.setVisible(clear_button)
        self.setCurrentWidget(self._page)

    def show_no_data(self, noun: str) -> None:
        self.show_message(*no_data_message(noun))

    def show_no_match(self, noun: str, f: Filter) -> None:
        self.show_message(*no_match_message(noun, f), clear_button=not f.is_empty())

    def is_showing_message(self) -> bool:
        return self.currentWidget() is self._page

    def message(self) -> str:
        """The message shown (headline and detail), or ``""`` while the content shows."""
        if not self.is_showing_message():
            return ""
        headline, detail, _ = self._shown
        return f"{headline}\n{detail.replace('`', '')}".strip()
