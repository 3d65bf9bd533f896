"""The pool: how it feeds its workers (a stand-in worker: order, jobs sent ahead, nothing lost) and pins them to cores."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import DOUBLE_SPEC, Course, write

from grader.batch import Item, grade_items
from grader.errors import WorkerError
from grader.grading import open_grader
from grader.sandbox.worker import JOB_AHEAD_BYTES, Worker, WorkerPool, _grow_pipe, _pipe_room


class FakeWorker:
    """Runs jobs in the order sent; a job with ``"die"`` takes the worker down with the jobs queued in it."""

    def __init__(self) -> None:
        self.queue: list[dict[str, Any]] = []
        self.running = True
        self.most_queued = 0
        self.sent_ahead: list[str] = []
        self.lives = 1

    def send(self, job: dict[str, Any], *, ahead: bool = False) -> bool:
        if ahead and job.get("big"):
            return False
        if not self.running:
            self.running, self.lives = True, self.lives + 1
        if self.queue:
            assert ahead, "a job was queued behind another without being small enough"
            self.sent_ahead.append(job["id"])
        self.queue.append(job)
        self.most_queued = max(self.most_queued, len(self.queue))
        return True

    def receive(self, job: dict[str, Any]) -> dict[str, Any]:
        first = self.queue.pop(0)
        assert first is job
        if job.get("die"):
            self.running = False
            self.queue.clear()  # the pipe went with the process
            raise WorkerError("the sandbox worker exited (code -9)")
        return {"job": job["id"], "life": self.lives}

    def kill(self) -> None:
        self.running = False

    def close(self) -> None:
        pass


def collect(pool: WorkerPool, jobs: list[tuple[str, Any]]) -> list[tuple[Any, Any, Any]]:
    # In a thread: a lost job would leave the pool waiting for it forever.
    outcomes: list[tuple[Any, Any, Any]] = []
    thread = threading.Thread(target=lambda: outcomes.extend(pool.run(jobs)), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), f"a job was lost: {len(outcomes)} of {len(jobs)} came back"
    return outcomes


def run(jobs: list[dict[str, Any]]) -> tuple[FakeWorker, list[tuple[Any, Any, Any]]]:
    worker = FakeWorker()
    pool = WorkerPool(1, factory=lambda index: worker)
    return worker, collect(pool, [(job["id"], (lambda job=job: job)) for job in jobs])


def test_each_job_is_sent_while_the_one_before_it_runs_and_answers_come_in_order() -> None:
    worker, outcomes = run([{"id": str(i)} for i in range(6)])
    assert [key for key, _, _ in outcomes] == [str(i) for i in range(6)]
    assert all(record == {"job": key, "life": 1} and error is None for key, record, error in outcomes)
    assert worker.most_queued == 2
    assert worker.sent_ahead == [str(i) for i in range(1, 6)]


def test_a_job_that_kills_its_worker_is_an_error_and_the_job_behind_it_is_sent_again() -> None:
    worker, outcomes = run([{"id": "a"}, {"id": "b", "die": True}, {"id": "c"}, {"id": "d"}])
    by_key = {key: (record, error) for key, record, error in outcomes}
    assert isinstance(by_key["b"][1], WorkerError) and by_key["b"][0] is None
    # "c" was queued in the worker that died: it runs in the next one, not lost.
    assert by_key["c"] == ({"job": "c", "life": 2}, None)
    assert by_key["d"] == ({"job": "d", "life": 2}, None)
    assert len(outcomes) == 4


def test_a_large_job_waits_until_the_worker_is_idle() -> None:
    worker, outcomes = run([{"id": "a"}, {"id": "big", "big": True}, {"id": "c"}])
    assert [key for key, _, _ in outcomes] == ["a", "big", "c"]
    assert "big" not in worker.sent_ahead and "c" in worker.sent_ahead


def test_a_job_that_cannot_be_built_is_an_outcome_and_the_rest_run() -> None:
    worker = FakeWorker()
    pool = WorkerPool(1, factory=lambda index: worker)

    def broken() -> dict[str, Any]:
        raise ValueError("unreadable notebook")

    outcomes = collect(pool, [("a", lambda: {"id": "a"}), ("bad", broken), ("c", lambda: {"id": "c"})])
    by_key = {key: (record, error) for key, record, error in outcomes}
    assert "unreadable notebook" in str(by_key["bad"][1])
    assert by_key["a"][0] == {"job": "a", "life": 1} and by_key["c"][0] == {"job": "c", "life": 1}


@pytest.mark.parametrize(
    ("allowed", "size", "expected"),
    [
        ({0}, 2, [None, None]),  # one core: workers may run anywhere
        ({0, 1}, 1, [None]),  # a lone worker is never pinned
        ({0, 1}, 2, [0, 1]),
        ({3, 5, 7}, 4, [3, 5, 7, 3]),  # the cores this process may use, round robin
    ],
)
def test_workers_get_cores_of_their_own_from_the_allowed_set(
    monkeypatch: pytest.MonkeyPatch, allowed: set[int], size: int, expected: list[int | None]
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: allowed, raising=False)
    pool = WorkerPool(size)
    assert [pool._core(i) for i in range(size)] == expected


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2, reason="needs two cores")
def test_each_worker_of_a_parallel_pool_keeps_to_a_core_of_its_own(course: Course, tmp_path: Path) -> None:
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    return 2 * x\n")
    grader = open_grader(course.config, mode="grade")
    items = [Item(key=str(i), path=write(tmp_path / f"s{i}.py", "def double(x):\n    return x + x\n"), grader=grader) for i in range(4)]
    with WorkerPool(2) as pool:
        results = dict(grade_items(items, pool=pool))
        cores = [os.sched_getaffinity(w._proc.pid) for w in pool.workers]  # type: ignore[attr-defined]
    assert all(r.score == r.max_score for r in results.values())
    assert all(len(c) == 1 for c in cores) and cores[0] != cores[1]
    with WorkerPool(1) as single:
        assert single._core(0) is None  # a lone worker may run anywhere


def test_workers_spawned_early_are_the_ones_that_grade(course: Course, tmp_path: Path) -> None:
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    return 2 * x\n")
    grader = open_grader(course.config, mode="grade")
    items = [Item(key=str(i), path=write(tmp_path / f"s{i}.py", "def double(x):\n    return x + x\n"), grader=grader) for i in range(3)]
    with WorkerPool(2) as pool:
        pool.spawn(5)  # no more workers than the pool's size
        spawned = [w._proc.pid for w in pool.workers]  # type: ignore[attr-defined]
        assert len(spawned) == 2
        results = dict(grade_items(items, pool=pool))
        assert [w._proc.pid for w in pool.workers] == spawned  # type: ignore[attr-defined]
        assert all(w.hello.get("ready") for w in pool.workers)
    assert all(r.score == r.max_score for r in results.values())


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="Linux pipes only")
def test_jobs_sent_ahead_fit_the_pipe_with_room_to_spare() -> None:
    read, write = os.pipe()
    try:
        with os.fdopen(write, "wb", closefd=False) as stream:
            assert _pipe_room(stream) == 48 << 10  # a default 64 KiB pipe
            _grow_pipe(stream)
            assert _pipe_room(stream) == JOB_AHEAD_BYTES
            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 32 << 10)
            assert _pipe_room(stream) == 16 << 10
            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)  # a user past their pipe quota gets one page
            assert _pipe_room(stream) == 0
    finally:
        os.close(read)
        os.close(write)


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="Linux pipes only")
def test_a_worker_takes_a_whole_pack_notebook_ahead() -> None:
    # A notebook answering the whole pack frames to more than a default pipe holds (bench/bench_grade.py):
    # the worker's job pipe is grown, so such a job waits in it while the worker runs the one before.
    worker = Worker()
    try:
        worker.spawn()
        assert worker._ahead_bytes == JOB_AHEAD_BYTES > 64 << 10
    finally:
        worker.close()
