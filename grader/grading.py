"""Grade submissions: read, run in the sandbox, compare, assemble results.

The flow for one submission::

    path --read_source--> Source --job_for--> worker --record--> parse_record
         --> RunRecord --(+ expected observations)--> checks.evaluate --> SubmissionResult

Every phase that can fail turns the failure into a result, so a batch always
ends with one result per submission.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import heapq
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import grader
from grader import checks as checks_mod
from grader import hints
from grader.checks import TaskProblem
from grader.config import Config
from grader.errors import GraderError, ProtocolError, SubmissionError, WorkerError
from grader.expected import (
    ExpectedSource,
    FrozenExpected,
    ReferenceRunner,
    open_expected,
    torch_version,
)
from grader.jobs import job_for
from grader.plan import Mode, Task, plan
from grader.protocol import CellOutcome, RunRecord, TaskOutcome, parse_record
from grader.results import CheckResult, ExerciseResult, SubmissionResult, failed_submission
from grader.sandbox.worker import WorkerPool
from grader.sanitize import clean_record
from grader.spec import Exercise, load_exercises
from grader.submission import Source, read_source


@functools.lru_cache(maxsize=1)
def _versions() -> tuple[tuple[str, str], ...]:
    # importlib.metadata reads files: once per process, not once per submission.
    return (("grader", grader.__version__), ("torch", torch_version()))


def versions() -> dict[str, str]:
    return dict(_versions())


def describe_cell_failure(cell: CellOutcome) -> str:
    if cell.status == "error" and cell.error is not None:
        line = f" at line {cell.error.line}" if cell.error.line else ""
        code = f" ({cell.error.code})" if cell.error.code else ""
        return f"raised {cell.error.summary()}{line}{code}"
    if cell.status == "timeout":
        return cell.detail or "did not finish in time"
    return cell.detail or "stopped the process"


@dataclass
class Grader:
    """Grades submissions against a fixed set of exercises and expected values."""

    config: Config
    """Course settings."""
    exercises: list[Exercise]
    """Exercises to grade."""
    mode: Mode
    """check: public checks only; grade: everything."""
    expected: dict[str, dict[str, dict]] = field(default_factory=dict)
    """Exercise id -> case -> reference observation."""
    broken: dict[str, str] = field(default_factory=dict)
    """Exercise id -> why it has no expected values (graded as error, never as pass)."""

    @classmethod
    def prepare(cls, config: Config, exercises: list[Exercise], mode: Mode, source: ExpectedSource) -> Grader:
        """Collect expected values for every exercise up front (reference runs happen here)."""
        g = cls(config=config, exercises=exercises, mode=mode)
        for ex in exercises:
            try:
                g.expected[ex.id] = source.observations(ex)
            except GraderError as exc:
                g.broken[ex.id] = str(exc)
        return g

    @property
    def max_score(self) -> float:
        return sum(c.points for ex in self.exercises for c in ex.checks_for(self.mode))

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
            "versions": versions(),
            "mode": self.mode,
            "exercises": {ex.id: hashlib.sha256(ex.path.read_bytes()).hexdigest() for ex in self.exercises},
            "expected": self.expected,
            "broken": self.broken,
            "tasks": [t.to_wire() for t in self.tasks],
            "tolerances": {k: dataclasses.asdict(v) for k, v in self.config.tolerances.items()},
            "limits": dataclasses.asdict(self.config.limits),
            "check_points": self.config.check_points,
        }
        text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def job(self, source: Source, private: tuple[str, ...] = ()) -> dict:
        return job_for(source, self.tasks, self.config, private)

    # -- results ---------------------------------------------------------------

    def error_result(self, path: str, message: str, *, student: str | None = None) -> SubmissionResult:
        result = failed_submission(path, message, mode=self.mode, max_score=self.max_score, student=student)
        result.versions = versions()
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
            versions=versions(),
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
        for numbers in same.values():
            first = record.cells[numbers[0]]
            note = f"{source.cell_label(numbers[0])} {describe_cell_failure(first)}"
            if len(numbers) > 1:
                others = [source.cell_label(n) for n in numbers[1:]]
                shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
                note += f"; the same error in {shown}"
            notes.append(note)
        notes.extend(source.notes)
        if record.output_truncated:
            notes.append(f"your code printed {record.output_bytes} bytes; only the first {len(record.output.encode())} were kept")
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
                results.append(checks_mod.evaluate(ex, check, self.expected[ex.id], outcomes, problems, self.config, cell_failed=cell_failed))
            except GraderError as exc:  # the exercise file asks for something the reference lacks
                results.append(
                    CheckResult(name=check.name, status="error", points=0.0, max_points=check.points, message=f"this check is broken: {exc}", visibility=check.visibility)
                )
        results = checks_mod.gate(checks, results)
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
        status = obs["status"]
        if status == "not_implemented":
            return TaskProblem("not_implemented", "not implemented yet")
        if status == "missing":
            assert ex.function is not None
            name = ex.function.name
            return TaskProblem("error", missing_message(name, f"def {ex.function.signature}:", source, record), missing_hints(name, source, record))
        if status == "not_callable":
            return TaskProblem("error", f"{ex.function.name} is defined but is not a function")  # type: ignore[union-attr]
        if status == "inspected":
            variables = obs["variables"]
            if any(v["kind"] == "object" and v["type"] == "ellipsis" for v in variables.values()):
                return TaskProblem("not_implemented", "not implemented yet")
            missing = [n for n, v in variables.items() if v["kind"] == "missing"]
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


@dataclass(frozen=True)
class Item:
    """One submission to grade."""

    key: str
    """The caller's identifier, returned with the result."""
    path: Path
    """The file."""
    grader: Grader
    """Exercises and expected values to grade it against."""
    student: str | None = None
    """Student id, when known."""


MOST_PRIVATE = 8
"""Most paths a batch hides besides the course (each is a mount in every child)."""


def private_paths(paths: Iterable[Path], most: int = MOST_PRIVATE) -> tuple[str, ...]:
    """Where a batch's submissions, gradebook and exports are, as at most ``most`` paths no child may read.

    A child sees the system folders (``/var``, ``/usr``, ``/run``...) as they
    are: submissions graded from ``/var/grading/submissions`` were readable by
    every other submission's code, and so was a gradebook kept there (every
    student's results and output) (``read_other_submissions.py``). While
    there are too many (one per file), the deepest is replaced by its
    folder, so that files merge into their folders before a shallow path
    (``/var/grading``) would climb to ``/``, which is never hidden.
    """
    found = {p.resolve() for p in paths}
    heap = [(-len(p.parts), str(p)) for p in found]
    heapq.heapify(heap)
    while len(found) > most and heap:
        _, text = heapq.heappop(heap)
        deepest = Path(text)
        found.discard(deepest)
        if deepest.parent not in found:
            found.add(deepest.parent)
            heapq.heappush(heap, (-len(deepest.parent.parts), str(deepest.parent)))
    # A path inside another one is covered with it.
    return tuple(sorted(str(p) for p in found if p != p.parent and not found.intersection(p.parents)))


def grade_items(items: Iterable[Item], *, pool: WorkerPool, private: Iterable[Path] = ()) -> Iterator[tuple[str, SubmissionResult]]:
    """Grade items on the pool's workers; yield ``(key, result)`` as each finishes, one per item.

    ``private``: paths besides the items' own files that no child may read
    (the folders the batch was read from, the gradebook, the exports).
    """
    items = list(items)
    hidden = private_paths([*(item.path for item in items), *private])
    readable: dict[str, tuple[Item, Source]] = {}
    for item in items:
        try:
            readable[item.key] = (item, read_source(item.path, item.grader.config.limits))
        except SubmissionError as exc:
            yield item.key, clean_record(item.grader.error_result(str(item.path), f"cannot grade this file: {exc.problem}", student=item.student))
    started: dict[str, float] = {}
    built: dict[str, dict] = {}

    def maker(key: str) -> Callable[[], dict]:
        def make() -> dict:
            item, source = readable[key]
            started[key] = time.monotonic()
            built[key] = item.grader.job(source, hidden)
            return built[key]

        return make

    with _fewer_collections():
        for key, raw, error in pool.run((key, maker(key)) for key in readable):
            item, source = readable[key]
            g = item.grader
            if error is not None or raw is None:
                yield key, clean_record(g.error_result(str(source.path), f"the grader's worker failed on this submission: {error}", student=item.student))
                continue
            result = _judge(g, source, raw, built.pop(key, None), item.student)
            result.seconds = time.monotonic() - started.get(key, time.monotonic())
            # Every string in it may come from the submission: safe for a terminal from here on.
            yield key, clean_record(result)


def _judge(g: Grader, source: Source, raw: dict, job: dict | None, student: str | None) -> SubmissionResult:
    """One submission's record into its result; whatever goes wrong becomes that submission's result.

    The record comes from a process the student controlled: a value built to
    trip the grader (a 400-digit number, a status no task has) must cost that
    submission its grade, "needs review", never the batch.
    """
    try:
        if job is None:
            raise ProtocolError("the worker answered for a job it was not sent")
        return g.result(source, parse_record(raw, job), student=student)
    except ProtocolError as exc:
        return g.error_result(str(source.path), f"grading stopped: {exc}; this submission needs review", student=student)
    except Exception as exc:  # noqa: BLE001 - see the docstring: a crash here is this submission's, not the batch's
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return g.error_result(
            str(source.path),
            f"grading stopped: the grader could not read what this submission's run reported ({detail}); "
            "this submission needs review",
            student=student,
        )


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Garbage collection tuned for a batch, restored after it.

    Exercises, expected values and the sources read before the batch live
    until it ends: frozen, collections stop rescanning them. Each record
    decodes into thousands of dicts and lists, freed by reference counting
    when the result is saved, not by the collector: with the default
    threshold (700 new objects) the collector would scan each record a few
    times over. Together these were about 7% of this process's CPU.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, thresholds[1], thresholds[2])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def open_grader(config: Config, *, mode: Mode, only: list[str] | None = None) -> Grader:
    """Load exercises and expected values; reference runs finish (and their worker stops) here."""
    exercises = load_exercises(config, only)
    source = open_expected(config)
    try:
        return Grader.prepare(config, exercises, mode, source)
    finally:
        source.close()


def grade_paths(
    config: Config,
    paths: list[Path],
    *,
    mode: Mode,
    only: list[str] | None = None,
    jobs: int = 1,
) -> list[SubmissionResult]:
    """Grade files in order; one result per path, whatever happens."""
    g = open_grader(config, mode=mode, only=only)
    with WorkerPool(jobs) as pool:
        results = dict(grade_items((Item(key=str(i), path=p, grader=g) for i, p in enumerate(paths)), pool=pool))
    return [results[str(i)] for i in range(len(paths))]


__all__ = [
    "FrozenExpected",
    "Grader",
    "ReferenceRunner",
    "WorkerError",
    "Item",
    "grade_items",
    "grade_paths",
    "open_grader",
]
