"""A student's grade as exported: the graded score, adjusted by hand, less the late penalty.

In this order:

1. each exercise's points, plus the overrides on that exercise, kept within
   0 and the exercise's maximum;
2. their sum, less the late penalty: a percentage of that sum;
3. plus the overrides on the total (extra credit may pass the maximum), never below 0.

A student with nothing graded starts from 0 on every exercise: overrides
still apply (work handed in on paper, graded by hand).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from grader.config import LatePolicy
from grader.gradebook import Override
from grader.late import Lateness, lateness
from grader.results import SubmissionResult


@dataclass(frozen=True)
class Grade:
    """What a student's grade is made of."""

    exercises: dict[str, float]
    """Points per exercise, overrides on it included (within 0 and its maximum)."""
    graded: float
    """What grading gave, before any override or penalty."""
    score: float
    """The sum of ``exercises``: graded points with the exercises' overrides."""
    penalty: float
    """Points taken off for lateness."""
    adjustment: float
    """Points the overrides on the total add (negative: take off)."""
    total: float
    """The grade: ``score - penalty + adjustment``, never below 0."""
    max_score: float
    """Points available."""
    lateness: Lateness
    """How late the submission counted was."""
    overrides: tuple[Override, ...] = field(default_factory=tuple)
    """The overrides that apply, oldest first."""
    due: dt.datetime | None = None
    """The due date that applied: the student's own (an override), else the assignment's."""

    @property
    def percent(self) -> float:
        return 100 * self.total / self.max_score if self.max_score else 0.0


def _round(x: float) -> float:
    # Points are sums of decimal fractions: 0.1 + 0.2 must print as 0.3.
    return round(x, 6)


def student_due(overrides: Iterable[Override], due: dt.datetime | None) -> dt.datetime | None:
    """The due date for one student: the latest override that sets one, else the assignment's."""
    own = [o for o in overrides if o.kind == "due" and o.due]
    return dt.datetime.fromisoformat(own[-1].due) if own else due  # type: ignore[arg-type]


def grade(
    result: SubmissionResult | None,
    *,
    max_points: Mapping[str, float],
    overrides: Iterable[Override] = (),
    submitted_at: dt.datetime | None = None,
    due: dt.datetime | None = None,
    policy: LatePolicy = LatePolicy(),
) -> Grade:
    """The grade of one student from their counted result (None: nothing graded)."""
    applied = tuple(overrides)
    points = {ex.id: ex.score for ex in result.exercises} if result is not None else {}
    maxima = dict(max_points)
    if result is not None:
        maxima.update({ex.id: ex.max_score for ex in result.exercises})
    exercises = {i: points.get(i, 0.0) for i in maxima}
    for o in applied:
        if o.kind == "points" and o.exercise is not None and o.exercise in exercises:
            exercises[o.exercise] += o.points or 0.0
    exercises = {i: _round(min(maxima[i], max(0.0, p))) for i, p in exercises.items()}
    score = _round(sum(exercises.values()))
    own_due = student_due(applied, due)
    late = lateness(submitted_at if result is not None else None, own_due, policy)
    penalty = _round(score * late.percent / 100)
    adjustment = _round(sum(o.points or 0.0 for o in applied if o.kind == "points" and o.exercise is None))
    return Grade(
        exercises=exercises,
        graded=result.score if result is not None else 0.0,
        score=score,
        penalty=penalty,
        adjustment=adjustment,
        total=_round(max(0.0, score - penalty + adjustment)),
        max_score=_round(result.max_score if result is not None else sum(maxima.values())),
        lateness=late,
        overrides=applied,
        due=own_due,
    )


def describe(o: Override) -> str:
    """An override in words: ``+2 on vector_backward: accepted float64``, ``due 2025-03-09 23:59: extension``."""
    if o.kind == "due":
        when = dt.datetime.fromisoformat(o.due or "")
        offset = when.strftime("%z")
        return f"due {when:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}: {o.reason}"
    where = f" on {o.exercise}" if o.exercise else " on the total"
    return f"{o.points:+g}{where}: {o.reason}"
