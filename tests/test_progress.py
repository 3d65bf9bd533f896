"""The progress display: a redrawn bar on terminals, throttled log lines elsewhere."""

from __future__ import annotations

import io
import re
import types

import pytest

from grader import progress
from grader.progress import Progress, is_error
from grader.results import ExerciseResult, SubmissionResult


class Clock:
    """A monotonic clock that reads what the test says: a machine's uptime, in seconds."""

    def __init__(self, now: float) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


@pytest.fixture(params=[0.5, 45.0, 86_400.0], ids=["booted-half-a-second-ago", "booted-45s-ago", "up-a-day"])
def clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Progress timed by a fake clock: whatever the machine's uptime, the display behaves the same."""
    fake = Clock(request.param)
    monkeypatch.setattr(progress, "time", types.SimpleNamespace(monotonic=fake.monotonic))
    return fake



def result(status: str = "graded", exercise: str = "passed") -> SubmissionResult:
    ex = ExerciseResult(id="e", title="E", status=exercise, score=0.0, max_score=1.0)  # type: ignore[arg-type]
    return SubmissionResult(submission="s", mode="grade", status=status, score=0.0, max_score=1.0, exercises=[ex])  # type: ignore[arg-type]


def test_errors_are_unreadable_submissions_and_timeouts() -> None:
    assert not is_error(result())
    assert is_error(result(status="error"))
    assert is_error(result(exercise="timeout"))
    assert not is_error(result(exercise="failed"))


def test_terminal_bar_is_redrawn_in_place() -> None:
    stream = io.StringIO()
    p = Progress(3, stream=stream, interactive=True)
    for r in (result(), result(status="error"), result()):
        p.advance(r)
    p.close()
    text = stream.getvalue()
    assert text.startswith("\r") and text.endswith("\n") and text.count("\n") == 1
    last = text.rstrip("\n").split("\r")[-1]
    assert re.fullmatch(r"grading \[█+\]\s+3/3  1 error  [\d.]+/s  0:00 left\s*", last), last


def test_log_lines_when_not_a_terminal(clock: Clock) -> None:
    stream = io.StringIO()
    p = Progress(4, stream=stream, interactive=False, log_every=3600)
    for _ in range(4):
        clock.now += 1.0
        p.advance(result(exercise="timeout"))
    p.close()
    lines = stream.getvalue().splitlines()
    # The first result and the last one: no line per submission.
    assert [line.split(",")[0] for line in lines] == ["grading: 1/4 done", "grading: 4/4 done"]
    assert "4 errors" in lines[-1] and "about 0:00 left" in lines[-1]


def test_an_interrupted_batch_logs_where_it_stopped(clock: Clock) -> None:
    stream = io.StringIO()
    p = Progress(10, stream=stream, interactive=False, log_every=3600)
    p.advance(result())
    clock.now += 1.0
    p.advance(result())
    p.close()
    first, last = stream.getvalue().splitlines()
    assert first.startswith("grading: 1/10 done, 0 errors")
    assert last.startswith("grading: 2/10 done, 0 errors, 2.0/s, about 0:04 left")


def test_a_log_line_every_log_every_seconds(clock: Clock) -> None:
    stream = io.StringIO()
    p = Progress(100, stream=stream, interactive=False, log_every=10)
    for _ in range(30):  # one result a second for 30 s
        clock.now += 1.0
        p.advance(result())
    done = [int(line.split("/")[0].split()[-1]) for line in stream.getvalue().splitlines()]
    assert done == [1, 11, 21]


def test_the_terminal_bar_is_drawn_from_the_first_result(clock: Clock) -> None:
    stream = io.StringIO()
    p = Progress(5, stream=stream, interactive=True)
    p.advance(result())
    assert stream.getvalue().startswith("\rgrading [") and " 1/5 " in stream.getvalue()
