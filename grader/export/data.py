"""What the exporters read: the gradebook's current results, attempts and notices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from grader.gradebook import Attempt, Gradebook
from grader.results import SubmissionResult
from grader.spec import Exercise


@dataclass
class ExportData:
    """Everything an export needs, read once from the gradebook."""

    course: str
    """Course name (titles of pages)."""
    results: list[SubmissionResult]
    """The result that counts for each student, by student id."""
    attempts: list[Attempt] = field(default_factory=list)
    """Every attempt of every student, superseded ones included."""
    notices: list[dict[str, Any]] = field(default_factory=list)
    """Files the latest run did not grade: file, kind, message."""
    catalog: dict[str, Exercise] = field(default_factory=dict)
    """The course's exercises by id (titles, topics, known mistakes); empty when unavailable."""
    exported_at: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    """When the export was made (UTC)."""

    def exercise_ids(self) -> list[str]:
        """Exercise ids in course order, then any that only old results have."""
        seen: dict[str, None] = {}
        for r in self.results:
            for e in r.exercises:
                seen.setdefault(e.id, None)
        ordered = [i for i in self.catalog if i in seen]
        return ordered + [i for i in seen if i not in self.catalog]

    def titles(self) -> dict[str, str]:
        out = {i: e.title for i, e in self.catalog.items()}
        for r in self.results:
            for e in r.exercises:
                out.setdefault(e.id, e.title)
        return out


def load(book: Gradebook, *, course: str, catalog: dict[str, Exercise] | None = None) -> ExportData:
    """Read what exports need from an open gradebook."""
    return ExportData(
        course=course,
        results=list(book.current_results()),
        attempts=book.attempts(),
        notices=book.notices(),
        catalog=dict(catalog or {}),
    )
