"""Long work off the GUI thread, as request → response (napari, Orange3).

Rules of the concept:
- A job is a plain function ``job(progress, cancelled) -> result``: it calls
  ``progress(done, total, text)`` as it goes and checks ``cancelled()`` between steps. It
  knows nothing of Qt; everything it needs was captured (frozen) on the GUI thread before it
  started, including its own database connection (a DuckDB connection is never shared
  between threads).
- :meth:`TaskRunner.start` runs one job at a time in a worker thread and returns its
  generation number. Every answer carries that number; :meth:`TaskRunner.discard` makes
  the answers of the running job stale (they are dropped, never delivered).
- With ``synchronous=True`` the job runs inside ``start()`` on the calling thread and the
  same signals are emitted before it returns: tests can run it without waiting.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class _Worker(QThread):
    """Runs one job; its signals are emitted on the worker thread and reach the runner
    (which lives on the GUI thread) as queued calls."""

    progressed = Signal(int, int, int, str)  # generation, done, total, text
    succeeded = Signal(int, object)  # generation, result
    failed = Signal(int, str)  # generation, message

    def __init__(self, job: Job, generation: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._generation = generation
        self._cancel = False

    @property
    def generation(self) -> int:
        return self._generation

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:  # on the worker thread
        g = self._generation
        try:
            result = self._job(
                lambda done, total, text: self.progressed.emit(g, done, total, text),
                lambda: self._cancel,
            )
        except Exception as e:
            log.exception("a background job failed")
            self.failed.emit(g, f"{type(e).__name__}: {e}\n\n{traceback.format_exc(limit=3)}")
        else:
            self.succeeded.emit(g, result)


class TaskRunner(QObject):
    """One job at a time off the GUI thread.

    Emits, on the GUI thread and only for the current generation:
    ``progressed(generation, done, total, text)``, then either ``finished(generation,
    result)`` or ``failed(generation, message)``.
    """

    progressed = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._generation = 0
        self._worker: _Worker | None = None  # the job running (until its answer arrives)
        self._threads: set[_Worker] = set()  # every worker thread not yet ended
        self._cancelled = False

    @property
    def generation(self) -> int:
        return self._generation

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, job: Job) -> int:
        """Starts ``job`` and returns its generation. Refuses (``RuntimeError``) while
        another job runs: the caller asks the analyst to wait or cancel first."""
        if self._worker is not None:
            raise RuntimeError("a job is already running")
        self._generation += 1
        g = self._generation
        self._cancelled = False
        if self.synchronous:
            self._run_here(job, g)
            return g
        worker = _Worker(job, g, self)
        worker.progressed.connect(self._on_progressed)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_thread_ended)
        self._worker = worker
        self._threads.add(worker)
        worker.start()
        return g

    def cancel(self) -> None:
        """Asks the running job to stop at its next check (its answer still arrives)."""
        self._cancelled = True
        if self._worker is not None:
            self._worker.cancel()

    def discard(self) -> None:
        """Makes the running job's answers stale (dropped) and asks it to stop."""
        self.cancel()
        self._generation += 1

    def wait(self, msecs: int = -1) -> bool:
        """Blocks until every worker thread has ended (for closing the window or switching
        databases: a job's connection must be closed first). ``True`` when they have."""
        ended = True
        for worker in list(self._threads):
            ended = bool(worker.wait() if msecs < 0 else worker.wait(msecs)) and ended
        if self._worker is not None and self._worker.isFinished():
            self._worker = None  # its answer, still queued, will be dropped as stale or kept
        return ended

    # -- synchronous ----------------------------------------------------------------------

    def _run_here(self, job: Job, g: int) -> None:
        try:
            result = job(
                lambda done, total, text: self._on_progressed(g, done, total, text),
                lambda: self._cancelled,
            )
        except Exception as e:
            log.exception("a job failed")
            self._on_failed(g, f"{type(e).__name__}: {e}")
        else:
            self._on_succeeded(g, result)

    # -- answers (GUI thread) ---------------------------------------------------------------

    def _on_progressed(self, g: int, done: int, total: int, text: str) -> None:
        if g == self._generation:
            self.progressed.emit(g, done, total, text)

    def _on_succeeded(self, g: int, result: object) -> None:
        self._answered(g)
        if g == self._generation:
            self.finished.emit(g, result)

    def _on_failed(self, g: int, message: str) -> None:
        self._answered(g)
        if g == self._generation:
            self.failed.emit(g, message)

    def _answered(self, g: int) -> None:
        # The job has returned (its own connection is closed): another may start.
        if self._worker is not None and self._worker.generation == g:
            self._worker = None

    def _on_thread_ended(self) -> None:
        worker = self.sender()
        if isinstance(worker, _Worker):
            self._threads.discard(worker)
            worker.deleteLater()
