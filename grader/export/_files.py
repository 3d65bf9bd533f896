"""File names for per-student outputs, and writes that never leave half a file."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path


def student_filenames(students: Iterable[str]) -> dict[str, str]:
    """A safe, unique file name stem per student id (ids come from file names students chose)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for student in students:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", student).strip("._") or "student"
        name, n = stem[:100], 2
        while name.lower() in taken:
            name, n = f"{stem[:100]}-{n}", n + 1
        taken.add(name.lower())
        out[student] = name
    return out


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
