"""Which calls to make: exercises x cases -> tasks with concrete inputs.

A task is the unit the sandbox runs and the unit expected values are stored
for. Seeds are fixed here. Public random cases get a seed derived from public
names (students can reproduce them); hidden ones an HMAC under the course's
secret (:mod:`grader.secret`), which never leaves the instructor's machine,
so a hard-coded answer to a hidden case is a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader import probes, secret
from grader.config import Config
from grader.results import Mode
from grader.spec import Exercise


@dataclass(frozen=True)
class Task:
    """One run of one exercise case."""

    exercise: str
    """Exercise id."""
    case: str
    """Case name."""
    function: str | None
    """Function to call (None: only read variables)."""
    args: tuple[tuple[str, dict[str, Any]], ...]
    """(parameter, input recipe) in call order; recipes carry their seeds."""
    variables: tuple[str, ...]
    """Top-level names to observe after the notebook ran."""
    time_limit: float
    """Wall-clock seconds for the call."""
    hidden: bool
    """True when only hidden checks use this case."""
    record_grad_mode: bool = False
    """Record which tensors the call made with gradient recording off (some check reads ``.under_no_grad``)."""
    probes: tuple[dict[str, Any], ...] = ()
    """Calls to make on callables after the call (:func:`grader.probes.requests`): call targets of this case's checks."""

    @property
    def id(self) -> str:
        return f"{self.exercise}/{self.case}"

    def to_wire(self) -> dict[str, Any]:
        """The plain form sent to the sandbox (no expected values, no checks)."""
        wire: dict[str, Any] = {
            "id": self.id,
            "function": self.function,
            "args": [[name, recipe] for name, recipe in self.args],
            "variables": list(self.variables),
            "time_limit": self.time_limit,
        }
        if self.record_grad_mode:
            wire["record_grad_mode"] = True
        if self.probes:
            wire["probes"] = list(self.probes)
        if self.hidden:
            wire["hidden"] = True
        return wire


def hidden_key(config: Config) -> bytes:
    """The course's key, read (or generated at first use) from its secret file or ``hidden_seed``."""
    return secret.key(config.root, config.hidden_seed)


def tasks_for(exercise: Exercise, mode: Mode, config: Config) -> list[Task]:
    """The tasks needed to run the checks of ``exercise`` in ``mode``."""
    needed = {case for check in exercise.checks_for(mode) for case in check.cases}
    # Every torch operation of a recorded call goes through Python: only where a check asks how a tensor was made.
    record = {case for check in exercise.checks_for(mode) if "under_no_grad" in check.target.steps for case in check.cases}
    tasks = []
    key: bytes | None = None  # read at the first hidden random input, once for the exercise
    for case in exercise.cases:
        if case.name not in needed:
            continue
        hidden = exercise.case_visibility(case.name) == "hidden"
        args = []
        for name, spec in case.inputs.items():
            recipe = dict(spec.recipe)
            if spec.random:
                parts = (exercise.id, case.name, name)
                if hidden:
                    key = key if key is not None else hidden_key(config)
                    recipe["seed"] = secret.hidden_seed(key, *parts)
                else:
                    recipe["seed"] = secret.public_seed(*parts)
            args.append((name, recipe))
        if exercise.function is not None:
            # Keep parameter order: inputs are passed by position.
            order = {p: i for i, p in enumerate(exercise.function.params)}
            args.sort(key=lambda a: order[a[0]])
        tasks.append(
            Task(
                exercise=exercise.id,
                case=case.name,
                function=exercise.function.name if exercise.function else None,
                args=tuple(args),
                variables=exercise.variables,
                time_limit=exercise.time_limit or config.limits.call_seconds,
                hidden=hidden,
                record_grad_mode=case.name in record,
                probes=probes.requests(exercise, case.name, mode, lambda *parts: _probe_seed(exercise, config, *parts)),
            )
        )
    return tasks


def _probe_seed(exercise: Exercise, config: Config, probe: str, index: int) -> int:
    """A probe input's seed: public when a public check calls on the probe, else under the course's key (as hidden cases)."""
    parts = (exercise.id, f"probe {probe}", index)  # a space: no case name (lower_snake_case) collides
    if exercise.probe_visibility(probe) == "public":
        return secret.public_seed(*parts)
    return secret.hidden_seed(hidden_key(config), *parts)


def plan(exercises: list[Exercise], mode: Mode, config: Config) -> list[Task]:
    """Every task, public ones first.

    Hidden cases run after every public one: what code learns while a hidden
    case runs (its inputs) cannot come back out in a public case's feedback,
    which quotes values; a hidden case's feedback quotes none.
    """
    tasks = [t for ex in exercises for t in tasks_for(ex, mode, config)]
    return [t for t in tasks if not t.hidden] + [t for t in tasks if t.hidden]
