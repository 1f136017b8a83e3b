"""Where a fact came from: the article text with the evidence sentence highlighted.

Rules of the concept:
- On ``selection_changed`` with fact ids, every article that supports one of them is
  listed (a small list at the top when there are several); the chosen article's cleaned
  text is shown with each of the selected facts' sentences highlighted, and the first one
  scrolled into view, under its title, source and publication date.
- Article text and titles are untrusted: they are always set as plain text, never as
  HTML, and links are never followed.
- Evidence offsets are Python character offsets into the cleaned text; Qt counts UTF-16
  code units, so offsets are converted before they reach a QTextCursor. When an offset
  does not match the stored sentence (an older database), the sentence is looked up.
- With nothing selected, a short message says how to get something here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Store, article_text, evidence_for
from analyst.ui.empty_state import EmptyStateStack
from analyst.ui.state import FilterState, Selection

EMPTY_MESSAGE = (
    "Select a fact in the map, tariffs, deadlines or timeline to see where it came from."
)
HIGHLIGHT = QColor("#ffe27a")
HIGHLIGHT_OTHER = QColor("#fff2b8")


@dataclass
class Source:
    """One supporting article and the spans of it that the selected facts cite."""

    article_id: str
    title: str | None
    source: str | None
    published: date | None
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, sentence)

    def heading(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        n = len(self.spans)
        return (
            f"{when} · {self.source or 'unknown source'} — {self.title or 'untitled'}"
            f"  ({n} sentence{'s' if n != 1 else ''})"
        )


class EvidenceView(QWidget):
    """The "Evidence" dock. Reads ``state.selection`` on ``selection_changed`` (GUI thread);
    emits nothing."""

    title = "Evidence"

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceView")
        self._store = store
        self._state = state
        self._sources: list[Source] = []
        self._pending_scroll: int | None = None

        self.sources_list = QListWidget(self)
        self.sources_list.setObjectName("evidenceSources")
        self.sources_list.setToolTip("Articles that support the selected facts")
        self.heading = QLabel(self)
        self.heading.setObjectName("evidenceTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("evidenceMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("evidenceText")
        self.text.setReadOnly(True)
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAcceptRichText(False)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(self.sources_list)
        inner.addWidget(self.heading)
        inner.addWidget(self.meta)
        inner.addWidget(self.text, 1)
        self._content = content

        self.stack = EmptyStateStack(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

        self.sources_list.currentRowChanged.connect(self._on_source_changed)
        state.selection_changed.connect(self._on_selection_changed)
        self.refresh()

    # -- public ---------------------------------------------------------------------------

    def refresh(self) -> list[Source]:
        """Re-reads the evidence of the current selection; returns the supporting articles."""
        sel = self._state.selection
        self._sources = self._gather(sel.fact_ids)
        if not sel.fact_ids:
            return self._show_message("Nothing selected", EMPTY_MESSAGE)
        if not self._sources:
            return self._show_message(
                "No evidence stored for this fact",
                "The database has no sentence for it; it may come from an older import.",
            )
        self.sources_list.blockSignals(True)
        self.sources_list.clear()
        for s in self._sources:
            item = QListWidgetItem(s.heading(), self.sources_list)
            item.setToolTip(s.heading())
        self.sources_list.blockSignals(False)
        many = len(self._sources) > 1
        self.sources_list.setVisible(many)
        if many:
            rows = min(len(self._sources), 4)
            self.sources_list.setFixedHeight(
                rows * max(self.sources_list.sizeHintForRow(0), 18) + 6
            )
        self.stack.show_content()
        self.sources_list.setCurrentRow(0)
        self._show_source(0)
        return self._sources

    def sources(self) -> list[Source]:
        return list(self._sources)

    def highlighted(self) -> list[str]:
        """The highlighted passages of the shown text (for tests and reports)."""
        return [sel.cursor.selectedText() for sel in self.text.extraSelections()]

    # -- slots ----------------------------------------------------------------------------

    def _on_selection_changed(self, _sel: Selection) -> None:
        self.refresh()

    def _on_source_changed(self, row: int) -> None:
        if 0 <= row < len(self._sources):
            self._show_source(row)

    # -- work -----------------------------------------------------------------------------

    def _gather(self, fact_ids: tuple[str, ...]) -> list[Source]:
        by_article: dict[str, Source] = {}
        for fact_id in fact_ids:
            for r in evidence_for(self._store, fact_id).iter_rows(named=True):
                s = by_article.get(r["article_id"])
                if s is None:
                    s = by_article[r["article_id"]] = Source(
                        r["article_id"], r["title"], r["source"], r["published"]
                    )
                span = (int(r["start"]), int(r["end"]), str(r["sentence"] or ""))
                if span not in s.spans:
                    s.spans.append(span)
        for s in by_article.values():
            s.spans.sort()
        # Earliest publication first, undated last: the order evidence_for uses.
        return sorted(
            by_article.values(), key=lambda s: (s.published is None, s.published or date.min)
        )

    def message(self) -> str:
        """The empty-state message shown, or ``""`` while an article shows."""
        return self.stack.message()

    def _show_message(self, headline: str, detail: str) -> list[Source]:
        self.stack.show_message(headline, detail)
        self.text.clear()
        self.text.setExtraSelections([])
        self.heading.clear()
        self.meta.clear()
        self.sources_list.clear()
        return self._sources

    def _show_source(self, row: int) -> None:
        s = self._sources[row]
        body = article_text(self._store, s.article_id) or ""
        self.heading.setText(s.title or "Untitled article")
        when = s.published.isoformat() if s.published else "date unknown"
        self.meta.setText(f"{s.source or 'Unknown source'} · published {when}")
        self.text.setPlainText(body)  # plain text: the article is never read as HTML

        selections: list[QTextEdit.ExtraSelection] = []
        first: int | None = None
        for i, (start, end, sentence) in enumerate(s.spans):
            span = _locate(body, start, end, sentence)
            if span is None:
                continue
            a, b = _utf16(body, span[0]), _utf16(body, span[1])
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT if i == 0 else HIGHLIGHT_OTHER)
            fmt.setForeground(QColor("#1a1a1a"))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
            if first is None:
                first = a
        self.text.setExtraSelections(selections)
        self._pending_scroll = first
        self._scroll_to_highlight()
        # The layout may not be final yet (a dock being shown): scroll again once it is.
        QTimer.singleShot(0, self, self._scroll_to_highlight)

    def _scroll_to_highlight(self) -> None:
        pos = self._pending_scroll
        if pos is None or not self.text.document():
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(pos, self.text.document().characterCount() - 1))
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        # Put the sentence a third of the way down rather than at the very edge.
        bar = self.text.verticalScrollBar()
        top = self.text.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.text.viewport().height() // 3)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._pending_scroll is not None:
            QTimer.singleShot(0, self, self._scroll_to_highlight)


def _locate(text: str, start: int, end: int, sentence: str) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence in ``text``: the stored offsets when they match."""
    if 0 <= start < end <= len(text) and (not sentence or text[start:end] == sentence):
        return start, end
    if sentence:
        found = text.find(sentence)
        if found >= 0:
            return found, found + len(sentence)
    if 0 <= start < end <= len(text):
        return start, end
    return None


def _utf16(text: str, index: int) -> int:
    """The position Qt uses (UTF-16 code units) for Python string index ``index``."""
    head = text[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)
