"""A grade: graded points, overrides on exercises, the late penalty, overrides on the total."""

from __future__ import annotations

import datetime as dt

from grader import scoring
from grader.config import LatePolicy
from grader.gradebook import Override
from grader.results import ExerciseResult, SubmissionResult

DUE = dt.datetime(2025, 3, 7, 23, 59, tzinfo=dt.timezone.utc)


def result(a: float, b: float) -> SubmissionResult:
    exercises = [ExerciseResult(id="a", title="A", status="failed", score=a, max_score=5), ExerciseResult(id="b", title="B", status="passed", score=b, max_score=5)]
    return SubmissionResult(submission="x.py", mode="grade", status="graded", score=a + b, max_score=10, exercises=exercises, student="s")


def override(i: int, points: float | None, exercise: str | None = None, due: str | None = None) -> Override:
    return Override(id=i, student="s", exercise=exercise, kind="due" if due else "points", points=points, due=due, reason="r", created_at="")


def test_order_exercise_overrides_then_penalty_then_total() -> None:
    g = scoring.grade(
        result(3, 5),
        max_points={"a": 5, "b": 5},
        overrides=[override(1, 4, "a"), override(2, 1)],  # a: 3 + 4 kept at 5
        submitted_at=DUE + dt.timedelta(hours=30),
        due=DUE,
        policy=LatePolicy(per_day=10, cap=50),
    )
    assert g.exercises == {"a": 5, "b": 5} and g.graded == 8 and g.score == 10
    assert (g.lateness.days, g.penalty, g.adjustment, g.total, g.max_score) == (2, 2, 1, 9, 10)


def test_never_below_zero_and_extra_credit_may_pass_the_maximum() -> None:
    assert scoring.grade(result(1, 0), max_points={}, overrides=[override(1, -5)]).total == 0
    assert scoring.grade(result(5, 5), max_points={}, overrides=[override(1, 2)]).total == 12


def test_a_due_date_of_ones_own() -> None:
    own = (DUE + dt.timedelta(days=3)).isoformat()
    g = scoring.grade(result(5, 5), max_points={}, overrides=[override(1, None, due=own)], submitted_at=DUE + dt.timedelta(days=1), due=DUE, policy=LatePolicy(per_day=10))
    assert g.lateness.status == "on_time" and g.total == 10 and g.due == DUE + dt.timedelta(days=3)


def test_nothing_graded_starts_from_zero() -> None:
    g = scoring.grade(None, max_points={"a": 5, "b": 5}, overrides=[override(1, 3, "a")])
    assert g.exercises == {"a": 3, "b": 0} and g.total == 3 and g.max_score == 10 and g.lateness.status != "late"


def test_overrides_in_words() -> None:
    assert scoring.describe(override(1, 2, "a")) == "+2 on a: r"
    assert scoring.describe(override(1, -1.5)) == "-1.5 on the total: r"
    assert scoring.describe(override(1, None, due="2025-03-10T23:59:00-04:00")).startswith("due 2025-03-10 23:59 -04:00: ")
