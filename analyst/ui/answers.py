"""The views' store queries for one filter change: each run once, all of them at once.

Rules of the concept:
- A view names, once, the store queries it runs when the filter changes
  (:func:`expect`): a query function of :mod:`analyst.store` (``query(source, filter)``)
  and, when the view asks it for a filter of its own, how it derives that filter from the
  shared one (the timeline leaves out the dates). It then asks through :func:`ask` instead
  of calling the query. Views still know nothing of each other, and never see SQL.
- When the filter changes, :class:`~analyst.ui.state.FilterState` opens a *round* of its
  :class:`Answers` around the ``filter_changed`` emission: every expected query is handed
  to worker threads at once, in the order the views named them (the order they ask), each
  thread reading through its own cursor. DuckDB runs them side by side and lets go of the
  GIL, so while one view draws its answer the next views' answers are being computed, and
  two views asking the same thing share one answer.
- An answer is shared within its round only: outside a round (a refresh after an import,
  an "as of" change) or for a query nobody expected, :func:`ask` runs the query on the
  caller's thread, so nothing is ever read from an older state of the database. A derived
  query whose filter is the one it had in the previous round is not run ahead (the view
  that asked it keeps what it drew: the timeline when only the dates change); should it be
  asked all the same, it runs on the caller's thread.
- The worker threads and their cursors live as long as the :class:`Answers`;
  :meth:`Answers.close` (the window calls it before closing the store) waits for them.
- A view may also take its answer *when it is in* (:func:`when_answered`) instead of
  waiting for it in its slot: within a round, what it does with the answer is then done
  once the answer arrives, views in the order their answers arrive, so that the GUI
  thread draws whichever view can be drawn instead of waiting for the slowest query. It
  is all done before the round closes, so before ``set_filter`` returns: a filter change
  still leaves every view drawn from the new answers, as a plain slot did.
- A view may ask for an answer *prepared* (:class:`Prepared`): a query and a pure
  function of its answer (the display columns of a table, the geometry of the map's arcs).
  The query is still run once and shared with whoever asks it plain; the preparation runs
  on the worker thread that answered it, right after, so the GUI thread only draws.
  Outside a round a prepared query is called as it is: ``prepare(query(store, filter))``.
  A preparation must touch nothing of Qt and nothing a view changes on the GUI thread.
- While the GUI thread waits for an answer within a round, after some view has drawn,
  :attr:`Answers.while_waiting` (when set; the window sets it) is called, so that what is
  drawn already can be painted then instead of after the round, when the last answer is in.
  It must not change the filter or run anything of the round itself.
- Everything here is called on the GUI thread but the queries themselves; the signals of
  the state are emitted there, as before.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

from analyst.store import Filter, Store

if TYPE_CHECKING:
    from analyst.ui.state import FilterState

#: ``query(source, filter)``: a query function of :mod:`analyst.store`.
Query = Callable[[Any, Filter], Any]
#: The filter a view asks a query for, made from the shared one.
Derive = Callable[[Filter], Filter]
#: A callback waiting in a round: what it asked, the answers not in yet, the callback.
_Waiting = tuple[list[tuple[Query, Filter]], list[Future[Any]], Callable[..., None]]
#: Worker threads (the development machines have two cores; DuckDB uses both per query
#: too, but most of a small query's time is spent planning it, on one core).
WORKERS = 2


@dataclass(frozen=True, slots=True)
class Prepared:
    """``prepare(query(source, filter))`` as one query: within a round, ``query`` is shared
    with whoever asks it plain and ``prepare`` runs on the worker thread that answered it
    (see the module's rules). Equal when made of equal parts, so a view can make it once
    and name it both in :func:`expect` and in :func:`when_answered`."""

    query: Query
    prepare: Callable[[Any], Any]

    def __call__(self, source: Any, f: Filter) -> Any:
        return self.prepare(self.query(source, f))


class Answers:
    """The store queries the views expect, answered once per filter change on worker
    threads (see the module's rules)."""

    def __init__(self, store: Store, workers: int = WORKERS) -> None:
        self._store = store
        self._workers = workers
        self._expected: list[tuple[Query, Derive | None]] = []
        self._pool: ThreadPoolExecutor | None = None
        self._readers: SimpleQueue[Store] = SimpleQueue()  # one cursor per worker thread
        self._made: list[Store] = []
        self._local = threading.local()
        self._owner = threading.current_thread()  # the GUI thread
        self._round: dict[tuple[Query, Filter], Future[Any]] | None = None
        self._previous: set[tuple[Query, Filter]] = set()  # derived keys of the last round
        # callbacks waiting for answers of the open round: (futures, then)
        self._waiting: list[_Waiting] | None = None
        #: Called while the GUI thread waits for an answer, after a view has drawn (the
        #: window paints what is drawn already; see the module's rules).
        self.while_waiting: Callable[[], None] | None = None

    @property
    def store(self) -> Store:
        return self._store

    def expect(self, query: Query, derive: Derive | None = None) -> None:
        """Names a query a view runs on every filter change (for ``derive(filter)``)."""
        if (query, derive) not in self._expected:
            self._expected.append((query, derive))

    @contextmanager
    def round(self, f: Filter) -> Iterator[None]:
        """While open, :meth:`ask` answers the expected queries for ``f`` from the worker
        threads, where they all start now."""
        futures: dict[tuple[Query, Filter], Future[Any]] = {}
        derived: set[tuple[Query, Filter]] = set()
        for query, derive in self._expected:
            key = (query, derive(f) if derive is not None else f)
            if derive is not None:
                derived.add(key)
                if key in self._previous:
                    continue  # the view keeps what it drew for it
            if key not in futures:
                futures[key] = self._submit(query, key[1], futures)
        outer, self._round = self._round, futures
        outer_waiting, self._waiting = self._waiting, []
        try:
            yield
            self._drain()
        finally:
            self._round, self._waiting = outer, outer_waiting
            self._previous = derived
            for future in futures.values():
                future.cancel()  # those nobody asked for and not started yet

    def ask(self, query: Query, f: Filter) -> Any:
        """``query(store, f)``: this round's answer when it is one, else run here."""
        if self._round is not None:
            future = self._round.get((query, f))
            if future is not None and not future.cancelled():
                return future.result()
        return query(self._store, f)

    def when_answered(
        self, asks: Sequence[tuple[Query, Filter]], then: Callable[..., None]
    ) -> None:
        """``then(*answers)`` for ``asks`` (``(query, filter)`` pairs): now when every answer
        is in (or is not one of this round's), else once they are, before the round closes."""
        if self._round is not None and self._waiting is not None:
            futures = [
                future
                for key in asks
                if (future := self._round.get(key)) is not None and not future.done()
            ]
            if futures:
                self._waiting.append((list(asks), futures, then))
                return
        then(*(self.ask(query, f) for query, f in asks))

    def _drain(self) -> None:
        """Runs the waiting callbacks as their answers arrive (the first in, the first
        drawn); one that fails is reported as a failing slot is, and the others still run."""
        waiting = self._waiting
        assert waiting is not None
        drawn = True  # the round's synchronous slots have run
        while waiting:
            ready = [w for w in waiting if all(f.done() for f in w[1])]
            if not ready:
                if drawn and self.while_waiting is not None:
                    drawn = False
                    try:
                        self.while_waiting()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    continue  # an answer may have come in meanwhile
                pending = {f for _, futures, _ in waiting for f in futures if not f.done()}
                wait(pending, return_when=FIRST_COMPLETED)
                continue
            for w in ready:
                waiting.remove(w)
            for asks, _futures, then in ready:
                drawn = True
                try:
                    then(*(self.ask(query, f) for query, f in asks))
                except Exception:
                    sys.excepthook(*sys.exc_info())

    def close(self) -> None:
        """Waits for the worker threads and closes their cursors (before the store)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for reader in self._made:
            reader.close()
        self._made.clear()

    # -- workers ----------------------------------------------------------------------------

    def _submit(
        self, query: Query, f: Filter, futures: dict[tuple[Query, Filter], Future[Any]]
    ) -> Future[Any]:
        """The future answer of ``query`` for ``f``; a :class:`Prepared` one is chained on
        its plain query's (submitted too when not in ``futures`` yet, and added there)."""
        if isinstance(query, Prepared):
            plain = futures.get((query.query, f))
            if plain is None:
                plain = futures[(query.query, f)] = self._submit(query.query, f, futures)
            return self._then(plain, query.prepare)
        if self._pool is None:
            # cursors are made here, on the thread that owns the store
            for _ in range(self._workers):
                reader = self._store.for_thread()
                self._made.append(reader)
                self._readers.put(reader)
            self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="answers")
        return self._pool.submit(self._run, query, f)

    def _then(self, plain: Future[Any], prepare: Callable[[Any], Any]) -> Future[Any]:
        """A future of ``prepare(plain's answer)``, computed by the worker thread that
        answers ``plain`` as soon as it has (by another worker, when it already has)."""
        prepared: Future[Any] = Future()

        def run(done: Future[Any]) -> None:
            if done.cancelled() or not prepared.set_running_or_notify_cancel():
                prepared.cancel()
                return
            try:
                prepared.set_result(prepare(done.result()))
            except BaseException as e:
                prepared.set_exception(e)

        def chain(done: Future[Any]) -> None:
            # An answer already in calls this here and now, on the GUI thread.
            if threading.current_thread() is self._owner and self._pool is not None:
                self._pool.submit(run, done)
            else:
                run(done)

        plain.add_done_callback(chain)
        return prepared

    def _run(self, query: Query, f: Filter) -> Any:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = self._readers.get()
        return query(reader, f)


def expect(state: FilterState, store: Store, query: Query, derive: Derive | None = None) -> None:
    """Tells the state's :class:`Answers` (if it has some, for ``store``) that a view runs
    ``query`` on each filter change; without them nothing happens."""
    answers = state.answers
    if answers is not None and answers.store is store:
        answers.expect(query, derive)


def ask(state: FilterState, store: Store, query: Query, f: Filter) -> Any:
    """``query(store, f)``, answered from the state's current round when it can be."""
    answers = state.answers
    if answers is not None and answers.store is store:
        return answers.ask(query, f)
    return query(store, f)


def when_answered(
    state: FilterState,
    store: Store,
    asks: Sequence[tuple[Query, Filter]],
    then: Callable[..., None],
) -> None:
    """``then(*(query(store, f) for query, f in asks))``: within a round of the state's
    :class:`Answers`, once those answers are in (views in the order their answers arrive,
    all before the filter change returns); otherwise now."""
    answers = state.answers
    if answers is not None and answers.store is store:
        answers.when_answered(asks, then)
    else:
        then(*(query(store, f) for query, f in asks))
