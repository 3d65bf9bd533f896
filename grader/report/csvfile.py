"""CSV output: one row per submission, a column per exercise, then the total."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from grader.results import SubmissionResult


def _num(x: float) -> str:
    return f"{x:g}"


def write(results: Iterable[SubmissionResult], exercise_ids: list[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["submission", "student", "status", *exercise_ids, "total", "max_score"])
        for r in results:
            by_id = {e.id: e for e in r.exercises}
            writer.writerow(
                [
                    r.submission,
                    r.student or "",
                    r.status,
                    *[_num(by_id[i].score) if i in by_id else "" for i in exercise_ids],
                    _num(r.score),
                    _num(r.max_score),
                ]
            )
