"""What course platforms write into the names of the files they hand out.

A bulk download names each file after its student, and that name is the only
way back: to the student's id, to the platform's own id for them (which a
feedback file must carry for the platform to attach it to the right
student), to whether the platform marked it late, and sometimes to when it
was handed in.

- **Canvas** ``<name>[_late]_<user id>_<file id>_<file name>`` (``zhang_1020_3456_hw1.py``).
  Its *Re-Upload Submissions* takes the first two numbers of a file's name as
  the user and the file they commented on, so feedback named
  ``zhang_1020_3456_feedback.html`` lands on that submission.
- **Moodle** ``<full name>_<participant id>_assignsubmission_file_<file name>``, or a
  folder so named (``..._file`` without the last ``_`` since Moodle 4.1). Its
  *Upload multiple feedback files in a zip* reads the participant id back from
  the same place, flat names included.
- **Blackboard** ``<assignment>_<user>_attempt_<yyyy-mm-dd-hh-mm-ss>[_<file name>]``: the one
  that writes the time into the name. It has no bulk feedback upload.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal

Platform = Literal["canvas", "moodle", "blackboard"]

_CANVAS = re.compile(r"(?P<name>[^_/]+)_(?:(?P<late>(?i:late))_)?(?P<user>\d+)_(?P<file>\d+)_(?P<rest>[^/]+)")
_MOODLE = re.compile(r"(?P<name>[^_/]+)_(?P<user>\d+)_assignsubmission_(?P<plugin>[a-z]+)(?:_(?P<rest>[^/]*))?")
# The platform's part of a name comes first and the student's own file name last: the first
# "_attempt_<time>" is Blackboard's (a file the student named "x_y_attempt_2020-..." comes after it).
_BLACKBOARD = re.compile(r".*?_(?P<user>[^_/]+)_attempt_(?P<time>\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d)(?:_(?P<rest>[^/]+)|\.[^/._]+)?")


@dataclass(frozen=True)
class LmsName:
    """What a platform's file name says about a submission."""

    platform: Platform
    """canvas, moodle or blackboard."""
    user: str
    """The platform's id for the student: Canvas user id, Moodle participant id, Blackboard user name."""
    prefix: str | None
    """How a feedback file's name must start for the platform's bulk upload to attach it to this student; None: no such upload."""
    late: bool = False
    """The platform marked the submission late (Canvas writes ``late`` into the name)."""
    time: dt.datetime | None = None
    """The time the name carries (Blackboard), as written: in the course's time zone."""
    name: str = ""
    """The student as the platform's name spells them (Canvas's letters, Moodle's full name, Blackboard's user)."""

    def names(self, student: str) -> bool:
        """Whether this naming is of ``student`` (an id a pattern found in the same path)."""
        return self.name.casefold() == student.casefold()


def recognize(shown: str) -> LmsName | None:
    """The platform naming of a submission's path (as people name it), or None.

    A zip a platform named (``zhang_1020_3456_hw.zip``, a student's upload) names
    everything in it: the names inside were chosen by the student, who could
    name a file ``bob_2000_3000_hw.py`` or ``Bob_5522_assignsubmission_file_x.pdf``
    to have it, or its feedback page, taken for bob's.
    """
    parts = PurePosixPath(shown.replace("\\", "/")).parts
    for i, part in enumerate(parts[:-1]):
        if part.lower().endswith(".zip"):
            named = _recognize(parts[: i + 1])
            if named is not None:
                return named
    return _recognize(parts)


def _recognize(parts: tuple[str, ...]) -> LmsName | None:
    # A Moodle folder per student holds the files under their own names: the outermost such
    # folder is Moodle's, one inside it was made by the student (who could name it for another).
    for part in parts:
        m = _MOODLE.fullmatch(part)
        if m and m.group("plugin") == "file":
            return LmsName("moodle", m.group("user"), f"{m.group('name')}_{m.group('user')}_assignsubmission_file_", name=m.group("name"))
    name = parts[-1] if parts else ""
    m = _CANVAS.fullmatch(name)
    if m:
        late = m.group("late") is not None
        prefix = f"{m.group('name')}_{m.group('late') + '_' if late else ''}{m.group('user')}_{m.group('file')}_"
        return LmsName("canvas", m.group("user"), prefix, late=late, name=m.group("name"))
    m = _BLACKBOARD.fullmatch(name)
    if m:
        try:
            when = dt.datetime.strptime(m.group("time"), "%Y-%m-%d-%H-%M-%S")
        except ValueError:
            when = None
        return LmsName("blackboard", m.group("user"), None, time=when, name=m.group("user"))
    return None
