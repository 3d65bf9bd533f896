"""What a student may receive: their result with no trace of the instructor's machine in it.

Feedback pages, Gradescope results and the release zip go to students. The
gradebook names each file as the instructor gave it
(``/home/prof/Downloads/hw1.zip/zhang_1020_3456_hw1.py``), and messages can
quote paths of the grading machine: the extraction folder, a child's
working folder, the course folder. Here the file becomes the name the
student gave it (``hw1.py``) and every such path is cut out of every string.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from grader.export.data import StudentRow
from grader.results import CheckResult, ExerciseResult, SubmissionResult

_SEGMENT = r"[^\s/'\"]+"
_GRADER_TEMP = rf"(?:/{_SEGMENT})*/grader-(?:intake|run)-{_SEGMENT}(?:/zip-{_SEGMENT})*/?"
"""The grader's own temporary folders (extracted archives, children's working folders), wherever they are."""


class Scrubber:
    """Cuts the given local folders (and the grader's temporary ones) out of text."""

    def __init__(self, folders: Iterable[str | Path] = ()) -> None:
        self.folders = tuple(str(f) for f in folders)
        literal = {f.rstrip("/") for f in self.folders}
        literal |= {tempfile.gettempdir().rstrip("/"), os.path.expanduser("~").rstrip("/")}
        ordered = sorted((f for f in literal if f.startswith("/") and len(f) > 1), key=len, reverse=True)
        parts = [_GRADER_TEMP] + [re.escape(f) + r"(?:/|(?=[\s'\":,;)\]]|$))" for f in ordered]
        self._regex = re.compile("|".join(parts))

    def __call__(self, text: str) -> str:
        if "/" not in text:
            return text
        cut = self._regex.sub("", text)
        return text if cut == text else cut

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)

    def plus(self, folder: str) -> Scrubber:
        """This scrubber, cutting ``folder`` too."""
        return self if folder in self.folders else Scrubber((*self.folders, folder))


def _check(c: CheckResult, scrub: Scrubber) -> CheckResult:
    message, hint, expected, found = scrub(c.message), scrub.optional(c.hint), scrub.optional(c.expected), scrub.optional(c.found)
    if message is c.message and hint is c.hint and expected is c.expected and found is c.found:
        return c  # nothing to cut (nearly always): shared with the instructor's copy, never changed
    return dataclasses.replace(c, message=message, hint=hint, expected=expected, found=found)


def _exercise(e: ExerciseResult, scrub: Scrubber) -> ExerciseResult:
    checks = [_check(c, scrub) for c in e.checks]
    message = scrub.optional(e.message)
    if message is e.message and all(a is b for a, b in zip(checks, e.checks)):
        return e
    return dataclasses.replace(e, message=message, checks=checks)


def for_student(result: SubmissionResult, *, file_name: str, scrub: Scrubber) -> SubmissionResult:
    """A copy of ``result`` fit to hand to a student: their file's own name, no local path anywhere."""
    return dataclasses.replace(
        result,
        submission=file_name or "your submission",
        message=scrub.optional(result.message),
        notes=[scrub(n) for n in result.notes],
        output=scrub(result.output),
        exercises=[_exercise(e, scrub) for e in result.exercises],
        sandbox=[],
    )


def student_result(row: StudentRow, scrub: Scrubber) -> SubmissionResult | None:
    """The row's result for the student (made once per row, shared by every student-facing export)."""
    cached: SubmissionResult | None = getattr(row, "_student_result", None)
    if cached is None and row.result is not None:
        # Wherever the file was named from is local too, relative or not.
        folder = str(PurePosixPath(row.file.replace("\\", "/")).parent)
        local = scrub.plus(os.path.abspath(folder)).plus(folder) if folder not in ("", ".") else scrub
        cached = for_student(row.result, file_name=row.file_name, scrub=local)
        row._student_result = cached  # type: ignore[attr-defined]
    return cached
