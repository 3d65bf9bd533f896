"""Feedback per student: ``<student>.txt`` (what ``grader check`` prints) and ``<student>.html`` (a page).

Both are rendered by the reporters in :mod:`grader.report` from the same
result; hidden checks say what failed without showing expected values.
"""

from __future__ import annotations

from pathlib import Path

from grader.export._files import student_filenames, write_text
from grader.export.data import ExportData
from grader.report import html, text


def write(data: ExportData, folder: Path) -> list[Path]:
    names = student_filenames(r.student or r.submission for r in data.results)
    written = []
    for r in data.results:
        name = names[r.student or r.submission]
        title = f"{data.course}: {r.student}" if r.student else None
        write_text(folder / f"{name}.txt", text.render_submission(r, color=False) + "\n")
        write_text(folder / f"{name}.html", html.submission_html(r, title=title))
        written += [folder / f"{name}.txt", folder / f"{name}.html"]
    return written
