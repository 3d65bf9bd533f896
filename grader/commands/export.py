"""``grader export [WHAT] --out PATH``: the gradebook as files; or the Gradescope autograder zip.

``WHAT`` is ``all`` (default) or one format. Every format is rebuilt from the
gradebook (nothing is graded again)::

    DIR/grades.csv                     csv: one row per student
    DIR/gradebook.json                 json: everything, in one file
    DIR/results/<student>.json         json: each student's result (as `grader check --json`)
    DIR/feedback/<student>.txt|.html   feedback
    DIR/gradescope/<student>/results.json   results: Gradescope's format
    DIR/summary.html                   summary: the instructor's page with charts

``grader export gradescope --out autograder.zip`` builds the autograder zip
from the course instead (reference runs happen here, solutions stay out).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from grader.config import Config, GradescopeVisibility
from grader.errors import ExerciseError
from grader.exitcodes import ExitCode
from grader.export import everything_json, feedback, gradescope_results, grades_csv, summary_html
from grader.export._files import student_filenames, write_text
from grader.export.data import ExportData, load
from grader.gradebook import Gradebook
from grader.report import jsonfile
from grader.spec import Exercise, load_exercises

FORMATS = ("csv", "json", "feedback", "results", "summary")
"""What ``all`` writes, in order."""
CHOICES = ("all", *FORMATS, "gradescope")


def _catalog(config: Config) -> dict[str, Exercise]:
    # Titles, topics and known mistakes make the summary better, but exports
    # of an old gradebook must work even if the exercise files changed since.
    try:
        return {e.id: e for e in load_exercises(config)}
    except ExerciseError:
        return {}


def write_formats(data: ExportData, out_dir: Path, formats: tuple[str, ...] = FORMATS, *, hidden_visibility: GradescopeVisibility = "hidden") -> list[str]:
    """Write the chosen formats into ``out_dir``; return what was written, as short names."""
    written = []
    if "csv" in formats:
        grades_csv.write(data, out_dir / "grades.csv")
        written.append("grades.csv")
    if "json" in formats:
        everything_json.write(data, out_dir / "gradebook.json")
        names = student_filenames(r.student or r.submission for r in data.results)
        for r in data.results:
            write_text(out_dir / "results" / f"{names[r.student or r.submission]}.json", jsonfile.dumps(r) + "\n")
        written += ["gradebook.json", "results/"]
    if "feedback" in formats:
        feedback.write(data, out_dir / "feedback")
        written.append("feedback/")
    if "results" in formats:
        gradescope_results.write(data, out_dir / "gradescope", hidden_visibility=hidden_visibility)
        written.append("gradescope/")
    if "summary" in formats:
        summary_html.write(data, out_dir / "summary.html")
        written.append("summary.html")
    return written


def export_all(book: Gradebook, config: Config, out_dir: Path, *, formats: tuple[str, ...] = FORMATS, out: TextIO = sys.stdout) -> None:
    data = load(book, course=config.course, catalog=_catalog(config))
    written = write_formats(data, out_dir, formats, hidden_visibility=config.gradescope_hidden_visibility)
    out.write(f"wrote {', '.join(written)} in {out_dir}/ ({len(data.results)} students)\n")


def main(
    config: Config,
    *,
    what: str = "all",
    out_path: Path,
    gradebook: Path | None = None,
    config_file: Path | None = None,
    out: TextIO = sys.stdout,
) -> ExitCode:
    if what == "gradescope":
        return _gradescope(config, out_path, config_file=config_file, out=out)
    book_path = gradebook or config.gradebook
    if not Path(book_path).is_file():
        sys.stderr.write(f"grader export: no gradebook at {book_path}: grade submissions first (grader grade PATH...)\n")
        return ExitCode.USAGE
    formats = FORMATS if what == "all" else (what,)
    with Gradebook(book_path) as book:
        export_all(book, config, out_path, formats=formats, out=out)
    return ExitCode.OK


def _gradescope(config: Config, out_path: Path, *, config_file: Path | None, out: TextIO) -> ExitCode:
    from grader.expected import ReferenceRunner
    from grader.export import gradescope_zip

    path = out_path if out_path.suffix == ".zip" else out_path / "gradescope_autograder.zip"
    exercises = load_exercises(config)
    with ReferenceRunner(config) as runner:
        built = gradescope_zip.build(config, path, expected=runner, config_file=config_file, exercises=exercises)
    out.write(
        f"wrote {built.path}: {built.exercises} exercise{'s' if built.exercises != 1 else ''}, frozen expected values, no solutions; "
        f"setup.sh installs torch {built.torch} (CPU) and this grader\n"
    )
    out.write("upload it as the autograder of a Gradescope programming assignment (Ubuntu base image)\n")
    return ExitCode.OK
