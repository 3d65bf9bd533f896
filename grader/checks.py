"""Evaluate one check: expected observation vs the student's, case by case.

Runs in the grader's process, on validated plain data. A check passes only if
it passes on every case it lists. On failure the result says where (target
and case), how the values differ, and, through :mod:`grader.hints`, which
mistake that difference points to.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from grader import hints, probes
from grader import known as known_mod
from grader.compare import Mismatch, Tolerances, common_ratio, compare, display, format_number
from grader.config import Config
from grader.errors import ExerciseError
from grader.known import KnownMistake
from grader.protocol import Observation, TaskOutcome
from grader.results import CheckResult
from grader.spec import Check, Exercise
from grader.targets import Target, Unresolved, parameter_of, resolve
from grader.values import (
    NONE,
    BoolValue,
    DtypeValue,
    ExceptionValue,
    FloatValue,
    IntValue,
    ModuleValue,
    NoneValue,
    SequenceValue,
    StrValue,
    TensorValue,
    Value,
    as_tensor,
)

Expected = dict[str, Observation]
"""Case name -> the reference's observation."""


@dataclass(frozen=True)
class TaskProblem:
    """Why a task produced nothing to compare; shared by all checks on it."""

    status: str
    """not_implemented, timeout, error."""
    message: str
    """For the student."""
    hints: tuple[hints.Hint, ...] = ()
    """What the error behind it names, when it names a known mistake (a failing cell's, say)."""


def root_value(observation: Observation, target: Target, exercise: Exercise) -> Value:
    """The observed value a target path starts from; raise Unresolved (KeyError: a name the run does not hold)."""
    if target.call is not None:
        return probes.called_value(observation, target)
    root = target.root
    fn = exercise.function
    if fn is not None and (root == "return" or root == fn.returns):
        if observation.returned is None:
            raise Unresolved("the function raised instead of returning")
        return observation.returned
    if root == "autograd_runs":
        if observation.autograd_runs is None:
            raise Unresolved("backward passes are counted for function calls only")
        return IntValue(observation.autograd_runs)
    if root == "autograd_used":
        if observation.autograd_runs is None:
            raise Unresolved("autograd is watched in function calls only")
        return BoolValue(observation.autograd_runs + (observation.forward_duals or 0) > 0)
    if root == "raised":
        return NONE if observation.raised is None else observation.raised.as_value()
    if fn is not None:
        return observation.inputs[root]
    return observation.variables[root]


def _resolve_parent(observation: Observation, target: Target, exercise: Exercise) -> Value | None:
    if not target.steps:
        return None
    try:
        return resolve(root_value(observation, target, exercise), target.parent())
    except Unresolved:
        return None


def tolerance_for(check: Check, config: Config) -> Tolerances:
    """The course's tolerances, with the check's rtol and atol in their place where it sets them."""
    return Tolerances(config.tolerance, rtol=check.rtol, atol=check.atol)


def _check_index(exercise: Exercise, check: Check) -> int:
    return next(i for i, c in enumerate(exercise.checks) if c.name == check.name)


def expected_value(exercise: Exercise, check: Check, case: str, observation: Observation) -> Value:
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
    if not reveal and m.kind in ("shape", "length"):
        # A hidden case's shape and length come from its inputs: "expected shape (3,)" told a
        # student the hidden input's size (hidden_shape_probe.py). Say that it differs, not from what.
        if m.kind == "shape":
            shape = m.found.shape if isinstance(m.found, TensorValue) else ()
            return f"{where}the shape {shape} is not the expected one"
        return f"{where}the number of entries is not the expected one"
    if not reveal and m.kind == "value" and "total" in m.facts:
        # "4 of 4 values differ" told the hidden input's size just as well (tests/hostile/round5/hidden_hint_oracle.py).
        return f"{where}{'every value differs' if m.facts['mismatched'] == m.facts['total'] else 'some values differ'}"
    if reveal and m.kind == "value" and isinstance(m.expected, (IntValue, FloatValue, StrValue, DtypeValue)):
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


def _author_hints(
    check: Check, mismatch: Mismatch | None, found_root: Value | None, raised: str | None, found_parent: Value | None = None
) -> list[hints.Hint]:
    """The author's hints whose evidence is all there."""
    return [hints.Hint(a.text, a.mistakes, a.recognised) for a in check.hints if _evident(a.when, mismatch, found_root, found_parent, raised)]


def _evident(when: dict[str, Any], mismatch: Mismatch | None, found_root: Value | None, found_parent: Value | None, raised: str | None) -> bool:
    for key, wanted in when.items():
        if key == "raised":
            ok = raised == wanted
        elif mismatch is None:
            ok = False
        elif key == "ratio":
            k = common_ratio(mismatch.found, mismatch.expected)
            ok = k is not None and math.isclose(k, float(wanted), rel_tol=1e-3, abs_tol=1e-9)
        elif key == "found":
            ok = _equals_literal(mismatch.found, wanted)
        elif key == "mismatch":
            ok = mismatch.kind == wanted
        elif key == "leaf":
            parent = as_tensor(found_parent)
            ok = parent is not None and parent.is_leaf is wanted
        elif key == "backward_calls":
            root = as_tensor(found_root)
            ok = root is not None and root.backward_calls == wanted
        else:
            ok = False
        if not ok:
            return False
    return True


def _equals_literal(value: Value, literal: Any) -> bool:
    if literal is None:
        return isinstance(value, NoneValue)
    if isinstance(literal, bool):
        return isinstance(value, BoolValue) and value.value is literal
    if isinstance(literal, (int, float)):
        if isinstance(value, (IntValue, FloatValue)):
            return math.isclose(float(value.value), float(literal), rel_tol=1e-6, abs_tol=1e-9)
        if isinstance(value, TensorValue) and value.data:
            return all(math.isclose(float(v), float(literal), rel_tol=1e-6, abs_tol=1e-9) for v in value.data)
        return False
    if isinstance(literal, str):
        return isinstance(value, (StrValue, DtypeValue)) and value.value == literal
    return False


@dataclass
class _Verdict:
    """One check, case by case: the first failure ends it."""

    exercise: Exercise
    check: Check
    config: Config
    cell_failed: bool = False
    known: list[KnownMistake] = dataclasses.field(default_factory=list)
    outcomes: dict[str, TaskOutcome] = dataclasses.field(default_factory=dict)
    expected: Expected = dataclasses.field(default_factory=dict)
    """The reference's runs, case by case (for :meth:`known_mistake`)."""

    @property
    def reveal(self) -> bool:
        return self.check.visibility == "public"

    def passed(self) -> CheckResult:
        check = self.check
        return CheckResult(
            name=check.name,
            status="passed",
            points=check.points,
            max_points=check.points,
            message=f"{check.target.text} is correct",
            visibility=check.visibility,
            description=check.description,
        )

    def failed(self, case: str, message: str, found_hints: list[hints.Hint], exp: str | None = None, found: str | None = None) -> CheckResult:
        check = self.check
        return CheckResult(
            name=check.name,
            status="failed",
            points=0.0,
            max_points=check.points,
            message=message,
            hint=" ".join(h.text for h in found_hints) or None,
            hint_tags=sorted({tag for h in found_hints for tag in h.mistakes}),
            recognised=any(h.recognised for h in found_hints),
            partial=any(h.recognised for h in found_hints) and all(h.partial for h in found_hints if h.recognised),
            visibility=check.visibility,
            case=case,
            expected=exp if self.reveal else None,
            found=found if self.reveal else None,
            description=check.description,
        )

    def on_raise(self, case: str, outcome: TaskOutcome, exp_value: Value, words: str, exp_return: Value | None) -> CheckResult:
        err = outcome.error
        assert err is not None
        place = f" ({err.place()})" if err.place() else ""
        # A limit's words are the grader's own (the memory limit in MiB): nothing of the hidden case in them.
        message = err.message if self.reveal or err.limit else without_values(err.message)
        raised = f"{err.type}: {message}" if message else err.type
        computed = hints.for_uncaught(err.type, err.message, exp_return) or hints.for_exception(err.message, err.origin)
        found_hints = ([computed] if computed else []) + _author_hints(self.check, None, None, err.type)
        if self.shape_bound():
            found_hints.insert(0, hints.SHAPE_BOUND)
        return self.failed(case, f"{self.check.target.text}{words}: your code raised {raised}{place}", found_hints, exp=display(exp_value), found=raised)

    def on_mismatch(self, case: str, mismatch: Mismatch, obs: Observation, exp_obs: Observation, words: str) -> CheckResult:
        exercise, check = self.exercise, self.check
        fn = exercise.function
        # A call target's value is what the returned callable gave, not the return value itself.
        is_return = fn is not None and check.target.root in ("return", fn.returns) and check.target.call is None
        ctx = hints.Context(
            target=check.target,
            mismatch=mismatch,
            expected_parent=_resolve_parent(exp_obs, check.target, exercise),
            found_parent=_resolve_parent(obs, check.target, exercise),
            found_inputs=obs.names,
            expected_inputs=exp_obs.names,
            reveal=self.reveal,
            is_return=is_return,
            label=f"{check.name} {check.description or ''}",
            prompt=exercise.prompt,
            found_return=obs.returned,
            expected_return=exp_obs.returned,
            expected_value=expected_value(exercise, check, case, exp_obs),
            found_value=_resolved_or_none(obs, check.target, exercise),
            autograd_runs=obs.autograd_runs,
            expected_autograd_runs=exp_obs.autograd_runs,
            autograd_failed=obs.autograd_failed,
            autograd_errors=obs.autograd_errors,
            expected_autograd_failed=exp_obs.autograd_failed,
            accumulations=obs.accumulations,
            expected_accumulations=exp_obs.accumulations,
            cell_failed=self.cell_failed,
            autograd_checked=check.target.attribute == "grad" or _checks_autograd(exercise),
            at_least=check.at_least,
        )
        found_root = _root_or_none(obs, check.target, exercise)
        # Values that are a known mistake's are named in its author's words, instead of the rules' guesses.
        by_values = self.known_mistake(mismatch)
        if by_values is not None and not by_values.recognised and (rebuilt := [h for h in hints.diagnose(ctx) if h.recognised]):
            # Typed-in-like values that a rule rebuilds from the expected ones all the same (a sum for a mean of 1/n).
            by_values = dataclasses.replace(by_values, recognised=True, partial=all(h.partial for h in rebuilt))
        found_hints = [by_values] if by_values is not None else hints.diagnose(ctx)
        if by_values is None and not any(h.recognised for h in found_hints) and (slip := self.known_mistake(mismatch, slips=True)):
            # The values of the right steps with one slip in the formula: recognised work. The rules' words, where they
            # have some, say more than the slip's (a sum of row means for a mean is a sum for a mean).
            found_hints = [dataclasses.replace(h, recognised=slip.recognised, partial=slip.partial) for h in found_hints] or [slip]
        if by_values is None and not any(h.recognised for h in found_hints) and (left_out := self.known_mistake(mismatch, vague=True)):
            # An author's wrong solution's values on a check where the reference with one step left out gives them too
            # (a hook never removed, or removed too late): which mistake it is they cannot say, so they name none, but
            # only the work with that step missing gives them, hidden cases included (hook_clip_grad's second gradient).
            found_hints = [dataclasses.replace(h, recognised=left_out.recognised, partial=left_out.partial) for h in found_hints] or [left_out]
        # An author's words on how a count of passes came about (a formula for hv) are not the student's story when a
        # result is None: that step was left out (hints.autograd_runs says so).
        authors = [] if check.target.root == "autograd_runs" and hints.result_left_out(ctx) else _author_hints(check, mismatch, found_root, None, ctx.found_parent)
        for author in authors:
            if all(h.text != author.text for h in found_hints):
                found_hints.append(author)
        if check.target.attribute == "grad" and _written_by_hand(ctx.expected_parent, ctx.found_parent):
            # A .grad no backward pass wrote is no work, whatever mistake its numbers look like (t1.grad = t2, the sum's
            # gradient where the mean's is asked): named, not recognised (tests/hostile/round12/pack/).
            found_hints = [dataclasses.replace(h, recognised=False) for h in found_hints]
        return self.failed(
            case,
            f"{check.target.text}{words}: {_describe_mismatch(mismatch, self.reveal)}",
            found_hints,
            exp=display(mismatch.expected),
            found=display(mismatch.found),
        )

    def known_mistake(self, mismatch: Mismatch, *, slips: bool = False, vague: bool = False) -> hints.Hint | None:
        """The known mistakes whose values the student's equal on every case of the check, in the author's words (the
        authors' wrong solutions; with ``slips``, the reference's slips instead). With ``vague``, the authors' wrong
        solutions whose values on this check a step left out gives too: a hint with no words, that may be recognised."""
        exercise, check = self.exercise, self.check
        known = [k for k in self.known if k.slip == slips]
        if not known or not known_mod.informative(mismatch.found):
            return None
        found = {}
        ran_autograd = False
        for case in check.cases:
            outcome = self.outcomes.get(f"{exercise.id}/{case}")
            value = self.value(outcome.observation if outcome else None)
            if value is None:
                return None
            found[case] = value
            ran_autograd = ran_autograd or _autograd_as_the_reference(outcome.observation if outcome else None, self.expected.get(case))
        if ran_autograd:
            # A mistake whose run never used autograd (the answer written in) is not that of a student whose code ran
            # at least the reference's passes, whatever values they share: a descent run to convergence ends at the
            # minimum that mistake writes in. (Fewer passes than the reference's, and a mistake that computes part of
            # it by hand may well be theirs: a Hessian's diagonal from one gradient.)
            known = [k for k in known if not known_mod.never_ran_autograd(k)]
        matches = known_mod.matching(check.name, found, known, self.value, self.compare, vague=vague)
        if vague:
            named = hints.Hint("", ()) if matches else None  # values a step left out gives too name nothing
        else:
            named = known_mod.hint(matches)
        if named is None:
            return None
        # A wrong solution's values on every case, hidden ones included: the work, with that mistake in it. Not when
        # they are typed in: a wrong solution that types in the prompt's numbers (mean_square_grad's hard_coded.py) is
        # matched by any answer typed in, which did no work (tests/hostile/round12/pack/known_typed_in_mistake_copied.py).
        theirs = {case: expected_value(exercise, check, case, self.expected[case]) for case in check.cases if case in self.expected}
        if _typed_in_values(found, theirs) or all(check.name in m.bare for m in matches):
            # Values a submission doing nothing gives too (an input as given) are no work either, whoever else gives them.
            return named
        # On a hidden check, a mistake whose own run is wrong on the public examples of this value is no sign that the
        # hidden case was worked out by a submission right there (held_for_review): one method makes it on the
        # examples too. Authors' mistakes include cheap parts of the work (the summed loss's gradient repeated, the
        # gradient of a Jacobian's summed outputs), which took the examples' values typed in past the hold
        # (tests/hostile/round24/).
        return dataclasses.replace(named, recognised=True, partial=_shown_elsewhere(exercise, check, matches, self.expected, self.config))

    def shape_bound(self) -> bool:
        """Whether the check holds wherever the call returned, PyTorch raised a size error on each of its other cases,
        and a hidden check holds on a case only hidden checks run: work right for the sizes written into it
        (torch.ones(4, 4) for ones_like). Values typed in for the example are wrong on a hidden case of its shape, which
        an exercise that wants this recognised has; without one, nothing is recognised."""
        exercise, check = self.exercise, self.check
        raised = returned = 0
        for case in check.cases:
            outcome = self.outcomes.get(f"{exercise.id}/{case}")
            error = outcome.error if outcome else None
            if error is not None:
                if not hints.shape_error(error.message, error.origin):
                    return False
                raised += 1
            elif not self.holds(check, case):
                return False
            else:
                returned += 1
        public = {case for c in exercise.checks if c.visibility == "public" for case in c.cases}
        hidden = [(c, case) for c in exercise.checks if c.visibility != "public" and c.points > 0 for case in c.cases if case not in public]
        return raised > 0 and returned > 0 and any(self.holds(c, case, telling=True) for c, case in hidden)

    def holds(self, check: Check, case: str, *, telling: bool = False) -> bool:
        """Whether ``check``'s target is right on ``case``, whose call returned (its values only: no hints). With
        ``telling``, only where the reference's value has a number other than zero in it: a flag or a count right on a
        hidden case is no evidence of the work (:func:`value_checks`)."""
        outcome = self.outcomes.get(f"{self.exercise.id}/{case}")
        obs = outcome.observation if outcome else None
        if obs is None or obs.raised is not None or case not in self.expected:
            return False
        if (found := _resolved_or_none(obs, check.target, self.exercise)) is None:
            return False
        expected = expected_value(self.exercise, check, case, self.expected[case])
        if telling and not _tells_values(expected):
            return False
        return dataclasses.replace(self, check=check).compare(expected, found) is None

    def value(self, observation: Observation | None) -> Value | None:
        """The check's target in a run (None: no run, or the target is not there)."""
        return None if observation is None else _resolved_or_none(observation, self.check.target, self.exercise)

    def compare(self, exp_value: Value, found_value: Value) -> Mismatch | None:
        check = self.check
        return compare(
            exp_value,
            found_value,
            tolerances=tolerance_for(check, self.config),
            exact_dtype=check.exact_dtype,
            exact_shape=check.exact_shape,
            match=check.match,
            accept=check.accept,
            at_least=check.at_least,
        )

    def case(self, case: str, exp_obs: Observation, outcome: TaskOutcome) -> CheckResult | None:
        """The check on one case that ran: a failure, or None when it passes there."""
        exercise, check = self.exercise, self.check
        exp_value = expected_value(exercise, check, case, exp_obs)
        obs = outcome.observation
        assert obs is not None
        words = _case_words(exercise, check, case)
        # A raise fails the check, unless the reference raised too and the target is
        # something still observable after it (an input's .grad, say).
        reference_raised = exp_obs.status in ("raised", "not_implemented")
        on_return = exercise.function is not None and check.target.root in ("return", exercise.function.returns)
        if obs.status == "raised" and check.target.root != "raised" and (on_return or not reference_raised):
            return self.on_raise(case, outcome, exp_value, words, exp_obs.returned)
        try:
            found_value = resolve(root_value(obs, check.target, exercise), check.target)
        except Unresolved as exc:
            # What a callable raised on a hidden probe may quote the probe's values and shapes.
            reason = str(exc) if self.reveal or check.target.call is None else without_values(str(exc))
            return self.failed(case, f"{check.target.text}{words}: {reason}", _call_hints(check, exc), exp=display(exp_value))
        mismatch = self.compare(exp_value, found_value)
        if mismatch is None and check.target.attribute == "grad" and _written_by_hand(
            _resolve_parent(exp_obs, check.target, exercise), _resolve_parent(obs, check.target, exercise)
        ):
            parent = check.target.parent().text
            return self.failed(
                case,
                f"{check.target.text}{words} holds the right values, but no backward pass reached {parent}: "
                f"a gradient written in, not computed by autograd",
                [hints.Hint(f"{parent}.grad was set by your code (an assignment, or a tensor of your own), not filled in "
                            "by a backward pass through it: let autograd compute it, for instance with backward() on a "
                            f"result computed from {parent}.", ("no_backward",))],
            )
        if mismatch is None and obs.gpu is not None:
            return self.on_gpu(case, found_value, obs, obs.gpu, words)
        return None if mismatch is None else self.on_mismatch(case, mismatch, obs, exp_obs, words)

    def on_gpu(self, case: str, cpu_value: Value, cpu: Observation, gpu: Observation, words: str) -> CheckResult | None:
        """``device: auto``: the GPU run's value of the target against the CPU run's (which matched the reference), at the check's tolerance."""
        exercise, check = self.exercise, self.check
        if check.target.root in ("autograd_runs", "autograd_used"):
            return None  # counted for the CPU run, the one compared with the reference
        if gpu.raised is not None and cpu.raised is None and check.target.root != "raised":
            err = gpu.raised
            message = err.message if self.reveal else without_values(err.message)
            return self.failed(case, f"{check.target.text}{words}: the GPU run differed: your code raised {err.type}: {message} on the GPU, not on the CPU", [])
        try:
            gpu_value = resolve(root_value(gpu, check.target, exercise), check.target)
        except (Unresolved, KeyError) as exc:
            return self.failed(case, f"{check.target.text}{words}: the GPU run differed: {exc}", [])
        mismatch = self.compare(cpu_value, gpu_value)
        if mismatch is None:
            return None
        return self.failed(
            case,
            f"{check.target.text}{words}: the GPU run differed from the CPU run: {_describe_mismatch(mismatch, self.reveal)}",
            [],
            exp=display(cpu_value),
            found=display(gpu_value),
        )


def shows_on_examples(exercise: Exercise, check: Check, mistake: KnownMistake, expected: Expected, config: Config) -> bool:
    """Whether a known mistake's own run is wrong on a public case of a public check that reads the value ``check``
    reads (the same value, an entry of it, or the whole it is an entry of).

    A method with that mistake in it makes it on the examples too, so a submission right on every example and with the
    mistake's values on a hidden case did not get both by one method (:func:`held_for_review`); a mistake that shows only
    on other inputs (too many picks for a draw without replacement) may be one method's. None of the public checks read
    the value: nothing to tell by (False)."""
    path = _path(exercise, check.target)
    for public in exercise.checks:
        if public.visibility == "hidden" or public.points <= 0:
            continue
        other = _path(exercise, public.target)
        if not (_entry_of(other, path) or _entry_of(path, other)):
            continue
        verdict = _Verdict(exercise, public, config)
        for case in public.cases:
            run, reference = mistake.observations.get(case), expected.get(case)
            if run is None or reference is None or (right := _resolved_or_none(reference, public.target, exercise)) is None:
                continue
            theirs = _resolved_or_none(run, public.target, exercise)
            if theirs is None or verdict.compare(right, theirs) is not None:
                return True
    return False


def _shown_elsewhere(exercise: Exercise, check: Check, mistakes: list[KnownMistake], expected: Expected, config: Config) -> bool:
    """Whether ``check`` is hidden and each of the known mistakes whose values a student's match there shows on the
    public examples (:func:`shows_on_examples`): recognised then, but no sign that the hidden case was worked out."""
    return check.visibility == "hidden" and all(shows_on_examples(exercise, check, m, expected, config) for m in mistakes)


def _autograd_as_the_reference(found: Observation | None, reference: Observation | None) -> bool:
    """Whether a run counted at least the reference's autograd passes on a case, the reference having some."""
    if found is None or reference is None or found.autograd_runs is None or not reference.autograd_runs:
        return False
    return found.autograd_runs >= reference.autograd_runs


def _typed_in_values(found: Mapping[str, Value], expected: Mapping[str, Value]) -> bool:
    """Whether ``found`` (case -> value) holds the same numbers on every case, where the reference's (``expected``)
    differ: values that do not follow the case's inputs (a constant, the prompt's numbers in the case's shape), as
    typed in."""

    def numbers(value: Value) -> frozenset[float] | None:
        data = hints.numbers_in(value)
        if data is None or not all(isinstance(x, (int, float)) for x in data):
            return None
        return frozenset(round(float(x), 6) for x in data)

    ours = {numbers(v) for v in found.values()}
    theirs = {numbers(v) for v in expected.values()}
    return len(found) >= 2 and len(ours) == 1 and None not in ours and len(theirs) >= 2


def _written_by_hand(reference: Value | None, found: Value | None) -> bool:
    """Whether a tensor's .grad is one autograd never wrote, where the reference's came from a backward pass.

    Counted passes say it: the grader's hook on an input it built, or its watch on the leaves a notebook made
    (backward passes into it, ``torch.autograd.grad`` calls asking for it). A tensor whose passes nobody counted
    (a non-leaf, a notebook checked in the student's own kernel) says nothing.
    """
    if not isinstance(reference, TensorValue) or not isinstance(found, TensorValue):
        return False
    if reference.grad is None or found.grad is None or not (reference.backward_calls or reference.grad_requests):
        return False  # no gradient on either side: nothing was written in
    return found.backward_calls == 0 and not found.grad_requests


def _call_hints(check: Check, exc: Unresolved) -> list[hints.Hint]:
    """What names the mistake when a callable raised on a probe: the error's own hint, and author hints on ``raised``."""
    if not isinstance(exc, probes.CallRaised):
        return []
    computed = hints.for_exception(exc.error.message, exc.error.origin)
    return ([computed] if computed else []) + _author_hints(check, None, None, exc.error.type)


def _resolved_or_none(observation: Observation, target: Target, exercise: Exercise) -> Value | None:
    try:
        return resolve(root_value(observation, target, exercise), target)
    except (Unresolved, KeyError):
        return None


_VALUES = re.compile(
    r"tensor\((?:[^()]|\([^()]*\))*\)"  # a tensor's repr
    r"|\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]"  # a (nested) list or a shape
    r"|\(\s*-?\d[\d\s,.e+-]*\)"  # a tuple of numbers (a shape)
    r"|(?<![A-Za-z_])\d+(?:x\d+)+"  # a shape written 4x3
    r"|(?<![A-Za-z_])-?\d+(?:\.\d*)?(?:e[+-]?\d+)?"  # a number (not the digit of a name such as mat1)
)


def without_values(message: str) -> str:
    """An error message from a hidden case, with the values and shapes it quotes taken out.

    "The size of tensor a (7) must match the size of tensor b (3) at
    non-singleton dimension 0" would tell a student the hidden input's shape.
    """
    return _VALUES.sub("…", message)


def _checks_autograd(exercise: Exercise) -> bool:
    """Whether a check of the exercise asks that autograd ran (its calls, or the passes that reached a tensor)."""
    return any(
        c.target.root in ("autograd_used", "autograd_runs") or c.target.attribute in ("backward_calls", "grad_requests")
        for c in exercise.checks
    )


def _root_or_none(observation: Observation, target: Target, exercise: Exercise) -> Value | None:
    try:
        root = root_value(observation, target, exercise)
        # A module target's tensor is its parameter: what `backward_calls` evidence counts on.
        return resolve(root, parameter_of(target)) if target.module_steps else root
    except (Unresolved, KeyError):
        return None


def vague_checks(exercise: Exercise, config: Config, mistake: Expected, skipped: list[Expected]) -> frozenset[str]:
    """The checks on which a known mistake's values are, on every case, those of a run with a step left out (``skipped``)."""
    out = set()
    for check in exercise.checks:
        verdict = _Verdict(exercise, check, config)
        theirs = {case: verdict.value(mistake.get(case)) for case in check.cases}
        left_out = ({case: verdict.value(run.get(case)) for case in check.cases} for run in skipped)
        if any(known_mod.same_on_every_case(values, theirs, verdict.compare) for values in left_out):
            out.add(check.name)
    return frozenset(out)


def flat_checks(exercise: Exercise, config: Config, mistake: Expected, expected: Expected) -> frozenset[str]:
    """The checks on which a mistake's values tell little: one number in all (a gradient of 0.5 everywhere on the one
    case of ones), or one number each case where the reference's hold several (a gradient of 6 / n everywhere, from
    ``(x + 2) * 2`` for ``(x + 2) ** 2``): values that do not follow the inputs', which a cheap function of the
    inputs' shape gives as well."""

    def distinct(value: Value | None) -> set[float]:
        data = hints.numbers_in(value) if value is not None else None
        return {round(float(x), 6) for x in data if isinstance(x, (int, float))} if data else set()

    out = set()
    for check in exercise.checks:
        verdict = _Verdict(exercise, check, config)
        ours = [distinct(verdict.value(mistake.get(case))) for case in check.cases]
        if len(set().union(*ours)) <= 1:
            out.add(check.name)
        elif all(len(n) <= 1 for n in ours) and any(len(distinct(verdict.value(expected.get(case)))) > 1 for case in check.cases):
            out.add(check.name)
    return frozenset(out)


def copied_checks(exercise: Exercise, config: Config, mistake: Expected, expected: Expected) -> frozenset[str]:
    """The checks on which a mistake's values are, on every case, one multiple of an input of the case (or of a
    variable the reference's notebook leaves), where the reference's are not a multiple of it: a slip that makes the
    formula collapse (per-sample gradients of ``(w @ x - y) ** 1`` are the samples ``xs`` themselves; ``w = p * 2`` for
    ``p ** 2`` in ``((p - w) ** 2).sum()`` gives ``sum(p ** 2)``) gives values that ``xs.clone()`` gives as well,
    with none of the exercise's work (tests/hostile/round14/pack). Not on a .grad: see below."""

    def numbers(value: Value | None) -> list[float] | None:
        data = hints.numbers_in(value) if value is not None else None
        return [float(x) for x in data] if data and all(isinstance(x, (int, float)) for x in data) else None

    def multiple(values: Mapping[str, Value | None], name: str, cases: tuple[str, ...]) -> bool:
        """Whether ``values`` (case -> value) are one k (not 0) times input ``name`` on every case, told by 2+ entries."""
        pairs: list[tuple[float, float]] = []
        for case in cases:
            run = expected.get(case)
            ours, theirs = numbers(values.get(case)), numbers(run.names.get(name)) if run is not None else None
            if ours is None or theirs is None or len(ours) != len(theirs):
                return False
            pairs.extend(zip(ours, theirs))
        told = [(a, b) for a, b in pairs if b != 0]
        if len(told) < 2 or not all(math.isfinite(a) and math.isfinite(b) for a, b in pairs):
            return False
        k = told[0][0] / told[0][1]
        if k == 0:
            return False
        scale = max(abs(a) for a, _b in pairs) or 1.0
        return all(abs(a - k * b) <= 1e-5 * scale + 1e-6 for a, b in pairs)

    out = set()
    for check in exercise.checks:
        if check.target.attribute == "grad":
            # A .grad takes a backward pass (a hand-written one is not recognised, see _written_by_hand), and the honest
            # slip's pass writes the same multiple as a cheap one: ((p - p * 2) ** 2).sum() and (p * p).sum() alike.
            continue
        verdict = _Verdict(exercise, check, config)
        names = set.intersection(*(set(run.names) for case in check.cases if (run := expected.get(case)) is not None) or [set()])
        ours = {case: verdict.value(mistake.get(case)) for case in check.cases}
        theirs = {case: verdict.value(expected.get(case)) for case in check.cases}
        if any(multiple(ours, name, check.cases) and not multiple(theirs, name, check.cases) for name in sorted(names)):
            out.add(check.name)
    return frozenset(out)


def evaluate(
    exercise: Exercise,
    check: Check,
    expected: Expected,
    outcomes: dict[str, TaskOutcome],
    problems: dict[str, TaskProblem],
    config: Config,
    *,
    cell_failed: bool = False,
    known: list[KnownMistake] | None = None,
) -> CheckResult:
    """Evaluate ``check`` on each of its cases; the first case that fails decides.

    ``known``: the exercise's known mistakes (:mod:`grader.known`), which a
    failure's values may match.
    """
    verdict = _Verdict(exercise, check, config, cell_failed, known or [], outcomes, expected)
    for case in check.cases:
        if case in problems:
            # Checked first that the reference produces the target (an author's mistake is an error of its own).
            expected_value(exercise, check, case, expected[case])
            # The author's hint is about a wrong answer; here there is no answer to judge.
            return verdict.failed(case, problems[case].message, list(problems[case].hints))
        failure = verdict.case(case, expected[case], outcomes[f"{exercise.id}/{case}"])
        if failure is not None:
            after = _recognised_after(verdict, failure, problems)
            if after is None:
                return dataclasses.replace(failure, recognised=False, partial=False)
            return dataclasses.replace(failure, partial=after)
    return verdict.passed()


def _recognised_after(verdict: _Verdict, failure: CheckResult, problems: dict[str, TaskProblem]) -> bool | None:
    """A failure recognised as work on its case stays so only where every later case of the check passes or fails as
    recognised work too: the rules that recognise judge one case, and junk on the cases after a recognised one (a
    hidden one) is no work (tests/hostile/round20/). None where it does not stay so; else whether part of a case's
    work is all that was recognised, on its case or a later one (:attr:`CheckResult.partial`)."""
    if not failure.recognised:
        return None
    check = verdict.check
    partial = failure.partial
    for case in check.cases[check.cases.index(failure.case) + 1 :]:
        if case in problems:
            return None
        later = verdict.case(case, verdict.expected[case], verdict.outcomes[f"{verdict.exercise.id}/{case}"])
        if later is not None and not later.recognised:
            return None
        partial = partial or (later is not None and later.partial)
    return partial


def explained_by_known(
    exercise: Exercise,
    checks: tuple[Check, ...],
    results: list[CheckResult],
    outcomes: dict[str, TaskOutcome],
    known: list[KnownMistake],
    expected: Expected,
    valued: frozenset[str],
    config: Config,
) -> list[CheckResult]:
    """Mark recognised the failed checks that an author's known mistake, already recognised on another check, explains.

    A known mistake a check of values recognised (its values on every case,
    hidden ones included) is the student's mistake; a count, a flag, or a
    value too plain to name a mistake alone (one loss that overflowed to inf)
    that is also that mistake's on every case of its check is what the same
    mistake makes, not a second one: one step too few also gives one backward
    pass too few. Slips are left out: the grader made them, no author said
    they are a mistake students make.
    """
    authors = [k for k in known if not k.slip]
    if not authors or not any(r.status == "failed" and not r.recognised for r in results):
        return results
    by_name = {c.name: c for c in checks}
    verdicts = {c.name: _Verdict(exercise, c, config) for c in checks}

    def found(check: Check) -> dict[str, Value | None]:
        outcomes_of = (outcomes.get(f"{exercise.id}/{case}") for case in check.cases)
        return {case: verdicts[check.name].value(o.observation if o else None) for case, o in zip(check.cases, outcomes_of)}

    def theirs(check: Check, values: dict[str, Value | None], mistake: KnownMistake) -> bool:
        verdict = verdicts[check.name]
        ours = {case: verdict.value(mistake.observations.get(case)) for case in check.cases}
        return known_mod.same_on_every_case(ours, values, verdict.compare)

    recognised = {r.name: found(by_name[r.name]) for r in results if r.status == "failed" and r.recognised and r.name in by_name}
    established = [m for m in authors if any(theirs(by_name[name], values, m) for name, values in recognised.items())]
    if not established:
        return results

    def asks_for_an_error(check: Check) -> bool:
        # The error the prompt asks to see is the exercise's point: a mistake that never raises it is not explained
        # away (retain_graph_backward's values count only with the freed graph's error, its author says).
        runs = [expected[case] for case in check.cases if case in expected]
        return any(isinstance(_resolved_or_none(run, check.target, exercise), ExceptionValue) for run in runs)

    def plain(check: Check, values: dict[str, Value | None]) -> bool:
        # A check of a value whose values tell a mistake was matched against the known mistakes already, with the
        # guards that keep a typed-in answer or a .grad written by hand from passing for one
        # (tests/hostile/round12/pack/gradient_written_in_as_a_sum_for_a_mean.py): only values too few to tell are
        # left (one bias, a loss that overflowed). A .grad among them counts only where a backward pass wrote it on
        # every case: one bias's gradient on a hidden case, doubled by the second backward() that doubled the rest.
        if check.name not in valued:
            return True
        present = {case: v for case, v in values.items() if v is not None}
        if len(present) != len(values) or known_mod.telling(present):
            return False
        return check.target.attribute != "grad" or not any(by_hand(check, case) for case in check.cases)

    def by_hand(check: Check, case: str) -> bool:
        outcome, reference = outcomes.get(f"{exercise.id}/{case}"), expected.get(case)
        if outcome is None or outcome.observation is None or reference is None:
            return True
        ours = _resolve_parent(outcome.observation, check.target, exercise)
        theirs = _resolve_parent(reference, check.target, exercise)
        return not isinstance(ours, TensorValue) or _written_by_hand(theirs, ours)

    out = []
    for result in results:
        check = by_name.get(result.name)
        if result.status == "failed" and not result.recognised and check is not None and not asks_for_an_error(check):
            values = found(check)
            if plain(check, values) and (explaining := [m for m in established if theirs(check, values, m)]):
                # As a known mistake's values are on a check of their own (_Verdict.known_mistake): one that shows on
                # the public examples is no sign that a hidden case was worked out by a submission right there.
                result = dataclasses.replace(result, recognised=True, partial=_shown_elsewhere(exercise, check, explaining, expected, config))
        out.append(result)
    return out


def recognised_work(results: list[CheckResult], valued: frozenset[str]) -> frozenset[str]:
    """The failed checks of values that stand for work done, one step of it wrong: all of them, or none.

    When every check of values that failed failed with a mistake the hints
    rebuilt its value from (:attr:`CheckResult.recognised`: a sum for a
    mean, a flipped sign, a known wrong solution's values, on the hidden
    cases too), the answer is the work with that mistake in it, and what the
    work guards (an input left alone, one backward pass) counts beside it, as
    it would beside a right value: a sum for a mean no longer scores as
    nothing. One value that is neither right nor recognised (junk, a value
    fitted to a public example and wrong on hidden cases) and none count:
    what a do-nothing answer also has stays withdrawn. Taken from the checks
    as evaluated, before :func:`gate` and :func:`beside_work`.
    """
    failed = [r for r in results if r.name in valued and r.max_points > 0 and r.status != "passed"]
    if not all(r.status == "failed" and r.recognised for r in failed):
        return frozenset()
    # A check of another kind is recognised only where its own value shows the work (the library's error message,
    # kept as text where the error itself was asked for).
    others = [r for r in results if r.name not in valued and r.status == "failed" and r.recognised]
    return frozenset(r.name for r in failed + others)


def credit_recognised(checks: tuple[Check, ...], results: list[CheckResult], recognised: frozenset[str], share: float) -> list[CheckResult]:
    """Give the failed checks of recognised work (:func:`recognised_work`) ``share`` of their points, where what they
    require passed or is recognised too (:func:`gate`: a value counts only beside the error the prompt asks for).

    The work was done with one mistake in it, which its values show on every case, hidden ones included: a step one
    short, a sum for a mean, gradients never reset. A fair instructor gives part of the points for that, as a rubric's
    "right method, one mistake" does; nothing at all would grade it as an empty answer.
    """
    if share <= 0 or not recognised:
        return results
    by_name = {r.name: r for r in results}
    out = []
    for check, result in zip(checks, results):
        if result.name in recognised and result.status == "failed" and result.max_points > 0 and not _unmet(check, by_name, recognised):
            result = dataclasses.replace(
                result,
                points=round(share * result.max_points, 6),
                message=f"{result.message} (the work, with the one mistake its values show: {share:.0%} of its points)",
            )
        out.append(result)
    return out


def gate(checks: tuple[Check, ...], results: list[CheckResult], recognised: frozenset[str] = frozenset()) -> list[CheckResult]:
    """Withdraw the points of checks whose ``requires`` did not all pass (or fail as ``recognised`` work).

    A leaf left alone, an input unchanged, a .grad still None: a submission
    that does nothing has these too, so they count only beside the work they guard.
    """
    out = list(results)
    # Until nothing changes: a check withdrawn here withdraws those that require it, in whatever order they come
    # (a Function's gradcheck requires its node check, which requires the forward's: an identity Function passed both).
    changed = True
    while changed:
        changed = False
        by_name = {r.name: r for r in out}
        for i, (check, result) in enumerate(zip(checks, out)):
            missing = _unmet(check, by_name, recognised)
            if result.status == "passed" and missing:
                out[i] = dataclasses.replace(
                    result,
                    status="failed",
                    points=0.0,
                    message=f"{check.target.text} is as expected, but it counts only once {', '.join(missing)} "
                    f"{'passes' if len(missing) == 1 else 'pass'} (a submission that does nothing has it too)",
                )
                changed = True
    return out


def _unmet(check: Check, by_name: Mapping[str, CheckResult], recognised: frozenset[str]) -> list[str]:
    """The checks ``check`` requires that neither passed nor failed as recognised work (one of another mode, absent,
    is no requirement)."""
    return [n for n in check.requires if n in by_name and by_name[n].status != "passed" and n not in recognised]


def free_checks(exercise: Exercise, config: Config, expected: Expected, nulls: list[Expected]) -> frozenset[str]:
    """The checks that some run of a submission doing nothing (``nulls``, :mod:`grader.nulls`) passes.

    Which ones they are depends on the exercise, not on its author's ``requires``: a backward pass through every input
    gives the right count of passes, a .grad of ones where the answer is ones, inputs left alone.
    """
    out: set[str] = set()
    for run in nulls:
        outcomes = {f"{exercise.id}/{case}": TaskOutcome(f"{exercise.id}/{case}", "done", obs, None) for case, obs in run.items()}
        for check in exercise.checks:
            if check.name in out or any(f"{exercise.id}/{case}" not in outcomes for case in check.cases):
                continue
            try:
                passed = evaluate(exercise, check, expected, outcomes, {}, config).status == "passed"
            except ExerciseError:
                continue  # the reference lacks the target: the check is broken, which grading says itself
            if passed:
                out.add(check.name)
    return frozenset(out)


def beside_work(
    checks: tuple[Check, ...], results: list[CheckResult], free: frozenset[str], valued: frozenset[str], recognised: frozenset[str] = frozenset()
) -> list[CheckResult]:
    """Withdraw the points of free checks (:func:`free_checks`) when no other check that carries points passes (or
    fails as ``recognised`` work, :func:`recognised_work`).

    A do-nothing answer passes them too, so alone they show nothing: with no check of the work itself passed, the
    submission is one of those (tests/fairness: a backward pass on the sum of the inputs, returning None, earned
    points on 15 exercises). Beside work of value they count as ever. An exercise whose every check is free has
    nothing else to go by, and is left as it is (``grader validate`` shows it to its author).

    ``valued`` (:func:`value_checks`): where the exercise has checks of values, only those are work. A fact is as cheap as a do-nothing answer: ``y = b + 0 * (w + x)`` has the grad_fn of ``w * x + b``
    (AddBackward0), and that one check passed gave linear_partials' do-nothing .grad of ones back its 5 free points
    (tests/hostile/round7/pack/sum_for_a_linear_function.py: 6 of 16, 1 fair).
    """
    work = [r for r in results if r.name not in free and r.max_points > 0]
    if any(r.name in valued for r in work):
        work = [r for r in work if r.name in valued]
    if not work or any(r.status == "passed" or r.name in recognised for r in work):
        return results
    out = []
    for check, result in zip(checks, results):
        if result.status == "passed" and result.points > 0 and check.name in free:
            result = dataclasses.replace(
                result,
                status="failed",
                points=0.0,
                message=f"{check.target.text} is as expected, but a submission that does nothing has that too: it counts "
                "once a result of your own work is right",
            )
        out.append(result)
    return out


def typed_in(
    exercise: Exercise,
    checks: tuple[Check, ...],
    results: list[CheckResult],
    outcomes: dict[str, TaskOutcome],
    expected: Expected,
    valued: frozenset[str],
) -> list[CheckResult]:
    """Withdraw every point of an exercise whose answers were written in for its examples.

    The signs, together: its public checks pass, every hidden check fails,
    and no call of the student's function shows any of the work the
    reference's calls show (a backward pass or forward-mode dual, a returned
    tensor that autograd tracks). A student whose method is right passes
    hidden cases too; one whose method is wrong somewhere still does that
    work. What is left matches the examples' numbers and nothing else: a
    do-nothing answer in disguise.

    Work counts where the reference's does (:func:`work_shown`): when the
    reference's backward passes reach the call's inputs, or it returns a
    tensor autograd computed, a backward on a tensor of the student's own,
    unrelated to the inputs, shows nothing, and neither does a requires-grad
    leaf wrapped around typed-in numbers
    (tests/hostile/round4/typed_in_disguised.py).
    """
    if exercise.function is None:
        return results
    hidden = [r for r in results if r.visibility == "hidden" and r.max_points > 0 and r.name in valued]
    public_points = [r for r in results if r.visibility != "hidden" and r.points > 0]
    if not hidden or not public_points or any(r.status != "failed" for r in hidden):
        return results
    cases = {case for check in checks for case in check.cases}
    found_work, reference_work = set(), set()
    for case in cases:
        outcome, reference = outcomes.get(f"{exercise.id}/{case}"), expected.get(case)
        found = outcome.observation if outcome is not None else None
        if found is None or reference is None or found.autograd_runs is None or reference.autograd_runs is None:
            return results
        found_work |= work_shown(found)
        reference_work |= work_shown(reference)
    # Work tied to the call (a backward reaching its inputs, a returned tensor autograd computed): where the
    # reference's shows it, a found call's must too; a backward on a tensor of its own shows nothing then.
    tied = {"inputs", "computed"}
    if (found_work & tied if reference_work & tied else found_work) or not reference_work:
        return results
    message = (
        "counts for nothing: your results match the examples' numbers, but every hidden case, on other inputs, is wrong, "
        "and your function does none of the work (no backward pass, no tensor autograd tracks); answers written in "
        "for the examples earn no points"
    )
    return [
        dataclasses.replace(r, status="failed", points=0.0, message=f"{r.message or 'as expected'}; {message}") if r.points > 0 else r
        for r in results
    ]


REVIEW = (
    "right on every public case and wrong on every hidden one: answers written in for the examples, or a method that "
    "works on them only"
)


def held_for_review(
    exercise: Exercise,
    results: list[CheckResult],
    valued: frozenset[str],
    raised: frozenset[str] = frozenset(),
    related: list[tuple[list[CheckResult], list[CheckResult]]] | None = None,
    elsewhere: dict[str, CheckResult] | None = None,
) -> tuple[list[CheckResult], str | None]:
    """Hold the points of an exercise that passes every public check and fails every hidden one, for a person to read.

    Honest answers almost never do that (a method wrong off the examples
    fails some public case too, since public cases include random ones).
    Answers written in for the examples do, even behind work that looks
    real, which :func:`typed_in` cannot tell from an honest method
    (tests/hostile/round4/typed_in_through_inputs.py: a backward pass
    through the inputs scaled by zero, then the examples' gradient typed
    in). When in doubt, no points without a look: the instructor confirms
    or restores them with an override.

    Hidden checks of a flag or a count do not count against it (only those
    in ``valued``, :func:`value_checks`): done honestly beside typed-in
    values, one passing flag turned both rules off
    (tests/hostile/round5/pack/typed_in_through_a_product.py).

    ``raised``: the cases on which the call raised or stopped. A target's hidden checks failed there say nothing of its
    values: the example wrong solution of init_sampling draws without replacement, raises on the hidden case with more
    picks than weights, and its honest mask was held.

    ``elsewhere`` (:func:`on_cases_that_returned`): a hidden check that failed on a case where the call raised, run
    again on its other cases; its group is judged by that (nothing left there: the group is left out).

    ``related`` (:func:`related_groups`): more groups, of public checks and hidden ones that read the same value
    under other target texts (an entry of the result and the whole result, one callable on two probes).
    """
    if exercise.function is None:
        return results, None
    hidden = [r for r in results if r.visibility == "hidden" and r.max_points > 0 and r.name in valued]
    public = [r for r in results if r.visibility != "hidden" and r.max_points > 0]
    groups = _by_target(exercise, public, hidden) + list(related or [])
    # The whole exercise first, as ever; a target alone by its hidden failures that compared values, unless the
    # call raised on every hidden case: that is an answer fitted to the examples, whatever it raises
    # (tests/hostile/round11/pack/typed_in_raising_on_other_inputs.py), and whether or not it raised on a public
    # case too (a public case given up broke only the whole-exercise group: manual_sgd_step 6 of 13,
    # tests/hostile/round15/pack/typed_in_raising_on_a_public_case_too.py). A failure where the call raised is
    # left out of its group, not the whole group: raising on one hidden case and returning a wrong value on the
    # other kept 5 of 9 (tests/hostile/round13/pack/typed_in_raising_on_one_hidden_case.py).
    if not _raised_on_every_hidden_case(exercise, raised):
        again = elsewhere or {}
        originals = {r.name: r for r in results}

        def compared(on_hidden: list[CheckResult]) -> list[CheckResult]:
            """The group's hidden failures that compared values: a failure where the call raised gives way to its check
            run again where the call returned (a related group's other target text has no such run: it is left out)."""
            kept = []
            for r in on_hidden:
                if r.case not in raised:
                    kept.append(r)
                elif originals.get(r.name) is r and r.name in again:
                    kept.append(again[r.name])
            return kept

        groups = groups[:1] + [(on_public, rest) for on_public, on_hidden in groups[1:] if (rest := compared(on_hidden))]
    if not hidden or not public or not any(_right_on_examples_only(group) for group in groups):
        return results, None
    if not any(r.points > 0 for r in results):
        return results, None
    note = f"held for review: {REVIEW}; your instructor will read your code"
    held = [
        dataclasses.replace(r, status="failed", points=0.0, message=f"{r.message or 'as expected'}; {note}") if r.points > 0 else r
        for r in results
    ]
    return held, REVIEW


def on_cases_that_returned(
    checks: tuple[Check, ...],
    results: list[CheckResult],
    valued: frozenset[str],
    raised: frozenset[str],
    evaluate: Callable[[Check], CheckResult],
) -> dict[str, CheckResult]:
    """For :func:`held_for_review`: each hidden check of values that failed on a case where the call raised, run again
    on its cases where the call returned (none: not run). A check reports the first case it failed on, so a raise on
    one hidden case hid a wrong value on the other (tests/hostile/round13/pack/typed_in_raising_on_one_hidden_case.py)."""
    by_name = {r.name: r for r in results}
    out = {}
    for check in checks:
        r = by_name.get(check.name)
        if r is None or check.visibility != "hidden" or check.name not in valued or r.status != "failed" or r.case not in raised:
            continue
        rest = tuple(case for case in check.cases if case not in raised)
        if rest:
            out[check.name] = evaluate(dataclasses.replace(check, cases=rest))
    return out


def _raised_on_every_hidden_case(exercise: Exercise, raised: frozenset[str]) -> bool:
    """Whether the call raised (or stopped) on every case only hidden checks run on, there being one.

    A raise on a public case too changes nothing: the public checks it costs are given up, and the rest still
    pass on the examples only. (Before round 15 the rule asked for no raise on a public case, and giving one up
    turned it off.)"""
    public = {case for c in exercise.checks if c.visibility != "hidden" for case in c.cases}
    hidden = {case for c in exercise.checks if c.visibility == "hidden" for case in c.cases} - public
    return bool(hidden) and hidden <= raised


def _by_target(exercise: Exercise, public: list[CheckResult], hidden: list[CheckResult]) -> list[tuple[list[CheckResult], list[CheckResult]]]:
    """The exercise's public and hidden checks as one group, and one group per target with a hidden value check.

    The whole exercise right on every public check and wrong on every hidden
    one is the pattern; so is one target that is: a submission that computes
    the loss honestly and types in only its gradient passed the hidden check
    on the loss, which turned the rule off for the whole exercise while the
    typed-in gradient kept its public points
    (tests/hostile/round6/typed_in_gradient_beside_real_loss.py).
    """
    target = {c.name: c.target.text for c in exercise.checks}
    groups = [(public, hidden)]
    for text in dict.fromkeys(target.get(r.name) for r in hidden):
        on_public = [r for r in public if target.get(r.name) == text]
        if text is not None and on_public:
            groups.append((on_public, [r for r in hidden if target.get(r.name) == text]))
    return groups


def _path(exercise: Exercise, target: Target) -> tuple[str | int, ...]:
    """Where a target reads, for telling which targets read the same value: the root (the returns alias as
    ``return``), then its steps; a call target's callable and method, without the probe it is called on."""
    fn = exercise.function

    def root(name: str) -> str:
        return "return" if fn is not None and name == fn.returns else name

    if target.call is None:
        return (root(target.root), *target.steps)
    call = target.call
    return (root(call.root), *((call.name,) if call.name is not None else ()), *call.index, f"{call.method}()", *target.steps)


def _entry_of(path: tuple[str | int, ...], whole: tuple[str | int, ...]) -> bool:
    """Whether ``path`` reads ``whole`` or an entry of it (indexes only: ``w.grad`` is no part of ``w``'s value)."""
    return path[: len(whole)] == whole and all(isinstance(step, int) for step in path[len(whole) :])


def related_groups(
    exercise: Exercise,
    checks: tuple[Check, ...],
    results: list[CheckResult],
    valued: frozenset[str],
    evaluate_on_hidden: Callable[[Check], CheckResult],
) -> list[tuple[list[CheckResult], list[CheckResult]]]:
    """Groups for :func:`held_for_review` that :func:`_by_target` misses, its groups being by target text.

    A hidden check of values that reads what public checks of values read under another text: the whole result
    (``return``) where the public checks read its entries (``return[0]``), an entry of a result checked whole in
    public, or one callable on the public probe and on hidden ones (``return.call(example)``, ``return.call(vector)``).
    linear_layer_grads' gradients typed in for the examples, with ``after_zero_grad`` failed on purpose to turn
    the whole-exercise rule off, kept 8 of 12 (tests/hostile/round11/).

    Where the hidden check reads the whole and the public one an entry, the hidden check is run again on that
    entry alone (``evaluate_on_hidden``, on its hidden cases): its failure on another entry says nothing of this one.
    """
    if exercise.function is None:
        return []  # held_for_review holds no notebook exercise: no group to find, nothing to run again
    by_name = {r.name: r for r in results}
    public = [c for c in checks if c.visibility != "hidden" and c.points > 0 and c.name in valued and c.name in by_name]
    hidden = [c for c in checks if c.visibility == "hidden" and c.points > 0 and c.name in valued and c.name in by_name]
    groups: list[tuple[list[CheckResult], list[CheckResult]]] = []
    keys: dict[tuple[str | int, ...], list[Check]] = {}
    for h in hidden:
        keys.setdefault(_path(exercise, h.target), []).append(h)
    for key, on_hidden in keys.items():
        # The same value, or an entry of a result the public checks read whole (their pass covers the entry).
        same = [p for p in public if p.target.text not in {h.target.text for h in on_hidden} and _entry_of(key, _path(exercise, p.target))]
        if same:
            groups.append(([by_name[p.name] for p in same], [by_name[h.name] for h in on_hidden]))
        for h in on_hidden:
            if h.target.call is not None:
                continue
            for p in public:
                path = _path(exercise, p.target)
                if p.target.call is None and len(path) > len(key) and _entry_of(path, key):
                    entry = dataclasses.replace(h, name=f"{h.name} ({p.target.text})", target=p.target, requires=(), hints=())
                    try:
                        on_entry = evaluate_on_hidden(entry)
                    except (ExerciseError, StopIteration):
                        continue  # the reference has no such entry on a hidden case: nothing to hold by
                    groups.append(([by_name[p.name]], [on_entry]))
    return groups


def _right_on_examples_only(group: tuple[list[CheckResult], list[CheckResult]]) -> bool:
    """Right on every public case, and on no hidden one. A hidden failure that is a recognised mistake (its values
    rebuilt from the hidden case's right ones: precision lost in float32, a sum for a mean) computed that case: no
    answer written in for the examples gives it. Not one recognised from part of the case's work only
    (:attr:`CheckResult.partial`: one row of n, one sample's gradient in every row): that part is far cheaper than the
    case, and a method whose loop stops short stops short on the examples too, where these were right
    (tests/hostile/round23/). Nor one named by a known mistake whose own run is wrong on the public examples
    (:func:`shows_on_examples`): one method would have made it there too, and an author's mistake may be a cheap part
    of the work (the summed loss's gradient in every row, the gradient of a Jacobian's summed outputs;
    tests/hostile/round24/)."""
    public, hidden = group
    computed = any(r.status == "passed" or (r.recognised and not r.partial) for r in hidden)
    return bool(public and hidden) and all(r.status == "passed" for r in public) and not computed


def value_checks(exercise: Exercise, checks: tuple[Check, ...], expected: Expected) -> frozenset[str]:
    """The checks whose reference values few answers share by chance (a number other than zero, in a float or a
    tensor): not a flag, a count, a name or None, which honest work beside typed-in values also gets. They depend on
    the reference alone: a :class:`grader.grading.Grader` works them out once per exercise."""
    out = set()
    for check in checks:
        runs = [run for case in check.cases if (run := expected.get(case)) is not None]
        if any(_tells_values(_resolved_or_none(run, check.target, exercise)) for run in runs):
            out.add(check.name)
    return frozenset(out)


def _tells_values(value: Value | None) -> bool:
    """A value with a number other than zero in it (a float, a tensor, or such an entry of a list or tuple)."""
    return value is not None and known_mod.informative(value)


def work_shown(observation: Observation) -> set[str]:
    """What a call shows of autograd at work.

    ``autograd``: backward passes or forward-mode duals, anywhere;
    ``inputs``: a backward pass that reached a tensor the grader passed in
    (or a parameter of a module it passed in); ``tracked``: a returned tensor
    that requires grad; ``computed``: one autograd made (it has a grad_fn), not
    a leaf.
    """
    shown = set()
    if (observation.autograd_runs or 0) + (observation.forward_duals or 0) > 0:
        shown.add("autograd")
    if any(_reached(value) for value in observation.inputs.values()):
        shown.add("inputs")
    if _tracked(observation.returned):
        shown.add("tracked")
    if _tracked(observation.returned, computed=True):
        shown.add("computed")
    return shown


def _reached(value: Value) -> bool:
    """Whether a backward pass reached an input: the tensor itself, or a parameter of a module input."""
    if isinstance(value, ModuleValue):
        return any(_reached(param) for _name, param in value.parameters)
    return isinstance(value, TensorValue) and bool(value.backward_calls or value.grad_requests)


def _tracked(value: Value | None, *, computed: bool = False) -> bool:
    """Whether a value holds a tensor that requires grad (``computed``: and has a grad_fn), in nested lists and tuples too."""
    if isinstance(value, TensorValue):
        return value.requires_grad and (value.grad_fn is not None or not computed)
    return isinstance(value, SequenceValue) and any(_tracked(item, computed=computed) for item in value.items)
