"""``grader validate``: proof that each exercise is sound and catches mistakes.

For every exercise file:

1. it parses (errors name the file and key path);
2. its reference solution runs, and every check target exists in its run;
3. the reference reproduces each stated analytic value;
4. graded as a submission, the reference earns full marks (this also catches
   a reference that is not deterministic);
5. every wrong solution listed under ``mistakes`` fails the checks it names,
   with feedback matching its ``diagnosis``, and loses points.

An exercise whose wrong solution passes is reported as broken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from grader.checks import expected_value, tolerance_for
from grader.compare import compare, display
from grader.config import Config
from grader.errors import GraderError
from grader.expected import ReferenceRunner
from grader.grading import Grader, Item, grade_items
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.spec import Exercise, Mistake, scan_exercises

Value = dict[str, Any]


@dataclass
class MistakeReport:
    """How one wrong solution fared."""

    file: str
    """The wrong solution."""
    description: str
    """The mistake it makes."""
    caught: bool
    """True when it failed the named checks with the named diagnosis."""
    detail: str
    """What happened (which checks failed, what was missing)."""
    score: float = 0.0
    """Points it earned."""


@dataclass
class ExerciseReport:
    """Validation of one exercise."""

    id: str
    path: str
    max_score: float
    problems: list[str] = field(default_factory=list)
    """Everything wrong; empty when valid."""
    reference_score: float | None = None
    mistakes: list[MistakeReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and all(m.caught for m in self.mistakes)


@dataclass
class ValidationReport:
    exercises: list[ExerciseReport] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    """Exercise files that do not parse."""

    @property
    def ok(self) -> bool:
        return not self.file_errors and all(e.ok for e in self.exercises)


def literal_value(literal: Any, like: Value) -> Value:
    """An analytic value from an exercise file, in the shape of the reference's value."""
    if like["kind"] == "tensor":
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
            flat, shape = [literal] * max(1, _numel(like["shape"])), like["shape"]
        return {**like, "shape": shape, "data": flat, "note": None}
    if isinstance(literal, bool):
        return {"kind": "bool", "value": literal}
    if isinstance(literal, (int, float)):
        return {"kind": "float", "value": float(literal)}
    if isinstance(literal, str):
        return {"kind": "str", "value": literal}
    if isinstance(literal, list):
        items = [literal_value(x, like["items"][i] if like.get("items") and i < len(like["items"]) else {"kind": "float"}) for i, x in enumerate(literal)]
        return {"kind": "list", "items": items, "length": len(items)}
    return {"kind": "none"}


def _numel(shape: list[int]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def _static_problems(ex: Exercise, expected: dict[str, dict[str, Any]], config: Config) -> list[str]:
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
                tol_for = tolerance_for(check, config)
                m = compare(value, stated, tol=tol_for("float32"), tol_for=tol_for, exact_dtype=False)
                if m is not None:
                    problems.append(
                        f"check {check.name!r}, case {case!r}: the analytic value {check.analytic[case]!r} "
                        f"does not match the reference, which gives {display(value)} ({m.summary})"
                    )
    return problems


def _judge_mistake(mistake: Mistake, result: SubmissionResult, ex: Exercise) -> MistakeReport:
    er = result.exercise(ex.id)
    by_name = {c.name: c for c in er.checks}
    passed = [n for n in mistake.fails if by_name[n].status == "passed"]
    problems = []
    if passed:
        problems.append(f"passes {', '.join(passed)}, which it should fail")
    if er.score >= er.max_score:
        problems.append("earns full marks")
    failing = [by_name[n] for n in mistake.fails if by_name[n].status != "passed"]
    if mistake.diagnosis:
        feedback = [f"{c.message} {c.hint or ''} {er.message or ''}" for c in failing]
        if not any(re.search(mistake.diagnosis, f, re.IGNORECASE) for f in feedback):
            shown = "; ".join(f"{c.name}: {c.hint or c.message}" for c in failing) or "no failing check"
            problems.append(f"feedback does not match /{mistake.diagnosis}/ (got: {shown})")
    detail = "; ".join(problems) if problems else f"fails {', '.join(mistake.fails)}"
    return MistakeReport(
        file=str(mistake.file),
        description=mistake.description,
        caught=not problems,
        detail=detail,
        score=er.score,
    )


def validate(config: Config, *, only: list[str] | None = None, jobs: int = 1) -> ValidationReport:
    exercises, errors = scan_exercises(config)
    report = ValidationReport(file_errors=[str(e) for e in errors])
    if only:
        exercises = [e for e in exercises if e.id in only]
    graders: dict[str, Grader] = {}
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
                graders[ex.id] = Grader(config=config, exercises=[ex], mode="grade", expected={ex.id: expected})
    # Reference data stays in the reference worker; graded runs use workers of their own.
    items: list[Item] = []
    owners: dict[str, tuple[Exercise, Mistake | None]] = {}
    for ex in exercises:
        g = graders.get(ex.id)
        if g is None:
            continue
        items.append(Item(key=f"{ex.id}:reference", path=ex.reference, grader=g))
        owners[f"{ex.id}:reference"] = (ex, None)
        for i, mistake in enumerate(ex.mistakes):
            key = f"{ex.id}:mistake:{i}"
            items.append(Item(key=key, path=mistake.file, grader=g))
            owners[key] = (ex, mistake)
    by_id = {e.id: e for e in report.exercises}
    results: dict[str, SubmissionResult] = {}
    with WorkerPool(jobs) as pool:
        for key, result in grade_items(items, pool=pool):
            results[key] = result
    for key in (i.key for i in items):  # in a stable order
        ex, mistake = owners[key]
        er = by_id[ex.id]
        result = results[key]
        if mistake is None:
            exr = result.exercise(ex.id)
            er.reference_score = exr.score
            if exr.score < exr.max_score or result.status != "graded":
                failed = [f"{c.name} ({c.message})" for c in exr.checks if c.status != "passed"]
                er.problems.append(
                    f"the reference solution scores {exr.score:g}/{exr.max_score:g} against itself"
                    f"{': ' + '; '.join(failed) if failed else ''}{' — ' + (result.message or '') if result.message else ''}"
                    " (is it deterministic?)"
                )
        else:
            if not mistake.file.is_file():
                er.mistakes.append(MistakeReport(file=str(mistake.file), description=mistake.description, caught=False, detail="file not found"))
                continue
            er.mistakes.append(_judge_mistake(mistake, result, ex))
    return report
