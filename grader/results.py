"""Result records: what every reporter, exporter and the gradebook consume.

A crash is a result too: a submission that could not be read or run still
gets a :class:`SubmissionResult` (status ``error``) that every output format
can show, so one broken notebook never costs the rest of a batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

CheckStatus = Literal["passed", "failed", "error"]
ExerciseStatus = Literal["passed", "failed", "not_implemented", "timeout", "error"]
SubmissionStatus = Literal["graded", "error"]
Mode = Literal["check", "grade"]
"""check: a student's self-check, public checks only; grade: every check, hidden ones included."""

SCHEMA = "grader.submission/1"


@dataclass
class CheckResult:
    """The outcome of one check (over all its cases)."""

    name: str
    """Check name from the exercise file."""
    status: CheckStatus
    """passed, failed, or error (the exercise itself is broken)."""
    points: float
    """Points earned."""
    max_points: float
    """Points available."""
    message: str
    """What was compared and, on failure, how it differs."""
    hint: str | None = None
    """The likely mistake and what to do, when it can be named."""
    visibility: Literal["public", "hidden"] = "public"
    """Hidden checks show no expected values."""
    case: str | None = None
    """The case it failed on (None when it passed)."""
    expected: str | None = None
    """Expected value as text (public checks only)."""
    found: str | None = None
    """Found value as text (public checks only)."""
    description: str | None = None
    """What the check verifies, from the exercise file."""
    hint_tags: list[str] = field(default_factory=list)
    """The mistakes the hint names (tags of ``grader.hints.MISTAKES``): what summaries count."""
    recognised: bool = False
    """Failed with a mistake the hint rebuilt its value from (a factor, a sign, a known wrong solution's values):
    the work was done, one step of it wrong (:func:`grader.checks.recognised_work`)."""
    partial: bool = False
    """Recognised from part of a case's work only (rows left out, one entry for all, the rows added up): work, but
    no sign that the rest of the case was computed (:func:`grader.checks.held_for_review` reads it); likewise a known
    mistake's values on a hidden check where that mistake shows on the public examples (hostile round 24)."""


@dataclass
class ExerciseResult:
    """The outcome of one exercise."""

    id: str
    """Exercise id."""
    title: str
    """Exercise title."""
    status: ExerciseStatus
    """passed (all checks run passed), failed, not_implemented, timeout or error."""
    score: float
    """Points earned."""
    max_score: float
    """Points available in this mode (public checks only for ``check``)."""
    checks: list[CheckResult] = field(default_factory=list)
    """Per-check outcomes."""
    message: str | None = None
    """Why the exercise could not be graded normally (missing function, timeout...)."""
    hidden_checks: int = 0
    """Hidden checks not run in this mode (they run at grading)."""
    hidden_points: float = 0.0
    """Points of those hidden checks."""
    review: str | None = None
    """Why a person should read this answer before its grade stands, its points held meanwhile (None: no need)."""


@dataclass
class SubmissionResult:
    """The outcome of one submission: what reporters and exporters render."""

    submission: str
    """The file graded, as given."""
    mode: Mode
    """check (student self-check: public checks) or grade (everything)."""
    status: SubmissionStatus
    """graded, or error when nothing trustworthy could be produced."""
    score: float
    """Points earned."""
    max_score: float
    """Points available."""
    exercises: list[ExerciseResult] = field(default_factory=list)
    """Per-exercise outcomes."""
    message: str | None = None
    """For errors: what went wrong and what to do."""
    student: str | None = None
    """Student id, when known (batch grading)."""
    notes: list[str] = field(default_factory=list)
    """Things worth knowing: failing cells, skipped shell lines, restarts."""
    output: str = ""
    """Captured stdout/stderr of the submission (capped)."""
    output_truncated: bool = False
    """True when output was cut at the cap."""
    seconds: float = 0.0
    """Wall-clock time spent grading."""
    sha256: str | None = None
    """Hash of the submission file."""
    graded_at: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    """When it was graded (UTC, ISO 8601)."""
    versions: dict[str, str] = field(default_factory=dict)
    """Grader and torch versions."""
    sandbox: list[str] = field(default_factory=list)
    """Protections the sandbox could not apply on this machine (empty when all applied)."""

    @property
    def hidden_checks(self) -> int:
        return sum(e.hidden_checks for e in self.exercises)

    def exercise(self, exercise_id: str) -> ExerciseResult:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        raise KeyError(exercise_id)

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        data["hidden_checks"] = self.hidden_checks
        return {"schema": SCHEMA, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SubmissionResult:
        data = {k: v for k, v in data.items() if k not in ("schema", "hidden_checks")}
        exercises = [
            ExerciseResult(**{**e, "checks": [CheckResult(**c) for c in e["checks"]]})
            for e in data.pop("exercises")
        ]
        return cls(**data, exercises=exercises)


def _plain(result: SubmissionResult) -> dict[str, Any]:
    """What ``dataclasses.asdict`` gives, without its deep copies: the gradebook stores every result as JSON."""
    # A dataclass instance's __dict__ holds exactly its fields, in order; check
    # results hold only scalars, so a shallow copy of each is a full copy.
    data = dict(result.__dict__)
    data["exercises"] = [
        {**e.__dict__, "checks": [{**c.__dict__, "hint_tags": list(c.hint_tags)} for c in e.checks]} for e in result.exercises
    ]
    data["notes"] = list(result.notes)
    data["versions"] = dict(result.versions)
    return data


def failed_submission(
    path: str, message: str, *, mode: Mode, max_score: float, student: str | None = None, exercises: list[ExerciseResult] | None = None
) -> SubmissionResult:
    """A submission that could not be graded: 0 points and a message that says why."""
    return SubmissionResult(
        submission=path,
        mode=mode,
        status="error",
        score=0.0,
        max_score=max_score,
        message=message,
        student=student,
        exercises=exercises or [],
    )
