"""Everything in one JSON file: every student, their counted result in full, every attempt, every override.

Shape (``schema: grader.gradebook/2``), one student per line::

    {"schema", "course", "assignment": {"name", "title", "due", "late_policy"} | null, "exported_at",
     "students": [
      {"student", "status", "reason", "roster": {"name", "email", "lms_id"} | null,
       "grade": {"exercises", "graded", "score", "late_penalty", "adjustment", "total", "max_score",
                 "late": {"status", "submitted_at", "submitted_from", "due", "seconds", "days", "percent"}},
       "result": <SubmissionResult, as `grader check --json`> | null,
       "attempts": [{"file", "sha256", "submitted_at", "submitted_from", "graded_at", "status", "score",
                     "max_score", "current", "lms": {"platform", "user", "late"} | null}],
       "overrides": [{"id", "exercise", "kind", "points", "due", "reason", "created_at"}],
       "not_graded": [{"file", "kind", "message"}]},
      ...],
     "exercises": [{"id", "title", "max_score", "checks": [{"name", "max_points", "visibility"}]}],
     "not_graded": [{"file", "kind", "message"}]}

It is written as the rows come, each result as the gradebook stores it
(compact JSON, not encoded again): the file's size does not decide the
memory an export needs, nor much of its time.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, TextIO

from grader.export._files import atomic_open
from grader.export.data import ExportData, StudentRow

SCHEMA = "grader.gradebook/2"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _grade(row: StudentRow, data: ExportData) -> dict[str, Any]:
    g = row.grade
    late = g.lateness
    return {
        "exercises": g.exercises,
        "graded": g.graded,
        "score": g.score,
        "late_penalty": g.penalty,
        "adjustment": g.adjustment,
        "total": g.total,
        "max_score": g.max_score,
        "late": {
            "status": late.status,
            "submitted_at": row.submitted_at.isoformat() if row.submitted_at else None,
            "submitted_from": row.attempt.submitted_from if row.attempt is not None else None,
            "due": g.due.isoformat() if g.due else None,
            "seconds": late.seconds,
            "days": late.days,
            "percent": late.percent,
        },
    }


def _attempt(a: Any) -> dict[str, Any]:
    return {
        "file": a.file,
        "sha256": a.sha256,
        "submitted_at": a.submitted_at,
        "submitted_from": a.submitted_from,
        "graded_at": a.graded_at,
        "status": a.status,
        "score": a.score,
        "max_score": a.max_score,
        "current": a.current,
        "lms": {"platform": a.lms_platform, "user": a.lms_user, "late": a.lms_late} if a.lms_platform else None,
    }


class Writer:
    """Writes the header now, a line per student as rows come, and the rest at the end."""

    def __init__(self, data: ExportData, out: TextIO) -> None:
        self.data, self.out = data, out
        self.exercises: dict[str, dict[str, Any]] = {}
        self.first = True
        a = data.assignment
        assignment = (
            {"name": a.name, "title": a.title, "due": a.due.isoformat() if a.due else None, "late_policy": dataclasses.asdict(a.late_policy)}
            if a is not None
            else None
        )
        head = {"schema": SCHEMA, "course": data.course, "assignment": assignment, "exported_at": data.exported_at}
        out.write(_dumps(head)[:-1] + ',\n"students":[\n')

    def add(self, row: StudentRow) -> None:
        result = row.result
        if result is not None:
            for e in result.exercises:
                known = self.exercises.get(e.id)
                if known is None or len(e.checks) > len(known["checks"]):
                    self.exercises[e.id] = {
                        "id": e.id,
                        "title": e.title,
                        "max_score": e.max_score,
                        "checks": [{"name": c.name, "max_points": c.max_points, "visibility": c.visibility} for c in e.checks],
                    }
        entry = {
            "student": row.student,
            "status": row.status,
            "reason": row.reason,
            "roster": dataclasses.asdict(row.roster) if row.roster else None,
            "grade": _grade(row, self.data),
        }
        # The result goes in as stored: valid JSON the gradebook wrote itself.
        text = row.text if row.text is not None else (_dumps(result.to_dict()) if result is not None else "null")
        tail = {
            "attempts": [_attempt(a) for a in row.attempts],
            "overrides": [
                {k: v for k, v in dataclasses.asdict(o).items() if k not in ("student", "removed_at")} for o in row.grade.overrides
            ],
            "not_graded": [{"file": u.file, "kind": u.kind, "message": u.message} for u in row.unhanded],
        }
        self.out.write(("" if self.first else ",\n") + _dumps(entry)[:-1] + ',"result":' + text + "," + _dumps(tail)[1:])
        self.first = False

    def close(self) -> None:
        exercises = [self.exercises[i] for i in self.data.exercise_ids() if i in self.exercises]
        exercises += [e for i, e in self.exercises.items() if e not in exercises]
        self.out.write('\n],\n"exercises":' + _dumps(exercises) + ',\n"not_graded":' + _dumps(self.data.notices) + "}\n")


def build(data: ExportData) -> dict[str, Any]:
    """The whole document as a value (small exports and tests)."""
    import io

    buffer = io.StringIO()
    writer = Writer(data, buffer)
    for row in data.rows():
        writer.add(row)
    writer.close()
    return json.loads(buffer.getvalue())  # type: ignore[no-any-return]


def write(data: ExportData, path: Path) -> Path:
    with atomic_open(path) as fh:
        writer = Writer(data, fh)
        for row in data.rows():
            writer.add(row)
        writer.close()
    return path
