"""pytest plugin: ``pytest exercises/`` checks a course's exercises in CI.

Each exercise file becomes test items that say what ``grader validate`` says:

- ``exercises/<id>.yaml::reference``: the file is valid, the reference
  solution runs, reproduces the stated analytic values and earns full marks
  against itself;
- ``exercises/<id>.yaml::catches[<wrong solution>]``: one per entry under
  ``mistakes``: that wrong solution fails the checks it names, for the reason
  it names.

A file that does not parse is a collection error naming the file and key.

The plugin is inert unless pytest is pointed at exercise files: it collects a
``.yaml`` file only when that file, or its folder, was given on the command
line (or in ``testpaths``), and only when a ``config.yaml`` above it names
that folder as its ``exercises_dir``. Nothing heavy is imported before then.

The work happens once per session, on the first item that needs it: one
:func:`grader.validate.validate` call for every selected exercise of the
course (one reference worker, one pool of grading workers), whose report the
items then read. Disable the plugin with ``-p no:grader``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from grader.errors import GraderError

if TYPE_CHECKING:
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
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    # A skip is reported where pytest.skip() was called, a line of this plugin;
    # the exercise file is what the author needs to look at.
    if isinstance(item, ExerciseItem) and report.skipped and isinstance(report.longrepr, tuple):
        report.longrepr = (str(item.path), None, report.longrepr[2])  # type: ignore[assignment]
    return report  # type: ignore[return-value]


class ExerciseFile(pytest.File):
    """One exercise file: a reference item and one item per listed wrong solution."""

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
        yield ExerciseItem.from_parent(self, name="reference", course=self.course, exercise=exercise, mistake=None)
        names = [m.file.stem for m in exercise.mistakes]
        for i, name in enumerate(names):
            unique = name if names.count(name) == 1 else f"{name}-{i}"
            yield ExerciseItem.from_parent(self, name=f"catches[{unique}]", course=self.course, exercise=exercise, mistake=i)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, GraderError):
            return str(excinfo.value)  # already names the file, the key and the problem
        return super().repr_failure(excinfo, style)


class ExerciseItem(pytest.Item):
    """The reference (``mistake`` None) or one listed wrong solution of an exercise."""

    def __init__(self, *, course: _Course, exercise: Exercise, mistake: int | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.course = course
        self.exercise = exercise
        self.mistake = mistake

    def runtest(self) -> None:
        from grader.commands.validate import mistake_line, problem_line
        from grader.report.text import _Painter

        report = self.course.report(self.exercise.id, self.session)
        if self.mistake is None:
            if report.problems:
                pytest.fail("\n".join(problem_line(p).strip() for p in report.problems), pytrace=False)
            return
        if not report.mistakes:
            pytest.skip(f"not judged: the reference solution has problems (see {self.path.name}::reference)")
        judged = report.mistakes[self.mistake]
        if not judged.caught:
            pytest.fail(mistake_line(judged, self.course.config.root, _Painter(False)).strip(), pytrace=False)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        if self.mistake is None:
            return self.path, None, f"{self.exercise.id}: reference solution"
        return self.path, None, f"{self.exercise.id}: catches {self.exercise.mistakes[self.mistake].file.name}"
