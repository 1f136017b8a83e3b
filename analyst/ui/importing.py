"""Importing articles from the window: the job, its progress in the status bar, its summary.

Rules of the concept:
- The request is frozen on the GUI thread (:class:`ImportRequest`): the paths and a
  :meth:`~analyst.store.Store.for_thread` store of its own for the worker. The job is
  :func:`analyst.pipeline.ingest_paths`, one transaction per article, so cancelling (checked
  between articles) never leaves half an article stored.
- Progress shows in the status bar (articles done / total and the current file) with a
  Cancel button; the window stays usable meanwhile.
- The end is an :class:`ImportSummary` (plain values) shown in a non-blocking dialog: how
  many were added, already present, refused (with the reason, per file) and, after a
  cancel, not looked at.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Store
from analyst.ui.tasks import Cancelled, Job, Progress


@dataclass(frozen=True)
class ImportRequest:
    """What to import, captured on the GUI thread."""

    paths: tuple[Path, ...]
    database: Path | None


@dataclass(frozen=True)
class ImportSummary:
    """The answer: counts and, per file, what happened. Plain values (no Qt)."""

    added: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()  # (path, reason)
    cancelled: bool = False
    total: int = 0  # article files found
    done: int = 0  # article files looked at
    seconds: float = 0.0
    failure: str | None = None  # the job stopped with an error (what was stored stays)
    facts: dict[str, int] = field(default_factory=dict)

    @property
    def not_done(self) -> int:
        """Files found but never looked at (after a cancel)."""
        return max(0, self.total - self.done)

    def counts_text(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.skipped)} already present",
            f"{len(self.refused)} refused",
        ]
        if self.cancelled and self.not_done:
            parts.append(f"{self.not_done} not imported")
        return " · ".join(parts)

    def headline(self) -> str:
        if self.failure:
            return "The import stopped with an error"
        if self.cancelled:
            return "Import cancelled"
        n = len(self.added)
        return f"Imported {n} article{'s' if n != 1 else ''}"


def import_job(request: ImportRequest, store: Store) -> Job:
    """The job for ``request``, writing through ``store`` (a :meth:`Store.for_thread` store,
    closed by the job when it ends)."""

    def job(progress: Progress, cancelled: Cancelled) -> ImportSummary:
        from analyst.pipeline import country_rows, ingest_paths

        started = time.perf_counter()
        total = looked = 0

        def report(done: int, n: int, path: Path) -> None:
            nonlocal total, looked
            total, looked = n, done
            progress(done, n, str(path))

        try:
            if not store.counts().get("countries"):
                store.ensure_countries(country_rows())  # so views can name countries
            result = ingest_paths(store, list(request.paths), progress=report, cancelled=cancelled)
            facts = store.counts()
        finally:
            store.close()
        return ImportSummary(
            added=tuple(result.added),
            skipped=tuple(result.skipped),
            refused=tuple((str(e.path), str(e.reason)) for e in result.refused),
            cancelled=result.cancelled,
            total=total,
            done=looked,
            seconds=time.perf_counter() - started,
            facts=facts,
        )

    return job


class ImportProgress(QWidget):
    """The status bar's indicator of a long job: "Importing 12 of 500 · name.txt" (or any
    text), a bar, Cancel. Emits ``cancel_requested()`` when Cancel is clicked (GUI thread)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(260)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(200)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v / %m")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop after the article being read (nothing half-stored)")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        """Shows the indicator, busy, with ``text`` ("Importing the folder news…")."""
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first file is counted
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Cancel")
        self.show()

    def set_progress(self, done: int, total: int, current: str) -> None:
        """An import's step: ``done`` of ``total`` files, reading ``current``."""
        name = Path(current).name if current else ""
        self.set_step(done, total, f"Importing {done} of {total} · {name}")
        self.label.setToolTip(current)

    def set_step(self, done: int, total: int, text: str) -> None:
        """Any job's step; ``total == 0`` shows a busy bar."""
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(text)

    def end(self) -> None:
        self.hide()

    def value(self) -> int:
        return self.bar.value()

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText("Cancelling…")
        self.cancel_requested.emit()


class ImportSummaryDialog(QDialog):
    """Says how an import went: counts, then one row per refused (or skipped) file and why."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle("Import articles")
        self.summary = summary
        headline = QLabel(summary.headline(), self)
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        headline.setFont(font)
        self.counts_label = QLabel(summary.counts_text(), self)
        self.counts_label.setObjectName("importCounts")
        detail = QLabel(self._detail(summary), self)
        detail.setWordWrap(True)
        detail.setTextFormat(Qt.TextFormat.PlainText)

        self.files = QTreeWidget(self)
        self.files.setObjectName("importFiles")
        self.files.setColumnCount(3)
        self.files.setHeaderLabels(["File", "Result", "Details"])
        self.files.setRootIsDecorated(False)
        self.files.setAlternatingRowColors(True)
        self.files.setUniformRowHeights(True)
        for path, reason in summary.refused:
            self._add(path, "refused", reason)
        for path in summary.skipped:
            self._add(path, "already present", "the same text is stored")
        for line in summary.added:
            path, _, facts = line.partition("  (")
            self._add(path, "added", facts.rstrip(")"))
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.files.resizeColumnToContents(1)
        header.resizeSection(0, 340)
        self.files.setVisible(self.files.topLevelItemCount() > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.counts_label)
        layout.addWidget(detail)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.resize(720, 420 if self.files.topLevelItemCount() else 160)

    def counts_text(self) -> str:
        return self.counts_label.text()

    def rows(self) -> list[tuple[str, str, str]]:
        """(file, result, details) per row shown."""
        out = []
        for i in range(self.files.topLevelItemCount()):
            item = self.files.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1), item.text(2)))
        return out

    def _add(self, path: str, result: str, why: str) -> None:
        item = QTreeWidgetItem([Path(path).name or path, result, why])
        item.setToolTip(0, path)
        item.setToolTip(2, why)
        self.files.addTopLevelItem(item)

    @staticmethod
    def _detail(summary: ImportSummary) -> str:
        lines: list[str] = []
        if summary.failure:
            lines.append(summary.failure.splitlines()[0])
            lines.append("Every article stored before the error is kept, whole.")
        elif summary.cancelled:
            lines.append(
                "Stopped between two articles: every article listed as added is stored "
                "whole, and nothing of the rest."
            )
        if summary.seconds:
            found = f"{summary.total} article file{'s' if summary.total != 1 else ''} found"
            lines.append(f"{found}; the import took {summary.seconds:.1f} s.")
        return "\n".join(lines)


def describe_paths(paths: Sequence[Path]) -> str:
    """ "3 files", "the folder news", "news.txt" — for the progress label."""
    if len(paths) == 1:
        p = paths[0]
        return f"the folder {p.name}" if p.is_dir() else p.name
    return f"{len(paths)} files and folders"


def as_paths(values: Sequence[Any]) -> tuple[Path, ...]:
    return tuple(Path(str(v)) for v in values if str(v))
