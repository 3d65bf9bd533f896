"""Grade one submission: its job for the sandbox, and its record assembled into a result.

The flow for one submission::

    Source --Grader.job--> worker --record--> parse_record
         --> RunRecord --(+ expected observations)--> checks.evaluate --> Grader.result --> SubmissionResult

A :class:`Grader` holds the exercises and their expected values
(:func:`open_grader`); running many submissions on a pool of workers is
:mod:`grader.batch`'s job.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

import grader
from grader import checks as checks_mod
from grader import hints
from grader.checks import TaskProblem
from grader.config import Config
from grader.errors import GraderError
from grader.expected import (
    ExpectedSource,
    Observations,
    open_expected,
    torch_version,
)
from grader.jobs import job_for
from grader.known import KnownMistake
from grader.plan import Task, plan
from grader.protocol import CellOutcome, RunRecord, TaskOutcome
from grader.results import CheckResult, ExerciseResult, Mode, SubmissionResult, failed_submission
from grader.spec import Check, Exercise, load_exercises
from grader.submission import Source
from grader.values import MissingValue, ObjectValue

CPU_ONLY_NOTE = "ran on CPU: no CUDA on this machine"
"""What the report says of ``device: auto`` cases that had no GPU to run on too (the child found no CUDA)."""


def versions() -> dict[str, str]:
    """The versions a result records (``torch_version`` reads files: a :class:`Grader` asks once)."""
    return {"grader": grader.__version__, "torch": torch_version()}


def describe_cell_failure(cell: CellOutcome) -> str:
    if cell.status == "error" and cell.error is not None:
        line = f" at line {cell.error.line}" if cell.error.line else ""
        code = f" ({cell.error.code})" if cell.error.code else ""
        return f"raised {cell.error.summary()}{line}{code}"
    if cell.status == "timeout":
        return cell.detail or "did not finish in time"
    return cell.detail or "stopped the process"


MAX_CELL_NOTES = 10
"""Distinct cell errors described in a result's notes; cells failing otherwise are only named.
Each note quotes its error, so 190 cells raising different 10,000-character messages made a
28 kB notebook into 400 kB in the gradebook and in each export."""
NOTE_CHARS = 1000
"""How much of one cell's error a note quotes."""


def _shortened(text: str) -> str:
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1] + "…"


def _some_cells(source: Source, numbers: list[int]) -> str:
    """Up to five cells by label, and how many more."""
    labels = [source.cell_label(n) for n in numbers]
    return ", ".join(labels[:5]) + (f" and {len(labels) - 5} more" if len(labels) > 5 else "")


@dataclass
class Grader:
    """Grades submissions against a fixed set of exercises and expected values."""

    config: Config
    """Course settings."""
    exercises: list[Exercise]
    """Exercises to grade."""
    mode: Mode
    """check: public checks only; grade: everything."""
    expected: dict[str, Observations] = field(default_factory=dict)
    """Exercise id -> case -> reference observation."""
    broken: dict[str, str] = field(default_factory=dict)
    """Exercise id -> why it has no expected values (graded as error, never as pass)."""
    known: dict[str, list[KnownMistake]] = field(default_factory=dict)
    """Exercise id -> its wrong solutions' runs, which name a student's mistake by its values (none without solutions)."""
    free: dict[str, frozenset[str]] = field(default_factory=dict)
    """Exercise id -> the checks a submission doing nothing passes (:func:`grader.checks.free_checks`)."""

    @classmethod
    def prepare(cls, config: Config, exercises: list[Exercise], mode: Mode, source: ExpectedSource) -> Grader:
        """Collect expected values for every exercise up front (reference runs happen here)."""
        g = cls(config=config, exercises=exercises, mode=mode)
        for ex in exercises:
            try:
                g.expected[ex.id] = source.observations(ex)
            except GraderError as exc:
                g.broken[ex.id] = str(exc)
                continue
            g.known[ex.id] = source.known_mistakes(ex)
            g.free[ex.id] = source.free_checks(ex)
        return g

    @property
    def max_score(self) -> float:
        return sum(c.points for ex in self.exercises for c in ex.checks_for(self.mode))

    @functools.cached_property
    def versions(self) -> dict[str, str]:
        # Read once per grader, not once per submission (the torch version comes from its metadata files).
        return versions()

    @functools.cached_property
    def value_checks(self) -> dict[str, frozenset[str]]:
        """Exercise id -> its checks of values (:func:`grader.checks.value_checks`): they depend on the reference alone,
        so they are worked out once per grader, not for every submission."""
        return {
            ex.id: checks_mod.value_checks(ex, ex.checks_for(self.mode), self.expected[ex.id])
            for ex in self.exercises
            if ex.id in self.expected
        }

    @functools.cached_property
    def tasks(self) -> list[Task]:
        # Planned once: every job of a batch sends the same tasks (seeds included).
        return plan([e for e in self.exercises if e.id not in self.broken], self.mode, self.config)

    def fingerprint(self) -> str:
        """A short hash of everything besides the submission that decides a grade.

        Exercise files, expected values, tasks (seeds included), tolerances,
        limits, points, and the grader and torch versions: the gradebook grades
        a submission again when this changes, and only then.
        """
        import dataclasses
        import hashlib
        import json

        parts = {
            "versions": self.versions,
            "mode": self.mode,
            "exercises": {ex.id: hashlib.sha256(ex.path.read_bytes()).hexdigest() for ex in self.exercises},
            "expected": self.expected,
            "broken": self.broken,
            "known": {ex: [(k.name, k.description, k.mistakes, sorted(k.vague), sorted(k.bare)) for k in known] for ex, known in self.known.items()},
            "free": {ex: sorted(names) for ex, names in self.free.items()},
            "tasks": [t.to_wire() for t in self.tasks],
            "tolerances": {k: dataclasses.asdict(v) for k, v in self.config.tolerances.items()},
            "limits": dataclasses.asdict(self.config.limits),
            "check_points": self.config.check_points,
            "recognised_share": self.config.recognised_share,
        }
        text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def job(self, source: Source, private: tuple[str, ...] = ()) -> dict[str, Any]:
        return job_for(source, self.tasks, self.config, private)

    # -- results ---------------------------------------------------------------

    def error_result(self, path: str, message: str, *, student: str | None = None) -> SubmissionResult:
        result = failed_submission(path, message, mode=self.mode, max_score=self.max_score, student=student)
        result.versions = dict(self.versions)
        result.exercises = [
            ExerciseResult(
                id=ex.id,
                title=ex.title,
                status="error",
                score=0.0,
                max_score=sum(c.points for c in ex.checks_for(self.mode)),
                message=message,
                checks=[
                    CheckResult(name=c.name, status="failed", points=0.0, max_points=c.points, message="not graded: " + message, visibility=c.visibility)
                    for c in ex.checks_for(self.mode)
                ],
            )
            for ex in self.exercises
        ]
        return result

    def result(self, source: Source, record: RunRecord, *, student: str | None = None) -> SubmissionResult:
        if record.protocol_error:
            result = self.error_result(
                str(source.path),
                f"grading stopped: the submission's process sent malformed data ({record.protocol_error}). "
                "Code that writes to the grader's channel cannot earn points; this submission needs review.",
                student=student,
            )
            result.sha256 = source.sha256
            return result
        by_exercise: dict[str, dict[str, TaskOutcome]] = {}
        for tid, outcome in record.tasks.items():
            by_exercise.setdefault(tid.split("/", 1)[0], {})[tid] = outcome
        exercises = [self._exercise(ex, source, record, by_exercise.get(ex.id, {})) for ex in self.exercises]
        result = SubmissionResult(
            submission=str(source.path),
            mode=self.mode,
            status="graded",
            score=round(sum(e.score for e in exercises), 6),
            max_score=round(sum(e.max_score for e in exercises), 6),
            exercises=exercises,
            student=student,
            notes=self._notes(source, record),
            output=record.output,
            output_truncated=record.output_truncated,
            seconds=record.seconds,
            sha256=source.sha256,
            versions=dict(self.versions),
            sandbox=list((record.isolation or {}).get("notes", [])),
        )
        return result

    def _notes(self, source: Source, record: RunRecord) -> list[str]:
        notes = []
        # One note per distinct error: a broken first cell (a typo in `import torch`)
        # makes every later cell fail the same way, and 25 copies of one NameError
        # hide the one line that matters.
        same: dict[tuple[str, str], list[int]] = {}
        for number, cell in sorted(record.cells.items()):
            if cell.status == "ok":
                continue
            if cell.status == "error" and cell.error is not None:
                key = ("error", cell.error.summary())
            else:
                key = (cell.status, describe_cell_failure(cell))
            same.setdefault(key, []).append(number)
        groups = list(same.values())
        for numbers in groups[:MAX_CELL_NOTES]:
            first = record.cells[numbers[0]]
            note = f"{source.cell_label(numbers[0])} {_shortened(describe_cell_failure(first))}"
            if len(numbers) > 1:
                note += f"; the same error in {_some_cells(source, numbers[1:])}"
            notes.append(note)
        if len(groups) > MAX_CELL_NOTES:
            rest = [n for numbers in groups[MAX_CELL_NOTES:] for n in numbers]
            notes.append(f"other errors in {_some_cells(source, rest)}")
        notes.extend(source.notes)
        notes.extend(self._device_notes(record))
        if record.output_truncated:
            # The limit, never the count: how much a submission prints is its own to choose, and a count printed on a
            # hidden case spelled 20 bits of its inputs in a note every student view shows
            # (tests/hostile/round22/pack/hidden_input_in_the_printed_bytes.py).
            notes.append(f"your code printed more than the output limit; only the first {self.config.limits.output_bytes} bytes were kept")
        return notes

    def _device_notes(self, record: RunRecord) -> list[str]:
        """One note per exercise whose `device: auto` cases ran on the CPU only, the child having found no CUDA."""
        cpu_only: dict[str, list[str]] = {}
        for tid, outcome in record.tasks.items():
            # A starter left as it was ran nowhere worth a note: "not implemented yet" says it all.
            if outcome.observation is not None and outcome.observation.cuda is False and outcome.observation.status != "not_implemented":
                exercise, case = tid.split("/", 1)
                cpu_only.setdefault(exercise, []).append(case)
        notes = []
        for ex in self.exercises:
            if ex.id in cpu_only:
                shown = [f"{case!r}" for case in cpu_only[ex.id] if ex.case_visibility(case) != "hidden"]
                where = f"case {', '.join(shown)}" if shown else "a hidden case"
                notes.append(f"{ex.id} ({where}) {CPU_ONLY_NOTE}")
        return notes

    def _exercise(self, ex: Exercise, source: Source, record: RunRecord, outcomes: dict[str, TaskOutcome]) -> ExerciseResult:
        checks = ex.checks_for(self.mode)
        # In check mode, say what grading adds: hidden checks in the file, or those a student bundle withheld.
        counting = self.mode == "check"
        max_score = sum(c.points for c in checks)
        base = ExerciseResult(
            id=ex.id,
            title=ex.title,
            status="passed",
            score=0.0,
            max_score=max_score,
            hidden_checks=ex.hidden_count if counting else 0,
            hidden_points=ex.hidden_points if counting else 0.0,
        )
        if ex.id in self.broken:
            base.status = "error"
            base.message = "this exercise could not be graded (its reference solution failed); tell your instructor"
            base.checks = [
                CheckResult(name=c.name, status="error", points=0.0, max_points=c.points, message=base.message, visibility=c.visibility)
                for c in checks
            ]
            return base
        problems = {tid.split("/", 1)[1]: p for tid, o in outcomes.items() if (p := self._problem(ex, o, source, record))}
        cell_failed = any(cell.status != "ok" for cell in record.cells.values())
        results = []
        for check in checks:
            try:
                results.append(
                    checks_mod.evaluate(
                        ex, check, self.expected[ex.id], outcomes, problems, self.config, cell_failed=cell_failed, known=self.known.get(ex.id, [])
                    )
                )
            except GraderError as exc:  # the exercise file asks for something the reference lacks
                results.append(
                    CheckResult(name=check.name, status="error", points=0.0, max_points=check.points, message=f"this check is broken: {exc}", visibility=check.visibility)
                )
        valued = self.value_checks[ex.id]
        results = checks_mod.explained_by_known(ex, checks, results, outcomes, self.known.get(ex.id, []), self.expected[ex.id], valued, self.config)
        recognised = checks_mod.recognised_work(results, valued)
        results = checks_mod.gate(checks, results, recognised)
        results = checks_mod.beside_work(checks, results, self.free.get(ex.id, frozenset()), valued, recognised)
        results = checks_mod.credit_recognised(checks, results, recognised, self.config.recognised_share)
        results = checks_mod.typed_in(ex, checks, results, outcomes, self.expected[ex.id], valued)
        # Every case with a problem (a timeout, a crash, the starter's raise) is among these: none of them returned.
        raised = frozenset(
            tid.split("/", 1)[1] for tid, o in outcomes.items() if o.observation is None or o.observation.status != "returned"
        )

        def again(check: Check) -> CheckResult:
            """A check evaluated once more (another target text, other cases), for the hold for review."""
            return checks_mod.evaluate(
                ex, check, self.expected[ex.id], outcomes, problems, self.config, cell_failed=cell_failed, known=self.known.get(ex.id, [])
            )

        related = checks_mod.related_groups(ex, checks, results, valued, again)
        elsewhere = checks_mod.on_cases_that_returned(checks, results, valued, raised, again)
        results, base.review = checks_mod.held_for_review(ex, results, valued, raised, related, elsewhere)
        base.checks = results
        base.score = sum(r.points for r in results)
        statuses = {p.status for p in problems.values()}
        if problems:
            first = next(iter(problems.values()))
            base.message = first.message
        if statuses == {"not_implemented"}:
            base.status = "not_implemented"
        elif "timeout" in statuses:
            base.status = "timeout"
        elif statuses - {"not_implemented"}:
            base.status = "error"
        elif any(r.status == "error" for r in results):
            base.status = "error"
        else:
            base.status = "passed" if all(r.status == "passed" for r in results) else "failed"
        return base

    def _problem(self, ex: Exercise, outcome: TaskOutcome, source: Source, record: RunRecord) -> TaskProblem | None:
        case = outcome.id.split("/", 1)[1]
        what = f"{ex.function.name}()" if ex.function else "the notebook"
        hidden = self.mode == "grade" and ex.case_visibility(case) == "hidden"
        on_case = "" if ex.kind == "variables" else (" on a hidden case" if hidden else f" on case {case!r}")
        if outcome.status == "timeout":
            return TaskProblem("timeout", f"{what}{on_case} {outcome.detail} (time limit): look for a loop that never ends")
        if outcome.status == "crashed":
            return TaskProblem("error", f"while running {what}{on_case}, the process {outcome.detail}")
        if outcome.status == "not_run":
            return TaskProblem("error", f"not run: {outcome.detail}")
        obs = outcome.observation
        assert obs is not None
        status = obs.status
        if status == "not_implemented":
            return TaskProblem("not_implemented", "not implemented yet")
        if status == "missing":
            assert ex.function is not None
            name = ex.function.name
            return TaskProblem("error", missing_message(name, f"def {ex.function.signature}:", source, record), missing_hints(name, source, record))
        if status == "not_callable":
            return TaskProblem("error", f"{ex.function.name} is defined but is not a function")  # type: ignore[union-attr]
        if status == "inspected":
            variables = obs.variables
            # Every name still the starter's `...`: not begun. Some of them only: the rest is work, graded as such
            # (a notebook with its last step left as `...` scored nothing, "not implemented yet": round N28's bb006).
            placeholders = [isinstance(v, ObjectValue) and v.type == "ellipsis" for v in variables.values()]
            if placeholders and all(placeholders):
                return TaskProblem("not_implemented", "not implemented yet")
            missing = [n for n, v in variables.items() if isinstance(v, MissingValue)]
            if len(missing) == len(variables):
                message = missing_message(missing[0], f"{missing[0]} = ...", source, record, others=missing[1:])
                return TaskProblem("error", message, missing_hints(missing[0], source, record))
        return None


def _defining_cell(name: str, source: Source) -> int | None:
    # [^\S\n]*, not \s*: a ^\s* spanning lines was quadratic in a cell's blank lines (blank_lines.py).
    pattern = re.compile(rf"^[^\S\n]*(def\s+{re.escape(name)}\s*\(|{re.escape(name)}\s*(=|:)|class\s+{re.escape(name)}\b)", re.M)
    return next((cell.number for cell in source.cells if pattern.search(cell.code)), None)


def missing_hints(name: str, source: Source, record: RunRecord) -> tuple[hints.Hint, ...]:
    """What the error of the cell that should have defined ``name`` names, if it names a known mistake."""
    number = _defining_cell(name, source)
    outcome = record.cells.get(number) if number is not None else None
    if outcome is None or outcome.error is None:
        return ()
    hint = hints.for_exception(outcome.error.message, outcome.error.origin)
    return (hint,) if hint else ()


def missing_message(name: str, form: str, source: Source, record: RunRecord, others: list[str] | None = None) -> str:
    """Why ``name`` is not defined, pointing at the cell that should have defined it."""
    names = ", ".join(f"`{n}`" for n in [name, *(others or [])])
    verb, it = ("are", "them") if others else ("is", "it")
    number = _defining_cell(name, source)
    for cell in source.cells:
        if cell.number == number:
            outcome = record.cells.get(cell.number)
            label = source.cell_label(cell.number)
            if outcome is not None and outcome.status != "ok":
                return f"{names} {verb} not defined because {label}, which defines {it}, {describe_cell_failure(outcome)}"
            return f"{names} {verb} not defined after running {label}: define {it} at the top level"
    return f"{names} {verb} not defined: your {'notebook' if source.kind == 'notebook' else 'module'} needs `{form}`"


def open_grader(config: Config, *, mode: Mode, only: list[str] | None = None) -> Grader:
    """Load exercises and expected values; reference runs finish (and their worker stops) here."""
    exercises = load_exercises(config, only)
    source = open_expected(config)
    try:
        return Grader.prepare(config, exercises, mode, source)
    finally:
        source.close()
