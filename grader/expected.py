"""Expected values: what the reference solution produces for each task.

Never typed by hand. :class:`ReferenceRunner` runs each exercise's reference
solution in a sandbox worker of its own (student children never share a
process with reference data) and caches the observations on disk, keyed by
everything that could change them: the exercise file, the solution, the
task inputs (seeds included), and the torch and grader versions.

:class:`FrozenExpected` reads observations written earlier (``grader
assign`` for student bundles, the Gradescope export), for places that must
not hold the reference solutions at all.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import grader
from grader import probes
from grader.alternatives import wrong_solutions
from grader.checks import copied_checks, flat_checks, free_checks, vague_checks
from grader.config import Config
from grader.errors import (
    GraderError,
    ProtocolError,
    ReferenceSolutionError,
    SubmissionError,
    WorkerError,
)
from grader.hints import MISTAKES
from grader.jobs import job_for
from grader.known import KnownMistake, skipped_steps
from grader.plan import Task, tasks_for
from grader.protocol import Observation, RunRecord, parse_record, validate_observation
from grader.sandbox import capabilities
from grader.sandbox.worker import Worker
from grader.slips import slips
from grader.spec import Exercise
from grader.submission import read_source

Observations = dict[str, Observation]
"""Case name -> observation of the reference run."""


class ExpectedSource(Protocol):
    def observations(self, exercise: Exercise) -> Observations:
        """Observations for every case of ``exercise`` (grade mode: all cases)."""
        ...

    def known_mistakes(self, exercise: Exercise) -> list[KnownMistake]:
        """The runs of ``exercise``'s wrong solutions that name a mistake (:mod:`grader.known`)."""
        ...

    def free_checks(self, exercise: Exercise) -> frozenset[str]:
        """The checks a submission that does nothing passes (:func:`grader.checks.free_checks`)."""
        ...


def torch_version() -> str:
    try:
        return metadata.version("torch")
    except metadata.PackageNotFoundError:
        return "unknown"


_DESCRIBING_MODULES = ("calling.py", "observe.py", "inputs.py", "probing.py", "wire.py")
"""The child-side code that makes an observation: a cached reference run made by other code is stale."""


@functools.cache
def _describing_code() -> bytes:
    here = Path(grader.__file__).parent
    h = hashlib.sha256()
    for name in _DESCRIBING_MODULES:
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())  # an installed copy without sources: the version alone keys it
    return h.digest()


def cache_key(exercise: Exercise, tasks: list[Task], torch: str | None = None, solution: Path | bytes | None = None) -> str:
    """What a cached reference run depends on; ``torch``: the installed version, if the caller read it already;
    ``solution``: another solution than the exercise's reference (a wrong one, or its text)."""
    h = hashlib.sha256()
    h.update(exercise.path.read_bytes())
    try:
        h.update(solution if isinstance(solution, bytes) else (solution or exercise.reference).read_bytes())
    except OSError:
        pass
    if solution is not None:
        h.update(b"wrong solution")
    h.update(json.dumps([t.to_wire() for t in tasks], sort_keys=True).encode())
    h.update((torch_version() if torch is None else torch).encode())
    h.update(grader.__version__.encode())
    h.update(_describing_code())
    return h.hexdigest()


def _check_reference(exercise: Exercise, record: RunRecord, tasks: list[Task]) -> Observations:
    """Every cell ran and every task produced a usable observation, or explain."""
    ref = exercise.reference
    for cell in record.cells.values():
        if cell.status != "ok":
            what = cell.error.summary() if cell.error else (cell.detail or cell.status)
            line = f", line {cell.error.line}" if cell.error and cell.error.line else ""
            raise ReferenceSolutionError(f"{ref}{line}: the reference solution failed while loading: {what}")
    out: Observations = {}
    for task in tasks:
        outcome = record.tasks[task.id]
        if outcome.status != "done" or outcome.observation is None:
            raise ReferenceSolutionError(f"{ref}: case {task.case!r}: {outcome.detail or outcome.status}")
        status = outcome.observation.status
        if status in ("missing", "not_callable", "not_implemented"):
            need = exercise.function.signature if exercise.function else ", ".join(exercise.variables)
            raise ReferenceSolutionError(f"{ref}: does not define {need} ({status.replace('_', ' ')})")
        out[task.case] = outcome.observation
    return out


def _usable(record: RunRecord, tasks: list[Task]) -> Observations:
    """A wrong solution's observations, or none when some cell or task did not run to the end (it is no evidence then)."""
    if any(cell.status != "ok" for cell in record.cells.values()):
        return {}
    out: Observations = {}
    for task in tasks:
        outcome = record.tasks.get(task.id)
        if outcome is None or outcome.status != "done" or outcome.observation is None:
            return {}
        if outcome.observation.status in ("missing", "not_callable", "not_implemented"):
            return {}
        out[task.case] = outcome.observation
    return out


class ReferenceRunner:
    """Runs reference solutions (cached); use as a context manager to stop its worker."""

    def __init__(self, config: Config, *, use_cache: bool = True) -> None:
        self.config = config
        self.use_cache = use_cache
        self._worker: Worker | None = None
        self._memory: dict[str, Observations] = {}
        # Read once: package metadata is a file search each time, and a run keys every exercise with it.
        self._torch = torch_version()

    def observations(self, exercise: Exercise) -> Observations:
        tasks = tasks_for(exercise, "grade", self.config)
        key = cache_key(exercise, tasks, self._torch)
        if key in self._memory:
            return self._memory[key]
        cached = self._load(exercise, key)
        if cached is None:
            cached = self._run(exercise, tasks)
            self._store(exercise, key, cached)
        self._memory[key] = cached
        return cached

    def prepare(self, exercises: Iterable[Exercise]) -> dict[str, GraderError]:
        """Compute everything up front; return the problems per exercise id."""
        problems: dict[str, GraderError] = {}
        for ex in exercises:
            try:
                self.observations(ex)
            except GraderError as exc:
                problems[ex.id] = exc
        return problems

    def known_mistakes(self, exercise: Exercise) -> list[KnownMistake]:
        """The runs of the wrong solutions that carry tags (cached as the reference's are), then the reference's
        slips (:mod:`grader.slips`); one that does not run to the end on every case (a load error, a timeout) is left
        out: it names nothing."""
        try:
            mistakes = wrong_solutions(self.config, exercise)
        except GraderError:
            mistakes = []  # a wrong solution's docstring is validate's to report; grading goes on without them
        tasks = tasks_for(exercise, "grade", self.config)
        out = []
        for mistake in mistakes:
            if mistake.mistakes and (cases := self._usable_run(exercise, tasks, mistake.file)):
                out.append(KnownMistake(mistake.file.name, mistake.description, mistake.mistakes, cases))
        try:
            source = exercise.reference.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return out
        written = slips(source)
        if not out and not written:
            return out
        skipped = [run for text in skipped_steps(source) if (run := self._usable_run(exercise, tasks, text.encode()))]
        nulls: list[Observations] | None = self._null_runs(exercise) if out else None
        # An author's mistake whose values a submission doing nothing gives too (p as given, where step() ran before
        # backward()) names the mistake there, but is no evidence of work: a do-nothing p beside a throwaway backward
        # pass unlocked the checks the work guards (tests/hostile/round19/pack/).
        out = [
            dataclasses.replace(
                k,
                vague=vague_checks(exercise, self.config, dict(k.observations), skipped),
                bare=vague_checks(exercise, self.config, dict(k.observations), nulls or []),
            )
            for k in out
        ]
        expected = self.observations(exercise)
        for slip in written:
            if not (cases := self._usable_run(exercise, tasks, slip.source.encode())):
                continue
            if nulls is None:
                nulls = self._null_runs(exercise)
            # A slip whose values a submission doing nothing gives (x ** 1 for x ** 2: a gradient of ones) is no
            # evidence of work there; one whose values a step left out gives (a hook's factor 2 changed to 1: the hook
            # registered too late; a term changed: the same term computed under no_grad) names the wrong mistake.
            # One whose values are an input, or a multiple of one, where the reference's are not (the samples for their
            # gradients), is a formula collapsed by the slip: xs.clone() gives them with none of the work.
            vague = (
                vague_checks(exercise, self.config, cases, nulls + skipped)
                | flat_checks(exercise, self.config, cases, expected)
                | copied_checks(exercise, self.config, cases, expected)
            )
            out.append(KnownMistake(f"slip@{slip.line}", slip.description, slip.mistakes, cases, vague, slip=True))
        return out

    def free_checks(self, exercise: Exercise) -> frozenset[str]:
        """The checks some null submission (:mod:`grader.nulls`) passes, from their runs (cached as the reference's are).

        The typed-in null is left out: it passes the public values by design, and the typed-in rule and the hold for
        review stand against it. The starter raises everywhere: it passes nothing.
        """
        return free_checks(exercise, self.config, self.observations(exercise), self._null_runs(exercise))

    def _null_runs(self, exercise: Exercise) -> list[Observations]:
        """The runs of the null submissions but the typed-in one (see :meth:`free_checks`)."""
        # Imported here: the laptop's check reads frozen sets and never needs it.
        from grader.nulls import null_submissions

        expected = self.observations(exercise)
        tasks = tasks_for(exercise, "grade", self.config)
        return [
            cases
            for null in null_submissions(exercise, expected, starter=False)
            if null.name != "typed_in" and (cases := self._usable_run(exercise, tasks, null.source.encode()))
        ]

    def _usable_run(self, exercise: Exercise, tasks: list[Task], solution: Path | bytes) -> Observations:
        """A wrong solution's observations (a file, or a text), cached; none when it does not run to the end."""
        key = cache_key(exercise, tasks, self._torch, solution=solution)
        cases = self._memory.get(key)
        if cases is None:
            cases = self._load(exercise, key)
        if cases is None:
            try:
                if isinstance(solution, bytes):
                    with tempfile.TemporaryDirectory(prefix="grader-step-") as tmp:
                        path = Path(tmp) / exercise.reference.name
                        path.write_bytes(solution)
                        record = self._record(exercise, tasks, path)
                else:
                    record = self._record(exercise, tasks, solution)
                cases = _usable(record, tasks)
            except ReferenceSolutionError:
                cases = {}
            self._store(exercise, key, cases)  # an unusable one too: it is not run again
        self._memory[key] = cases
        return cases

    def _record(self, exercise: Exercise, tasks: list[Task], solution: Path) -> RunRecord:
        if not solution.is_file():
            raise ReferenceSolutionError(f"{exercise.path}: reference solution {solution} not found")
        try:
            source = read_source(solution, self.config.limits)
        except SubmissionError as exc:
            raise ReferenceSolutionError(f"reference solution {exc}") from exc
        job = job_for(source, tasks, self.config)
        if self._worker is None:
            # The portable runner where the sandbox cannot run (a course on a laptop).
            self._worker = capabilities.new_worker()
        try:
            return parse_record(self._worker.run(job), job)
        except (WorkerError, ProtocolError) as exc:
            raise ReferenceSolutionError(f"{solution}: {exc}") from exc

    def _run(self, exercise: Exercise, tasks: list[Task]) -> Observations:
        return _check_reference(exercise, self._record(exercise, tasks, exercise.reference), tasks)

    def _path(self, exercise: Exercise, key: str) -> Path:
        return self.config.cache_dir / "expected" / f"{exercise.id}-{key[:20]}.json"

    def _load(self, exercise: Exercise, key: str) -> Observations | None:
        if not self.use_cache:
            return None
        path = self._path(exercise, key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        try:
            return read_observations(exercise, data.get("cases"), max_elements=self.config.limits.max_tensor_elements)
        except ProtocolError:
            return None  # a damaged cache costs a reference run, nothing more

    def _store(self, exercise: Exercise, key: str, cases: Observations) -> None:
        if not self.use_cache:
            return
        path = self._path(exercise, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a grader killed mid-write leaves no half file behind.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": key, "exercise": exercise.id, "cases": {name: obs.to_wire() for name, obs in cases.items()}}, fh)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only course folder only costs speed

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None

    def __enter__(self) -> ReferenceRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FrozenExpected:
    """Observations read from a file written by :func:`freeze`."""

    def __init__(self, path: Path) -> None:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ReferenceSolutionError(f"{path}: cannot read expected values: {exc}") from exc
        self.path = path
        exercises = data.get("exercises") if isinstance(data, dict) else None
        self._data: dict[str, Any] = exercises if isinstance(exercises, dict) else {}
        known = data.get("known") if isinstance(data, dict) else None
        self._known: dict[str, Any] = known if isinstance(known, dict) else {}
        free = data.get("free") if isinstance(data, dict) else None
        self._free: dict[str, Any] = free if isinstance(free, dict) else {}
        self._read: dict[str, Observations] = {}

    def observations(self, exercise: Exercise) -> Observations:
        if exercise.id in self._read:
            return self._read[exercise.id]
        try:
            cases = self._data[exercise.id]
        except KeyError:
            raise ReferenceSolutionError(f"{self.path}: no expected values for exercise {exercise.id!r}") from None
        try:
            # Checked as strictly as a child's: a bundle's file is the student's to edit.
            read = read_observations(exercise, cases, max_elements=None)
        except ProtocolError as exc:
            raise ReferenceSolutionError(f"{self.path}: expected values of {exercise.id!r}: {exc}") from None
        self._read[exercise.id] = read
        return read

    def known_mistakes(self, exercise: Exercise) -> list[KnownMistake]:
        """The known mistakes frozen with the expected values; one that does not read back is left out (it only names)."""
        entries = self._known.get(exercise.id)
        out = []
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            # Their file names stay home with the code: a name could say what the fix is.
            name = f"known mistake {i + 1}"
            try:
                description, tags, vague = entry["description"], entry["mistakes"], entry["vague"]
                bare = entry.get("bare", [])  # a file from before it was frozen: none, as then
                if not (isinstance(description, str) and isinstance(tags, list) and all(t in MISTAKES for t in tags)):
                    continue
                if not all(isinstance(names, list) and all(isinstance(v, str) for v in names) for names in (vague, bare)):
                    continue
                cases = _ReadWhenAsked(exercise, entry["cases"])
            except (KeyError, TypeError):
                continue
            out.append(
                KnownMistake(name, description[:500], tuple(tags), cases, frozenset(vague), frozenset(bare), slip=entry.get("slip") is True)
            )
        return out

    def free_checks(self, exercise: Exercise) -> frozenset[str]:
        """The free checks frozen with the expected values (none in a file from before they were: no gate, as then)."""
        names = self._free.get(exercise.id)
        known = {c.name for c in exercise.checks}
        return frozenset(n for n in names if isinstance(n, str) and n in known) if isinstance(names, list) else frozenset()

    def close(self) -> None:
        pass


def read_observations(exercise: Exercise, cases: Any, *, max_elements: int | None) -> Observations:
    """Expected observations read back from a file (cache or frozen), through the parser a child's go through.

    Each must fit its case (the exercise's function and inputs, or its
    variables), as a child's must fit its task; raise :class:`ProtocolError`.
    """
    if not isinstance(cases, dict):
        raise ProtocolError("malformed expected values: expected a mapping of cases")
    by_name = {case.name: case for case in exercise.cases}
    out: Observations = {}
    for name, raw in cases.items():
        case = by_name.get(name)
        if case is None:
            continue  # a case the exercise no longer has: nothing reads it
        task = {
            "function": exercise.function.name if exercise.function else None,
            "args": [[arg, None] for arg in case.inputs],
            "variables": list(exercise.variables),
            # Any call a check of the exercise makes on the case (a bundle's file holds the public ones only).
            "probes": [{"key": call.text} for call in probes.calls_on(exercise, name, "grade")],
        }
        out[name] = validate_observation(raw, f"{exercise.id}/{name}", task, max_elements=max_elements)
    return out


def _shareable(observation: Observation) -> Observation:
    """An observation without what the reference's run says about its source: where it raised, the line, the traceback.

    Checks compare an error's type, message and origin, never the reference's
    code; a frozen file is shipped (student bundle, Gradescope), so the rest stays home.
    """
    if observation.raised is None:
        return observation
    return dataclasses.replace(observation, raised=dataclasses.replace(observation.raised, file=None, line=None, code=None, traceback=None))


def freeze(source: ExpectedSource, exercises: list[Exercise], path: Path, *, public_only: bool) -> None:
    """Write expected observations; ``public_only`` drops every case only hidden checks use."""
    out: dict[str, dict[str, Any]] = {}
    known: dict[str, list[dict[str, Any]]] = {}
    free: dict[str, list[str]] = {}

    def shared(ex: Exercise, cases: Observations) -> dict[str, Any]:
        if public_only:
            cases = {name: obs for name, obs in cases.items() if ex.case_visibility(name) == "public"}
            # A hidden check's call on a public case gave values from a hidden probe's inputs: they stay home.
            public = probes.public_keys(ex)
            cases = {name: dataclasses.replace(obs, probes={k: v for k, v in obs.probes.items() if k in public}) for name, obs in cases.items()}
        return {name: _shareable(obs).to_wire() for name, obs in cases.items()}

    for ex in exercises:
        out[ex.id] = shared(ex, source.observations(ex))
        # Which checks a mistake is vague on is worked out from every case: a student's file names public checks only
        # (a hidden check's name, and that its hidden values are a skipped step's, stay home).
        public = {c.name for c in ex.checks if c.visibility == "public"} if public_only else None
        # A known mistake's words and values go too: a student's own check names it (the code stays home).
        known[ex.id] = [
            {
                "description": k.description,
                "mistakes": list(k.mistakes),
                "vague": sorted(v for v in k.vague if public is None or v in public),
                **({"bare": bare} if (bare := sorted(v for v in k.bare if public is None or v in public)) else {}),
                "cases": shared(ex, dict(k.observations)),
                **({"slip": True} if k.slip else {}),
            }
            for k in source.known_mistakes(ex)
            # A student's bundle leaves the slips out: they would double the file every check of theirs reads, and
            # the rules' hint there says as much (the formula differs: check its numbers and signs).
            if not (public_only and k.slip)
        ]
        free[ex.id] = sorted(n for n in source.free_checks(ex) if public is None or n in public)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": "grader.expected/1", "exercises": out, "known": known, "free": free}), encoding="utf-8")


class _ReadWhenAsked(Mapping[str, Observation]):
    """A frozen known mistake's runs, read back the first time a failing check asks for them: a student's check of a
    whole notebook reads every exercise's known mistakes, and most are never asked for. Runs that do not read back
    are no runs (they only named)."""

    def __init__(self, exercise: Exercise, raw: Any) -> None:
        self._exercise, self._raw = exercise, raw
        self._read: Observations | None = None

    def _runs(self) -> Observations:
        if self._read is None:
            try:
                self._read = read_observations(self._exercise, self._raw, max_elements=None)
            except (ProtocolError, TypeError):
                self._read = {}
            self._raw = None
        return self._read

    def __getitem__(self, case: str) -> Observation:
        return self._runs()[case]

    def __iter__(self) -> Iterator[str]:
        return iter(self._runs())

    def __len__(self) -> int:
        return len(self._runs())


def open_expected(config: Config) -> ReferenceRunner | FrozenExpected:
    """Reference solutions when the course has them; else the frozen file from config.yaml."""
    if config.solutions_dir.is_dir() or config.expected_file is None:
        return ReferenceRunner(config)
    return FrozenExpected(config.expected_file)
