"""``grader export [WHAT] --out PATH``: the gradebook as files; or the Gradescope autograder zip.

``WHAT`` is ``all`` (default) or one format. Every format is rebuilt from the
gradebook (nothing is graded again), for every student: graded, not graded,
or on the roster with nothing handed in::

    DIR/grades.csv                     csv: one row per student
    DIR/gradebook.json                 json: everything, in one file
    DIR/results/<student>.json         json: each student's result (as `grader check --json`)
    DIR/feedback/<student>.txt|.html   feedback
    DIR/gradescope/<student>/results.json   results: Gradescope's format
    DIR/summary.html                   summary: the instructor's page with charts and every student
    DIR/feedback_release.zip           release: a feedback page per student, named for the course platform's bulk upload

``-a NAME`` exports an assignment (its gradebook, exercises, due date and
late policy). ``grader export gradescope --out autograder.zip`` builds the
autograder zip from the course instead (reference runs happen here,
solutions stay out); ``grader export release --out FILE.zip`` writes the
release zip alone, where you say.

All formats are written in one pass over the gradebook, a student at a
time: memory stays flat however large the class.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from grader import roster as roster_mod
from grader.config import Assignment, Config
from grader.exitcodes import ExitCode
from grader.export import (
    FORMATS,
    everything_json,
    feedback,
    grades_csv,
    gradescope_results,
    release,
    summary_html,
)
from grader.export._files import atomic_open, write_many
from grader.export.data import STATUS_WORDS, ExportData, course_catalog, load
from grader.export.student_view import Scrubber
from grader.gradebook import Gradebook
from grader.roster import RosterEntry
from grader.spec import load_exercises

RELEASE_NAME = "feedback_release.zip"


class _Results:
    """``results/<student>.json``: each counted result as the gradebook stores it."""

    def __init__(self, data: ExportData, folder: Path) -> None:
        self.data, self.folder = data, folder
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: Any) -> None:
        if row.text is not None:
            write_many(self.folder / f"{self.data.file_name(row.student)}.json", row.text + "\n")
        elif row.result is not None:
            from grader.report import jsonfile

            write_many(self.folder / f"{self.data.file_name(row.student)}.json", jsonfile.dumps(row.result) + "\n")

    def close(self) -> None:
        pass


def write_formats(
    data: ExportData,
    out_dir: Path,
    formats: tuple[str, ...] = FORMATS,
    *,
    hidden_visibility: str = "hidden",
    scrub: Scrubber | None = None,
    release_path: Path | None = None,
) -> tuple[list[str], Counter[str], release.Released | None]:
    """Write the chosen formats into ``out_dir`` in one pass over the students.

    Returns what was written (short names), how many students had each status, and what the release zip holds.
    """
    scrub = scrub or Scrubber()
    written: list[str] = []
    writers: list[Any] = []
    zipped: release.Writer | None = None
    with contextlib.ExitStack() as stack:
        if "csv" in formats:
            writers.append(grades_csv.Writer(data, stack.enter_context(atomic_open(out_dir / "grades.csv"))))
            written.append("grades.csv")
        if "json" in formats:
            writers.append(everything_json.Writer(data, stack.enter_context(atomic_open(out_dir / "gradebook.json"))))
            writers.append(_Results(data, out_dir / "results"))
            written += ["gradebook.json", "results/"]
        if "feedback" in formats:
            writers.append(feedback.Writer(data, out_dir / "feedback", scrub=scrub))
            written.append("feedback/")
        if "results" in formats:
            writers.append(gradescope_results.Writer(data, out_dir / "gradescope", scrub=scrub, hidden_visibility=hidden_visibility))  # type: ignore[arg-type]
            written.append("gradescope/")
        if "summary" in formats:
            writers.append(summary_html.Writer(data, out_dir / "summary.html"))
            written.append("summary.html")
        if "release" in formats:
            zipped = release.Writer(data, release_path or out_dir / RELEASE_NAME, scrub=scrub)
            stack.callback(zipped.abort)  # a no-op once it is closed
            writers.append(zipped)
            written.append(str(release_path) if release_path else RELEASE_NAME)
        statuses: Counter[str] = Counter()
        for row in data.rows():
            statuses[row.status] += 1
            for w in writers:
                w.add(row)
        for w in writers:
            w.close()
    return written, statuses, zipped.released if zipped is not None else None


def _students(statuses: Counter[str]) -> str:
    total = sum(statuses.values())
    parts = [f"{n} {STATUS_WORDS[s]}" for s in ("graded", "timeout", "review", "error", "not_gradable", "missing") if (n := statuses.get(s))]
    return f"{total} student{'s' if total != 1 else ''}" + (f": {', '.join(parts)}" if parts and set(statuses) != {"graded"} else "")


def export_all(
    book: Gradebook,
    config: Config,
    out_dir: Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    out: TextIO = sys.stdout,
    assignment: Assignment | None = None,
    roster: list[RosterEntry] | None = None,
    release_path: Path | None = None,
) -> None:
    data = load(
        book,
        course=config.course,
        catalog=course_catalog(config),
        assignment=assignment,
        roster=roster,
        late_policy=config.late_policy,
        timezone=config.timezone,
    )
    scrub = Scrubber([config.root])
    written, statuses, released = write_formats(
        data, out_dir, formats, hidden_visibility=config.gradescope_hidden_visibility, scrub=scrub, release_path=release_path
    )
    out.write(f"wrote {', '.join(written)} in {out_dir}/ ({_students(statuses)})\n")
    if released is not None:
        pages = sum(released.platforms.values())
        kinds = [f"{n} named for {p.capitalize()}" for p, n in sorted(released.platforms.items()) if p != "plain"]
        if released.platforms.get("plain"):
            kinds.append(f"{released.platforms['plain']} with plain names")
        out.write(f"{released.path}: {pages} feedback page{'s' if pages != 1 else ''}" + (f" ({', '.join(kinds)})" if kinds else "") + "\n")
        if released.left_out:
            shown = ", ".join(released.left_out[:10]) + (" ..." if len(released.left_out) > 10 else "")
            out.write(f"  not in it: {len(released.left_out)} with nothing handed in, no upload to attach feedback to ({shown})\n")
    if roster is not None:
        on = {e.student for e in roster}
        strays = sorted(s for s in {a.student for a in data.attempts} | {u.student for u in data.unhanded} if s not in on)
        if strays:
            shown = ", ".join(strays[:10]) + (" ..." if len(strays) > 10 else "")
            out.write(f"warning: {len(strays)} student{'s' if len(strays) != 1 else ''} not on the roster: {shown} (see intake.student_patterns, or the roster)\n")


def main(
    config: Config,
    *,
    what: str = "all",
    out_path: Path,
    gradebook: Path | None = None,
    config_file: Path | None = None,
    out: TextIO = sys.stdout,
    assignment: str | None = None,
    roster: Path | None = None,
) -> ExitCode:
    if what == "gradescope":
        return _gradescope(config, out_path, config_file=config_file, out=out, assignment=assignment)
    chosen = config.assignment(assignment) if assignment else None
    book_path = gradebook or (chosen.gradebook if chosen is not None else config.gradebook)
    if not Path(book_path).is_file():
        sys.stderr.write(f"grader export: no gradebook at {book_path}: grade submissions first (grader grade{' -a ' + assignment if assignment else ''} PATH...)\n")
        return ExitCode.USAGE
    release_path = None
    if what == "release" and out_path.suffix == ".zip":
        release_path, out_path = out_path, out_path.parent
    formats = FORMATS if what == "all" else (what,)
    with Gradebook(book_path) as book:
        export_all(
            book, config, out_path, formats=formats, out=out, assignment=chosen, roster=roster_mod.for_course(config, chosen, roster), release_path=release_path
        )
    return ExitCode.OK


def _gradescope(config: Config, out_path: Path, *, config_file: Path | None, out: TextIO, assignment: str | None = None) -> ExitCode:
    from grader.expected import ReferenceRunner
    from grader.export import gradescope_zip

    path = out_path if out_path.suffix == ".zip" else out_path / "gradescope_autograder.zip"
    chosen = config.assignment(assignment) if assignment else None
    exercises = load_exercises(config, list(chosen.exercises) if chosen else None)
    with ReferenceRunner(config) as runner:
        built = gradescope_zip.build(config, path, expected=runner, config_file=config_file, exercises=exercises)
    out.write(
        f"wrote {built.path}: {built.exercises} exercise{'s' if built.exercises != 1 else ''}, frozen expected values, no solutions; "
        f"setup.sh installs torch {built.torch} (CPU) and this grader\n"
    )
    out.write("upload it as the autograder of a Gradescope programming assignment (Ubuntu base image)\n")
    return ExitCode.OK
