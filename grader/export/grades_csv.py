"""Grades as CSV: one row per student, every student, a column per exercise, the grade and how it was made.

Columns: ``student``; ``name`` when the roster gives names; one per
exercise (points, overrides on it included; empty when nothing was graded);
``score`` (their sum), ``late_penalty`` (points), ``adjustment`` (overrides on
the total), ``total`` (the grade: score - late_penalty + adjustment),
``max_score``, ``percent``; ``status`` (``graded``; ``timeout`` when an
exercise ran out of time; ``review`` when an exercise's points are held until
someone reads the answer; ``error`` when the file could not be graded;
``not_gradable`` when nothing handed in was a submission; ``missing`` when
nothing was handed in) and ``reason``; ``submitted_at`` (course time zone),
``late`` (how late, in words); ``file`` (the submission that counts),
``graded_at``; ``overrides`` (each adjustment and its reason: ``double -1: ...``, ``total +2: ...``, ``due ...: ...``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import TextIO

from grader.export._files import atomic_open
from grader.export.data import ExportData, StudentRow
from grader.gradebook import Override
from grader.late import lateness

COLUMNS_BEFORE = ["student"]
COLUMNS_AFTER = [
    "score",
    "late_penalty",
    "adjustment",
    "total",
    "max_score",
    "percent",
    "status",
    "reason",
    "submitted_at",
    "late",
    "file",
    "graded_at",
    "overrides",
]


def _num(x: float) -> str:
    return f"{x:g}"


_FORMULA_START = "=+-@\uff1d\uff0b\uff0d\uff20"
"""What starts a formula in a spreadsheet's cell (the full-width forms too, which some locales' spreadsheets take)."""

_CUT = re.compile(f"(^|[,;\\t\\r\\n])([ \\t\\r\\n]*)(?=[{re.escape(_FORMULA_START)}])")
"""A place where a cell may start: the value's start, or any character a spreadsheet may split a row at, with the
blanks after it (which a spreadsheet may trim)."""


def _text(value: str) -> str:
    # Ids, file names and messages are chosen by students; a cell starting with = + - @ is a formula to a spreadsheet
    # (CSV injection), so it is quoted as text. Not only at the value's start: a spreadsheet set to a semicolon's
    # locale (German, French Excel) splits the row at ';' too, where the csv module quotes nothing, and one that trims
    # blanks reads ' =' as '='. Every place a cell may start is quoted, so the value reads as text whichever separator
    # the spreadsheet takes.
    quoted = _CUT.sub(lambda m: m.group(1) + m.group(2) + "'", value)
    return "'" + quoted if quoted[:1] in ("\t", "\r") else quoted


def late_words(row: StudentRow, data: ExportData) -> str:
    """How late, with what the platform said when it disagrees with the time ('' when nothing was handed in)."""
    if row.attempt is None:
        return ""
    words = row.grade.lateness.words
    # The platform judged by the assignment's due date, not by an extension given here.
    by_assignment = lateness(row.submitted_at, data.due, data.policy).status if data.due else "no_due_date"
    if row.attempt.lms_late and by_assignment in ("on_time", "unknown"):
        platform = (row.attempt.lms_platform or "the platform").capitalize()
        words = f"{words}; {platform} marked it late: check its time".lstrip("; ")
    return words


def _parse(when: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(when) if when else None


def _override(o: Override, data: ExportData) -> str:
    # What is adjusted first: a cell starting with "-" would read as a formula.
    if o.kind == "due":
        return f"due {data.shown_time(dt.datetime.fromisoformat(o.due or ''))}: {o.reason}"
    return f"{o.exercise or 'total'} {o.points:+g}: {o.reason}"


class Writer:
    """Writes the rows as they come."""

    def __init__(self, data: ExportData, out: TextIO) -> None:
        self.data = data
        self.ids = data.exercise_ids()
        self.names = bool(data.roster) and any(e.name for e in data.roster or [])
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow([*COLUMNS_BEFORE, *(["name"] if self.names else []), *self.ids, *COLUMNS_AFTER])

    def add(self, row: StudentRow) -> None:
        g = row.grade
        adjusted = {o.exercise for o in g.overrides if o.kind == "points" and o.exercise}
        graded = row.result is not None
        a = row.attempt
        self.csv.writerow(
            [
                _text(row.student),
                *([_text(row.roster.name if row.roster else "")] if self.names else []),
                *[_num(g.exercises.get(i, 0.0)) if graded or i in adjusted else "" for i in self.ids],
                _num(g.score),
                _num(g.penalty),
                _num(g.adjustment),
                _num(g.total),
                _num(g.max_score),
                f"{g.percent:.1f}",
                row.status,
                _text(row.reason),
                self.data.shown_time(row.submitted_at),
                late_words(row, self.data),
                _text(row.file),
                self.data.shown_time(_parse(a.graded_at if a is not None else row.result.graded_at if row.result is not None else None)),
                _text("; ".join(_override(o, self.data) for o in g.overrides)),
            ]
        )

    def close(self) -> None:
        pass


def render(data: ExportData) -> str:
    buffer = io.StringIO()
    writer = Writer(data, buffer)
    for row in data.rows():
        writer.add(row)
    return buffer.getvalue()


def write(data: ExportData, path: Path) -> Path:
    with atomic_open(path) as fh:
        writer = Writer(data, fh)
        for row in data.rows():
            writer.add(row)
    return path
