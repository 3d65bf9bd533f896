"""``grader override``: adjust one student's grade by hand, with a reason; list and remove adjustments.

::

    grader override -a hw1 zhang +2 -e vector_backward --reason "float64 answer accepted"
    grader override -a hw1 li -5 --reason "code copied from the tutorial"
    grader override -a hw1 wu --due "2025-03-10 23:59" --reason "extension: illness"
    grader override -a hw1 --list [STUDENT]
    grader override -a hw1 --remove 3

An override is a row of the gradebook of its own, tied to the student, not
to an attempt: regrading changes the points it adjusts, never the override.
Exports and feedback show each one with its reason. Points on an exercise
keep it within 0 and its maximum; points on the total come after the late
penalty (extra credit may pass the maximum). A due date of the student's
own replaces the assignment's for the late penalty.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from grader import roster as roster_mod
from grader import scoring
from grader.config import Config, parse_due
from grader.errors import GraderError
from grader.exitcodes import ExitCode
from grader.export.data import ExportData, StudentRow, course_catalog, load
from grader.gradebook import Gradebook, Override
from grader.roster import RosterEntry


def _points(x: float) -> str:
    return f"{x:g}"


def _row(book: Gradebook, config: Config, assignment: str | None, student: str) -> tuple[ExportData, StudentRow]:
    chosen = config.assignment(assignment) if assignment else None
    data = load(
        book,
        course=config.course,
        catalog=course_catalog(config),
        assignment=chosen,
        roster=roster_mod.for_course(config, chosen, None),
        late_policy=config.late_policy,
        timezone=config.timezone,
    )
    return data, next(data.rows(only=student))


def _line(o: Override) -> str:
    removed = f" (removed {o.removed_at})" if o.removed_at else ""
    return f"{o.id:>4}  {o.student}  {scoring.describe(o)}  [{o.created_at}]{removed}"


@dataclass(frozen=True)
class _Asked:
    """An override asked for on the command line, checked."""

    student: str
    """Whose grade."""
    reason: str
    """Why (the student reads it)."""
    exercise: str | None
    """The exercise whose points change; None: the total."""
    points: float | None
    """Points to add (signed); None for a due date."""
    due: str | None
    """The student's own due date (ISO); None for points."""


def main(
    config: Config,
    *,
    student: str | None = None,
    points: str | None = None,
    exercise: str | None = None,
    due: str | None = None,
    reason: str | None = None,
    list_them: bool = False,
    remove: int | None = None,
    assignment: str | None = None,
    gradebook: Path | None = None,
    roster: Path | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> ExitCode:
    chosen = config.assignment(assignment) if assignment else None
    book_path = gradebook or (chosen.gradebook if chosen is not None else config.gradebook)
    if not Path(book_path).is_file():
        err.write(f"grader override: no gradebook at {book_path}: grade the submissions first\n")
        return ExitCode.USAGE
    with Gradebook(book_path) as book:
        if list_them:
            return _list(book, student, out)
        if remove is not None:
            return _remove(book, remove, out, err)
        entries = roster_mod.for_course(config, chosen, roster)
        asked = _check(book, config, entries, student=student, points=points, exercise=exercise, due=due, reason=reason)
        if isinstance(asked, str):
            err.write(f"grader override: {asked}\n")
            return ExitCode.USAGE
        data, before = _row(book, config, assignment, asked.student)
        if asked.exercise is not None and asked.exercise not in data.exercise_ids():
            err.write(f"grader override: no exercise {asked.exercise!r} here (there are: {', '.join(data.exercise_ids())})\n")
            return ExitCode.USAGE
        try:
            made = book.add_override(asked.student, reason=asked.reason, points=asked.points, exercise=asked.exercise, due=asked.due)
        except ValueError as exc:
            raise GraderError(str(exc)) from exc
        _, after = _row(book, config, assignment, asked.student)
    out.write(f"override {made.id}: {asked.student} {scoring.describe(made)}\n")
    _say_change(asked, data, before, after, out)
    return ExitCode.OK


def _list(book: Gradebook, student: str | None, out: TextIO) -> ExitCode:
    rows = book.overrides(student=student, removed=True)
    for o in rows:
        out.write(_line(o) + "\n")
    if not rows:
        out.write("no overrides" + (f" for {student}" if student else "") + "\n")
    return ExitCode.OK


def _remove(book: Gradebook, override_id: int, out: TextIO, err: TextIO) -> ExitCode:
    removed = book.remove_override(override_id)
    if removed is None:
        err.write(f"grader override: no override {override_id} in effect (grader override --list shows them)\n")
        return ExitCode.USAGE
    out.write(f"removed override {removed.id}: {removed.student} {scoring.describe(removed)}\n")
    return ExitCode.OK


def _check(
    book: Gradebook,
    config: Config,
    entries: list[RosterEntry] | None,
    *,
    student: str | None,
    points: str | None,
    exercise: str | None,
    due: str | None,
    reason: str | None,
) -> _Asked | str:
    """The override asked for, or what is wrong with the command line."""
    problem = _problem(student, points, due, reason, exercise)
    if problem:
        return problem
    assert student is not None and reason is not None
    known = book.students() | {e.student for e in entries or []}
    if student not in known:
        near = difflib.get_close_matches(student, sorted(known), n=3)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        return f"no student {student!r} in {book.path} or the roster{hint}"
    try:
        when = parse_due(due, config.zone()).isoformat() if due is not None else None
        amount = float(points) if points is not None else None
    except ValueError as exc:
        return str(exc)
    return _Asked(student=student, reason=reason, exercise=exercise, points=amount, due=when)


def _say_change(asked: _Asked, data: ExportData, before: StudentRow, after: StudentRow, out: TextIO) -> None:
    """The student's points before and after the override."""
    student, exercise = asked.student, asked.exercise
    g0, g1 = before.grade, after.grade
    if exercise is not None:
        top = data.max_points.get(exercise, 0.0)
        wanted = g0.exercises.get(exercise, 0.0) + (asked.points or 0.0)
        capped = " (kept within 0 and the maximum)" if wanted != g1.exercises.get(exercise) else ""
        out.write(f"{student}: {exercise} {_points(g0.exercises.get(exercise, 0.0))} -> {_points(g1.exercises.get(exercise, 0.0))} of {_points(top)}{capped}\n")
    if g1.lateness != g0.lateness:
        out.write(f"{student}: {g0.lateness.words or 'no due date'} -> {g1.lateness.words}\n")
    out.write(f"{student}: grade {_points(g0.total)} -> {_points(g1.total)} of {_points(g1.max_score)}\n")


def _problem(student: str | None, points: str | None, due: str | None, reason: str | None, exercise: str | None) -> str | None:
    if student is None:
        return "which student? grader override STUDENT POINTS --reason TEXT (or --list, --remove ID)"
    if (points is None) == (due is None):
        return "give points (+2, -5) or --due DATE, one of them"
    if due is not None and exercise is not None:
        return "--due is for the whole assignment, not one exercise"
    if not reason or not reason.strip():
        return "say why with --reason TEXT: the student reads it in their feedback"
    return None
