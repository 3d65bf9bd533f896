"""Everything in one JSON file: each student's counted result in full, every attempt, and what was not graded.

Shape (``schema: grader.gradebook/1``)::

    {"schema", "course", "exported_at",
     "exercises": [{"id", "title", "max_score", "checks": [{"name", "max_points", "visibility"}]}],
     "students": [{"student", "result": <SubmissionResult, as `grader check --json`>,
                   "attempts": [{"file", "sha256", "submitted_at", "graded_at", "status", "score",
                                 "max_score", "current"}]}],
     "not_graded": [{"file", "kind", "message"}]}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from grader.export._files import write_text
from grader.export.data import ExportData

SCHEMA = "grader.gradebook/1"


def _exercises(data: ExportData) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in data.results:
        for e in r.exercises:
            if e.id not in out or len(e.checks) > len(out[e.id]["checks"]):
                out[e.id] = {
                    "id": e.id,
                    "title": e.title,
                    "max_score": e.max_score,
                    "checks": [{"name": c.name, "max_points": c.max_points, "visibility": c.visibility} for c in e.checks],
                }
    return [out[i] for i in data.exercise_ids()]


def build(data: ExportData) -> dict[str, Any]:
    attempts: dict[str, list[dict[str, Any]]] = {}
    for a in data.attempts:
        attempts.setdefault(a.student, []).append(
            {
                "file": a.file,
                "sha256": a.sha256,
                "submitted_at": a.submitted_at,
                "graded_at": a.graded_at,
                "status": a.status,
                "score": a.score,
                "max_score": a.max_score,
                "current": a.current,
            }
        )
    return {
        "schema": SCHEMA,
        "course": data.course,
        "exported_at": data.exported_at,
        "exercises": _exercises(data),
        "students": [
            {"student": r.student, "result": r.to_dict(), "attempts": attempts.get(r.student or "", [])}
            for r in data.results
        ],
        "not_graded": data.notices,
    }


def write(data: ExportData, path: Path) -> Path:
    write_text(path, json.dumps(build(data), indent=1, ensure_ascii=False, allow_nan=False) + "\n")
    return path
