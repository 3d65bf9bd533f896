"""Gradescope's ``results.json``: one per submission, the shape its autograder reads.

Top level: ``score``, ``max_score``, ``execution_time``, ``output``,
``tests``. At most two tests per exercise: its public checks
(``exercise (public checks)``, visible) and its hidden checks
(``exercise (hidden checks)``), each with its points, a status and an
``output`` listing its checks as the text report does (messages, expected
and found for public checks, hints).

Students always see the top-level ``output``, so it honours
``gradescope_hidden_visibility`` of config.yaml: unless that is
``visible``, it is the report of the public checks only, and says how many
hidden checks ran without naming them or their results. The hidden test
itself gets that visibility (default ``hidden``: for staff only;
``after_published`` shows it to students once grades are out, still
without expected values, which hidden checks never put in their message).

In an export, ``score`` is the student's grade (overrides and late penalty
included, said at the end of ``output``), every student gets a file, and
nothing in it names a path of the grading machine. Each file is one line
per test: JSON a person can read, written by the C encoder.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from grader.config import GradescopeVisibility
from grader.export._files import write_many, write_text
from grader.export.data import ExportData, StudentRow
from grader.export.feedback import grade_lines
from grader.export.student_view import Scrubber, student_result
from grader.report import text
from grader.results import CheckResult, ExerciseResult, SubmissionResult

HIDDEN_VISIBILITY: GradescopeVisibility = "hidden"
"""Gradescope visibility of a hidden check's result unless config.yaml says otherwise."""


def _check_lines(check: CheckResult) -> list[str]:
    mark = "✓" if check.status == "passed" else "✗"
    if check.status == "passed":
        return [f"{mark} {check.name}" + (f": {check.description}" if check.description else "")]
    lines = [f"{mark} {check.name}: {check.message}"]
    if not text.values_in_message(check):  # as the text report: values quoted once
        if check.expected is not None:
            lines.append(f"    expected: {check.expected}")
        if check.found is not None:
            lines.append(f"    found:    {check.found}")
    if check.hint:
        lines.append(f"    hint: {check.hint}")
    return lines


def _test(ex: ExerciseResult, checks: list[CheckResult], part: str, number: str, visibility: str) -> dict[str, Any]:
    return {
        "name": f"{ex.id} ({part} checks)",
        "number": number,
        "score": sum(c.points for c in checks),
        "max_score": sum(c.max_points for c in checks),
        "status": "passed" if all(c.status == "passed" for c in checks) else "failed",
        "output": "\n".join(line for c in checks for line in _check_lines(c)),
        "visibility": visibility,
    }


def public_view(result: SubmissionResult) -> SubmissionResult:
    """The result with its hidden checks taken out: what every student may see."""
    exercises = []
    for ex in result.exercises:
        shown = [c for c in ex.checks if c.visibility == "public"]
        hidden = [c for c in ex.checks if c.visibility != "public"]
        status = ex.status
        if ex.status in ("passed", "failed"):
            status = "passed" if all(c.status == "passed" for c in shown) else "failed"
        exercises.append(
            dataclasses.replace(
                ex,
                checks=shown,
                status=status,
                score=sum(c.points for c in shown),
                max_score=sum(c.max_points for c in shown),
                hidden_checks=len(hidden),
                hidden_points=sum(c.max_points for c in hidden),
            )
        )
    return dataclasses.replace(
        result,
        mode="check",
        exercises=exercises,
        score=sum(e.score for e in exercises),
        max_score=sum(e.max_score for e in exercises),
    )


def results_json(result: SubmissionResult, *, hidden_visibility: GradescopeVisibility = HIDDEN_VISIBILITY) -> dict[str, Any]:
    tests = []
    for i, ex in enumerate(result.exercises, start=1):
        public = [c for c in ex.checks if c.visibility == "public"]
        hidden = [c for c in ex.checks if c.visibility != "public"]
        if public:
            tests.append(_test(ex, public, "public", f"{i}.1", "visible"))
        if hidden:
            tests.append(_test(ex, hidden, "hidden", f"{i}.2", hidden_visibility))
    shown = result if hidden_visibility == "visible" else public_view(result)
    output = text.render_submission(shown, color=False)
    if shown is not result:
        output = output.replace("will run when your work is graded.", "ran; the results are not shown here.")
    return {
        "score": result.score,
        "max_score": result.max_score,
        "execution_time": round(result.seconds, 3),
        "output": output,
        "tests": tests,
    }


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def lines(doc: dict[str, Any]) -> str:
    """``doc`` as JSON with each test on a line of its own."""
    head = ", ".join(f"{_encode(k)}: {_encode(v)}" for k, v in doc.items() if k != "tests")
    tests = ",\n".join(_encode(t) for t in doc.get("tests", []))
    return "{" + head + ',\n"tests": [\n' + tests + "\n]}\n"


def dumps(result: SubmissionResult, **options: Any) -> str:
    return lines(results_json(result, **options))


def write_one(result: SubmissionResult, path: Path, **options: Any) -> Path:
    write_text(path, dumps(result, **options))
    return path


def row_json(row: StudentRow, data: ExportData, scrub: Scrubber, *, hidden_visibility: GradescopeVisibility = HIDDEN_VISIBILITY) -> dict[str, Any]:
    """A student's results.json in an export: their grade, what they may see."""
    result = student_result(row, scrub)
    doc: dict[str, Any] = (
        results_json(result, hidden_visibility=hidden_visibility)
        if result is not None
        else {"score": 0.0, "max_score": row.grade.max_score, "execution_time": 0.0, "output": "", "tests": []}
    )
    doc["score"] = row.grade.total
    doc["output"] = "\n\n".join(part for part in (doc["output"].rstrip(), "\n".join(grade_lines(row, data))) if part)
    return doc


class Writer:
    """``folder/<student>/results.json`` as rows come."""

    def __init__(self, data: ExportData, folder: Path, *, scrub: Scrubber | None = None, hidden_visibility: GradescopeVisibility = HIDDEN_VISIBILITY) -> None:
        self.data, self.folder = data, folder
        self.scrub = scrub or Scrubber()
        self.visibility = hidden_visibility

    def add(self, row: StudentRow) -> None:
        doc = row_json(row, self.data, self.scrub, hidden_visibility=self.visibility)
        write_many(self.folder / self.data.file_name(row.student) / "results.json", lines(doc))

    def close(self) -> None:
        pass


def write(data: ExportData, folder: Path, **options: Any) -> None:
    """``folder/<student>/results.json`` for every student."""
    writer = Writer(data, folder, **options)
    for row in data.rows():
        writer.add(row)
