"""Evaluate one check: expected observation vs the student's, case by case.

Runs in the grader's process, on validated plain data. A check passes only if
it passes on every case it lists. On failure the result says where (target
and case), how the values differ, and, through :mod:`grader.hints`, which
mistake that difference points to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader import hints
from grader.compare import Mismatch, compare, display, format_number
from grader.config import Config, Tolerance
from grader.errors import ExerciseError
from grader.protocol import TaskOutcome
from grader.results import CheckResult
from grader.spec import Check, Exercise
from grader.targets import Target, Unresolved, resolve

Value = dict[str, Any]


@dataclass(frozen=True)
class TaskProblem:
    """Why a task produced nothing to compare; shared by all checks on it."""

    status: str
    """not_implemented, timeout, error."""
    message: str
    """For the student."""


def root_value(observation: dict[str, Any], target: Target, exercise: Exercise) -> Value:
    """The observed value a target path starts from; raise Unresolved."""
    root = target.root
    status = observation["status"]
    fn = exercise.function
    if fn is not None and (root == "return" or root == fn.returns):
        if status != "returned":
            raise Unresolved("the function raised instead of returning")
        return observation["returned"]  # type: ignore[no-any-return]
    if root == "raised":
        if status in ("raised", "not_implemented"):
            raised = observation["raised"]
            return {"kind": "exception", "type": raised["type"], "message": raised["message"]}
        return {"kind": "none"}
    if fn is not None:
        return observation["inputs"][root]  # type: ignore[no-any-return]
    return observation["variables"][root]  # type: ignore[no-any-return]


def _resolve_parent(observation: dict[str, Any], target: Target, exercise: Exercise) -> Value | None:
    if not target.steps:
        return None
    try:
        return resolve(root_value(observation, target, exercise), target.parent())
    except Unresolved:
        return None


def tolerance_for(check: Check, config: Config) -> Any:
    def tol(dtype: str) -> Tolerance:
        base = config.tolerance(dtype)
        return Tolerance(
            rtol=base.rtol if check.rtol is None else check.rtol,
            atol=base.atol if check.atol is None else check.atol,
        )

    return tol


def _check_index(exercise: Exercise, check: Check) -> int:
    return next(i for i, c in enumerate(exercise.checks) if c.name == check.name)


def expected_value(exercise: Exercise, check: Check, case: str, observation: dict[str, Any]) -> Value:
    """Resolve the target on the reference run; a failure is the exercise author's problem."""
    try:
        return resolve(root_value(observation, check.target, exercise), check.target)
    except Unresolved as exc:
        raise ExerciseError(
            str(exercise.path),
            f"checks[{_check_index(exercise, check)}].target",
            f"the reference solution does not produce {check.target.text!r} on case {case!r}: {exc}",
        ) from exc


def _case_words(exercise: Exercise, check: Check, case: str) -> str:
    if exercise.kind == "variables":
        return ""
    if check.visibility == "hidden":
        return " on a hidden case"
    return f" on case {case!r}"


def _num(x: Any) -> str:
    """A number in a sentence: 81, 4.5, 1e-05 (no torch-style trailing dot)."""
    return f"{x:.6g}" if isinstance(x, float) else format_number(x)


def _describe_mismatch(m: Mismatch, reveal: bool) -> str:
    where = f"entry {m.path}: " if m.path else ""
    if reveal and m.kind == "value" and m.expected["kind"] in ("int", "float", "str", "dtype"):
        return f"{where}expected {display(m.expected)}, found {display(m.found)}"
    if not (reveal and m.kind == "value" and "index" in m.facts):
        return f"{where}{m.summary}"
    f = m.facts
    allowed = f"allowed: {f['atol']:g} + {f['rtol']:g}·|expected|"
    if f["total"] == 1:
        return f"{where}the value differs by {_num(f['max_abs_diff'])} ({allowed})"
    idx = f["index"]
    return (
        f"{where}{m.summary}; largest difference {_num(f['max_abs_diff'])} ({allowed}); "
        f"first at index {idx if len(idx) != 1 else idx[0]}: expected {_num(f['expected_at'])}, "
        f"found {_num(f['found_at'])}"
    )


def evaluate(
    exercise: Exercise,
    check: Check,
    expected: dict[str, dict[str, Any]],
    outcomes: dict[str, TaskOutcome],
    problems: dict[str, TaskProblem],
    config: Config,
) -> CheckResult:
    """Evaluate ``check`` on each of its cases."""
    reveal = check.visibility == "public"
    base = CheckResult(
        name=check.name,
        status="passed",
        points=check.points,
        max_points=check.points,
        message=f"{check.target.text} is correct",
        visibility=check.visibility,
        description=check.description,
    )

    def fail(
        case: str, message: str, hint: str | None = None, exp: str | None = None, found: str | None = None, *, author_hint: bool = True
    ) -> CheckResult:
        hint_parts = [h for h in (hint, check.hint if author_hint else None) if h]
        base.status = "failed"
        base.points = 0.0
        base.message = message
        base.hint = " ".join(hint_parts) or None
        base.case = case
        base.expected = exp if reveal else None
        base.found = found if reveal else None
        return base

    for case in check.cases:
        task_id = f"{exercise.id}/{case}"
        exp_obs = expected[case]
        exp_value = expected_value(exercise, check, case, exp_obs)
        if case in problems:
            # The author's hint is about a wrong answer; here there is no answer to judge.
            return fail(case, problems[case].message, author_hint=False)
        outcome = outcomes[task_id]
        assert outcome.observation is not None
        obs = outcome.observation
        words = _case_words(exercise, check, case)
        # A raise fails the check, unless the reference raised too and the target is
        # something still observable after it (an input's .grad, say).
        reference_raised = exp_obs["status"] in ("raised", "not_implemented")
        on_return = exercise.function is not None and check.target.root in ("return", exercise.function.returns)
        if obs["status"] == "raised" and check.target.root != "raised" and (on_return or not reference_raised):
            err = outcome.error
            assert err is not None
            place = f" ({err.place()})" if err.place() else ""
            raised = f"{err.type}: {err.message}" if err.message else err.type
            return fail(
                case,
                f"{check.target.text}{words}: your code raised {raised}{place}",
                hint=None,
                exp=display(exp_value),
                found=raised,
            )
        try:
            found_value = resolve(root_value(obs, check.target, exercise), check.target)
        except Unresolved as exc:
            return fail(case, f"{check.target.text}{words}: {exc}", exp=display(exp_value))
        tol_for = tolerance_for(check, config)
        mismatch = compare(
            exp_value,
            found_value,
            # Python floats from .item() carry float32 precision at best.
            tol=tol_for("float32"),
            tol_for=tol_for,
            exact_dtype=check.exact_dtype,
            match=check.match,
        )
        if mismatch is None:
            continue
        found_inputs = obs.get("inputs") or obs.get("variables") or {}
        expected_inputs = exp_obs.get("inputs") or exp_obs.get("variables") or {}
        ctx = hints.Context(
            target=check.target,
            mismatch=mismatch,
            expected_parent=_resolve_parent(exp_obs, check.target, exercise),
            found_parent=_resolve_parent(obs, check.target, exercise),
            found_inputs=found_inputs,
            expected_inputs=expected_inputs,
            reveal=reveal,
            is_return=exercise.function is not None and check.target.root in ("return", exercise.function.returns),
            label=f"{check.name} {check.description or ''}",
        )
        return fail(
            case,
            f"{check.target.text}{words}: {_describe_mismatch(mismatch, reveal)}",
            hint=hints.diagnose(ctx),
            exp=display(mismatch.expected),
            found=display(mismatch.found),
        )
    return base
