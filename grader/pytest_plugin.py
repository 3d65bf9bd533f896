"""pytest plugin: ``pytest exercises/`` checks a course's exercises in CI.

Each exercise file becomes test items that say what ``grader validate`` says:

- ``exercises/<id>.yaml::reference``: the file is valid, the reference
  solution runs, reproduces the stated analytic values and earns full marks
  against itself;
- ``exercises/<id>.yaml::alternatives``: the exercise has at least three
  correct alternatives (``solutions/alternatives/<id>/*.py``);
- ``exercises/<id>.yaml::alternative[<file stem>]``: one per alternative: it
  earns full marks, hidden checks included;
- ``exercises/<id>.yaml::null[<name>]``: one per null submission
  (:mod:`grader.nulls`): it earns nothing;
- ``exercises/<id>.yaml::mutant[<mutant id>]``: one per mutant of the
  reference (:mod:`grader.mutate`): it loses points (or is declared
  equivalent), and every hint shown on it names its mistake;
- ``exercises/<id>.yaml::equivalent``: when the file declares equivalent
  mutants, each declaration names a mutant that exists;
- ``exercises/<id>.yaml::catches[<wrong solution>]``: one per wrong solution
  (``solutions/wrong/<id>/*.py``): it fails the checks its docstring names,
  for the reason it names.

When the reference item fails, the others are skipped: verdicts against a
reference that is itself wrong prove nothing. A file that does not parse is
a collection error naming the file and key.

The plugin is inert unless pytest is pointed at exercise files: it collects a
``.yaml`` file only when that file, or its folder, was given on the command
line (or in ``testpaths``), and only when a ``config.yaml`` above it names
that folder as its ``exercises_dir``. Nothing heavy is imported before then;
collecting reads the exercise files and parses the reference solutions (for
the mutants' ids), and runs nothing.

The work happens once per session, on the first item that needs it: one
:func:`grader.validate.validate` call for every selected exercise of the
course (one reference worker, one pool of grading workers), whose report the
items then read. Disable the plugin with ``-p no:grader``.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from grader.errors import GraderError

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from grader.config import Config
    from grader.spec import Exercise
    from grader.validate import ExerciseReport

_SUFFIXES = (".yaml", ".yml")


class _Course:
    """One course: its exercise files parsed once; validated once, when an item first asks."""

    def __init__(self, config: Config) -> None:
        from grader.spec import scan_exercises

        self.config = config
        exercises, errors = scan_exercises(config)
        self.exercises: dict[Path, Exercise] = {ex.path.resolve(): ex for ex in exercises}
        self.errors: dict[Path, GraderError] = {}
        for error in errors:
            path = Path(error.path)
            self.errors.setdefault((path if path.is_absolute() else config.root / path).resolve(), error)
        self._reports: dict[str, ExerciseReport] | None = None

    def report(self, exercise: str, session: pytest.Session) -> ExerciseReport:
        if self._reports is None:
            from grader.validate import validate

            # Everything selected in this session at once: one reference worker
            # and one warm pool for all of it, instead of a set per exercise.
            ids = sorted({i.exercise.id for i in session.items if isinstance(i, ExerciseItem) and i.course is self})
            jobs = self.config.workers or os.cpu_count() or 1
            self._reports = {er.id: er for er in validate(self.config, only=ids or [exercise], jobs=jobs).exercises}
        return self._reports[exercise]


_COURSES = pytest.StashKey[dict[Path, "_Course | GraderError | None"]]()


def _course_for(folder: Path, config: pytest.Config) -> _Course | GraderError | None:
    """The course whose exercises folder is ``folder``; None when there is none."""
    courses = config.stash.setdefault(_COURSES, {})
    if folder not in courses:
        from grader.config import CONFIG_NAME, load_config

        courses[folder] = None
        for candidate in (folder, *folder.parents):
            path = candidate / CONFIG_NAME
            if not path.is_file():
                continue
            try:
                course_config = load_config(path)
            except GraderError as exc:
                if candidate == folder.parent:  # the usual course layout: say why nothing runs
                    courses[folder] = exc
                    break
                continue  # some other tool's config.yaml
            if course_config.exercises_dir.resolve() == folder:
                courses[folder] = _Course(course_config)
                break
    return courses[folder]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix not in _SUFFIXES:
        return None
    session = parent.session
    # Only what pytest was pointed at: the file itself, or its folder.
    if not (session.isinitpath(file_path) or session.isinitpath(file_path.parent)):
        return None
    course = _course_for(file_path.parent.resolve(), parent.config)
    if course is None:
        return None
    return ExerciseFile.from_parent(parent, path=file_path, course=course)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    # A skip is reported where pytest.skip() was called, a line of this plugin;
    # the exercise file is what the author needs to look at.
    if isinstance(item, ExerciseItem) and report.skipped and isinstance(report.longrepr, tuple):
        report.longrepr = (str(item.path), None, report.longrepr[2])  # type: ignore[assignment]  # typed (path, int, msg); pytest's own skips use None: no line
    return report


class ExerciseFile(pytest.File):
    """One exercise file: a reference item, then items for its alternatives, null submissions, mutants and wrong solutions."""

    def __init__(self, *, course: _Course | GraderError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.course = course

    def collect(self) -> Iterator[pytest.Item]:
        if isinstance(self.course, GraderError):
            raise self.course
        path = self.path.resolve()
        if path in self.course.errors:
            raise self.course.errors[path]
        exercise = self.course.exercises.get(path)
        if exercise is None:  # not read by scan_exercises (a folder named like a file, say)
            return
        from grader.alternatives import alternative_files, wrong_solutions
        from grader.mutate import mutants_of
        from grader.nulls import null_submissions

        def item(name: str, what: str, key: Any = None) -> ExerciseItem:
            return ExerciseItem.from_parent(self, name=name, course=self.course, exercise=exercise, what=what, key=key)

        yield item("reference", "reference")
        yield item("alternatives", "alternatives")
        for path in alternative_files(self.course.config, exercise.id):
            yield item(f"alternative[{path.stem}]", "alternative", str(path))
        for null in null_submissions(exercise):
            yield item(f"null[{null.name}]", "null", null.name)
        for mutant in mutants_of(exercise):
            yield item(f"mutant[{mutant.id}]", "mutant", mutant.id)
        if exercise.equivalent:
            yield item("equivalent", "equivalent")
        for mistake in wrong_solutions(self.course.config, exercise):
            yield item(f"catches[{mistake.file.stem}]", "mistake", mistake.file.name)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None) -> str | TerminalRepr:
        if isinstance(excinfo.value, GraderError):
            return str(excinfo.value)  # already names the file, the key and the problem
        return super().repr_failure(excinfo)


def _find(reports: list[Any], match: Any, name: str) -> Any:
    """The report an item is about; a failure when validation saw no such thing (a file changed since collection)."""
    for report in reports:
        if match(report):
            return report
    pytest.fail(f"{name}: not graded by `grader validate` (did a file change while the tests ran?)", pytrace=False)


class ExerciseItem(pytest.Item):
    """One thing ``grader validate`` proves about an exercise (``what``), about one subject (``key``)."""

    def __init__(self, *, course: _Course, exercise: Exercise, what: str, key: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.course = course
        self.exercise = exercise
        self.what = what
        """reference, alternatives, alternative, null, mutant, equivalent or mistake."""
        self.key = key
        """The alternative's path, the null submission's name, the mutant's id, or the mistake's index."""

    def runtest(self) -> None:
        from grader.report.text import Painter
        from grader.report.validation import (
            alternative_problem,
            mistake_line,
            null_problem,
            problem_line,
        )

        def fail(problems: list[str]) -> None:
            if problems:
                pytest.fail("\n".join(problem_line(p, indent="") for p in problems), pytrace=False)

        report = self.course.report(self.exercise.id, self.session)
        root = self.course.config.root
        if self.what == "reference":
            fail(report.problems)
            return
        if not report.judged:
            pytest.skip(f"not judged: the reference solution has problems (see {self.path.name}::reference)")
        if self.what == "alternatives":
            fail([report.alternatives_problem] if report.alternatives_problem else [])
        elif self.what == "alternative":
            alternative = _find(report.alternatives, lambda a: a.file == self.key, self.name)
            fail([] if alternative.ok else [alternative_problem(alternative, root)])
        elif self.what == "null":
            null = _find(report.nulls, lambda n: n.name == self.key, self.name)
            fail([] if null.ok else [null_problem(null)])
        elif self.what == "mutant":
            fail(_find(report.mutants, lambda m: m.id == self.key, self.name).problems)
        elif self.what == "equivalent":
            fail(report.stale)
        else:
            judged = _find(report.mistakes, lambda m: Path(m.file).name == self.key, self.name)
            if not judged.caught:
                pytest.fail(mistake_line(judged, root, Painter(False)).strip(), pytrace=False)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        words = {
            "reference": "reference solution",
            "alternatives": "has enough correct alternatives",
            "alternative": f"alternative {Path(str(self.key)).name} earns full marks",
            "null": f"null submission {self.key} earns nothing",
            "mutant": f"mutant {self.key} is killed, with hints that name its mistake",
            "equivalent": "equivalent mutants exist",
        }
        if self.what == "mistake":
            return self.path, None, f"{self.exercise.id}: catches {self.key}"
        return self.path, None, f"{self.exercise.id}: {words[self.what]}"
