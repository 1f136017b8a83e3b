"""Jobs off the GUI thread: request → response by generation, synchronous for tests."""

from __future__ import annotations

import threading
import time

import pytest

from analyst.ui.tasks import TaskRunner


def _counting(n: int, seen_threads: list[int], pause: float = 0.0):
    def job(progress, cancelled):
        seen_threads.append(threading.get_ident())
        for i in range(1, n + 1):
            if cancelled():
                return ("cancelled", i - 1)
            time.sleep(pause)
            progress(i, n, f"step {i}")
        return ("done", n)

    return job


def test_a_job_runs_on_a_worker_and_answers_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    threads: list[int] = []
    progress: list[tuple[int, int]] = []
    answered_on: list[int] = []
    runner.progressed.connect(lambda g, done, total, text: progress.append((done, total)))
    runner.finished.connect(lambda g, result: answered_on.append(threading.get_ident()))
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        g = runner.start(_counting(5, threads))
    assert blocker.args == [g, ("done", 5)]
    assert threads and threads[0] != threading.get_ident()
    assert answered_on == [threading.get_ident()]
    assert progress == [(i, 5) for i in range(1, 6)]
    qtbot.waitUntil(lambda: runner.wait(0))


def test_synchronous_mode_answers_before_start_returns(qtbot):
    runner = TaskRunner(synchronous=True)
    threads: list[int] = []
    answers: list[object] = []
    runner.finished.connect(lambda g, result: answers.append(result))
    runner.start(_counting(3, threads))
    assert answers == [("done", 3)] and threads == [threading.get_ident()]
    assert not runner.is_running()


def test_cancel_stops_between_steps(qtbot):
    runner = TaskRunner()
    runner.progressed.connect(lambda g, done, *_: done >= 2 and runner.cancel())
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start(_counting(1000, [], pause=0.002))
    state, done = blocker.args[1]
    assert state == "cancelled" and 2 <= done < 1000
    runner.wait()


def test_a_discarded_job_never_answers(qtbot):
    runner = TaskRunner()
    answers: list[object] = []
    runner.finished.connect(lambda g, result: answers.append(result))
    runner.progressed.connect(lambda *a: answers.append("progress"))
    runner.start(_counting(50, [], pause=0.002))
    runner.discard()
    assert runner.wait(10_000)
    qtbot.wait(50)
    assert "done" not in str(answers) and "cancelled" not in str(answers)
    assert not runner.is_running()


def test_one_job_at_a_time_and_failures_are_reported(qtbot):
    runner = TaskRunner()
    release = threading.Event()

    def slow(progress, cancelled):
        release.wait(5)
        raise ValueError("bad input")

    runner.start(slow)
    with pytest.raises(RuntimeError, match="already running"):
        runner.start(slow)
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        release.set()
    assert "ValueError: bad input" in blocker.args[1]
    runner.wait()
