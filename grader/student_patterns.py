"""Student patterns: where the student id sits in a submission's path (``intake.student_patterns``).

A pattern describes the end of a path:

- ``<student>`` is the id: part of one path segment (``[^/]+``, as short as possible);
- ``<number>`` is a run of digits (the ids course platforms put into names);
- any other ``<name>`` (``<file>``, ``<anything>``) and ``*`` match part of one segment;
- ``**`` matches any number of whole folders, none included.

The grammar lives here, apart from :mod:`grader.intake`, because two layers need
it: :mod:`grader.config` rejects a pattern that cannot work when it reads
config.yaml, and intake matches paths with it.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePosixPath

_TOKEN = re.compile(r"<(\w+)>|\*\*/|\*\*|\*")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression of a student pattern (see the module docstring)."""
    out, pos = [], 0

    def literal(text: str) -> str:
        # Platforms spell their words as they like (Canvas's ``_late_``, ``_LATE_``): literal parts ignore case.
        return f"(?i:{re.escape(text)})" if text else ""

    for m in _TOKEN.finditer(pattern):
        out.append(literal(pattern[pos : m.start()]))
        if m.group(1) == "student":
            out.append(r"(?P<student>[^/]+?)")
        elif m.group(1) == "number":
            out.append(r"\d+")
        elif m.group(1):
            out.append(r"[^/]*?")
        elif m.group(0) == "**/":
            out.append(r"(?:[^/]+/)*")
        elif m.group(0) == "**":
            out.append(r".*")
        else:
            out.append(r"[^/]*?")
        pos = m.end()
    out.append(literal(pattern[pos:]))
    # Anchored at a segment boundary and at the end: a pattern names the tail of a path.
    return re.compile(r"(?:^|/)" + "".join(out) + r"$")


def pattern_problem(pattern: str) -> str | None:
    """Why a student pattern cannot work, or None."""
    count = len(re.findall(r"<student>", pattern))
    if count != 1:
        return f"needs exactly one <student>, found {count}"
    if pattern.startswith("/"):
        return "must be relative (it is matched against the end of each path)"
    try:
        compile_pattern(pattern)
    except re.error as exc:  # pragma: no cover - every token is escaped or generated
        return f"cannot be used: {exc}"
    return None


class StudentIds:
    """Finds the student id in a path with the configured patterns."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = [(p, compile_pattern(p)) for p in patterns]

    def __call__(self, shown: str) -> tuple[str, str | None]:
        """(student id, pattern used or None) for a path as people name it."""
        as_folders = re.sub(r"\.zip(?=/)", "", shown.replace(os.sep, "/"), flags=re.IGNORECASE)
        best: tuple[int, str, str] | None = None
        for text, regex in self.patterns:
            m = regex.search(as_folders)
            # "." and ".." are no one: a zip entry that climbs out of its folder is refused, not a student's.
            if m and m.group("student").strip() not in ("", ".", ".."):
                # The match that starts first wins (the pattern listed first on a tie): the outer
                # folders were named by the platform or the instructor, what lies inside by the
                # student, who could make a folder "submissions/bob/" inside their own Moodle folder.
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.group("student").strip(), text)
        if best is not None:
            return best[1], best[2]
        return PurePosixPath(as_folders).stem, None

    def owner(self, shown: str) -> str | None:
        """The student a pattern attributes a file to, or None: a file that is not a submission keeps no id of its own."""
        student, matched = self(shown)
        return student if matched is not None else None
