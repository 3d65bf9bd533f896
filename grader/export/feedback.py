"""Feedback per student: ``<student>.txt`` (what ``grader check`` prints) and ``<student>.html`` (a page).

Every student gets both, whatever happened: a graded student reads every
exercise, failed checks with expected and found values (public checks) and
hints, hidden checks saying what failed without values; then how the grade
was made: overrides with their reasons, the late penalty with the time
handed in. A student whose file could not be graded, or who handed in
nothing gradable, reads why and what to hand in instead.

Students receive these: the file is named as they named it, and no path of
the grading machine appears (:mod:`grader.export.student_view`).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from grader import scoring
from grader.export._files import write_many
from grader.export.data import STATUS_WORDS, ExportData, StudentRow
from grader.export.student_view import Scrubber, student_result
from grader.report import html, text


def _points(x: float) -> str:
    return f"{x:g}"


def grade_lines(row: StudentRow, data: ExportData) -> list[str]:
    """How the grade was made, in lines of text: what was handed in and when, overrides, late penalty, the grade."""
    g = row.grade
    lines = []
    if row.status == "not_gradable":
        lines.append("Nothing you handed in could be graded:")
        lines += [f"  {Path(u.file).name}: {u.message}" for u in row.unhanded]
        lines.append("Hand in your notebook (.ipynb) or module (.py).")
    elif row.status == "missing":
        lines.append(f"Nothing was handed in for {data.assignment.title if data.assignment else 'this assignment'}.")
    if row.submitted_at is not None and g.due is not None:
        lines.append(f"Handed in {data.shown_time(row.submitted_at)}, due {data.shown_time(g.due)}: {g.lateness.words}.")
    points = [o for o in g.overrides if o.kind == "points"]
    dues = [o for o in g.overrides if o.kind == "due"]
    if points or g.penalty:
        lines.append(f"Points from grading: {_points(g.graded)}/{_points(g.max_score)}")
        lines += [f"  {scoring.describe(o)}" for o in dues + [o for o in points if o.exercise]]
        if g.penalty:
            p = data.policy
            days = f"{g.lateness.days} day{'s' if g.lateness.days != 1 else ''}"
            lines.append(
                f"  -{_points(g.penalty)} late penalty: {g.lateness.percent:g}% "
                f"({_points(p.per_day)}% for each day or part of a day late: {days}; at most {_points(p.cap)}%)"
            )
        lines += [f"  {scoring.describe(o)}" for o in points if not o.exercise]
    else:
        lines += [f"  {scoring.describe(o)}" for o in dues]
    lines.append(f"Grade: {_points(g.total)}/{_points(g.max_score)}")
    return lines


def grade_html(row: StudentRow, data: ExportData) -> str:
    """The same as :func:`grade_lines`, as a block of the HTML page."""
    # Indented lines belong to the line above them (the files under "Nothing you handed in", the
    # penalty and overrides under "Points from grading"): a list inside its item.
    items: list[tuple[str, list[str]]] = []
    for line in grade_lines(row, data)[:-1]:
        if line.startswith("  ") and items:
            items[-1][1].append(line.strip())
        else:
            items.append((line.strip(), []))
    html_items = "".join(
        f"<li>{escape(head)}" + (f"<ul>{''.join(f'<li>{escape(x)}</li>' for x in sub)}</ul>" if sub else "") + "</li>"
        for head, sub in items
    )
    return (
        '<div class="grade">'
        + (f"<ul>{html_items}</ul>" if html_items else "")
        + f"<p><b>Grade: {_points(row.grade.total)} / {_points(row.grade.max_score)}</b></p></div>"
    )


def render_text(row: StudentRow, data: ExportData, scrub: Scrubber) -> str:
    result = student_result(row, scrub)
    head = [] if result is not None else [f"{data.title}: {row.student} ({STATUS_WORDS[row.status]})", ""]
    body = [text.render_submission(result, color=False), ""] if result is not None else []
    return "\n".join([*head, *body, *grade_lines(row, data)]) + "\n"


def render_html(row: StudentRow, data: ExportData, scrub: Scrubber) -> str:
    result = student_result(row, scrub)
    return html.feedback_page(result, title=f"{data.title}: {row.student}", grade=grade_html(row, data))


class Writer:
    """``<student>.txt`` and ``<student>.html`` in a folder, as rows come."""

    def __init__(self, data: ExportData, folder: Path, *, scrub: Scrubber | None = None) -> None:
        self.data, self.folder = data, folder
        self.scrub = scrub or Scrubber()
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: StudentRow) -> None:
        name = self.data.file_name(row.student)
        write_many(self.folder / f"{name}.txt", render_text(row, self.data, self.scrub))
        write_many(self.folder / f"{name}.html", render_html(row, self.data, self.scrub))

    def close(self) -> None:
        pass


def write(data: ExportData, folder: Path, *, scrub: Scrubber | None = None) -> None:
    writer = Writer(data, folder, scrub=scrub)
    for row in data.rows():
        writer.add(row)
