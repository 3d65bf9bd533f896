"""What the exporters read: one row per student, streamed from the gradebook.

Every student appears, whatever happened to them:

- ``graded``, ``timeout`` (some exercise ran out of time), ``review`` (some
  exercise's points are held until a person reads the answer, and no override
  on that exercise says they did) and ``error`` (the file could not be
  graded): the student's counted attempt;
- ``not_gradable``: files attributed to the student, none of them a submission
  (a PDF, a refused archive entry), with what was wrong with each;
- ``missing``: on the roster, or given an override, with nothing handed in.

Rows come in student order, one at a time: a result is read from the
gradebook, decoded when an exporter first asks for it and dropped with its
row, so an export of any class size holds one result at a time. The small
things (attempts, overrides, the roster) are read once, up front.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Literal

from grader import scoring
from grader.config import Assignment, Config, LatePolicy
from grader.errors import ExerciseError
from grader.export._files import FileNames
from grader.gradebook import Attempt, Gradebook, Override, Unhanded
from grader.results import SubmissionResult
from grader.roster import RosterEntry
from grader.spec import Exercise, load_exercises

RowStatus = Literal["graded", "timeout", "review", "error", "not_gradable", "missing"]
"""How it went for one student (see the module docstring)."""

STATUS_WORDS: dict[str, str] = {
    "graded": "graded",
    "timeout": "timed out",
    "review": "needs review",
    "error": "could not be graded",
    "not_gradable": "nothing gradable",
    "missing": "nothing handed in",
}


@dataclass
class StudentRow:
    """One student, as every export shows them."""

    student: str
    """Student id."""
    status: RowStatus
    """graded, timeout, review, error, not_gradable or missing."""
    reason: str
    """Why the status is not plain ``graded``, in words ('' when it is)."""
    grade: scoring.Grade
    """Points: graded, overrides, late penalty, total."""
    attempt: Attempt | None = None
    """The attempt that counts (None: nothing graded)."""
    attempts: list[Attempt] = field(default_factory=list)
    """Every attempt of the student, superseded ones included."""
    unhanded: list[Unhanded] = field(default_factory=list)
    """Files attributed to the student that were not graded."""
    roster: RosterEntry | None = None
    """The student's roster entry, when there is a roster and they are on it."""
    text: str | None = None
    """The counted result as the gradebook stores it (JSON text)."""
    _result: SubmissionResult | None = None

    @property
    def result(self) -> SubmissionResult | None:
        """The counted result, decoded on first use."""
        if self._result is None and self.text is not None:
            self._result = SubmissionResult.from_dict(json.loads(self.text))
        return self._result

    @property
    def file(self) -> str:
        """The counted file, as people name it ('' when none)."""
        if self.attempt is not None:
            return self.attempt.file
        return self._result.submission if self._result is not None else ""

    @property
    def file_name(self) -> str:
        """The counted file's name as the student gave it: no folders, no platform prefix ('' when none)."""
        name = PurePosixPath(self.file.replace("\\", "/")).name
        prefix = self.attempt.lms_prefix if self.attempt is not None else None
        return name[len(prefix) :] if prefix and name.startswith(prefix) and len(name) > len(prefix) else name

    @property
    def submitted_at(self) -> dt.datetime | None:
        """When the counted file was handed in (None: unknown)."""
        if self.attempt is None or not self.attempt.submitted_at or not self.attempt.submitted_from:
            return None
        return dt.datetime.fromisoformat(self.attempt.submitted_at)


def describe_status(result: SubmissionResult, overrides: Sequence[Override] = ()) -> tuple[RowStatus, str]:
    """(status, reason) of a student with a counted result; an override on an exercise held for review settles it."""
    if result.status == "error":
        return "error", result.message or "could not be graded"
    timed = [e.id for e in result.exercises if e.status == "timeout"]
    if timed:
        return "timeout", f"timed out in {', '.join(timed)}"
    settled = {o.exercise for o in overrides if o.kind == "points" and o.exercise}
    held = [e for e in result.exercises if e.review and e.id not in settled]
    if held:
        return "review", "; ".join(f"{e.id}: {e.review} (points held: read the code, then `grader override` it)" for e in held)
    return "graded", ""


def _unhanded_reason(files: list[Unhanded]) -> str:
    parts = [f"{PurePosixPath(u.file).name}: {u.message}" for u in files]
    return "nothing gradable handed in (" + "; ".join(parts) + ")"


@dataclass
class ExportData:
    """Everything an export needs: read from a gradebook (streamed), or given as results (small batches, tests)."""

    course: str
    """Course name (titles of pages)."""
    results: list[SubmissionResult] = field(default_factory=list)
    """Results given directly, one per student (used when there is no ``book``)."""
    attempts: list[Attempt] = field(default_factory=list)
    """Every attempt of every student, superseded ones included."""
    notices: list[dict[str, Any]] = field(default_factory=list)
    """Files the latest run did not grade: file, kind, message (and student, when known)."""
    catalog: dict[str, Exercise] = field(default_factory=dict)
    """The course's exercises by id (titles, topics, known mistakes); empty when unavailable."""
    exported_at: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    """When the export was made (UTC)."""
    book: Gradebook | None = None
    """The gradebook rows stream from; None: ``results``."""
    assignment: Assignment | None = None
    """The assignment exported (its exercises, due date and late policy); None: the whole course."""
    roster: list[RosterEntry] | None = None
    """The class list; None when there is none."""
    overrides: list[Override] = field(default_factory=list)
    """Overrides that apply."""
    unhanded: list[Unhanded] = field(default_factory=list)
    """Files attributed to students that were not graded."""
    max_points: dict[str, float] = field(default_factory=dict)
    """Points of each exercise (from the results, else the catalog)."""
    late_policy: LatePolicy = field(default_factory=LatePolicy)
    """The late policy when there is no assignment."""
    timezone: str = "UTC"
    """The course's time zone: times are shown in it."""
    _names: FileNames = field(default_factory=FileNames, repr=False, compare=False)

    def file_name(self, student: str) -> str:
        """The stem of a student's files in every per-student export (the same in all of them)."""
        return self._names(student)

    def __post_init__(self) -> None:
        # Every id known now keeps its own name if it is one, whichever student's page is written first.
        self._names.reserve(
            {*(a.student for a in self.attempts), *(o.student for o in self.overrides), *(u.student for u in self.unhanded),
             *(e.student for e in self.roster or []), *(r.student or r.submission for r in self.results)}
        )
        if not self.max_points:
            for r in self.results:
                for e in r.exercises:
                    self.max_points.setdefault(e.id, e.max_score)
        if not self.max_points and self.assignment is None:
            for i, ex in self.catalog.items():
                self.max_points[i] = sum(c.points for c in ex.checks_for("grade"))
        if self.assignment is not None:
            for i in self.assignment.exercises:
                if i not in self.max_points and i in self.catalog:
                    self.max_points[i] = sum(c.points for c in self.catalog[i].checks_for("grade"))

    @property
    def title(self) -> str:
        """What pages call the export: the course, and the assignment if any."""
        return f"{self.course}: {self.assignment.title}" if self.assignment is not None else self.course

    @property
    def due(self) -> dt.datetime | None:
        return self.assignment.due if self.assignment is not None else None

    @property
    def policy(self) -> LatePolicy:
        return self.assignment.late_policy if self.assignment is not None else self.late_policy

    def exercise_ids(self) -> list[str]:
        """Exercise ids in the assignment's (else the course's) order, then any that only old results have."""
        seen = dict.fromkeys(self.max_points)
        order = list(self.assignment.exercises) if self.assignment is not None else list(self.catalog)
        ordered = [i for i in order if i in seen]
        return ordered + [i for i in seen if i not in ordered]

    def titles(self) -> dict[str, str]:
        out = {i: e.title for i, e in self.catalog.items()}
        for r in self.results:
            for e in r.exercises:
                out.setdefault(e.id, e.title)
        return out

    def shown_time(self, when: dt.datetime | None) -> str:
        """A time as exports show it: in the course's time zone, to the minute (``2025-03-07 23:59 +01:00``)."""
        if when is None:
            return ""
        local = when.astimezone(zoneinfo.ZoneInfo(self.timezone))
        offset = local.strftime("%z")
        return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"

    def max_score(self) -> float:
        return sum(self.max_points.get(i, 0.0) for i in self.exercise_ids())

    # -- rows -------------------------------------------------------------------------

    def rows(self, *, only: str | None = None) -> Iterator[StudentRow]:
        """Every student (or ``only`` that one), by id, one at a time."""
        attempts: dict[str, list[Attempt]] = {}
        for a in self.attempts:
            attempts.setdefault(a.student, []).append(a)
        overrides: dict[str, list[Override]] = {}
        for o in self.overrides:
            overrides.setdefault(o.student, []).append(o)
        unhanded: dict[str, list[Unhanded]] = {}
        for u in self.unhanded:
            unhanded.setdefault(u.student, []).append(u)
        roster = {e.student: e for e in self.roster or []}
        counted = self._counted(only)
        students = sorted({*attempts, *overrides, *unhanded, *roster, *(r.student or r.submission for r in self.results)})
        if only is not None:
            students = [only]
        pending = next(counted, None)
        for student in students:
            attempt, text, result = None, None, None
            if pending is not None and pending[0] == student:
                _, attempt, text, result = pending
                pending = next(counted, None)
            yield self._row(student, attempt, text, result, attempts.get(student, []), overrides.get(student, []), unhanded.get(student, []), roster.get(student))

    def _counted(self, only: str | None = None) -> Iterator[tuple[str, Attempt | None, str | None, SubmissionResult | None]]:
        if self.book is not None:
            for attempt, text in self.book.current_texts(student=only):
                yield attempt.student, attempt, text, None
        else:
            for r in sorted(self.results, key=lambda r: r.student or r.submission):
                if only is not None and (r.student or r.submission) != only:
                    continue
                current = next((a for a in self.attempts if a.student == r.student and a.current), None)
                yield r.student or r.submission, current, None, r

    def _row(
        self,
        student: str,
        attempt: Attempt | None,
        text: str | None,
        result: SubmissionResult | None,
        attempts: list[Attempt],
        overrides: list[Override],
        unhanded: list[Unhanded],
        entry: RosterEntry | None,
    ) -> StudentRow:
        row = StudentRow(student=student, status="missing", reason="", grade=None, attempt=attempt, attempts=attempts,  # type: ignore[arg-type]
                         unhanded=unhanded, roster=entry, text=text, _result=result)
        counted = row.result if (text is not None or result is not None) else None
        if counted is not None:
            row.status, row.reason = describe_status(counted, overrides)
        elif unhanded:
            row.status, row.reason = "not_gradable", _unhanded_reason(unhanded)
        elif attempts:
            row.reason = "handed in, not graded yet: run the same `grader grade` command again"
        else:
            row.reason = "nothing handed in"
        row.grade = scoring.grade(
            counted,
            max_points={i: self.max_points.get(i, 0.0) for i in self.exercise_ids()},
            overrides=overrides,
            submitted_at=row.submitted_at,
            due=self.due,
            policy=self.policy,
        )
        return row


def load(
    book: Gradebook,
    *,
    course: str,
    catalog: dict[str, Exercise] | None = None,
    assignment: Assignment | None = None,
    roster: list[RosterEntry] | None = None,
    late_policy: LatePolicy | None = None,
    timezone: str = "UTC",
) -> ExportData:
    """What exports need from an open gradebook: the small things now, the results as rows are read."""
    catalog = dict(catalog or {})
    if assignment is not None:
        catalog = {i: catalog[i] for i in assignment.exercises if i in catalog}
    return ExportData(
        course=course,
        attempts=book.attempts(),
        notices=book.notices(),
        catalog=catalog,
        book=book,
        assignment=assignment,
        roster=roster,
        overrides=book.overrides(),
        unhanded=book.unhanded(),
        max_points=book.max_points(),
        late_policy=late_policy or LatePolicy(),
        timezone=timezone,
    )


def replace_results(data: ExportData, results: list[SubmissionResult]) -> ExportData:
    """The same export over other results (read from memory, not the gradebook)."""
    return dataclasses.replace(data, results=results, book=None, max_points={}, attempts=[], unhanded=[], overrides=[])


def course_catalog(config: Config) -> dict[str, Exercise]:
    """The course's exercises by id, for :attr:`ExportData.catalog`; empty when the exercise files no longer load."""
    # Titles, topics and known mistakes make the summary better, but exports
    # of an old gradebook must work even if the exercise files changed since.
    try:
        return {e.id: e for e in load_exercises(config)}
    except ExerciseError:
        return {}
