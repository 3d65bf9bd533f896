"""Feedback release: one feedback page per student in a zip, named for the course platform's bulk upload.

Each student's HTML feedback page (:mod:`grader.export.feedback`) is named
after the file they handed in, the way their platform reads names back:

- Canvas (*Re-Upload Submissions*): ``zhang_1020_3456_feedback.html``, the
  downloaded file's ``<name>_<user id>_<file id>_`` and ``feedback.html``: Canvas
  attaches it as a comment to that submission;
- Moodle (*Upload multiple feedback files in a zip*, feedback files on):
  ``Ana Lima_4411_assignsubmission_file_feedback.html``: Moodle makes it that
  participant's feedback file;
- anything else: ``<student>.html``.

A student who handed in only files that could not be graded (a PDF) gets
their page under that file's platform name, so it reaches them too. Those
who handed in nothing have no upload to attach a file to: they are left
out, and counted.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from grader import lms
from grader.export.data import ExportData, StudentRow
from grader.export.feedback import render_html
from grader.export.student_view import Scrubber

FEEDBACK_NAME = "feedback.html"
"""What follows the platform's prefix in each file's name."""


@dataclass
class Released:
    """What a release zip holds."""

    path: Path
    """The zip."""
    platforms: Counter[str] = field(default_factory=Counter)
    """Files per naming: canvas, moodle, plain."""
    left_out: list[str] = field(default_factory=list)
    """Students with nothing handed in: no file for them."""


def release_name(row: StudentRow, data: ExportData) -> tuple[str, str] | None:
    """(file name in the zip, naming) for a student; None for one who handed in nothing."""
    if row.attempt is not None and row.attempt.lms_prefix:
        return row.attempt.lms_prefix + FEEDBACK_NAME, row.attempt.lms_platform or "plain"
    for u in row.unhanded:
        named = lms.recognize(u.file)
        # Only a naming of this student: mallory's submissions/mallory/Bob_5522_assignsubmission_file_x.pdf is not Bob's.
        if named is not None and named.prefix and (named.names(row.student) or (row.roster is not None and row.roster.lms_id == named.user)):
            return named.prefix + FEEDBACK_NAME, named.platform
    if row.attempt is None and not row.unhanded:
        return None
    return f"{data.file_name(row.student)}.html", "plain"


class Writer:
    """Adds each student's page to the zip as rows come."""

    def __init__(self, data: ExportData, path: Path, *, scrub: Scrubber | None = None) -> None:
        self.data = data
        self.scrub = scrub or Scrubber()
        self.released = Released(path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.zip = zipfile.ZipFile(self.tmp, "w", compression=zipfile.ZIP_DEFLATED)
        self.taken: set[str] = set()
        when = dt.datetime.fromisoformat(data.exported_at).astimezone(dt.timezone.utc)
        self.stamp = (max(1980, when.year), when.month, when.day, when.hour, when.minute, when.second)

    def add(self, row: StudentRow) -> None:
        named = release_name(row, self.data)
        if named is None:
            self.released.left_out.append(row.student)
            return
        name, platform = named
        # A prefix comes from a file name: never a path, with either separator (a Moodle full name a student set to
        # ..\..\x named a file in a folder so on Linux, and a path that climbs out on the instructor's Windows).
        name = PurePosixPath(name.replace("\\", "/")).name
        if name in self.taken:  # two students on one platform name: the second keeps it apart
            name = f"{self.data.file_name(row.student)}_{name}"
        self.taken.add(name)
        info = zipfile.ZipInfo(name, date_time=self.stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self.zip.writestr(info, render_html(row, self.data, self.scrub))
        self.released.platforms[platform] += 1

    def close(self) -> Released:
        self.zip.close()
        self.tmp.replace(self.released.path)
        return self.released

    def abort(self) -> None:
        """Throw away an unfinished zip (nothing to do once it is closed)."""
        self.zip.close()
        self.tmp.unlink(missing_ok=True)


def write(data: ExportData, path: Path, *, scrub: Scrubber | None = None) -> Released:
    writer = Writer(data, path, scrub=scrub)
    try:
        for row in data.rows():
            writer.add(row)
    except BaseException:
        writer.abort()
        raise
    return writer.close()
