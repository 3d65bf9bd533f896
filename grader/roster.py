"""The class list: who is expected to hand in, so that nobody goes missing from an export.

A roster is a CSV file. Three layouts are read as they are:

- the grader's own: a ``student`` column with the ids the grader uses (the
  ``<student>`` of ``intake.student_patterns``), and optionally ``name``,
  ``email`` and ``lms_id`` (a course platform's id for the student); a file
  without a header row is read as one id per line;
- Canvas's gradebook export (``Student``, ``ID``, ``SIS User ID``...): the id is the
  name as Canvas writes it into file names (``Zhang, Lei`` -> ``zhanglei``), and
  ``ID`` is the user id its file names carry;
- Moodle's grading worksheet (``Identifier``, ``Full name``...): the id is the full
  name, and the participant number of ``Identifier`` (``Participant 4411``) is
  the one its file names carry.

When a roster gives platform ids, a submission whose file name carries one
(:mod:`grader.lms`) belongs to that roster entry whatever its name says: two
students with the same name stay two students.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from dataclasses import dataclass
from pathlib import Path

from grader import lms
from grader.config import Assignment, Config, Counts
from grader.errors import ConfigError
from grader.intake import Batch, Notice, Submission, choose
from grader.sanitize import clean


@dataclass(frozen=True)
class RosterEntry:
    """One student on the class list."""

    student: str
    """The id the grader uses."""
    name: str = ""
    """Full name, when the roster has one."""
    email: str = ""
    """Email address, when the roster has one."""
    lms_id: str = ""
    """The course platform's id for the student (Canvas user id, Moodle participant number), when known."""


ID_COLUMNS = ("student", "username", "login", "user", "id")
"""Header names of the id column of a plain roster, in the order they are looked for."""


def canvas_name(display: str) -> str:
    """How Canvas names a student in downloaded files: the sortable name, lowercase, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", display.lower())


def _columns(header: list[str]) -> dict[str, int]:
    return {h.strip().lower(): i for i, h in enumerate(header)}


def parse(text: str, *, source: str = "roster") -> list[RosterEntry]:
    """The entries of a roster file's text (see the module docstring for the layouts)."""
    rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"))) if any(c.strip() for c in r)]
    if not rows:
        return []
    cols = _columns(rows[0])

    def cell(row: list[str], name: str) -> str:
        i = cols.get(name)
        return clean(row[i].strip()) if i is not None and i < len(row) else ""

    out: list[RosterEntry] = []
    if "student" in cols and "id" in cols and ("sis user id" in cols or "sis login id" in cols):
        for row in rows[1:]:
            display, user = cell(row, "student"), cell(row, "id")
            # Canvas puts a "Points Possible" row and its test student in the export.
            if not user.isdigit() or display.lower() in ("points possible", "student, test", "test student"):
                continue
            out.append(RosterEntry(canvas_name(display), name=display, lms_id=user))
    elif "identifier" in cols and "full name" in cols:
        for row in rows[1:]:
            number = re.sub(r"\D", "", cell(row, "identifier"))
            out.append(RosterEntry(cell(row, "full name"), name=cell(row, "full name"), email=cell(row, "email address"), lms_id=number))
    elif key := next((k for k in ID_COLUMNS if k in cols), None):
        for row in rows[1:]:
            out.append(RosterEntry(cell(row, key), name=cell(row, "name"), email=cell(row, "email"), lms_id=cell(row, "lms_id")))
    else:
        # No header the grader knows: one id per line, in the first column.
        out = [RosterEntry(clean(r[0].strip())) for r in rows]
    entries = [e for e in out if e.student]
    seen: set[str] = set()
    for e in entries:
        if e.student in seen:
            raise ConfigError(f"{source}: student {e.student!r} is listed twice")
        seen.add(e.student)
    return entries


def read(path: Path) -> list[RosterEntry]:
    """Read a roster file; a :class:`ConfigError` says why one cannot be used."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"roster {path}: cannot read: {exc}") from exc
    return parse(text, source=f"roster {path}")


def apply(batch: Batch, entries: list[RosterEntry], *, counts: Counts) -> Batch:
    """``batch`` with the ids of the roster wherever a file name carries a platform id the roster knows."""
    by_user = {e.lms_id: e.student for e in entries if e.lms_id}
    if not by_user:
        return batch

    def owner(s: Submission) -> Submission:
        student = by_user.get(s.lms.user) if s.lms is not None else None
        return dataclasses.replace(s, student=student) if student and student != s.student else s

    def notice(n: Notice) -> Notice:
        named = lms.recognize(n.where)
        # A platform's name inside a folder a pattern gave to another student was chosen by that student.
        student = by_user.get(named.user) if named is not None and n.student is not None and named.names(n.student) else None
        return dataclasses.replace(n, student=student) if student and n.student is not None else n

    found = [owner(s) for s in [*batch.counted, *batch.superseded]]
    counted, superseded = choose(found, counts)
    return Batch(counted=counted, superseded=superseded, notices=[notice(n) for n in batch.notices], renamed=batch.renamed)


def for_course(config: Config, assignment: Assignment | None, path: Path | None) -> list[RosterEntry] | None:
    """The roster given on the command line, else the assignment's, else the course's; None when there is none."""
    chosen = path or (assignment.roster if assignment is not None else config.roster)
    return read(chosen) if chosen is not None else None
