"""Grades as CSV: one row per student, a column per exercise, the total and a status.

Columns: ``student``, then one per exercise (points), ``total``, ``max_score``,
``percent``, ``status`` (``graded``; ``timeout`` when an exercise ran out of
time; ``error`` when the submission could not be graded), ``file`` (the
submission that counts), ``graded_at``. Ready for a spreadsheet or an LMS import.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from grader.export._files import write_text
from grader.export.data import ExportData
from grader.results import SubmissionResult

COLUMNS_BEFORE = ["student"]
COLUMNS_AFTER = ["total", "max_score", "percent", "status", "file", "graded_at"]


def _num(x: float) -> str:
    return f"{x:g}"


def _text(value: str) -> str:
    # Ids and file names are chosen by students; a cell starting with = + - @ is a
    # formula to a spreadsheet (CSV injection), so it is quoted as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def status(result: SubmissionResult) -> str:
    if result.status == "error":
        return "error"
    if any(e.status == "timeout" for e in result.exercises):
        return "timeout"
    return "graded"


def render(data: ExportData) -> str:
    ids = data.exercise_ids()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*COLUMNS_BEFORE, *ids, *COLUMNS_AFTER])
    for r in data.results:
        by_id = {e.id: e for e in r.exercises}
        percent = 100 * r.score / r.max_score if r.max_score else 0.0
        writer.writerow(
            [
                _text(r.student or ""),
                *[_num(by_id[i].score) if i in by_id else "" for i in ids],
                _num(r.score),
                _num(r.max_score),
                f"{percent:.1f}",
                status(r),
                _text(r.submission),
                r.graded_at,
            ]
        )
    return buffer.getvalue()


def write(data: ExportData, path: Path) -> Path:
    write_text(path, render(data))
    return path
