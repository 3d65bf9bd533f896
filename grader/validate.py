"""``grader validate``: proof that each exercise is fair and catches mistakes.

For every exercise file:

1. it parses (errors name the file and key path);
2. its reference solution runs, and every check target exists in its run;
3. the reference reproduces each stated analytic value;
4. graded as a submission, the reference earns full marks (this also catches
   a reference that is not deterministic);
5. every correct alternative (``solutions/alternatives/<id>/*.py``, at least
   :data:`~grader.alternatives.MIN_ALTERNATIVES` of them) earns full marks,
   hidden checks included;
6. every null submission (:mod:`grader.nulls`) earns nothing;
7. every mutant of the reference (:mod:`grader.mutate`) loses points, unless
   the exercise file declares it ``equivalent`` with a reason (a declaration
   naming no mutant is a problem, so declarations cannot go stale), and
   every hint shown on a mutant names the mistake its operator makes;
8. every wrong solution (``solutions/wrong/<id>/*.py``) fails the checks its
   docstring names (``fails:``), with feedback matching its ``diagnosis:``,
   and loses points.

Everything graded for every exercise goes in one batch on one pool of
workers; the reference runs come first, on a worker of their own.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from grader.alternatives import (
    MIN_ALTERNATIVES,
    alternative_files,
    alternatives_folder,
    wrong_solutions,
)
from grader.batch import Item, grade_items
from grader.checks import expected_value, tolerance_for
from grader.compare import compare, display
from grader.config import Config
from grader.errors import ExerciseError, GraderError
from grader.expected import Observations, ReferenceRunner
from grader.grading import Grader
from grader.judge import (
    AlternativeReport,
    MistakeReport,
    MutantReport,
    NullReport,
    judge_alternative,
    judge_mistake,
    judge_mutant,
    judge_null,
)
from grader.mutate import Mutant, mutants_of
from grader.nulls import null_submissions
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.spec import Exercise, scan_exercises
from grader.values import (
    NONE,
    BoolValue,
    FloatValue,
    ListValue,
    SequenceValue,
    StrValue,
    TensorValue,
    Value,
)

__all__ = [
    "AlternativeReport",
    "ExerciseReport",
    "Figures",
    "MistakeReport",
    "MutantReport",
    "NullReport",
    "ValidationReport",
    "validate",
]


@dataclass
class Figures:
    """Counts that sum over exercises: the summary line of one exercise, and the total line."""

    exercises: int = 0
    """Exercises (files that do not parse included)."""
    valid: int = 0
    """Exercises with no problem at all."""
    references_full: int = 0
    """References that earn full marks against themselves."""
    references: int = 0
    """References graded."""
    alternatives_full: int = 0
    """Correct alternatives that earn full marks."""
    alternatives: int = 0
    """Correct alternatives graded."""
    short_of_alternatives: int = 0
    """Exercises with fewer than the minimum number of alternatives."""
    nulls_zero: int = 0
    """Null submissions that earn nothing."""
    nulls: int = 0
    """Null submissions graded."""
    killed: int = 0
    """Mutants not declared equivalent that lose points."""
    mutants: int = 0
    """Mutants not declared equivalent."""
    equivalent: int = 0
    """Mutants declared equivalent."""
    hints_right: int = 0
    """Hints shown on killed mutants (not declared equivalent) that name the operator's mistake."""
    hints: int = 0
    """Hints shown on killed mutants (not declared equivalent)."""
    hinted: int = 0
    """Killed mutants (not declared equivalent) with at least one right hint."""
    caught: int = 0
    """Wrong solutions caught."""
    mistakes: int = 0
    """Wrong solutions judged."""

    def __add__(self, other: Figures) -> Figures:
        return Figures(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


@dataclass
class ExerciseReport:
    """Validation of one exercise."""

    id: str
    """Exercise id."""
    path: str
    """The exercise file."""
    max_score: float
    """Points available (hidden checks included)."""
    problems: list[str] = field(default_factory=list)
    """What is wrong with the file or its reference; when there is any, nothing else is judged."""
    reference_score: float | None = None
    """Points the reference earns against itself (None when it was not graded)."""
    alternatives: list[AlternativeReport] = field(default_factory=list)
    """Each correct alternative."""
    alternatives_problem: str | None = None
    """Set when the exercise has fewer than the minimum number of alternatives."""
    nulls: list[NullReport] = field(default_factory=list)
    """Each null submission."""
    mutants: list[MutantReport] = field(default_factory=list)
    """Each mutant of the reference."""
    stale: list[str] = field(default_factory=list)
    """``equivalent:`` declarations that name no mutant of the reference."""
    mistakes: list[MistakeReport] = field(default_factory=list)
    """Each wrong solution."""

    @property
    def judged(self) -> bool:
        """The reference was sound, so everything else was graded against it."""
        return not self.problems and self.reference_score is not None

    @property
    def ok(self) -> bool:
        return (
            self.judged
            and self.alternatives_problem is None
            and not self.stale
            and all(a.ok for a in self.alternatives)
            and all(n.ok for n in self.nulls)
            and all(m.ok for m in self.mutants)
            and all(m.caught for m in self.mistakes)
        )

    def figures(self) -> Figures:
        judged = [m for m in self.mutants if m.equivalent is None]
        killed = [m for m in judged if m.killed]
        shown = [h for m in killed for h in m.hints]
        return Figures(
            exercises=1,
            valid=int(self.ok),
            references_full=int(self.reference_score is not None and self.reference_score >= self.max_score and not self.problems),
            references=int(self.reference_score is not None),
            alternatives_full=sum(1 for a in self.alternatives if a.ok),
            alternatives=len(self.alternatives),
            short_of_alternatives=int(self.alternatives_problem is not None),
            nulls_zero=sum(1 for n in self.nulls if n.ok),
            nulls=len(self.nulls),
            killed=sum(1 for m in judged if m.killed),
            mutants=len(judged),
            equivalent=len(self.mutants) - len(judged),
            hints_right=sum(1 for h in shown if h.right),
            hints=len(shown),
            hinted=sum(1 for m in killed if m.hinted),
            caught=sum(1 for m in self.mistakes if m.caught),
            mistakes=len(self.mistakes),
        )


@dataclass
class ValidationReport:
    """Validation of a course's exercises."""

    exercises: list[ExerciseReport] = field(default_factory=list)
    """One report per exercise that parses."""
    file_errors: list[str] = field(default_factory=list)
    """Exercise files that do not parse."""

    @property
    def ok(self) -> bool:
        return not self.file_errors and all(e.ok for e in self.exercises)

    def figures(self) -> Figures:
        total = sum((e.figures() for e in self.exercises), Figures())
        total.exercises += len(self.file_errors)
        return total


def literal_value(literal: Any, like: Value) -> Value:
    """An analytic value from an exercise file, in the shape of the reference's value."""
    if isinstance(like, TensorValue):
        if isinstance(literal, list):
            flat: list[Any] = []
            shape: list[int] = []

            def walk(x: Any, depth: int) -> None:
                if isinstance(x, list):
                    if len(shape) <= depth:
                        shape.append(len(x))
                    for item in x:
                        walk(item, depth + 1)
                else:
                    flat.append(x)

            walk(literal, 0)
        else:
            flat, shape = [literal] * max(1, like.numel), list(like.shape)
        return dataclasses.replace(like, shape=tuple(shape), data=flat, note=None)
    if isinstance(literal, bool):
        return BoolValue(literal)
    if isinstance(literal, (int, float)):
        return FloatValue(float(literal))
    if isinstance(literal, str):
        return StrValue(literal)
    if isinstance(literal, list):
        likes = like.items if isinstance(like, SequenceValue) else ()
        items = tuple(literal_value(x, likes[i] if i < len(likes) else FloatValue(0.0)) for i, x in enumerate(literal))
        return ListValue(items=items, length=len(items))
    return NONE


def _static_problems(ex: Exercise, expected: Observations, config: Config) -> list[str]:
    problems = []
    for check in ex.checks:
        for case in check.cases:
            try:
                value = expected_value(ex, check, case, expected[case])
            except GraderError as exc:
                problems.append(str(exc))
                continue
            if case in check.analytic:
                stated = literal_value(check.analytic[case], value)
                m = compare(value, stated, tolerances=tolerance_for(check, config), exact_dtype=False)
                if m is not None:
                    problems.append(
                        f"check {check.name!r}, case {case!r}: the analytic value {check.analytic[case]!r} "
                        f"does not match the reference, which gives {display(value)} ({m.summary})"
                    )
    return problems


def _reference_problem(result: SubmissionResult, ex: Exercise) -> str | None:
    exr = result.exercise(ex.id)
    if exr.score >= exr.max_score and result.status == "graded":
        return None
    failed = [f"{c.name} ({c.message})" for c in exr.checks if c.status != "passed"]
    return (
        f"the reference solution scores {exr.score:g}/{exr.max_score:g} against itself"
        f"{': ' + '; '.join(failed) if failed else ''}{' — ' + (result.message or '') if result.message else ''}"
        " (is it deterministic?)"
    )


def _stale(ex: Exercise, mutants: list[Mutant]) -> list[str]:
    """Declarations naming no mutant: a reference changed since, or a typo."""
    ids = {m.id for m in mutants}
    out = []
    for i, declared in enumerate(ex.equivalent):
        if declared.mutant in ids:
            continue
        operator = declared.mutant.split("@", 1)[0]
        same = [m.id for m in mutants if m.operator == operator]
        known = f"its {operator} mutants: {', '.join(same)}" if same else f"it has no {operator} mutant"
        out.append(f"equivalent[{i}]: no mutant {declared.mutant!r} of {ex.reference.name} ({known}); update or remove the declaration")
    return out


@dataclass(frozen=True)
class _Owner:
    """What a graded item is, for the exercise it proves."""

    exercise: Exercise
    kind: str
    """reference, alternative, null, mutant or mistake."""
    subject: Any = None
    """The alternative's path, the null submission, the mutant or the mistake."""


class _Batch:
    """Every submission validation grades, for every exercise: one batch on one pool of workers."""

    def __init__(self, folder: Path, graders: dict[str, Grader]) -> None:
        self.folder = folder
        """Where generated submissions (null submissions, mutants) are written."""
        self.graders = graders
        self.items: list[Item] = []
        self.owners: dict[str, _Owner] = {}

    def add(self, key: str, path: Path, owner: _Owner) -> None:
        self.items.append(Item(key=key, path=path, grader=self.graders[owner.exercise.id]))
        self.owners[key] = owner

    def generated(self, ex: Exercise, name: str, source: str) -> Path:
        """A generated submission, written where grading reads files from."""
        path = self.folder / ex.id / (re.sub(r"[^A-Za-z0-9_.-]", "_", name) + ".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
        return path

    def grade(self, jobs: int) -> dict[str, SubmissionResult]:
        if not self.items:
            return {}
        with WorkerPool(jobs) as pool:
            return dict(grade_items(self.items, pool=pool))


def _references(config: Config, exercises: list[Exercise], report: ValidationReport) -> tuple[dict[str, Grader], dict[str, Any]]:
    """Run every reference (a worker of its own) and check what can be checked without grading; a grader per sound one."""
    graders: dict[str, Grader] = {}
    expected_of: dict[str, Any] = {}
    with ReferenceRunner(config) as runner:
        for ex in exercises:
            er = ExerciseReport(id=ex.id, path=str(ex.path), max_score=ex.points)
            report.exercises.append(er)
            try:
                expected = runner.observations(ex)
            except GraderError as exc:
                er.problems.append(str(exc))
                continue
            er.problems.extend(_static_problems(ex, expected, config))
            if not er.problems:
                expected_of[ex.id] = expected
                graders[ex.id] = Grader(config=config, exercises=[ex], mode="grade", expected={ex.id: expected}, free={ex.id: runner.free_checks(ex)})
    return graders, expected_of


def _alternatives_problem(config: Config, exercise_id: str, found: list[Path]) -> str | None:
    if len(found) >= MIN_ALTERNATIVES:
        return None
    folder = alternatives_folder(config, exercise_id)
    where = f"{folder.relative_to(config.root) if folder.is_relative_to(config.root) else folder}/"
    has = f"found {len(found)} in {where}" if folder.is_dir() else f"no folder {where}"
    return f"needs at least {MIN_ALTERNATIVES} alternatives ({has}): correct answers in the styles students write, each of which must earn full marks"


def _plan(ex: Exercise, config: Config, expected: Any, batch: _Batch, er: ExerciseReport) -> None:
    """Everything one exercise is proven with, added to the batch."""
    batch.add(f"{ex.id}:reference", ex.reference, _Owner(ex, "reference"))
    found = alternative_files(config, ex.id)
    er.alternatives_problem = _alternatives_problem(config, ex.id, found)
    for i, path in enumerate(found):
        batch.add(f"{ex.id}:alternative:{i}", path, _Owner(ex, "alternative", path))
    for null in null_submissions(ex, expected):
        batch.add(f"{ex.id}:null:{null.name}", batch.generated(ex, f"null_{null.name}", null.source), _Owner(ex, "null", null))
    reference = ex.reference.resolve()
    mutants = mutants_of(ex, name=str(reference.relative_to(config.root)) if reference.is_relative_to(config.root) else str(reference))
    er.stale = _stale(ex, mutants)
    for mutant in mutants:
        batch.add(f"{ex.id}:mutant:{mutant.id}", batch.generated(ex, f"mutant_{mutant.id}", mutant.source), _Owner(ex, "mutant", mutant))
    try:
        mistakes = wrong_solutions(config, ex)
    except ExerciseError as exc:
        er.problems.append(str(exc))
        return
    for i, mistake in enumerate(mistakes):
        batch.add(f"{ex.id}:mistake:{i}", mistake.file, _Owner(ex, "mistake", mistake))


def _record(owner: _Owner, result: SubmissionResult, er: ExerciseReport) -> None:
    """One graded item's verdict, into its exercise's report."""
    ex = owner.exercise
    if owner.kind == "reference":
        er.reference_score = result.exercise(ex.id).score
        problem = _reference_problem(result, ex)
        if problem is not None:
            er.problems.append(problem)
    elif owner.kind == "alternative":
        er.alternatives.append(judge_alternative(str(owner.subject), result, ex))
    elif owner.kind == "null":
        er.nulls.append(judge_null(owner.subject, result, ex))
    elif owner.kind == "mutant":
        declared = next((d for d in ex.equivalent if d.mutant == owner.subject.id), None)
        er.mutants.append(judge_mutant(owner.subject, result, ex, declared))
    else:
        er.mistakes.append(judge_mistake(owner.subject, result, ex))


def validate(config: Config, *, only: list[str] | None = None, jobs: int = 1) -> ValidationReport:
    """Validate the course's exercises (``only``: these ids); ``jobs`` grading workers."""
    exercises, errors = scan_exercises(config)
    report = ValidationReport(file_errors=[str(e) for e in errors])
    if only:
        exercises = [e for e in exercises if e.id in only]
    graders, expected = _references(config, exercises, report)
    by_id = {e.id: e for e in report.exercises}
    # Reference data stays in the reference worker (closed by now); graded runs use workers of their own.
    with tempfile.TemporaryDirectory(prefix="grader-validate-") as tmp:
        batch = _Batch(Path(tmp), graders)
        for ex in exercises:
            if ex.id in graders:
                _plan(ex, config, expected[ex.id], batch, by_id[ex.id])
        results = batch.grade(jobs)
    for item in batch.items:  # in a stable order
        owner = batch.owners[item.key]
        _record(owner, results[item.key], by_id[owner.exercise.id])
    for er in report.exercises:
        if er.problems:
            # Verdicts against a reference that is itself wrong prove nothing.
            er.alternatives, er.nulls, er.mutants, er.mistakes, er.stale, er.alternatives_problem = [], [], [], [], [], None
    return report
