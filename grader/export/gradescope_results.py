"""Gradescope's ``results.json``: one per submission, the shape its autograder reads.

Top level: ``score``, ``max_score``, ``execution_time``, ``output`` (the text
report), ``tests``. One test per check: ``name`` (``exercise / check``),
``number``, ``score``, ``max_score``, ``status`` (``passed``/``failed``),
``output`` (message, expected and found for public checks, hint) and
``visibility``: ``visible`` for public checks; hidden checks get the
visibility ``gradescope_hidden_visibility`` of config.yaml (default
``hidden``: for staff only; ``after_published`` shows them to students once
grades are out, still without expected values, which hidden checks never
put in their message).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from grader.config import GradescopeVisibility
from grader.export._files import student_filenames, write_text
from grader.export.data import ExportData
from grader.report import text
from grader.results import CheckResult, SubmissionResult

HIDDEN_VISIBILITY: GradescopeVisibility = "hidden"
"""Gradescope visibility of a hidden check's result unless config.yaml says otherwise."""


def _test_output(check: CheckResult) -> str:
    if check.status == "passed":
        return check.description or ""
    lines = [check.message]
    if not text.values_in_message(check):  # as the text report: values quoted once
        if check.expected is not None:
            lines.append(f"expected: {check.expected}")
        if check.found is not None:
            lines.append(f"found:    {check.found}")
    if check.hint:
        lines.append(f"hint: {check.hint}")
    return "\n".join(lines)


def results_json(result: SubmissionResult, *, hidden_visibility: GradescopeVisibility = HIDDEN_VISIBILITY) -> dict[str, Any]:
    tests = []
    for i, ex in enumerate(result.exercises, start=1):
        for j, check in enumerate(ex.checks, start=1):
            tests.append(
                {
                    "name": f"{ex.id} / {check.name}",
                    "number": f"{i}.{j}",
                    "score": check.points,
                    "max_score": check.max_points,
                    "status": "passed" if check.status == "passed" else "failed",
                    "output": _test_output(check),
                    "visibility": "visible" if check.visibility == "public" else hidden_visibility,
                }
            )
    return {
        "score": result.score,
        "max_score": result.max_score,
        "execution_time": round(result.seconds, 3),
        "output": text.render_submission(result, color=False),
        "tests": tests,
    }


def dumps(result: SubmissionResult, **options: Any) -> str:
    return json.dumps(results_json(result, **options), indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def write_one(result: SubmissionResult, path: Path, **options: Any) -> Path:
    write_text(path, dumps(result, **options))
    return path


def write(data: ExportData, folder: Path, **options: Any) -> list[Path]:
    """``folder/<student>/results.json`` for every student."""
    names = student_filenames(r.student or r.submission for r in data.results)
    return [write_one(r, folder / names[r.student or r.submission] / "results.json", **options) for r in data.results]
