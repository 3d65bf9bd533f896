"""File names for per-student outputs, and writes that never leave half a file."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
"""Names Windows gives to devices, whatever follows the first dot: a student whose id is one gets another."""


class FileNames:
    """A safe, unique file name stem per student id, given out in the order asked (ids come from file names students chose).

    An id that is already a safe stem keeps it whatever order ids are asked in: ids that must be changed to make a
    name (``_alice``, ``alice!``) never take the name another id of the batch is (its owners, given by ``reserve``).
    They were given out in the order of the ids, and ``_alice`` sorts before ``alice``: a student who named her
    file ``_alice.py`` got ``alice.html`` in the feedback release and ``alice/results.json``, and alice got
    ``alice-2``, so the page named for alice was hers (hostile round 25).
    """

    def __init__(self) -> None:
        self._given: dict[str, str] = {}
        self._taken: set[str] = set()
        self._owned: set[str] = set()

    def reserve(self, students: Iterable[str]) -> None:
        """Keep the names of ids that are their own safe stem for those ids."""
        self._owned |= {s.lower() for s in students if _stem(s) == s}

    def __call__(self, student: str) -> str:
        known = self._given.get(student)
        if known is not None:
            return known
        stem = _stem(student)
        name, n = stem[:100], 2
        exact = stem == student
        # Compared without case: some file systems (macOS, Windows) do not tell Bob from bob.
        while name.lower() in self._taken or (not exact and name.lower() in self._owned):
            name, n = f"{stem[:100]}-{n}", n + 1
        self._taken.add(name.lower())
        self._given[student] = name
        return name


def _stem(student: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", student).strip("._") or "student"
    head, dot, rest = stem.partition(".")
    if head.upper() in _RESERVED:
        stem = f"{head}_{dot}{rest}"  # con.html cannot be made on Windows, where the instructor may unzip the feedback
    return stem


def student_filenames(students: Iterable[str]) -> dict[str, str]:
    """A safe, unique file name stem per student id."""
    names = FileNames()
    students = list(students)
    names.reserve(students)
    return {student: names(student) for student in students}


def write_text(path: Path, text: str) -> None:
    """Write through a temporary file and rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(path: Path) -> Iterator[TextIO]:
    """A text file to write bit by bit, put in place (renamed) only once all of it is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_many(path: Path, text: str) -> None:
    """Write one of many per-student files: plainly (an export that stops half-way is rerun, not read)."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
