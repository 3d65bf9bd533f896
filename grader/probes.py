"""Call targets on the grader's side: what a task asks the child to call, and the value a check reads back.

A call target (``return.call(p1)``, ``module.Cube.gradcheck(p64)``, see
:mod:`grader.targets`) names a callable, what to do with it and a probe: a
list of positional arguments declared under ``probes:``. The child cannot
send a callable back, so the call happens there (:mod:`grader.probing`), right
after the case's own call, and the task carries the requests: which callable,
which method, and the probe's input recipes with their seeds. What comes
back is keyed by the call's text and read here, as the value the rest of the
target's steps start from.

No torch: this runs in the grader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from grader.protocol import ErrorInfo, Observation, ProbeOutcome
from grader.spec import Exercise
from grader.targets import GRADCHECKS, MODULE_ROOT, Call, Target, Unresolved, resolve
from grader.values import BoolValue, TensorValue, TupleValue, Value, describe_kind

GRADCHECK_ATOL = 1e-5
GRADCHECK_RTOL = 1e-3
"""How far the backward's Jacobian may be from central differences: torch's gradcheck's tolerances, as the child sets them."""

SeedFor = Callable[[str, int], int]
"""(probe, argument index) -> the seed of that random argument."""


class CallRaised(Unresolved):
    """The callable raised when called on the probe (or under gradcheck): no value, but an error hints can read."""

    def __init__(self, message: str, error: ErrorInfo) -> None:
        super().__init__(message)
        self.error = error


def calls_on(exercise: Exercise, case: str, mode: str) -> list[Call]:
    """The calls the checks of ``mode`` make on ``case``'s run, each once, in the checks' order."""
    out: dict[str, Call] = {}
    for check in exercise.checks_for(mode):
        call = check.target.call
        if call is not None and case in check.cases:
            out.setdefault(call.text, call)
    return list(out.values())


def requests(exercise: Exercise, case: str, mode: str, seed_for: SeedFor) -> tuple[dict[str, Any], ...]:
    """The wire form of the calls a task makes after its call: callable, method and the probe's recipes, seeded."""
    out = []
    for call in calls_on(exercise, case, mode):
        args = []
        for i, spec in enumerate(exercise.probes[call.probe]):
            recipe = dict(spec.recipe)
            if spec.random:
                recipe["seed"] = seed_for(call.probe, i)
            args.append(recipe)
        out.append(
            {
                "key": call.text,
                "root": "module" if call.root == MODULE_ROOT else "return",
                "name": call.name,
                "index": list(call.index),
                "method": call.method,
                "args": args,
            }
        )
    return tuple(out)


def public_keys(exercise: Exercise) -> frozenset[str]:
    """The calls public checks make: what a student bundle's frozen expected values may hold."""
    return frozenset(c.target.call.text for c in exercise.checks_for("check") if c.target.call is not None)


def called_value(observation: Observation, target: Target) -> Value:
    """What the call of a call target gave: the value its remaining steps start from; raise :class:`Unresolved`."""
    call = target.call
    assert call is not None
    outcome = observation.probes.get(call.text)
    if outcome is None:
        if call.name is None and observation.returned is None:
            raise Unresolved("the function raised instead of returning, so there is nothing to call")
        raise Unresolved(f"{call.callable_text} was not called on the probe")
    return _value(outcome, call, observation)


def _value(outcome: ProbeOutcome, call: Call, observation: Observation) -> Value:
    what = call.callable_text
    if outcome.status == "missing":
        if call.name is not None:
            raise Unresolved(f"no `{call.name}` in your code")
        if observation.returned is not None:
            # The observed return value says why the path does not exist (not a tuple, too short).
            resolve(observation.returned, Target(text=what, root=call.root, steps=call.index))
        raise Unresolved(f"{what} does not exist")
    if outcome.status == "not_callable":
        kind = "nothing" if outcome.value is None else describe_kind(outcome.value)
        raise Unresolved(f"{what} is {kind}, not something that can be called (a function, or a torch.autograd.Function)")
    if outcome.status == "raised":
        assert outcome.error is not None
        verb = f"torch.autograd.{call.method} on it" if call.method in GRADCHECKS else "calling it"
        place = f" ({outcome.error.place()})" if outcome.error.place() else ""
        raise CallRaised(f"{what}: {verb} raised {outcome.error.summary()}{place}", outcome.error)
    assert outcome.value is not None
    if call.method in GRADCHECKS:
        return _verdict(outcome.value, call.method)
    return outcome.value


def _verdict(sent: Value, method: str) -> BoolValue:
    """A gradcheck's verdict: torch's, in the child, and the grader's own comparison of the Jacobians sent with it.

    Torch's verdict is reached where student code runs, which could answer
    it; the Jacobians are two lists of numbers compared here, out of reach.
    """
    if not (isinstance(sent, TupleValue) and sent.length == 3 and len(sent.items) == 3):
        raise Unresolved(f"{method} sent no verdict the grader can read")
    verdict, analytic, numerical = sent.items
    if not (isinstance(verdict, BoolValue) and isinstance(analytic, TensorValue) and isinstance(numerical, TensorValue)):
        raise Unresolved(f"{method} sent no verdict the grader can read")
    if analytic.data is None or numerical.data is None or analytic.shape != numerical.shape:
        raise Unresolved(f"{method}: the Jacobians of the callable could not be compared ({analytic.note or numerical.note or 'their shapes differ'})")
    agree = all(abs(a - n) <= GRADCHECK_ATOL + GRADCHECK_RTOL * abs(n) for a, n in zip(analytic.data, numerical.data))
    return BoolValue(verdict.value and agree)
