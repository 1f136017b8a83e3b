"""The views' shared store queries: run once per filter change, ahead, on worker threads."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date

import pytest

from analyst.store import Filter, contact_counts, fact_counts_by_day, tariffs
from analyst.ui.answers import Answers, Prepared, ask, expect
from analyst.ui.state import FilterState

RUSSIA = Filter(countries=("RUS",))


class Counted:
    """A store query that counts its calls and the threads it ran on."""

    def __init__(self, query):
        self.query = query
        self.calls = 0
        self.threads: set[str] = set()
        self.__name__ = query.__name__

    def __call__(self, source, f):
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        return self.query(source, f)


def _undated(f: Filter) -> Filter:
    return dataclasses.replace(f, since=None, until=None)


@pytest.fixture
def answers(store):
    a = Answers(store)
    yield a
    a.close()


def test_a_round_answers_each_expected_query_once_off_the_gui_thread(store, answers):
    counts = Counted(contact_counts)
    answers.expect(counts)
    answers.expect(counts)  # two views naming the same query share it
    with answers.round(RUSSIA):
        first = answers.ask(counts, RUSSIA)
        second = answers.ask(counts, RUSSIA)
    assert counts.calls == 1
    assert first is second
    assert first.equals(contact_counts(store, RUSSIA))
    assert counts.threads and threading.current_thread().name not in counts.threads


def test_outside_a_round_or_unexpected_the_query_runs_here(store, answers):
    counts, rows = Counted(contact_counts), Counted(tariffs)
    answers.expect(counts)
    with answers.round(RUSSIA):
        pass
    assert answers.ask(counts, RUSSIA).equals(contact_counts(store, RUSSIA))
    with answers.round(RUSSIA):
        answers.ask(rows, RUSSIA)  # nobody expected it
        answers.ask(counts, Filter())  # not the round's filter
    assert rows.threads == {threading.current_thread().name}
    assert threading.current_thread().name in counts.threads
    assert counts.calls == 4  # each round ahead, the ask between them, the unfiltered ask


def test_a_prepared_query_shares_its_plain_answer_and_is_prepared_off_the_gui_thread(
    store, answers
):
    rows = Counted(tariffs)
    prepared_on: set[str] = set()

    def heights(frame):
        prepared_on.add(threading.current_thread().name)
        return frame.height

    counted_rows = Prepared(rows, heights)
    answers.expect(counted_rows)
    answers.expect(rows)  # another view (the status bar) asks the rows plain
    with answers.round(Filter()):
        n = answers.ask(Prepared(rows, heights), Filter())  # made anew: equal, so shared
        plain = answers.ask(rows, Filter())
    assert rows.calls == 1
    assert n == plain.height == tariffs(store, Filter()).height > 0
    assert prepared_on and threading.current_thread().name not in prepared_on
    # outside a round it is simply both, here
    assert answers.ask(counted_rows, RUSSIA) == tariffs(store, RUSSIA).height
    assert threading.current_thread().name in prepared_on


def test_a_failing_preparation_fails_its_ask_only(store, answers):
    def broken(_frame):
        raise ValueError("cannot prepare")

    answers.expect(Prepared(tariffs, broken))
    answers.expect(tariffs)
    with answers.round(Filter()):
        with pytest.raises(ValueError, match="cannot prepare"):
            answers.ask(Prepared(tariffs, broken), Filter())
        assert answers.ask(tariffs, Filter()).height == tariffs(store, Filter()).height


def test_a_derived_query_is_not_run_ahead_when_its_filter_did_not_change(answers):
    days = Counted(fact_counts_by_day)
    answers.expect(days, _undated)
    with answers.round(RUSSIA):
        answers.ask(days, RUSSIA)
    august = dataclasses.replace(RUSSIA, since=date(2025, 8, 1), until=date(2025, 8, 31))
    with answers.round(august):
        pass  # the timeline keeps its bars when only the dates change
    assert days.calls == 1
    with answers.round(Filter()):
        answers.ask(days, Filter())
    assert days.calls == 2


def test_the_state_opens_a_round_around_filter_changed(qtbot, store, answers):
    state = FilterState(answers=answers)
    counts = Counted(contact_counts)
    expect(state, store, counts)
    seen = []
    state.filter_changed.connect(lambda f: seen.append(ask(state, store, counts, f)))
    state.set_filter(RUSSIA)
    assert counts.calls == 1 and seen[0].equals(contact_counts(store, RUSSIA))
    assert threading.current_thread().name not in counts.threads


def test_without_answers_views_query_directly(store):
    state = FilterState()
    counts = Counted(contact_counts)
    expect(state, store, counts)  # nothing to tell
    assert ask(state, store, counts, RUSSIA).equals(contact_counts(store, RUSSIA))
    assert counts.threads == {threading.current_thread().name}


def test_the_window_shares_one_round_between_its_views(main_window, qtbot):
    state = main_window.state
    assert state.answers is not None and state.answers.store is main_window.store
    state.set_filter(RUSSIA)
    tariffs_view = main_window.view("tariffs")
    assert (
        tariffs_view.frame()["id"].to_list() == tariffs(main_window.store, RUSSIA)["id"].to_list()
    )
    assert "shown" in main_window.counts_text()


def test_what_is_drawn_can_be_painted_while_a_slower_answer_is_awaited(store, answers):
    released = threading.Event()

    def slow(source, f):
        released.wait(10)
        return contact_counts(source, f)

    slow.__name__ = "slow"
    answers.expect(slow)
    answers.expect(tariffs)
    log: list[str] = []

    def while_waiting():
        log.append("painted")
        released.set()  # the slow answer comes in only after the fast view was painted

    answers.while_waiting = while_waiting
    with answers.round(RUSSIA):
        answers.when_answered([(slow, RUSSIA)], lambda _rows: log.append("slow drawn"))
        answers.ask(tariffs, RUSSIA)  # in: drawn before anything waits
        answers.when_answered([(tariffs, RUSSIA)], lambda _rows: log.append("fast drawn"))
    assert log == ["fast drawn", "painted", "slow drawn"]


def test_nothing_is_painted_early_when_every_answer_is_in(store, answers):
    answers.expect(tariffs)
    painted: list[int] = []
    answers.while_waiting = lambda: painted.append(1)
    with answers.round(RUSSIA):
        answers.ask(tariffs, RUSSIA)  # in before anybody waits for it
        answers.when_answered([(tariffs, RUSSIA)], lambda _rows: None)
    assert painted == []


def test_the_window_paints_drawn_views_while_it_waits_and_shows_the_same(main_window, qtbot):
    answers = main_window.state.answers
    assert answers is not None and answers.while_waiting is not None
    answers.while_waiting()  # nothing pending: harmless outside a round too
    main_window.state.set_filter(RUSSIA)
    assert (
        main_window.view("tariffs").frame()["id"].to_list()
        == tariffs(main_window.store, RUSSIA)["id"].to_list()
    )
