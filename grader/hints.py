"""Name the mistake behind a failed check, from evidence.

Each rule looks at one failed comparison (the mismatch, the target, and what
else the runs observed) and, when the evidence points to one typical autograd
mistake, says so in words a student can act on. A rule fires only on evidence
for *its* mistake, never on a coincidence of numbers:

* accumulation: a gradient that is k times too large *and* a counter that saw
  gradients add up onto a nonzero ``.grad`` with no reset in between;
* a stored reference: the recorded tensor *is* the input's ``.grad`` (same
  storage), where the reference run kept a copy;
* sum vs mean: a factor equal to an element count, in the direction the
  prompt asks for (a prompt that never speaks of a mean gets no "mean" hint);
* one entry per step: only where an input gives the number of steps.

Every hint carries the mistake it names (:data:`MISTAKES`), which is what
``grader validate`` holds against the mutant that made it. Rules never quote
hidden expected values: with ``reveal=False`` they name the mistake without
numbers.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from grader.compare import Mismatch, Tolerances, common_ratio, compare, factor
from grader.config import Tolerance
from grader.targets import Target, Unresolved, resolve
from grader.values import (
    BoolValue,
    DtypeValue,
    ExceptionValue,
    FloatValue,
    IntValue,
    ListValue,
    ModuleValue,
    NoneValue,
    ObjectValue,
    SequenceValue,
    StrValue,
    TensorValue,
    TupleValue,
    Value,
    as_tensor,
    numel,
)

MISTAKES: dict[str, str] = {
    "accumulation": "gradients added up over several backward() calls because .grad was not reset",
    "sum_vs_mean": "a sum where a mean was meant, or the reverse",
    "sign": "a sign error",
    "broken_graph": "the computation was cut from autograd (detach, .data, no_grad, .item(), a new tensor)",
    "no_backward": "backward() was not called, or the gradient was written by hand",
    "backward_count": "backward() ran a different number of times than asked",
    "stored_reference": "stored .grad itself instead of a copy",
    "input_mutated": "an input was changed in place",
    "steps": "a different number of steps or entries",
    "stale": "a value from before the final update",
    "operation": "a different operation or formula",
    "shape": "a result of the wrong shape",
    "dtype": "a result of the wrong dtype",
    "type": "the wrong kind of value (a Python number, a list, None...)",
    "not_leaf": "read .grad of a non-leaf without retain_grad()",
    "requires_grad": "the wrong requires_grad flag",
    "exception": "an error raised where none should be, or an expected one not raised, caught, or raised by hand",
    "generator": "the wrong random generator or seed",
    "order": "steps done in the wrong order (a value read too early or too late)",
    "grad_mode": "not computed with gradient recording off where torch.no_grad() was asked for (or the reverse)",
    "optimizer": "an update made by hand where an optimizer was asked for",
}
"""The mistakes a hint may name: tag -> words. Hints, author hints and mutants share these tags."""

_OPERATIONS = {
    "Add": "an addition",
    "Sub": "a subtraction",
    "Rsub": "a subtraction",
    "Mul": "a multiplication",
    "Div": "a division",
    "Pow": "a power",
    "Mean": "a mean",
    "Sum": "a sum",
    "MseLoss": "an MSE loss",
    "Mm": "a matrix product",
    "Neg": "a negation",
    "Exp": "an exponential",
    "Log": "a logarithm",
    "Sqrt": "a square root",
    "Clone": "a clone",
    "View": "a view/reshape",
    "Squeeze": "a squeeze",
    "Unsqueeze": "an unsqueeze",
    "Abs": "an absolute value",
    "Stack": "a stack",
    "Cat": "a concatenation",
    "Select": "an indexing",
    "Index": "an indexing",
    "Dot": "a dot product",
}


def operation(grad_fn: str) -> str:
    """Words for a grad_fn name: MeanBackward0 -> 'a mean (MeanBackward0)'."""
    base = re.sub(r"Backward\d*$", "", grad_fn)
    words = _OPERATIONS.get(base)
    return f"{words} ({grad_fn})" if words else grad_fn


@dataclass(frozen=True)
class Hint:
    """A named mistake and what to do about it."""

    text: str
    """For the student."""
    mistakes: tuple[str, ...]
    """The mistakes it names (tags of :data:`MISTAKES`); two when the evidence cannot tell them apart."""
    recognised: bool = False
    """The found value is the expected one changed by the mistake named (a factor, a sign, a transpose, a step off,
    a known wrong solution's values): only the work itself gives it, so the rest of the work may count
    (:func:`grader.checks.recognised_work`). A flag, a count, None or zeros never are."""
    partial: bool = False
    """Recognised from part of the case's work only (rows left out or left zero, one entry in every place, the rows
    added up into one, a final .grad): the value shows that part computed, not the whole case, which is far cheaper
    to give (one row of n) and no sign that a hidden case was worked out (:func:`grader.checks.held_for_review`). Also
    set on a known mistake's values on a hidden check where that mistake's own run is wrong on the public examples
    (:func:`grader.checks.shows_on_examples`): a submission right there did not make it by one method; and on a rule's
    whole-value change that is the same on any input (:func:`_recognising_anywhere`: a sign, a transpose, a record one
    step off), which a method would have made on the examples too."""


@dataclass(frozen=True)
class Context:
    """What a rule may look at."""

    target: Target
    """The check's target path."""
    mismatch: Mismatch
    """How the values differ."""
    expected_parent: Value | None
    """The expected value one step up the path (``x`` for ``x.grad``)."""
    found_parent: Value | None
    """The found value one step up the path."""
    found_inputs: Mapping[str, Value]
    """The student's run: every input (or notebook variable) after the call."""
    reveal: bool
    """False for hidden checks: no numbers from the expected side."""
    expected_inputs: Mapping[str, Value] = field(default_factory=dict)
    """The reference run: every input (or notebook variable), for comparison."""
    is_return: bool = False
    """True when the target's root is the function's return value."""
    label: str = ""
    """The check's name and description (words like "grad" in them help)."""
    prompt: str = ""
    """The exercise's prompt: which reduction it asks for."""
    found_return: Value | None = None
    """What the student's function returned (None for notebook exercises or a raise)."""
    expected_return: Value | None = None
    """What the reference returned."""
    expected_value: Value | None = None
    """The whole expected value of the target (the mismatch may be one entry of it)."""
    found_value: Value | None = None
    """The whole found value of the target."""
    autograd_runs: int | None = None
    """Backward passes during the student's call (None: a notebook, or not counted)."""
    expected_autograd_runs: int | None = None
    """Backward passes during the reference's call."""
    autograd_failed: int | None = None
    """Those of the student's passes that raised (an error caught inside the call, since it returned); for a notebook,
    those of its whole run (its passes are not counted: ``autograd_runs`` is None)."""
    autograd_errors: tuple[str, ...] | None = None
    """The first line of each of those passes' errors that PyTorch raised (None: not sent, as in the in-notebook
    check)."""
    expected_autograd_failed: int | None = None
    """The same, in the reference's call."""
    accumulations: int | None = None
    """Gradients the student's call added onto a nonzero .grad, over every leaf (its own tensors too)."""
    expected_accumulations: int | None = None
    """The same, in the reference's call."""
    cell_failed: bool = False
    """Some cell of the submission raised or stopped: a missing value may be that cell's doing."""
    at_least: bool = False
    """The check takes any count at least the reference's (:attr:`grader.spec.Check.at_least`)."""
    autograd_checked: bool = True
    """The value can only come from autograd (a ``.grad``), or the exercise checks that autograd ran (a check of
    ``autograd_used``, ``autograd_runs``, ``backward_calls`` or ``grad_requests``). Otherwise numbers from a formula
    written by hand are an accepted style, not a mistake."""

    @property
    def attribute(self) -> str | None:
        return self.target.attribute

    @property
    def name(self) -> str:
        return self.target.parent().text if self.target.attribute else self.target.text


Rule = Callable[[Context], "Hint | None"]

_LOOSE = Tolerances.uniform(Tolerance(rtol=1e-4, atol=1e-6))
"""Two results compared to tell which is which (a swap, a stale entry), not to grade them."""

_V = TypeVar("_V", bound=Value)


def _within(value: Value | None, kind: type[_V]) -> Iterator[_V]:
    """Every value of ``kind`` in a value, nested lists and tuples included."""
    if isinstance(value, kind):
        yield value
    elif isinstance(value, SequenceValue):
        for item in value.items:
            yield from _within(item, kind)


def _calls(value: Value | None) -> int | None:
    """Backward passes that reached a tensor the grader made (None: not a tensor, or not counted)."""
    tensor = as_tensor(value)
    return None if tensor is None else tensor.backward_calls


def _changed(value: Value | None) -> bool | None:
    """Whether an input's values changed in the call (None: not a tensor, or not recorded)."""
    tensor = as_tensor(value)
    return None if tensor is None else tensor.changed


def _requires_grad(value: Value | None) -> bool | None:
    tensor = as_tensor(value)
    return None if tensor is None else tensor.requires_grad


def _alias(value: Value | None) -> str | None:
    tensor = as_tensor(value)
    return None if tensor is None else tensor.alias


def _flag(value: Value | None) -> bool | None:
    """The flag a bool value holds, None for any other value."""
    return value.value if isinstance(value, BoolValue) else None


def _counts(m: Mismatch) -> tuple[int, int] | None:
    """(found, expected) of a count that differs (backward calls, optimizer steps, autograd runs)."""
    if isinstance(m.found, IntValue) and isinstance(m.expected, IntValue):
        return m.found.value, m.expected.value
    return None


def numbers_in(value: Value | None) -> Sequence[Any] | None:
    """Every number in a value, in order (tensors, numbers, nested lists); None if something is not a number."""
    if isinstance(value, TensorValue):
        return value.data
    if isinstance(value, (IntValue, FloatValue)):
        return [value.value]
    if isinstance(value, SequenceValue):
        out: list[Any] = []
        for item in value.items:
            numbers = numbers_in(item)
            if numbers is None:
                return None
            out.extend(numbers)
        return out
    return None


def _whole_ratio(ctx: Context) -> float | None:
    """found = k * expected for one k over the *whole* target (every entry of a list), else None.

    A factor seen on one entry of a per-step record only (entry [1] twice too
    large, entry [0] right) is not a sum for a mean, nor a flipped sign.
    """
    m = ctx.mismatch
    if ctx.found_value is None or ctx.expected_value is None:
        return common_ratio(m.found, m.expected)
    if isinstance(ctx.expected_value, TupleValue) and m.path:
        # A tuple holds distinct results (y, z, out): one of them off by a factor is that result's mistake.
        # A list is a record of steps, where a factor on one entry is not.
        return common_ratio(m.found, m.expected)
    found, expected = numbers_in(ctx.found_value), numbers_in(ctx.expected_value)
    if found is None or expected is None or len(found) != len(expected):
        return None
    return factor(found, expected)


def _element_counts(ctx: Context) -> set[int]:
    counts = set()
    for value in (*ctx.found_inputs.values(), ctx.found_parent, ctx.mismatch.expected):
        if isinstance(value, TensorValue):
            n = value.numel
            if n > 1:
                counts.add(n)
    return counts


_NOT_VALUES = (
    "shape", "len", "dtype", "backward_calls", "changed", "optimizer_steps", "under_no_grad", "distinct",
    "requires_grad", "is_leaf", "retains_grad", "grad_fn",
)


def _numeric(ctx: Context) -> bool:
    """Ratios between values mean something; between shapes or counts they do not."""
    return ctx.mismatch.kind == "value" and ctx.target.last_attribute not in _NOT_VALUES and ctx.target.root != "autograd_runs"


def _say(ctx: Context, revealing: str, plain: str, *mistakes: str) -> Hint:
    return Hint(revealing if ctx.reveal else plain, mistakes)


def _recognised(hint: Hint | None) -> Hint | None:
    """``hint``, marked as one whose rule rebuilt the found value from the expected one (see :attr:`Hint.recognised`)."""
    return None if hint is None else dataclasses.replace(hint, recognised=True)


def _recognised_in_part(hint: Hint | None) -> Hint | None:
    """``hint``, marked as recognised work that is no sign of the whole case worked out (:attr:`Hint.partial`)."""
    return None if hint is None else dataclasses.replace(hint, recognised=True, partial=True)


def _recognising(rule: Rule) -> Rule:
    """A rule every hint of which rebuilds the found value from the expected one (or from the reference's run)."""

    @functools.wraps(rule)
    def marked(ctx: Context) -> Hint | None:
        return _recognised(rule(ctx))

    return marked


def _recognising_part(rule: Rule) -> Rule:
    """A rule every hint of which rebuilds the found value from part of the expected one (:attr:`Hint.partial`)."""

    @functools.wraps(rule)
    def marked(ctx: Context) -> Hint | None:
        return _recognised_in_part(rule(ctx))

    return marked


def _recognising_anywhere(rule: Rule) -> Rule:
    """A rule every hint of which rebuilds the whole found value from the expected one by a change that is the same on
    any input (a sign, a transpose, a record one step off, a number kept in a tensor): recognised work, and marked
    :attr:`Hint.partial` for the hold for review alone. A method that makes such a mistake makes it on the examples
    too, so a submission right on every example and so wrong on every hidden case got the two by two methods: the
    examples' values typed in beside an honest record one step off kept 10 of 11 (tests/hostile/round26/). A change
    that depends on the inputs (a count of their elements, precision lost on their sizes, a dimension of size 1
    dropped, a weighting by an input of ones) may honestly show on hidden inputs alone, and is left to
    :func:`_recognising`."""
    return _recognising_part(rule)  # marked the same way, for another reason


_MEAN_WORDS = re.compile(r"\bmean|\baverage|\bMSE|mse_loss|MSELoss", re.IGNORECASE)
_SUM_WORDS = re.compile(r"\bsum\b|\bsums\b|\btotal\b|\\sum|Σ|\.sum\(", re.IGNORECASE)


@_recognising
def sum_or_mean(ctx: Context) -> Hint | None:
    if not _numeric(ctx):
        return None
    k = _whole_ratio(ctx)
    if k is None or k == 0:
        return None
    if k >= 1.5 and math.isclose(k, round(k), rel_tol=1e-4) and _accumulated_inputs(ctx):
        return None  # gradients that added up explain an integer factor: see accumulated()
    if read_too_late(ctx) is not None:
        return None  # a value read after a later backward() added to it: see read_too_late()
    for n in sorted(_element_counts(ctx)):
        if math.isclose(k, n, rel_tol=1e-3) and _MEAN_WORDS.search(ctx.prompt):
            return _say(
                ctx,
                f"Your result is {n}× the expected one, and {n} is the number of elements: a sum where a mean was meant (mean = sum / number of elements).",
                "Your result is larger by a factor equal to the number of elements: a sum where a mean was meant.",
                "sum_vs_mean",
            )
        if math.isclose(k, 1 / n, rel_tol=1e-3) and _SUM_WORDS.search(ctx.prompt):
            return _say(
                ctx,
                f"Your result is 1/{n} of the expected one, and {n} is the number of elements: a mean where a sum was meant.",
                "Your result is smaller by a factor equal to the number of elements: a mean where a sum was meant.",
                "sum_vs_mean",
            )
    # A mean over one dimension where the prompt sums (the batch's rows of ((x @ w) ** 2).mean()) divides the result,
    # and every gradient through it, by that dimension's size: a proper part of an input's, as below, but smaller.
    if 0 < k < 1 and _SUM_WORDS.search(ctx.prompt):
        m = round(1 / k)
        if math.isclose(1 / k, m, rel_tol=1e-4) and m in _partial_counts(ctx) and m not in _written_numbers(ctx.prompt):
            return _say(
                ctx,
                f"Your result is 1/{m} of the expected one, and {m} is the size of part of the input's dimensions: a mean "
                "(over the rows, say) where a sum was meant.",
                "Your result is smaller by the size of part of the input's dimensions: a mean where a sum was meant.",
                "sum_vs_mean",
            )
    # A factor that is a proper part of the input's size is a weaker clue than the whole size: given on the mean itself
    # (a returned value), and on a gradient, whose factor could be anything, only beside a mean off by the same one.
    part = _part_divisor(ctx, k)
    if part is None:
        return None
    if ctx.is_return:
        return _say(
            ctx,
            f"Your result is {part}× the expected one, and {part} is the size of part of the input's dimensions: "
            "the mean divides by fewer elements than there are (len(x) counts only the first dimension; .mean() "
            "or x.numel() counts them all), or it averages over one dimension and sums over the rest.",
            "Your result is larger by the size of part of the input's dimensions: the mean divides by fewer elements than there are.",
            # A divisor of the wrong count is a mean's mistake and a formula's: either word names it.
            "sum_vs_mean",
            "operation",
        )
    # A gradient off by that factor where the returned mean is off by the very same one: the divisor explains both.
    if _about_gradients(ctx) and (returned := _return_ratio(ctx)) is not None and math.isclose(returned, k, rel_tol=1e-4):
        return Hint(
            f"Your gradient is {part}× the expected one, as your returned mean is: the mean divides by fewer elements "
            "than there are (len(x) counts only the first dimension; .mean() or x.numel() counts them all), and the "
            "gradient through it carries the same factor.",
            ("sum_vs_mean", "operation"),
        )
    return None


def _part_divisor(ctx: Context, k: float) -> int | None:
    """``k`` as the size of a proper part of an input's dimensions where the prompt asks for a mean: a mean divided by
    that part (len(x), the rows) rather than by every element; None when it is not one.

    A factor the prompt writes (3 in 3 (x + 2)^2) is as likely a constant put in the wrong place."""
    n = round(k)
    if k < 1.5 or not math.isclose(k, n, rel_tol=1e-4) or not _MEAN_WORDS.search(ctx.prompt):
        return None
    return n if n in _partial_counts(ctx) and n not in _written_numbers(ctx.prompt) else None


def _return_ratio(ctx: Context) -> float | None:
    """found = k * expected for one k over the call's whole return (a tensor or a number), else None."""
    found, expected = ctx.found_return, ctx.expected_return
    if found is None or expected is None:
        return None
    return common_ratio(found, expected)


_NUMBER = re.compile(r"(?<![\w.])(?<![eE][-+])\d+(?:\.\d+)?(?![\w.])")
"""A number a text writes: not a word's digits, nor an exponent's (the 6 of 1e-6)."""


_NOT_CONSTANTS = re.compile(r"\[[-+\d\s.,eE\[\]]*\]|_\{[^{}]*\}")
"""A bracketed list of numbers, nested or not (an example's data, a tensor's entries), and a subscript (the 1 of
``t_{1,i}``, part of a name): numbers a text writes that are no constant of a formula."""


def _written_numbers(text: str) -> set[float]:
    """The numbers a text writes (3 and 2 in "3 (x + 2)^2"), outside the examples' lists of data.

    A factor the prompt writes as a constant is as likely that constant put in the wrong place; an entry of an example
    tensor, or a subscript, is not a constant of anything. mean_product_grad's example gradient ends in 2.0, and the factor 2 of a mean
    that divides by the rows of a 2 x 2 input went unread (tests/fairness/beyond, ba007)."""
    return {float(n) for n in _NUMBER.findall(_NOT_CONSTANTS.sub(" ", text))}


def _partial_counts(ctx: Context) -> set[int]:
    """Element counts of a proper part of a tensor input's dimensions (rows, columns...), other than 1 and the whole.

    Worked out as the products of every subset of the sizes, one size at a time: as many steps as there are dimensions
    times the distinct products (divisors of the whole), never one per subset. An input is the student's after the
    call, and ``x.data = torch.ones([1] * 30 + [2, 2])`` gave it 32 dimensions: 2^32 subsets held the grader's own
    process for hours on one answer (tests/hostile/round21/pack/input_of_many_dimensions.py)."""
    counts: set[int] = set()
    for value in ctx.found_inputs.values():
        if not isinstance(value, TensorValue) or len(value.shape) < 2:
            continue
        whole = value.numel
        products = {1}
        for size in value.shape:
            products |= {p * size for p in products}
        # The empty part gives 1 and the whole gives the whole, both left out: every count between is a proper part's.
        counts.update(n for n in products if 1 < n < whole)
    return counts


def _extra_passes(ctx: Context) -> list[tuple[str, int, int]]:
    """Inputs more backward() passes reached than in the reference run, each with (found, expected) counts."""
    out = []
    for name, value in ctx.found_inputs.items():
        found, expected = _calls(value), _calls(ctx.expected_inputs.get(name))
        if isinstance(found, int) and isinstance(expected, int) and found > expected > 0:
            out.append((name, found, expected))
    return out


def _accumulated_inputs(ctx: Context) -> list[str]:
    """Inputs whose gradient added up onto a nonzero .grad more often than in the reference run.

    (An exercise about accumulation adds up on purpose: only adding up that
    the reference did not do is evidence of a forgotten reset.)
    """
    names = []
    for name, value in ctx.found_inputs.items():
        if not isinstance(value, TensorValue):
            continue
        reference = as_tensor(ctx.expected_inputs.get(name))
        added = (value.accumulated or 0) - ((reference.accumulated if reference else None) or 0)
        # A backward() too many also adds onto a nonzero .grad: that is an extra call, not a missing reset.
        extra_calls = max(0, (value.backward_calls or 0) - (_calls(reference) or 0))
        if added > extra_calls:
            names.append(name)
    return names


def _about_gradients(ctx: Context) -> bool:
    """A gradient, or a record of gradients (by the target's path, root or the check's words)."""
    if "grad" in ctx.target.steps:
        return True
    return bool(re.search(r"grad", ctx.target.root) or re.search(r"grad", ctx.label))


def accumulated(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if not _numeric(ctx):
        return None
    if _alias(m.found) and _alias(m.found) != _alias(m.expected):
        return None  # a stored reference explains it
    names = _accumulated_inputs(ctx)
    # Gradients that added up where the reference's never did: the counters saw it happen,
    # whatever the numbers became (an update made with a summed gradient, say).
    if not names:
        # A factor the extra passes give rebuilds the value; counters alone (a pass too many on anything) do not.
        return _recognised(_extra_backward(ctx)) or _accumulated_inside(ctx)
    k = common_ratio(m.found, m.expected)
    factor = k is not None and k >= 1.5 and math.isclose(k, round(k), rel_tol=1e-4) and _about_gradients(ctx)
    name = ctx.target.root if ctx.target.root in names else names[0]
    where = f" (entry {m.path})" if m.path else ""
    reset = f"Reset it before each backward ({name}.grad.zero_(), {name}.grad = None, or optimizer.zero_grad())."
    if factor:
        return _recognised(_say(
            ctx,
            f"The gradient{where} is {round(k or 0)}× the expected one, and {name}.grad was added to by backward() calls "
            f"with no reset in between: .grad accumulates. {reset}",
            f".grad accumulated: backward() added to {name}.grad with no reset in between. Reset it before each backward.",
            "accumulation",
        ))
    return Hint(
        f"backward() added to {name}.grad while it still held the gradient of an earlier call: .grad accumulates, "
        f"so later steps used the sum of all gradients so far. {reset}",
        ("accumulation",),
    )


def _accumulated_inside(ctx: Context) -> Hint | None:
    """Gradients that added up on tensors the function made itself (no grader hook on them): the engine watch saw it."""
    found, expected = ctx.accumulations, ctx.expected_accumulations
    if found is None or expected is None:
        return None
    extra_runs = max(0, (ctx.autograd_runs or 0) - (ctx.expected_autograd_runs or 0))
    if found - expected <= extra_runs:
        return None  # as many as the extra backward passes explain, or none
    return Hint(
        "backward() added to a .grad that still held an earlier step's gradient: .grad accumulates, so those steps "
        "used the sum of all gradients so far. Reset the gradients before each backward (p.grad.zero_(), "
        "p.grad = None, or optimizer.zero_grad()).",
        ("accumulation",),
    )


def _extra_backward(ctx: Context) -> Hint | None:
    """A gradient k times too large because backward() ran k times as often, each call adding to .grad."""
    m = ctx.mismatch
    k = common_ratio(m.found, m.expected)
    if k is None or not _about_gradients(ctx) or _reference_caught_more(ctx):
        return None  # (where the reference caught an error, the extra pass is the one that should have raised)
    for name, found, expected in _extra_passes(ctx):
        if math.isclose(k, found / expected, rel_tol=1e-4):
            if ctx.autograd_runs is not None and ctx.autograd_runs == ctx.expected_autograd_runs:
                # As many passes as the reference's: not a call too many, a pass through a tensor it should not reach.
                return Hint(
                    f"backward() reached {name} {found} times where {expected} {'was' if expected == 1 else 'were'} expected, "
                    f"in as many passes as expected: one of your computations uses {name} where the prompt's uses another "
                    "tensor (or a detached copy), so its gradient adds up there. Check what each step is computed from.",
                    ("operation", "broken_graph"),
                )
            return _say(
                ctx,
                f"The gradient is {k:g}× the expected one: backward() reached {name} {found} times where {expected} "
                f"{'was' if expected == 1 else 'were'} expected, and .grad accumulates: every call adds its gradient.",
                f"backward() reached {name} more often than expected, and .grad accumulates: every call adds its gradient.",
                "accumulation",
                "backward_count",
            )
    return None


def stored_reference(ctx: Context) -> Hint | None:
    """A recorded gradient that *is* an input's .grad (same storage), where the reference kept a copy."""
    m = ctx.mismatch
    if m.kind != "value" or not isinstance(m.found, TensorValue):
        return None
    alias = m.found.alias
    if not alias or alias == _alias(m.expected):
        return None
    name = alias.rsplit(".", 1)[0]
    passes = [ctx.autograd_runs, _calls(ctx.found_inputs.get(name))]
    if not _about_gradients(ctx) and not any(n is not None and n > 1 for n in passes):
        return None  # .grad itself where no gradient is asked for, and no later pass changed it: another mistake
    if ctx.accumulations is not None and ctx.expected_accumulations is not None and ctx.accumulations > ctx.expected_accumulations:
        # The reference's gradients never added up: the change after storing is a later backward() accumulating into it.
        return Hint(
            f"This recorded value is {alias} itself (the same tensor, or a view of it), not a copy: a later backward() "
            f"added its gradient onto {alias} (.grad accumulates) after you stored it. Store a copy ({name}.grad.clone()), "
            "or get each gradient on its own (torch.autograd.grad).",
            ("stored_reference", "accumulation"),
        )
    return Hint(
        f"This recorded value is {alias} itself (the same tensor, or a view of it), not a copy: later backward() or zero_() "
        f"calls changed it after you stored it. Store a copy: {name}.grad.clone().",
        ("stored_reference",),
    )


@_recognising_anywhere
def flipped_sign(ctx: Context) -> Hint | None:
    if not _numeric(ctx):
        return None
    k = _whole_ratio(ctx)
    if k is None or not math.isclose(k, -1.0, rel_tol=1e-4):
        return None
    updated = _changed(ctx.expected_inputs.get(ctx.target.root)) is True
    step = " A gradient-descent step subtracts: p -= lr * p.grad." if updated else ""
    return Hint(f"The sign is flipped: your values are the expected ones with the opposite sign. Check the sign of each term.{step}", ("sign",))


def _tracked(value: Value | None) -> bool | None:
    tensors = list(_within(value, TensorValue))
    if not tensors:
        return None
    return any(t.requires_grad for t in tensors)


def grad_is_none(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute != "grad" or not isinstance(m.found, NoneValue) or not isinstance(m.expected, TensorValue):
        return None
    parent = as_tensor(ctx.found_parent)
    name = ctx.name
    if parent is None:
        return None
    if not parent.is_leaf:
        if parent.retains_grad:
            ran = any((_calls(v) or 0) > 0 for v in ctx.found_inputs.values())
            if ran:
                return Hint(
                    f"{name}.retain_grad() was called, but backward() ran before it, while {name} kept nothing: "
                    f"call {name}.retain_grad() first, then backward().",
                    ("order", "not_leaf"),
                )
            return Hint(
                f"{name} keeps its gradient (retain_grad()), but no backward() reached it: call backward() on a "
                f"result computed from {name}.",
                ("no_backward",),
            )
        return Hint(
            f"{name} is not a leaf (it was computed from other tensors), and PyTorch keeps .grad only for leaves. "
            f"Call {name}.retain_grad() before backward(), or read the gradient of the leaf it came from.",
            ("not_leaf",),
        )
    if not parent.requires_grad:
        if _is_leaf(ctx.expected_parent) is False:
            return None  # a computed tensor was expected: "make it require grad" would be the wrong advice
        return Hint(
            f"{name}.grad is None because {name} does not require grad: create it with requires_grad=True "
            f"or call {name}.requires_grad_() before using it.",
            ("requires_grad",),
        )
    calls = parent.backward_calls
    if ctx.autograd_runs is None and calls in (None, 0):  # a notebook: its other tensors tell
        return _no_gradient_in_notebook(ctx, name)
    if calls is None:
        return None
    if calls > 0 and ctx.target.module_steps:
        # A module's parameter: zero_grad() (set_to_none) after the pass leaves the same evidence as
        # torch.autograd.grad, and is the likelier of the two; the exercise's own hint tells them apart.
        return None
    if calls > 0:
        # The grader's hook saw a gradient of it computed, yet nothing filled .grad: torch.autograd.grad.
        return Hint(
            f"A gradient of {name} was computed, but {name}.grad was never filled in: torch.autograd.grad returns the "
            f"gradients without storing them. Call backward() instead, or store the result ({name}.grad = g).",
            ("no_backward", "backward_count"),
        )
    if calls != 0:
        return None  # a gradient did arrive: something else is going on
    return _no_gradient(ctx, name)


def caught_backward_error(ctx: Context) -> Hint | None:
    """A gradient or a count of passes off where backward passes raised inside the call and it went on: that is why.

    A pass that raised filled nothing in, so a .grad comes out short by what it would have added (half of two
    passes' worth looks like a mean for a sum on two elements): the numbers are no evidence of anything else.
    """
    if ctx.attribute not in ("grad", "backward_calls") or not _caught_passes(ctx):
        return None
    return _caught_hint(ctx, ctx.name)


def _short_by_caught_passes(ctx: Context) -> bool:
    """Whether what is off is what passes that filled nothing in leave: fewer passes, or a .grad short of the
    expected one (None, or each entry between 0 and the expected entry).

    A pass that raised adds nothing: a .grad larger than expected, of another sign, or a count of passes above the
    expected one has another cause, whose hint the caught error must not hide (a second backward() that failed on
    purpose, caught, replaced "2 times where 1 was expected" with "got nothing from it";
    tests/hostile/round9/pack/caught_error_over_a_double_pass.py).
    """
    m = ctx.mismatch
    if ctx.attribute == "backward_calls":
        counts = _counts(m)
        return counts is not None and counts[0] < counts[1] and _caught_passes(ctx) >= counts[1] - counts[0]
    found, expected = m.found, m.expected
    if not isinstance(found, TensorValue):
        return True  # no gradient at all (grad_is_none says so too)
    if not ctx.reveal:
        # A hidden check: whether a .grad lies between 0 and the hidden one would answer a question of its values
        # (asked again with other numbers, a bound on each); the counts of passes into the tensor tell no value.
        found_calls, expected_calls = _calls(ctx.found_parent), _calls(ctx.expected_parent)
        if found_calls is None or expected_calls is None:
            return False
        return found_calls < expected_calls and _caught_passes(ctx) >= expected_calls - found_calls
    if not isinstance(expected, TensorValue) or found.data is None or expected.data is None or len(found.data) != len(expected.data):
        return False
    return all(min(0.0, e) - _SLACK * (1 + abs(e)) <= f <= max(0.0, e) + _SLACK * (1 + abs(e)) for f, e in zip(found.data, expected.data))


_SLACK = 1e-4
"""How far past 0 or the expected entry a short gradient's entry may lie (float32 rounding)."""


def _caught_passes(ctx: Context) -> int:
    """Backward passes that raised in the student's call beyond the reference's: errors the call caught and hid.

    A call's only: a notebook's run counts the passes that raised (for :func:`wrong_type`) but not its passes, and a
    notebook that stopped at a failing cell raised where it did not catch."""
    if ctx.autograd_runs is None:
        return 0
    return max(0, (ctx.autograd_failed or 0) - (ctx.expected_autograd_failed or 0))


def _caught_hint(ctx: Context, name: str) -> Hint:
    n = _caught_passes(ctx)
    passes = "A backward pass" if n == 1 else f"{n} backward passes"
    return Hint(
        f"{passes} in your function raised an error that your code caught (a try/except around backward() or "
        f"torch.autograd.grad), so {name} got nothing from {'it' if n == 1 else 'them'}. Do not hide the error: read it "
        "and fix its cause (a second pass through the same graph, for instance, needs retain_graph=True on the pass "
        "before it).",
        ("exception",),
    )


def _no_gradient_in_notebook(ctx: Context, name: str) -> Hint | None:
    """A notebook's own tensor has no counter: the other tensors show whether backward() ran at all."""
    others = [n for n, v in ctx.found_inputs.items() if n != name and isinstance(v, TensorValue) and v.grad is not None]
    if not any(isinstance(v, TensorValue) for n, v in ctx.found_inputs.items() if n != name):
        return None
    if ctx.cell_failed:
        return None  # the failing cell's error (in the notes) says more than any guess
    if others:
        return Hint(
            f"backward() ran ({others[0]} has a gradient), but no gradient reached {name}: the value you called "
            f"backward() on was not computed from {name}.",
            ("broken_graph", "operation"),
        )
    # What a notebook holds is its state at the end: a later cell that makes the same names again (a try-out with
    # other numbers, a definition run twice) leaves fresh tensors, with no gradient, where backward() did run.
    return Hint(
        "No tensor of your notebook has a gradient at its end: backward() was never called, or a later cell makes these "
        "tensors again (trying other numbers, or re-running the definition) after the cell that calls backward().",
        ("no_backward", "order"),
    )


def _stopped_at_a_new_leaf(ctx: Context) -> bool:
    """The function returned a leaf of its own that received a gradient: backward() ran, just not into the inputs."""
    return any(t.is_leaf and t.requires_grad and t.grad is not None for t in _within(ctx.found_return, TensorValue))


def _no_gradient(ctx: Context, name: str) -> Hint:
    """No gradient reached a grader-built input: say why, as far as the run shows it."""
    if _stopped_at_a_new_leaf(ctx):
        return Hint(
            f"backward() ran, but its gradient stopped at a new leaf your code made (detach().requires_grad_(), "
            f"torch.tensor(...)) and never reached {name}: compute from {name} itself.",
            ("broken_graph",),
        )
    # An untracked return is evidence of a cut graph only when the reference's return is tracked.
    if _tracked(ctx.found_return) is False and _tracked(ctx.expected_return) is not False:
        return Hint(
            f"No gradient reached {name}, and what your function returned is not tracked by autograd: the computation "
            "was cut from the graph (detach(), .data, .item(), torch.no_grad(), or a new tensor built from its values).",
            ("broken_graph",),
        )
    if (raised := _only_raising_passes(ctx, name)) is not None:
        return raised
    if ctx.autograd_runs and ctx.expected_autograd_runs is not None and ctx.autograd_runs < ctx.expected_autograd_runs:
        return Hint(
            f"No gradient reached {name}: autograd ran {ctx.autograd_runs} time(s) in your function where "
            f"{ctx.expected_autograd_runs} were expected, so a backward() call on a result computed from {name} is missing.",
            ("backward_count", "no_backward"),
        )
    if ctx.autograd_runs:
        return _copy_hint(name)
    if ctx.autograd_runs == 0:
        return Hint(
            f"No gradient reached {name}: autograd never ran in your function (no backward(), no torch.autograd.grad).",
            ("no_backward",),
        )
    return Hint(
        f"No gradient reached {name}: backward() was not called on a result computed from {name}, or that result "
        f"was computed from a copy of {name} (detach(), .data, clone(), a new tensor) rather than {name} itself.",
        ("no_backward", "broken_graph"),
    )


def _only_raising_passes(ctx: Context, name: str) -> Hint | None:
    """Every backward pass of the call raised: none could reach the input, whatever it ran on (not a copy).

    anomaly_nan_source's second pass raises by design, under detect_anomaly; an answer that made that pass alone was
    told it had computed from a copy of x (tests/fairness/effort, au052)."""
    runs, failed = ctx.autograd_runs, ctx.autograd_failed
    if not runs or failed is None or failed < runs:
        return None
    expected_runs, expected_failed = ctx.expected_autograd_runs, ctx.expected_autograd_failed or 0
    if expected_runs is not None and expected_failed < expected_runs and runs < expected_runs:
        # The reference has passes that go through; these raise as its other ones do, and the ones that go through are missing.
        return Hint(
            f"No gradient reached {name}: {'every' if runs > 1 else 'the'} backward pass in your function raised, "
            f"as the reference's failing one{'s do' if expected_failed > 1 else ' does'}, and the pass that goes "
            f"through and fills {name}.grad is missing.",
            ("backward_count", "no_backward"),
        )
    return Hint(
        f"No gradient reached {name}: every backward pass in your function raised an error before reaching it. Read the "
        "error and fix its cause.",
        ("exception",),
    )


def _copy_hint(name: str) -> Hint:
    """Autograd ran in the call, yet no gradient reached the input: the computation went through a copy of it."""
    return Hint(
        f"backward() ran, but no gradient reached {name}: the result it ran on was computed from a copy of {name} "
        f"(detach(), .data, clone(), a new tensor) rather than {name} itself.",
        ("broken_graph",),
    )


def _is_leaf(value: Value | None) -> bool | None:
    return value.is_leaf if isinstance(value, TensorValue) else None


def no_grad_fn(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute not in ("grad_fn", "requires_grad"):
        return None
    lost = (ctx.attribute == "grad_fn" and isinstance(m.found, NoneValue) and isinstance(m.expected, StrValue)) or (
        ctx.attribute == "requires_grad" and _flag(m.expected) is True and _flag(m.found) is False
    )
    if not lost:
        return None
    if _is_leaf(ctx.expected_parent) and ctx.attribute == "requires_grad":
        # A leaf that should be tracked: the fix is on the tensor itself.
        return Hint(f"{ctx.name} does not require grad: call {ctx.name}.requires_grad_() (or create it with requires_grad=True).", ("requires_grad",))
    untracked = [
        n for n, v in ctx.expected_inputs.items()
        if isinstance(v, TensorValue) and v.is_leaf and v.requires_grad and _requires_grad(ctx.found_inputs.get(n)) is False
    ]
    if untracked:
        n = untracked[0]
        return Hint(
            f"{ctx.name} is not tracked because {n} does not require grad: switch tracking on for {n} itself "
            f"({n}.requires_grad_(), with the parentheses).",
            ("requires_grad",),
        )
    # An input tracked now that carried no backward counter was not tracked when the call began: the call switched it on.
    switched = [
        n for n, v in ctx.found_inputs.items()
        if isinstance(v, TensorValue) and v.is_leaf and v.requires_grad and v.backward_calls is None
    ]
    if switched:
        n = switched[0]
        return Hint(
            f"{ctx.name} has no grad_fn: it was computed before tracking was switched on for {n} (only what is computed "
            f"after {n}.requires_grad_() is tracked), or under torch.no_grad(), or from a detached copy.",
            ("order", "broken_graph"),
        )
    # Checked on its flag, the result's requires_grad is the wrong flag the student sees, whatever cut the graph.
    flag = ctx.attribute == "requires_grad"
    return Hint(
        f"{ctx.name} {'does not require grad and ' if flag else ''}has no grad_fn, so it is not connected to the graph: "
        "it was computed under torch.no_grad(), detached (detach(), .data), or from inputs that do not require grad.",
        ("broken_graph", "requires_grad") if flag else ("broken_graph",),
    )


_GRAD_MODE_WORDS = re.compile(r"no_grad|enable_grad|set_grad_enabled|inference_mode")


def kept_grad(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute == "requires_grad" and _flag(m.expected) is False and _flag(m.found) is True:
        if _is_leaf(ctx.found_parent):
            return Hint(f"{ctx.name} should not require grad here: do not switch requires_grad on for it.", ("requires_grad",))
        if isinstance(ctx.found_parent, TensorValue) and ctx.found_parent.grad_fn == "CloneBackward0":
            return Hint(
                f"{ctx.name} still requires grad: .clone() copies the values and stays on the graph; .detach() is what cuts "
                "a tensor off it (no gradient flows through it, and it does not require grad).",
                ("requires_grad", "operation"),
            )
        # Where the prompt is about grad modes, the mode the value was computed in is the mistake, not the flag.
        modes = ("grad_mode",) if _GRAD_MODE_WORDS.search(ctx.prompt) else ()
        return Hint(f"{ctx.name} still requires grad: compute it inside torch.no_grad(), or call .detach() on it.", ("requires_grad", *modes))
    if ctx.attribute == "grad_fn" and isinstance(m.expected, NoneValue) and isinstance(m.found, StrValue):
        if isinstance(ctx.expected_parent, TensorValue) and ctx.expected_parent.is_leaf and ctx.expected_parent.requires_grad:
            # The reference's is a leaf that requires grad: this one was computed from one (a .double(), .to(), a sum).
            return Hint(
                f"{ctx.name} should be a leaf, a tensor you create that requires grad, but it has grad_fn {m.found.value}: "
                "it was computed from a tensor that requires grad (a conversion such as .double() or .to() is an operation "
                "too). Create it with its final values and dtype, then switch requires_grad on (requires_grad=True, or .requires_grad_()).",
                ("not_leaf", "requires_grad"),
            )
        return Hint(
            f"{ctx.name} has grad_fn {m.found.value}, so it is tracked by autograd; a leaf or a result computed under torch.no_grad() has none.",
            ("requires_grad",),
        )
    return None


def _entry_missing_before(ctx: Context) -> Hint | None:
    """An entry's grad_fn is a later expected entry's, in a returned list shorter than expected: one entry before it is
    missing, and the ones after it moved up (a six-entry record handed in with five)."""
    m = ctx.mismatch
    steps = ctx.target.steps
    if ctx.attribute != "grad_fn" or not ctx.is_return or len(steps) != 2 or not isinstance(steps[0], int) or not isinstance(m.found, StrValue):
        return None
    found, expected = ctx.found_return, ctx.expected_return
    if not isinstance(found, SequenceValue) or not isinstance(expected, SequenceValue) or len(found.items) >= len(expected.items):
        return None
    later = [item for item in expected.items[steps[0] + 1 :] if isinstance(item, TensorValue)]
    if not any(item.grad_fn == m.found.value for item in later):
        return None
    return _say(
        ctx,
        f"{ctx.name} has the grad_fn a later entry should have ({m.found.value}), and your result has {len(found.items)} "
        f"entries where {len(expected.items)} are expected: an entry before it is missing, and the ones after it moved up.",
        f"{ctx.name} has the grad_fn a later entry should have, and your result has fewer entries than expected: an "
        "entry before it is missing, and the ones after it moved up.",
        "steps",
    )


def wrong_grad_fn(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute != "grad_fn" or not isinstance(m.found, StrValue) or not isinstance(m.expected, StrValue):
        return None
    if (missing := _entry_missing_before(ctx)) is not None:
        return missing
    pair = {re.sub(r"Backward\d*$", "", m.found.value), re.sub(r"Backward\d*$", "", m.expected.value)}
    mistakes: tuple[str, ...] = ("operation",)
    if pair == {"Sum", "Mean"}:
        mistakes = ("operation", "sum_vs_mean")
    elif pair in ({"Add", "Sub"}, {"Add", "Rsub"}) or "Neg" in pair:
        mistakes = ("operation", "sign")
    reduced = ""
    if _REDUCTIONS & pair == {re.sub(r"Backward\d*$", "", m.found.value)}:
        # A sum or mean on top of what was asked: the result was reduced where it should keep its shape.
        mistakes, reduced = ("operation", "shape"), f": {ctx.name} should not be reduced (summed or averaged) to fewer values"
    return Hint(
        f"The last operation that produced {ctx.name} was {operation(m.found.value)}, but {operation(m.expected.value)} was expected{reduced}.",
        mistakes,
    )


_REDUCTIONS = frozenset({"Sum", "Mean"})
"""Nodes that reduce a tensor to fewer values (without a dim, to one)."""


def changed_input(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute == "is_leaf" and _flag(m.expected) is True and _flag(m.found) is False:
        return Hint(
            f"{ctx.name} is no longer a leaf: it was modified in place (+=, *=, .add_(), ...) or replaced by a computed tensor. "
            "Leave the input as it is and compute a new tensor from it.",
            ("input_mutated",),
        )
    # The input itself (its values, or whether they changed): the call changed them where the reference did not.
    root = ctx.target.root
    if ctx.is_return or ctx.target.steps not in ((), ("changed",)):
        return None
    found, expected = ctx.found_inputs.get(root), ctx.expected_inputs.get(root)
    if _changed(found) is True and _changed(expected) is False:
        return Hint(
            f"Your function changed the values of {root}, its input: an in-place operation (+=, .add_(), .data, "
            f"{root}[...] = ...) on it. Leave {root} as it is and compute new tensors from it.",
            ("input_mutated",),
        )
    if _changed(found) is False and _changed(expected) is True:
        if _calls(found) == 0:
            return Hint(
                f"{root} still holds the values it was given, and no gradient ever reached it: backward() was not "
                f"called on a result computed from {root}, so there was nothing to update it with.",
                ("no_backward",),
            )
        return Hint(
            f"{root} still holds the values it was given: your function never updated it (the update step is missing, "
            f"or it updated a new tensor). Update the tensor you were given in place (with torch.no_grad(): {root} -= "
            f"..., or optimizer.step() after backward()); {root} = {root} - ... makes a new tensor and leaves the "
            f"caller's {root} as it was.",
            ("stale", "order", "steps"),
        )
    return None


def wrong_shape(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if m.kind != "shape":
        return None
    expected = as_tensor(m.expected)
    if expected is not None and expected.is_leaf and not expected.grad_fn:
        return None  # a tensor the student creates: "reduce it" would be the wrong advice
    e, f = numel(m.facts["expected_shape"]), numel(m.facts["found_shape"])
    if f == 1 and e > 1:
        if isinstance(m.found, TensorValue) and m.found.grad_fn in ("DotBackward0", "MmBackward0", "MvBackward0", "MatmulBackward0", "BmmBackward0"):
            # A product that summed: @ or matmul where the prompt's product is element by element.
            return Hint(
                f"Your result is a single value made by a matrix product ({m.found.grad_fn}) where it should keep one value "
                "per element: * multiplies element by element; @ (matmul, dot) also sums the products.",
                ("shape", "operation"),
            )
        return Hint("Your result was reduced to a single value (by sum/mean) where it should keep one value per element.", ("shape",))
    if e == 1 and f > 1:
        return Hint("Your result has one value per element where a single number was expected: reduce it (mean or sum) first.", ("shape",))
    expected_shape, found_shape = tuple(m.facts["expected_shape"]), tuple(m.facts["found_shape"])
    if len(expected_shape) == 2 and len(found_shape) == 1 and found_shape[0] in expected_shape and rows_added_up(ctx) is None:
        # A matrix of derivatives (a Jacobian, a Hessian) answered by one gradient: the gradient of a sum of the
        # outputs (or of the first derivatives), which adds up each column of the matrix.
        return Hint(
            "Your result is a vector where a matrix is expected: a matrix of derivatives has one row per output "
            "(one gradient per entry of the function's result), while one backward pass on a sum of the outputs "
            "gives only the sum of those rows.",
            ("shape",),
        )
    return None


@_recognising_anywhere
def transposed(ctx: Context) -> Hint | None:
    """A matrix whose rows are the expected columns (a Jacobian laid out the other way round); not square, its shape
    is the expected one reversed."""
    m = ctx.mismatch
    if not isinstance(m.found, TensorValue) or not isinstance(m.expected, TensorValue) or m.kind not in ("value", "shape"):
        return None
    if ctx.target.last_attribute in _NOT_VALUES:
        return None
    shape = tuple(m.expected.shape)
    if len(shape) != 2 or tuple(m.found.shape) != shape[::-1] or (m.kind == "shape") == (shape[0] == shape[1]):
        return None
    found, expected = m.found.data, m.expected.data
    if found is None or expected is None or len(found) != len(expected):
        return None
    rows, cols = shape
    swapped = [expected[j * cols + i] for i in range(cols) for j in range(rows)]
    if not all(isinstance(v, (int, float)) and math.isclose(f, v, rel_tol=1e-4, abs_tol=1e-6) for f, v in zip(found, swapped)):
        return None
    return Hint(
        "Your matrix is the expected one transposed: rows and columns are swapped. In a Jacobian, row i holds the "
        "derivatives of output i, one column per input.",
        ("operation", "shape", "order"),
    )


@_recognising
def reshaped(ctx: Context) -> Hint | None:
    """The right values laid out in another shape (a dimension of size 1 kept or added, a matrix flattened), or the
    right tensor as the only entry of a tuple or a list (what ``torch.autograd.grad`` and ``functional.hessian`` give
    for a tuple of inputs), or the right values as a Python list (``.tolist()``, rows never stacked)."""
    m = ctx.mismatch
    expected, found = m.expected, m.found
    if not isinstance(expected, TensorValue) or expected.data is None or m.kind not in ("shape", "type"):
        return None
    if ctx.target.last_attribute in _NOT_VALUES:
        return None
    wrapped = []
    while isinstance(found, SequenceValue) and len(found.items) == 1 and not found.truncated:
        wrapped.append(found.kind)
        found = found.items[0]
    if isinstance(found, SequenceValue):
        if not _same_values(list(expected.data), _flat_numbers(found)):
            return None
        return Hint(
            f"Your result holds the right values, in a Python {found.kind} (of numbers, or of tensors) where one tensor is "
            "expected: return the tensor itself (no .tolist(); torch.stack a list of tensors).",
            ("type",),
        )
    if not isinstance(found, TensorValue) or found.data is None or (not wrapped and found.shape == expected.shape):
        return None
    if not _same_values(list(expected.data), list(found.data)):
        return None
    if wrapped:
        return Hint(
            f"Your result holds the right values, as the only entry of a {wrapped[0]}: return the tensor itself (take "
            "[0] of what torch.autograd.grad, or a torch.autograd.functional call given a tuple of inputs, returns).",
            ("type",),
        )
    return _say(
        ctx,
        f"Your values are right, laid out in shape {tuple(found.shape)} where {tuple(expected.shape)} is expected: a "
        "dimension of size 1 kept or added (unsqueeze, a batch of one, keepdim=True), or the result flattened; "
        "reshape or squeeze it to the expected shape.",
        "Your values are right, laid out in another shape: a dimension of size 1 kept or added (unsqueeze, a batch of "
        "one, keepdim=True), or the result flattened; reshape or squeeze it to the expected shape.",
        "shape",
    )


def _entry_alone(expected: SequenceValue, found: Value) -> int | None:
    """The one entry of ``expected`` that ``found`` is, a tensor of the same shape and values (a few distinct numbers)
    or a number other than zero; None when it is none of them, or more than one."""
    hits = []
    for i, entry in enumerate(expected.items):
        if isinstance(entry, TensorValue) and isinstance(found, TensorValue):
            want, got = entry.data, found.data
            same = want is not None and got is not None and entry.shape == found.shape and (
                _same_values(list(want), list(got)) if len(want) > 1 else _same_number(want[0], got[0])
            )
        elif isinstance(entry, FloatValue) and isinstance(found, FloatValue):
            same = _same_number(entry.value, found.value)
        else:
            same = False
        if same:
            hits.append(i)
    return hits[0] if len(hits) == 1 else None


def _same_number(want: Any, got: Any) -> bool:
    """One number other than zero, found again (a zero is what a do-nothing answer holds as well)."""
    return (
        isinstance(want, (int, float)) and isinstance(got, (int, float)) and want != 0
        and math.isclose(got, want, rel_tol=1e-4, abs_tol=1e-6)
    )


def _same_values(want: list[Any], got: list[Any] | None) -> bool:
    """The same numbers one for one, and not a constant or a single number (which tells nothing of where it came from)."""
    if got is None or len(want) != len(got) or len(set(want)) < 2:
        return False
    return all(
        isinstance(e, (int, float)) and isinstance(f, (int, float)) and math.isclose(f, e, rel_tol=1e-4, abs_tol=1e-6) for e, f in zip(want, got)
    )


def _flat_numbers(value: Value) -> list[float] | None:
    """The numbers of a list or tuple (nested, or of tensors), in order, as a tensor's data would hold them; None when
    it holds anything else or was cut short."""
    out: list[float] = []
    stack: list[Value] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, SequenceValue):
            if item.truncated:
                return None
            stack.extend(reversed(item.items))
        elif isinstance(item, (IntValue, FloatValue)) and not isinstance(item.value, bool):
            out.append(float(item.value))
        elif isinstance(item, TensorValue) and item.data is not None and all(isinstance(v, (int, float)) for v in item.data):
            out.extend(float(v) for v in item.data)
        else:
            return None
    return out


def _rows_and_values(ctx: Context) -> tuple[TensorValue, TensorValue, list[list[float]], list[float]] | None:
    """A shape mismatch between two tensors of values: (expected, found, the expected rows, the found entries), every
    found entry a number."""
    m = ctx.mismatch
    expected, found = m.expected, m.found
    if m.kind != "shape" or not isinstance(expected, TensorValue) or not isinstance(found, TensorValue) or ctx.target.last_attribute in _NOT_VALUES:
        return None
    rows = _entries(expected)
    if rows is None or not found.data or not all(isinstance(f, (int, float)) for f in found.data):
        return None
    return expected, found, rows, [float(f) for f in found.data]


def _telling_total(rows: list[list[float]]) -> list[float] | None:
    """The rows added up, column by column; None when the total tells nothing of where it came from: a constant, or
    a row itself (the others zero)."""
    total = [sum(column) for column in zip(*rows)]
    if len({round(t, 6) for t in total}) < 2 or any(_same(row, total) for row in rows):
        return None
    return total


@_recognising_part
def rows_added_up(ctx: Context) -> Hint | None:
    """The expected rows added up into one: the gradient of a summed output (one backward pass through a sum of the
    per-sample losses, or of a Jacobian's outputs) where one row per sample or output is asked."""
    pair = _rows_and_values(ctx)
    if pair is None:
        return None
    expected, found, rows, data = pair
    if tuple(found.shape) != tuple(expected.shape[1:]) or len(data) != len(rows[0]):
        return None
    total = _telling_total(rows)
    if total is None or not _same(data, total):
        return None
    return _say(
        ctx,
        f"Your values are the expected rows added up into one, of shape {tuple(found.shape)} where "
        f"{tuple(expected.shape)} is expected: the gradient of a summed output (one backward pass through a sum) where "
        "each row asks for its own gradient. Compute the rows apart: torch.func.vmap, or one torch.autograd.grad call "
        "per row.",
        "Your values are the expected rows added up into one: the gradient of a summed output (one backward pass "
        "through a sum) where each row asks for its own gradient. Compute the rows apart: torch.func.vmap, or one "
        "torch.autograd.grad call per row.",
        "shape",
        "operation",
    )


@_recognising_part
def batch_gradient_in_every_row(ctx: Context) -> Hint | None:
    """Every row the same, the expected rows added up or averaged: one gradient of the whole batch's loss (or of a
    summed output), repeated (expand, repeat) where each row asks for its own."""
    expected, found = ctx.expected_value, ctx.found_value
    if ctx.mismatch.kind != "value" or not isinstance(expected, TensorValue) or not isinstance(found, TensorValue):
        return None
    if ctx.target.last_attribute in _NOT_VALUES or len(found.shape) < 2 or tuple(found.shape) != tuple(expected.shape):
        return None
    rows, present = _entries(expected), _entries(found)
    if rows is None or present is None or len(rows) < 2 or not all(_same(row, present[0]) for row in present):
        return None
    total = _telling_total(rows)
    if total is None:
        return None
    for how, scale in (("added up", 1.0), ("averaged", 1.0 / len(rows))):
        if _same(present[0], [t * scale for t in total]):
            return Hint(
                f"Every row of {ctx.name} is the same: the expected rows {how}, the gradient of the whole batch's loss "
                "(or of a summed output) repeated in each row, where each row asks for its own gradient. Compute the "
                "rows apart: torch.func.vmap, or one torch.autograd.grad call per row.",
                ("operation", "sum_vs_mean") if how == "averaged" else ("operation",),
            )
    return None


@_recognising_part
def rows_missing(ctx: Context) -> Hint | None:
    """Fewer rows than expected, each one the expected row in its place: a loop over the rows that stopped short (or
    started late), range(n - 1) for range(n). Rows of zeros show no work."""
    pair = _rows_and_values(ctx)
    if pair is None:
        return None
    expected, found, rows, data = pair
    if len(found.shape) < 2 or tuple(found.shape[1:]) != tuple(expected.shape[1:]) or not 0 < found.shape[0] < expected.shape[0]:
        return None
    if len(data) != found.shape[0] * len(rows[0]):
        return None
    size, k = len(rows[0]), found.shape[0]
    present = [data[i * size : (i + 1) * size] for i in range(k)]
    if not any(v for row in present for v in row):
        return None  # zeros are no work; a plain row matched by chance on one case meets the check's later cases
    for where, part in (("last", rows[:k]), ("first", rows[-k:])):
        if all(_same(f, e) for f, e in zip(present, part)):
            missing = len(rows) - k
            return Hint(
                f"Every row of {ctx.name} you return is right, but the {where} {'row is' if missing == 1 else f'{missing} rows are'} "
                f"missing ({k} {'row' if k == 1 else 'rows'} where {len(rows)} are expected): check the loop's bounds (range(n) runs n times, "
                "from 0 to n - 1).",
                ("steps", "shape"),
            )
    return None


def wrong_type(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if m.kind not in ("type", "none"):
        return None
    found = m.found
    if isinstance(found, ObjectValue) and found.type == "ellipsis" and not isinstance(m.expected, ObjectValue):
        # A notebook's name left as the starter wrote it, beside others done (all of them: "not implemented yet").
        return Hint(f"{ctx.name} is still `...`, the starter's placeholder: that step is not done yet.", ("steps",))
    if isinstance(m.expected, TensorValue):
        if isinstance(found, NoneValue) and ctx.is_return and not ctx.target.steps and not m.path:
            return Hint("Nothing was returned (None): did you forget the `return` statement?", ("type",))
        if isinstance(found, (FloatValue, IntValue)):
            return Hint("A Python number was found where a tensor was expected: keep the tensor (no .item() or float()).", ("type",))
        if isinstance(found, ObjectValue) and "numpy" in found.type:
            return Hint("A NumPy array was found where a torch tensor was expected: keep working with torch (no .numpy()).", ("type",))
        if isinstance(found, ObjectValue) and found.type not in ("Tensor", "Parameter"):
            return Hint(f"{found.type} is not a plain torch.Tensor; the grader only accepts torch.Tensor (and nn.Parameter).", ("type",))
        if isinstance(found, SequenceValue) and reshaped(ctx) is None:  # the right values in it: reshaped() says so
            return Hint(f"A {found.kind} was found where a tensor was expected: return the tensor itself (or torch.stack the {found.kind}).", ("type",))
    if isinstance(m.expected, SequenceValue) and not isinstance(found, SequenceValue) and (i := _entry_alone(m.expected, found)) is not None:
        return Hint(
            f"Your result is one value, entry [{i}] of the {m.expected.kind} of {m.expected.length} results expected: "
            f"return them all, in order, as a {m.expected.kind}.",
            ("type",),
        )
    if isinstance(m.expected, (FloatValue, IntValue)) and isinstance(found, TensorValue):
        hint = Hint("A tensor was found where a plain Python number was expected: use .item().", ("type",))
        # The right number in a one-element tensor is the work done, kept in the wrong form, as reshaped() says of a
        # list; zero, a number a do-nothing tensor holds as well, is not (tests/fairness/beyond, ba029).
        right = isinstance(m.expected, FloatValue) and found.data is not None and len(found.data) == 1 and _same_number(m.expected.value, found.data[0])
        # A tensor where a float is asked is the same on any input: for the hold, as _recognising_anywhere marks.
        return _recognised_in_part(hint) if right else hint
    if isinstance(m.expected, ExceptionValue) and isinstance(found, StrValue):
        # The message of the very error expected, kept as text: the step that raises ran as asked, and only what was
        # kept is wrong. Where the call's passes are counted, one of them must have failed: the message typed in,
        # with no pass that raised it, is no work (a notebook's run counts nothing; docs/threat-model.md).
        lines = m.expected.message.strip().splitlines()
        kept = bool(lines) and len(lines[0]) >= 20 and lines[0][:60] in found.value and ctx.autograd_failed != 0
        if kept and ctx.autograd_errors is not None:
            # Beside a pass that raised that very error: a backward on a throwaway tensor raises another, and the
            # message typed in beside it passed for the honest str(err) (tests/hostile/round18/pack/).
            kept = any(lines[0][:60] in error for error in ctx.autograd_errors)
        return Hint(
            "A string was found where the exception object was expected: keep the error itself "
            "(`except RuntimeError as err:` and then `err`), not its message str(err).",
            ("type",),
            recognised=kept,
        )
    if (
        isinstance(m.expected, NoneValue)
        and isinstance(found, TensorValue)
        and isinstance(ctx.expected_return, SequenceValue)
        and (i := _entry_alone(ctx.expected_return, found)) is not None
    ):
        # None is what a reset leaves (zero_grad() sets .grad to None); another result's values are what was there before.
        return Hint(
            f"A tensor was found where None was expected, holding the values of entry [{i}] of the expected result: it "
            "was read before the step that resets it (zero_grad() sets .grad to None, but a name bound to .grad before "
            "keeps the old tensor), or that step is missing. Read it after the reset.",
            # Which of the two it was, the values cannot tell: a reset left out is a step missing, and the mistake of a
            # .grad never reset (grad_left_over's accumulation).
            ("order", "stale", "steps", "accumulation"),
        )
    if isinstance(m.expected, NoneValue) and isinstance(found, TensorValue) and found.data is not None and not any(found.data):
        return Hint(
            "A tensor of zeros was found where None was expected: a gradient that was never computed, or that was reset, "
            "is None rather than zeros (zero_grad() sets None by default; set_to_none=False and materialize_grads=True "
            "give zeros instead).",
            ("type", "operation"),
        )
    return None


def grad_left_over(ctx: Context) -> Hint | None:
    """A leaf's .grad holds a gradient where the reference's is None after the same backward passes: it was not reset."""
    m, found, expected = ctx.mismatch, ctx.found_parent, ctx.expected_parent
    if ctx.attribute != "grad" or not isinstance(m.expected, NoneValue) or not isinstance(m.found, TensorValue):
        return None
    if not (isinstance(found, TensorValue) and isinstance(expected, TensorValue)):
        return None
    # Tracked leaves on both sides (not a retain_grad or a requires_grad switched on), which backward() reached alike.
    alike = all(t.is_leaf and t.requires_grad and not t.retains_grad for t in (found, expected))
    if not alike or expected.backward_calls is None or found.backward_calls != expected.backward_calls or not expected.backward_calls:
        return None
    return Hint(
        f"{ctx.name}.grad still holds a gradient where None was expected, after the same backward passes as the "
        f"reference: .grad keeps the last pass's gradient until it is reset. Set {ctx.name}.grad = None where the prompt "
        "asks for it.",
        # A .grad not reset is the accumulation mistake, even when the later passes add nothing to it.
        ("accumulation", "stale"),
    )


def backward_count(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    counts = _counts(m)
    if ctx.attribute != "backward_calls" or m.kind != "value" or counts is None:
        return None
    found, expected = counts
    name = ctx.name
    if found == 0:
        if ctx.autograd_runs is None:  # a notebook: its other tensors tell whether backward() ran at all
            notebook = _no_gradient_in_notebook(ctx, name)
            if notebook is not None or ctx.cell_failed:
                return notebook
        if _stopped_at_a_new_leaf(ctx):
            return Hint(
                f"backward() ran, but its gradient stopped at a new leaf your code made (detach().requires_grad_(), "
                f"torch.tensor(...)) and never reached {name}: compute from {name} itself.",
                ("broken_graph",),
            )
        if (raised := _only_raising_passes(ctx, name)) is not None:
            return raised
        if ctx.autograd_runs:
            return _copy_hint(name)
        return Hint(
            f"backward() never ran through {name}. Even if your numbers are right, they must come from autograd: "
            "call backward() on a result computed from it.",
            ("no_backward",),
        )
    if found > expected and _reference_caught_more(ctx):
        # The reference keeps an error it caught: one of its passes raised before reaching the input.
        # An extra gradient here is that pass going through, not an extra backward() call.
        return _should_have_raised(ctx, f"A gradient flowed into {name} {found} times where {expected} were expected")
    if found > expected:
        # Where the reference moves the input (a descent), or an input gives the number of steps,
        # more gradients are more steps, or more calls per step.
        iterative = _changed(ctx.expected_parent) is True or _steps_input(ctx, expected) is not None
        return _say(
            ctx,
            f"A gradient flowed into {name} {found} times where {expected} were expected: backward() ran more often than asked"
            + (" (one step too many, or more than one backward() per step)." if iterative else "."),
            f"A gradient flowed into {name} more often than expected: backward() ran more often than asked.",
            *(("backward_count", "steps") if iterative else ("backward_count",)),
        )
    # Fewer: autograd ran as often as asked but some passes went through a copy; too few steps
    # (the input still moved); or the input was rebound to a new tensor (it did not).
    if ctx.autograd_runs is not None and ctx.autograd_runs >= expected:
        return Hint(
            f"Autograd ran {ctx.autograd_runs} time(s), but only {found} of those passes reached {name}: the others ran on "
            f"a copy of {name} (detach(), .data, clone(), a new tensor), or on a computation without {name}, rather than "
            f"on {name} itself.",
            ("broken_graph", "operation"),
        )
    moves = _changed(ctx.expected_parent) is True
    if not moves and _steps_input(ctx, expected) is None and ctx.cell_failed:
        # A notebook whose cell raised: the pass that did not come was most likely the statement that raised.
        return _say(
            ctx,
            f"A gradient reached {name} {found} time(s) where {expected} were expected: a cell stopped with an error "
            "(the note about the failing cell says which) before the next backward() reached it, or that call is missing.",
            f"Gradients reached {name} fewer times than expected: a cell stopped with an error before the next backward() "
            "reached it, or that call is missing.",
            "backward_count",
            "no_backward",
            "exception",
        )
    if not moves and _steps_input(ctx, expected) is None:
        return _say(
            ctx,
            f"A gradient reached {name} {found} time(s) where {expected} were expected: a backward() call is missing.",
            f"Gradients reached {name} fewer times than expected: a backward() call is missing.",
            "backward_count",
            "no_backward",
        )
    if _changed(ctx.found_parent) is True or not moves:
        return _say(
            ctx,
            f"A gradient reached {name} {found} time(s) where {expected} were expected: the loop ran fewer steps than asked (check its range).",
            f"Gradients reached {name} fewer times than expected: the loop ran fewer steps than asked (check its range).",
            "steps",
            "backward_count",
        )
    return _say(
        ctx,
        f"A gradient reached {name} only {found} time(s) where {expected} were expected. If you rebind {name} to a new "
        f"tensor inside a loop ({name} = {name} - ..., or .detach()), the later steps no longer touch the {name} you were given: "
        f"update it in place under torch.no_grad() ({name} -= ...), or use an optimizer. Otherwise call backward() once per step.",
        f"Gradients reached {name} fewer times than expected: if you rebind {name} to a new tensor in a loop, later steps no "
        f"longer touch the {name} you were given; update it in place under torch.no_grad(), or call backward() once per step.",
        "backward_count",
        "broken_graph",
    )


def grad_requests(ctx: Context) -> Hint | None:
    """An input whose gradient no autograd call asked for, where the reference's did (``inputs=[x, y, z]``)."""
    m = ctx.mismatch
    counts = _counts(m)
    if ctx.attribute != "grad_requests" or m.kind != "value" or counts is None or counts[0] >= counts[1]:
        return None
    name = ctx.name
    if counts[0] == 0:
        return Hint(
            f"No torch.autograd.grad call asked for {name}'s gradient: ask for every input the prompt lists in one call "
            f"(allow_unused=True lets it answer None for one the output does not use), rather than writing {name}'s "
            "gradient yourself.",
            ("operation",),
        )
    return Hint(f"Autograd was asked for {name}'s gradient fewer times than the prompt's steps ask.", ("operation", "backward_count"))


def autograd_runs(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.target.root == "autograd_used" and not ctx.target.steps and _flag(m.found) is False:
        return Hint(
            "Autograd never ran in your function (no backward pass, no forward-mode dual): your numbers come from a "
            "formula you typed in, where the prompt asks autograd to compute them.",
            ("no_backward", "operation"),
        )
    counts = _counts(m)
    if ctx.target.root != "autograd_runs" or ctx.target.steps or m.kind != "value" or counts is None:
        return None
    found, expected = counts
    if found == 0:
        return Hint(
            "Autograd never ran in your function (no backward(), no torch.autograd.grad): even if your numbers are "
            "right, the gradients must come from autograd, not from a formula.",
            ("no_backward",),
        )
    if ctx.at_least and found < expected and result_left_out(ctx):
        # A result returned as None beside the passes short: the step that makes it was never written, no formula.
        return Hint(
            "Autograd ran fewer times in your function than the prompt's steps need, and a result your function "
            "returns is None: the step that computes it (with its backward pass) is missing.",
            ("type", "no_backward"),
        )
    if ctx.at_least and found < expected:
        # Correct styles run more passes; one short is a result that never went through autograd.
        return _say(
            ctx,
            f"Autograd ran {found} time(s) in your function where at least {expected} were expected: a result that should "
            "come from a backward pass came from a formula instead.",
            "Autograd ran fewer times than expected in your function: a result that should come from a backward pass "
            "came from a formula instead.",
            "no_backward",
        )
    return _say(
        ctx,
        f"Autograd ran {found} time(s) in your function where {expected} were expected: one backward pass per step.",
        "Autograd ran a different number of times than expected in your function: one backward pass per step.",
        "backward_count",
        "steps",
    )


def result_left_out(ctx: Context) -> bool:
    """Whether the call returned None where the reference returns a tensor (alone, or as an entry of what it returns)."""

    def entries(value: Value | None) -> tuple[Value | None, ...]:
        return value.items if isinstance(value, SequenceValue) else (value,)

    found, expected = entries(ctx.found_return), entries(ctx.expected_return)
    return len(found) == len(expected) and any(
        isinstance(f, NoneValue) and isinstance(e, TensorValue) for f, e in zip(found, expected)
    )


def _reference_moves_inputs(ctx: Context) -> bool:
    """Whether the reference's call changed an input's values (a descent: tensors, or a module input's parameters)."""
    for value in ctx.expected_inputs.values():
        tensors = [p for _name, p in value.parameters] if isinstance(value, ModuleValue) else [value]
        if any((t := as_tensor(p)) is not None and t.changed for p in tensors):
            return True
    return False


def autograd_passes(ctx: Context) -> Hint | None:
    """On a wrong value: autograd ran a different number of times in the call than in the reference's."""
    found, expected = ctx.autograd_runs, ctx.expected_autograd_runs
    if found is None or expected is None or found == expected or ctx.mismatch.kind not in ("value", "length"):
        return None
    if ctx.target.root == "autograd_runs":
        return None  # autograd_runs() words it for its own target
    # An integer input is the number of steps (or a count): a loop that ran a different number of times.
    if any(isinstance(v, IntValue) for v in ctx.found_inputs.values()):
        return _say(
            ctx,
            f"Autograd ran {found} time(s) in your function where {expected} were expected: one backward pass per "
            "step, so the loop ran a different number of steps (check its range).",
            "Autograd ran a different number of times than expected in your function: check the number of steps.",
            "steps",
            "backward_count",
        )
    if found == 0:
        if _numeric(ctx) and (k := _whole_ratio(ctx)) is not None and k != 0:
            # Numbers a constant factor off, typed from a derivation: its constants are as likely the mistake as the method.
            return Hint(
                "Autograd never ran in your function: your numbers come from a formula you wrote, and they are a constant "
                "multiple of the expected ones. Check the formula's constants (the chain rule's inner factors), or let "
                "backward() (or torch.autograd.grad) compute the gradient.",
                ("no_backward", "operation"),
            )
        if not ctx.autograd_checked:
            return None  # a formula by hand is allowed here: that autograd never ran is not what is wrong
        return Hint("Autograd never ran in your function: the gradients must come from backward() (or torch.autograd.grad).", ("no_backward",))
    if found > expected and _reference_caught_more(ctx):
        return _should_have_raised(ctx, "Autograd ran more often in your function than in the reference, which catches an error and returns it")
    if {found, expected} & _per_element_counts(ctx):
        return None  # one pass per element (a loop) and one batched pass (vmap, a Jacobian) are both right styles
    if found < expected:
        return Hint(
            f"Autograd ran {found} time(s) in your function where {expected} were expected: a backward() call is missing.",
            ("backward_count", "no_backward"),
        )
    if _reference_moves_inputs(ctx):
        # A descent: each pass is a step, so extra passes are as likely extra steps as extra calls.
        return Hint(
            f"Autograd ran {found} times in your function where {expected} {'was' if expected == 1 else 'were'} expected: "
            "more steps than asked (each step is one backward pass), or a backward() call too many, whose gradients add up.",
            ("steps", "backward_count", "accumulation"),
        )
    if (ctx.accumulations or 0) <= (ctx.expected_accumulations or 0):
        return Hint(
            f"Autograd ran {found} times in your function where {expected} {'was' if expected == 1 else 'were'} expected: "
            "a backward pass too many.",
            ("backward_count",),
        )
    return Hint(
        f"Autograd ran {found} times in your function where {expected} {'was' if expected == 1 else 'were'} expected: "
        "a backward() call too many, and .grad adds up every pass.",
        ("backward_count", "accumulation"),
    )


def _reference_caught_more(ctx: Context) -> bool:
    """The reference keeps more caught errors than the student's call returned: one of its passes raised."""
    return len(list(_within(ctx.expected_return, ExceptionValue))) > len(list(_within(ctx.found_return, ExceptionValue)))


def _changed_so_it_works(ctx: Context) -> Hint | None:
    """A step that should raise went through, and the student's call changed an input the reference's left alone."""
    changed = _inputs_changed_by_student(ctx)
    if not changed:
        return None
    return Hint(
        f"Your function changed {changed[0]}, the caller's tensor, so the step that should raise the error you are asked "
        f"to catch went through. Leave {changed[0]} as it is given.",
        ("input_mutated", "exception"),
    )


def _should_have_raised(ctx: Context, evidence: str) -> Hint:
    """A step that should raise (the reference catches its error) went through; ``evidence`` says what showed it."""
    if (changed := _changed_so_it_works(ctx)) is not None:
        return changed
    return Hint(
        f"{evidence}: a step that should raise (the error you are asked to catch and return) went through in your code. "
        "Check that it runs where the prompt says (inside the block or mode it names, such as detect_anomaly() or "
        "inference_mode()) and on the computation the prompt gives, every step of it on autograd's graph (no detach()).",
        ("exception", "operation", "grad_mode", "broken_graph"),
    )


def _per_element_counts(ctx: Context) -> set[int]:
    """Sizes above 1 of the inputs' dimensions, and one more: a pass count equal to one is a loop over elements (or
    rows), after one first pass for the one more (``torch.autograd.functional.hessian``: a gradient, then a pass per
    element of it; ``torch.func.hessian`` runs one batched pass)."""
    sizes: set[int] = set()
    for value in ctx.found_inputs.values():
        if isinstance(value, TensorValue):
            sizes.update(s for s in value.shape if s > 1)
    return sizes | {s + 1 for s in sizes}


def none_variable(ctx: Context) -> Hint | None:
    """A notebook variable that holds None where a tensor belongs, while backward() did run."""
    m = ctx.mismatch
    if ctx.autograd_runs is not None or ctx.target.steps or not isinstance(m.expected, TensorValue) or not isinstance(m.found, NoneValue):
        return None
    ran = [n for n, v in ctx.found_inputs.items() if isinstance(v, TensorValue) and v.grad is not None]
    if not ran:
        return None
    return Hint(
        f"backward() ran ({ran[0]} has a gradient), but {ctx.name} holds None: it was read before backward() ran, "
        "or from a tensor that keeps no gradient (a result computed from others, without retain_grad()).",
        ("order", "not_leaf"),
    )


def formula(ctx: Context) -> Hint | None:
    """Values differ though autograd did everything the reference's did: the formula itself differs.

    A diagnosis by elimination, given only where nothing else can explain the
    values: the same backward passes reached the same inputs, nothing added up
    or changed that did not in the reference run, and the call is not a loop of
    steps (where a value from the wrong step looks the same).
    """
    m = ctx.mismatch
    if not _numeric(ctx) or not ctx.is_return or any(isinstance(step, str) for step in ctx.target.steps):
        return None  # a returned value (or an entry of one): a gradient may be off for reasons the run cannot show
    if not isinstance(m.found, (TensorValue, IntValue, FloatValue)) or _alias(m.found) or not _far_off(m):
        return None  # a small difference is precision (a dtype), not a formula
    if ctx.autograd_runs != 1 or ctx.expected_autograd_runs != 1:
        return None  # one backward pass each: no loop of steps, no pass missing or extra
    if (ctx.accumulations or 0) != (ctx.expected_accumulations or 0):
        return None
    if any(isinstance(v, IntValue) for v in ctx.found_inputs.values()):
        return None  # an integer input (a number of steps, a count) gives other explanations
    if _reference_moves_inputs(ctx):
        return None  # a descent (tensors, or a module's parameters): the step it stopped at, or when a value was read, explains it
    for name, value in ctx.found_inputs.items():
        found, expected = as_tensor(value), as_tensor(ctx.expected_inputs.get(name))
        if found is None or expected is None:
            continue
        if _autograd_facts(found) != _autograd_facts(expected):
            return None
    k = _whole_ratio(ctx)
    if k == 0 and isinstance(m.found, TensorValue) and _about_gradients(ctx) and not m.found.shape and not _gradient_shaped(ctx, m.found):
        # A single number computed from gradients (a norm, a sum) that is 0: the gradients were not there when it was read.
        return Hint(
            "Your value is 0 where the expected one is not: it was computed from gradients that were not there yet, "
            "before backward() filled them, or from tensors whose .grad is empty (pass the tensors themselves, not their .grad).",
            ("order", "operation"),
        )
    if k == 0 and isinstance(m.found, TensorValue) and _about_gradients(ctx):
        # A gradient tensor of zeros where autograd filled values: they were there and were wiped.
        # (A number that comes out 0 is more often a formula's terms cancelling.)
        return Hint(
            "Autograd did what it should, yet your values are all zeros where the expected ones are not: a gradient "
            "kept by reference (x.grad itself) is zeroed by a later zero_grad() or zero_(). Keep a copy, .grad.clone(), "
            "before zeroing.",
            ("stored_reference",),
        )
    # A whole-number factor is a count: what a sum has over a mean (or the reverse) of that many terms. Between two
    # single numbers any ratio is some factor ((x - 2)^2 for (x + 2)^2 at x = 1 is 1/9): there only a count of the
    # inputs' elements (all of them, or rows or columns) tells one.
    # Several values of one size (x all ones) share any factor as a single number does.
    several = _proportional(ctx)
    whole = {round(c) for c in ((k, 1 / k) if k is not None and k > 0 else ()) if math.isclose(c, round(c), rel_tol=1e-4) and round(c) >= 2}
    if whole and (several or whole & (_element_counts(ctx) | _partial_counts(ctx))):
        # One factor shared by several different values is the right computation with one constant wrong: the work
        # was done. A single number's factor could be chance.
        hint = _say(
            ctx,
            f"Autograd did what it should, yet your values are {k:.4g} times the expected ones: a constant factor differs, "
            "most often a sum where the prompt has a mean (or a mean where it has a sum), or a constant of the formula.",
            "Autograd did what it should, yet your values are a whole-number multiple (or fraction) of the expected ones: "
            "a constant factor differs, most often a sum where the prompt has a mean (or the reverse), or a constant of the formula.",
            "sum_vs_mean",
            "operation",
        )
        return _recognised(hint) if several else hint
    return Hint(
        "Autograd did what it should (the same backward passes reached the same inputs), yet the values differ: "
        "the formula itself differs from the prompt's. Check it term by term: operations, powers, constants, signs.",
        ("operation", "sign"),
    )


def _proportional(ctx: Context) -> bool:
    """The found values are one factor times the expected ones over at least two different nonzero magnitudes."""
    found, expected = numbers_in(ctx.mismatch.found), numbers_in(ctx.mismatch.expected)
    if found is None or expected is None or len(found) != len(expected) or factor(found, expected) is None:
        return False
    return len({round(abs(float(e)), 6) for e in expected if e}) >= 2


def _gradient_shaped(ctx: Context, t: TensorValue) -> bool:
    """Whether a tensor has the shape of some input that requires grad: it may be that input's gradient."""
    shape = tuple(t.shape)
    return any(isinstance(v, TensorValue) and v.requires_grad and tuple(v.shape) == shape for v in ctx.found_inputs.values())


def _autograd_facts(t: TensorValue) -> tuple[int | None, int | None, bool | None, bool]:
    """What autograd did to an input: backward calls, accumulations, whether it changed, whether it is tracked."""
    return t.backward_calls, t.accumulated, t.changed, t.requires_grad


def _value_pairs(m: Mismatch) -> list[tuple[Any, Any]] | None:
    """(found, expected) numbers, element by element, of two tensors or two numbers; None for other values."""
    found, expected = m.found, m.expected
    if isinstance(found, TensorValue) and isinstance(expected, TensorValue):
        return list(zip(found.data or [], expected.data or []))
    if isinstance(found, (IntValue, FloatValue)) and isinstance(expected, (IntValue, FloatValue)):
        return [(found.value, expected.value)]
    return None


def _far_off(m: Mismatch) -> bool:
    """Some element is off by more than 1% of its expected size (or than 1e-3 near zero)."""
    pairs = _value_pairs(m)
    if pairs is None:
        return False
    for f, e in pairs:
        if isinstance(f, bool) or isinstance(e, bool) or not (math.isfinite(f) and math.isfinite(e)):
            return True
        if abs(f - e) > max(1e-2 * abs(e), 1e-3):
            return True
    return False


@_recognising
def near_miss(ctx: Context) -> Hint | None:
    """Every value within 0.01% of the expected one, yet outside the tolerance: precision lost, not a wrong formula."""
    if not _numeric(ctx):
        return None
    pairs = _value_pairs(ctx.mismatch)
    if not pairs or any(isinstance(f, bool) or not (math.isfinite(f) and math.isfinite(e)) for f, e in pairs):
        return None
    if all(abs(f - e) <= 1e-4 * abs(e) for f, e in pairs):
        return Hint(
            "Your values are within 0.01% of the expected ones but outside the tolerance: precision was lost on the way, "
            "such as a computation in float32 (or half precision) where float64 is needed, or a value rounded.",
            ("dtype",),
        )
    return None


def _scalars(value: Value | None) -> list[float] | None:
    """The numbers of a list of scalars (numbers or one-element tensors), or None."""
    if not isinstance(value, SequenceValue):
        return None
    out = []
    for item in value.items:
        if isinstance(item, (IntValue, FloatValue)):
            out.append(float(item.value))
        elif isinstance(item, TensorValue) and item.data is not None and len(item.data) == 1:
            out.append(float(item.data[0]))
        else:
            return None
    return out


def _same(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, rel_tol=1e-4, abs_tol=1e-6) for x, y in zip(a, b))


@_recognising_anywhere
def shifted_record(ctx: Context) -> Hint | None:
    """A per-step record whose entries are the reference's, one step off: recorded after the update, or before."""
    found, expected = _scalars(ctx.found_value), _scalars(ctx.expected_value)
    if not found or not expected or len(found) < 2 or len(found) != len(expected) or _same(found, expected):
        return None
    if _same(found[:-1], expected[1:]):
        return Hint(
            f"Each entry of {ctx.name} is the reference's entry of the next step: it was recorded after that step's "
            "update instead of before it (record the value computed at the start of the step, then update).",
            ("order", "stale"),
        )
    if _same(found[1:], expected[:-1]):
        return Hint(
            f"Each entry of {ctx.name} is the reference's entry of the step before: it was recorded one step late "
            "(a value kept from the previous step).",
            ("order", "stale"),
        )
    return None


@_recognising_anywhere
def stale_result(ctx: Context) -> Hint | None:
    """One returned number is off while every other returned value, the final parameters among them, is right."""
    found, expected = ctx.found_return, ctx.expected_return
    m = ctx.mismatch
    if not _numeric(ctx) or not isinstance(found, TupleValue) or not isinstance(expected, TupleValue):
        return None
    if found.length != expected.length or found.length < 2 or not _far_off(m):
        return None
    if not isinstance(m.found, (IntValue, FloatValue, TensorValue)) or (isinstance(m.found, TensorValue) and m.found.shape):
        return None  # a scalar: a loss or a function value, not the parameters
    if not any(_changed(v) and _changed(ctx.expected_inputs.get(name)) for name, v in ctx.found_inputs.items()):
        return None  # the reference updates no input (no descent), or the student's call did not: nothing to be stale about
    others = [i for i, item in enumerate(found.items) if item is not ctx.found_value]
    if len(others) != found.length - 1:
        return None
    if any(compare(expected.items[i], found.items[i], tolerances=_LOOSE) is not None for i in others):
        return None
    return Hint(
        f"Your other results (the final parameters) are right, but {ctx.name} is not: it was most likely computed "
        "before the last update, inside the loop, instead of at the final parameters after it.",
        ("stale",),
    )


def _entries(value: Value | None) -> list[list[float]] | None:
    """A result's entries, each as its numbers: the rows of a tensor of two or more dimensions, or a list's items (a record).

    A vector's entries are single numbers: a constant vector, or one that adds up, is too common a shape to name a mistake.
    """
    if isinstance(value, TensorValue):
        # Rows counted by the data, never by a size alone: an empty tensor of 2^62 rows has no entry to read.
        if len(value.shape) < 2 or value.shape[0] < 2 or not value.data or len(value.data) % value.shape[0]:
            return None
        size = len(value.data) // value.shape[0]
        return [[float(v) for v in value.data[i * size:(i + 1) * size]] for i in range(value.shape[0])]
    if isinstance(value, ListValue) and len(value.items) >= 2 and not value.truncated:  # a tuple holds distinct results
        rows = [numbers_in(item) for item in value.items]
        if any(r is None or not r for r in rows) or len({len(r or ()) for r in rows}) != 1:
            return None
        return [[float(v) for v in r or ()] for r in rows]
    return None


def _entry_pair(ctx: Context) -> tuple[list[list[float]], list[list[float]]] | None:
    """(found, expected) entries of the same count and size: of the differing value, or of the whole list it is in."""
    if not _numeric(ctx):
        return None
    for found_value, expected_value in ((ctx.mismatch.found, ctx.mismatch.expected), (ctx.found_value, ctx.expected_value)):
        found, expected = _entries(found_value), _entries(expected_value)
        if found is not None and expected is not None and len(found) == len(expected) and len(found[0]) == len(expected[0]):
            return found, expected
    return None


def _varied(rows: list[list[float]]) -> bool:
    """Numbers of at least two different nonzero sizes: values clipped to ±1, or all one size, match each other by chance."""
    return len({round(abs(v), 6) for row in rows for v in row if v}) >= 2


@_recognising_anywhere
def running_total(ctx: Context) -> Hint | None:
    """Entry k is the sum of the expected entries 0..k: one .grad filled sample after sample (or step after step), never reset."""
    pair = _entry_pair(ctx)
    if pair is None:
        return None
    found, expected = pair
    if not any(v for e in expected[1:] for v in e) or all(_same(e, expected[0]) for e in expected) or not _varied(expected):
        return None  # later entries of zeros (a constant record adds up the same), all alike (multiples: see accumulated()), or of one size
    total = [0.0] * len(expected[0])
    for f, e in zip(found, expected):
        total = [t + v for t, v in zip(total, e)]
        if not _same(f, total):
            return None
    differing = [f for f, e in zip(found, expected) if not _same(f, e)]
    if not differing or any(not any(f) for f in differing):
        return None  # an entry of zeros is one never filled in (rows that add up to zero, as a Hessian's can), not a sum
    return Hint(
        f"Entry k of {ctx.name} is the sum of the expected entries 0 to k: the gradients added up, because one .grad was "
        "filled again for each sample (or step) without being reset. Reset it (x.grad = None, or .zero_()) before each "
        "backward(), or use torch.autograd.grad, which adds nothing up.",
        ("accumulation",),
    )


def _saturated(expected: list[list[float]]) -> bool:
    """The last entry is one value that bounds every entry and shows up in an earlier one: a clip's limit, not data."""
    last = expected[-1]
    if len(set(last)) != 1:
        return False
    bound = abs(last[0])
    return all(abs(v) <= bound for e in expected for v in e) and any(abs(v) == bound for e in expected[:-1] for v in e)


@_recognising_part
def last_entry_everywhere(ctx: Context) -> Hint | None:
    """Every entry equals the expected last one: the same .grad tensor stored each time, by reference, overwritten."""
    pair = _entry_pair(ctx)
    if pair is None:
        return None
    found, expected = pair
    if not any(expected[-1]) or not _varied(expected) or all(_same(e, expected[-1]) for e in expected):
        return None  # a last entry of zeros, or values all of one size (clipped to ±1), are every entry's by chance too often
    if _saturated(expected):
        return None  # an answer clipped to the same bound holds it in every entry too (a sign flipped before a clamp)
    if not all(_same(f, expected[-1]) for f in found):
        return None
    return Hint(
        f"Every entry of {ctx.name} holds the last one's values: each entry is the same tensor (a .grad stored without "
        "a copy), which the later passes overwrote in place. Store a copy of each, such as w.grad.clone().",
        ("stored_reference",),
    )


@_recognising_part
def unfilled_entries(ctx: Context) -> Hint | None:
    """The first or last entries are zeros, every other one right: a loop that stopped one short (or started one late)."""
    pair = _entry_pair(ctx)
    if pair is None:
        return None
    found, expected = pair
    right = [_same(f, e) for f, e in zip(found, expected)]
    empty = [not any(f) and any(e) for f, e in zip(found, expected)]
    if not all(r or z for r, z in zip(right, empty)) or not any(empty) or not any(r and any(e) for r, e in zip(right, expected)):
        return None
    first, last = empty.index(True), len(empty) - 1 - empty[::-1].index(True)
    if not all(empty[first:last + 1]) or (first != 0 and last != len(empty) - 1):
        return None  # zeros in the middle: not where a loop's bound leaves them
    where = "last" if last == len(empty) - 1 else "first"
    return Hint(
        f"The {where} {'entry' if first == last else 'entries'} of {ctx.name} {'is' if first == last else 'are'} zeros, "
        "every other one right: they were never filled in. Check the loop's bounds (range(n) runs n times, from 0 to n - 1).",
        ("steps",),
    )


def shared_entries(ctx: Context) -> Hint | None:
    if ctx.attribute != "distinct" or ctx.mismatch.kind != "value" or _flag(ctx.mismatch.found) is not False:
        return None
    return Hint(
        f"Several entries of {ctx.name} are one and the same tensor (a .grad appended without a copy): each backward() "
        "refills it in place, so every entry shows whatever it holds last. Append a copy, such as w.grad.clone().",
        ("stored_reference",),
    )


def grad_mode(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if ctx.attribute != "under_no_grad" or m.kind != "value":
        return None
    if _flag(m.expected) is True:
        return Hint(
            f"{ctx.name} was computed with gradient recording on: compute it inside `with torch.no_grad():` "
            "(or in a function decorated with @torch.no_grad()). A .detach() afterwards gives the same flags, "
            "but the operation was still recorded, which is what no_grad avoids.",
            ("grad_mode",),
        )
    return Hint(f"{ctx.name} was computed with gradient recording off: compute it outside torch.no_grad().", ("grad_mode",))


def optimizer_steps(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    counts = _counts(m)
    if ctx.attribute != "optimizer_steps" or m.kind != "value" or counts is None:
        return None
    found, expected = counts
    if expected == 0:
        return Hint(
            f"An optimizer updated {ctx.name}, where the exercise asks for the update written by hand.",
            ("optimizer",),
        )
    if found == 0:
        return Hint(
            f"No optimizer updated {ctx.name}: optimizer.step() never ran, or the optimizer was built for other tensors. "
            f"Build it for the tensor you were given (torch.optim.SGD([{ctx.name}], lr=lr)) and call optimizer.step() "
            "after backward().",
            ("optimizer", "steps"),
        )
    return _say(
        ctx,
        f"optimizer.step() updated {ctx.name} {found} times where {expected} were expected: one step per iteration.",
        f"optimizer.step() updated {ctx.name} a different number of times than expected: one step per iteration.",
        "steps",
    )


def _steps_input(ctx: Context, count: int) -> str | None:
    """The integer input that gives the number of steps (it equals ``count``), if one does."""
    for name, value in ctx.found_inputs.items():
        if isinstance(value, IntValue) and value.value == count and count > 1:
            return name
    return None


def length(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if m.kind != "length":
        return None
    wanted = m.facts.get("expected_length")
    steps = [n for n, v in ctx.found_inputs.items() if isinstance(v, IntValue) and v.value == wanted]
    if not steps:
        return None  # nothing says the list is one entry per step
    return Hint(f"The list should hold one entry per step ({steps[0]} of them): check your loop's range.", ("steps",))


def not_raised(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    expected = m.expected
    if not isinstance(expected, ExceptionValue):
        return None  # both kinds of mismatch below are an expected exception's
    if m.kind == "raised_by_hand":
        if isinstance(m.found, ExceptionValue) and m.found.origin == "constructed":
            return Hint(
                f"This {expected.type} was created by your code and never raised: the exercise is about the error "
                "PyTorch raises by itself. Make the operation fail, and keep the exception it raises.",
                ("exception",),
            )
        return Hint(
            f"Your own code raised this {expected.type} (a raise statement): the exercise is about the error PyTorch "
            "raises by itself. Remove the raise and let PyTorch's operation fail.",
            ("exception",),
        )
    if m.kind != "not_raised":
        return None
    if ctx.target.root == "raised":
        switched = [
            n for n, v in ctx.found_inputs.items()
            if isinstance(v, TensorValue) and v.requires_grad and _requires_grad(ctx.expected_inputs.get(n)) is False
        ]
        if switched:
            n = switched[0]
            return Hint(
                f"Your function switched requires_grad on for {n}, the caller's tensor, so there was no error: whether {n} "
                "is tracked is the caller's decision. Leave it as it is.",
                ("requires_grad", "input_mutated"),
            )
        if _tracked(ctx.found_return) and not any(isinstance(v, TensorValue) and v.requires_grad for v in ctx.found_inputs.values()):
            return Hint(
                "Your result is tracked although no input requires grad: your function made a tracked copy "
                "(.detach().requires_grad_(), torch.tensor(..., requires_grad=True)), so there was no error. Compute from the inputs as given.",
                ("requires_grad", "broken_graph"),
            )
        counted = [calls for calls in map(_calls, ctx.found_inputs.values()) if calls is not None]
        if counted and all(calls > 0 for calls in counted):
            return Hint(
                "backward() ran here, where PyTorch refuses it on the call as asked: your code changed the call "
                "(reduced the result, passed a gradient, ...) so that it works. Call it as asked and let the error happen.",
                ("exception",),
            )
        if counted and all(calls == 0 for calls in counted):
            return Hint(
                "No error came out, and no gradient was computed: backward() was either not called or its error was "
                "caught (try/except). Call it as asked and let the error propagate.",
                ("exception", "no_backward"),
            )
        if not counted and ctx.autograd_runs == 0:
            # Inputs that do not require grad carry no counter; the engine watch says no pass even started.
            return Hint(
                "No error came out because backward() was never called: call it as the prompt asks and let its error propagate.",
                ("no_backward", "exception"),
            )
        if not counted and ctx.autograd_runs:
            return Hint(
                "backward() started, yet no error came out: your code caught it (try/except), or the pass ran on a "
                "tracked copy rather than the computation the prompt gives. Let the error propagate.",
                ("exception", "broken_graph"),
            )
        return None  # the message says it completed; why, the run does not show
    kind = expected.type
    if (changed := _changed_so_it_works(ctx)) is not None:
        return changed
    # Nothing the run shows tells these apart: the failing step did not fail, or it did and was swallowed.
    return Hint(
        f"No {kind} was kept in {ctx.name}. Either the step that should raise it did not fail in your code (it must run "
        "exactly as the prompt gives it: the same operations, inside the block or mode it names, on the inputs as given, "
        f"none of them cut from autograd's graph), or it raised and was caught without being kept (except {kind} as err: "
        f"keep err in {ctx.name}).",
        ("exception", "operation", "grad_mode", "broken_graph"),
    )


def _inputs_changed_by_student(ctx: Context) -> list[str]:
    """Inputs whose values the student's call changed where the reference's left them alone."""
    return [
        n for n, v in ctx.found_inputs.items()
        if isinstance(v, TensorValue) and v.changed and _changed(ctx.expected_inputs.get(n)) is False
    ]


def wrong_dtype(ctx: Context) -> Hint | None:
    m = ctx.mismatch
    if m.kind == "dtype" and isinstance(m.expected, TensorValue):
        return Hint(
            f"The dtype should be torch.{m.expected.dtype}: a tensor made from Python floats with dtype=torch.float64, "
            "or from NumPy, is float64; one made from Python ints is int64.",
            ("dtype",),
        )
    if isinstance(m.expected, DtypeValue) and isinstance(m.found, DtypeValue):
        # A .dtype target: the result was made or converted in another dtype than the inputs'.
        return _say(
            ctx,
            f"The result is torch.{m.found.value} where torch.{m.expected.value} is expected: keep the dtype of the inputs "
            "(new tensors take dtype=x.dtype, or come from torch.zeros_like(x); .float() and torch.tensor(...) of Python "
            "floats give float32).",
            "The result's dtype is not the expected one: keep the dtype of the inputs (new tensors take dtype=x.dtype, "
            "or come from torch.zeros_like(x); .float() and torch.tensor(...) of Python floats give float32).",
            "dtype",
        )
    return None


_NODE = re.compile(r"\b([A-Z][A-Za-z]*Backward\d*)\b")


def other_error(ctx: Context) -> Hint | None:
    """A kept exception whose message is not the expected one: what the message it has says instead."""
    m = ctx.mismatch
    if m.kind != "message" or not isinstance(m.found, ExceptionValue):
        return None
    known = for_exception(m.found.message, m.found.origin)
    if known is not None:
        # The error kept is one PyTorch raises for a known mistake, which came before the one expected.
        return Hint(f"The error you kept is another one than expected. {known.text}", known.mistakes)
    wanted = _NODE.findall(_pattern_text(m.expected))
    got = _NODE.findall(m.found.message)
    if wanted and got and not set(wanted) & set(got):
        return Hint(
            f"The error names the graph node {got[0]} where {wanted[0]} is expected: your computation records another "
            "operation than the prompt's (x ** 0.5 records PowBackward0, torch.sqrt(x) records SqrtBackward0).",
            ("operation", "exception"),
        )
    return None


def _pattern_text(value: Value) -> str:
    """What an expected error says (its message, or the pattern a check matches it against)."""
    if isinstance(value, ExceptionValue):
        return value.message
    return value.value if isinstance(value, StrValue) else ""


@_recognising_part
def read_too_late(ctx: Context) -> Hint | None:
    """A recorded value that equals an input's final .grad, which the expected one does not: read after a later backward()."""
    m = ctx.mismatch
    if not ctx.is_return or m.kind != "value" or not isinstance(m.found, TensorValue) or not isinstance(m.expected, TensorValue) or m.found.alias:
        return None  # (an input's own .grad at the end is not a value read at some point: only returned ones are)
    for name, value in ctx.expected_inputs.items():
        final = value.grad if isinstance(value, TensorValue) else None
        if final is None or name == ctx.target.root or final.shape != m.found.shape:
            continue
        if final.data is not None and not any(final.data):
            # A final .grad of zeros (reset after the last step) says nothing was read late: a record of zeros is
            # what zeros_recorded names, where nothing of the work shows (tests/hostile/round22/README.md).
            continue
        runs = ctx.autograd_runs if ctx.autograd_runs is not None else _calls(ctx.found_inputs.get(name))
        if runs is not None and runs < 2:
            continue  # no later pass to read it after: an equal number is chance (2(x+2)^2 at x = 1 is 6(x+2))
        if compare(final, m.found, tolerances=_LOOSE) is None and compare(final, m.expected, tolerances=_LOOSE) is not None:
            return Hint(
                f"This value equals {name}.grad as it is at the end of the call: it was read too late, after a later "
                f"backward() added to {name}.grad. Read it (a copy) right after the step that makes it.",
                ("order", "stale"),
            )
    return None


def _norm(value: Value | None) -> float | None:
    """The 2-norm of a tensor's data (None: no tensor, or no data)."""
    if not isinstance(value, TensorValue) or value.data is None or not value.data:
        return None
    if not all(isinstance(x, (int, float)) and math.isfinite(x) for x in value.data):
        return None
    return math.sqrt(sum(float(x) * float(x) for x in value.data))


def _one_number(value: Value | None) -> float | None:
    """A number, or a one-element tensor's, or None."""
    if isinstance(value, (IntValue, FloatValue)) and not isinstance(value.value, bool):
        return float(value.value)
    if isinstance(value, TensorValue) and value.data is not None and len(value.data) == 1 and isinstance(value.data[0], (int, float)):
        return float(value.data[0])
    return None


_NORM_WORDS = re.compile(r"norm|clip", re.IGNORECASE)


def norm_too_late(ctx: Context) -> Hint | None:
    """A returned number that is the norm of an input's .grad as the call left it, which the expected one is not:
    measured after the gradient was changed (clipped, rescaled), where the prompt asks for it before."""
    m = ctx.mismatch
    found, expected = _one_number(m.found), _one_number(m.expected)
    if not ctx.is_return or m.kind != "value" or found is None or expected is None or (isinstance(m.found, TensorValue) and m.found.alias):
        return None
    if not _NORM_WORDS.search(f"{ctx.prompt} {ctx.label}"):
        return None  # a number that happens to equal a gradient's norm, where no norm is asked for (a mean of squares of ones)
    for name, value in ctx.found_inputs.items():
        grad = value.grad if isinstance(value, TensorValue) else None
        # The norm of a single number is its size: that says nothing of a norm taken.
        norm = _norm(grad) if grad is not None and grad.data is not None and len(grad.data) >= 2 else None
        reference = ctx.expected_inputs.get(name)
        reference_norm = _norm(reference.grad) if isinstance(reference, TensorValue) else None
        if norm is None or not math.isclose(found, norm, rel_tol=1e-4, abs_tol=1e-6):
            continue
        if reference_norm is not None and math.isclose(expected, reference_norm, rel_tol=1e-4, abs_tol=1e-6):
            continue  # the reference returns that norm too: the difference is elsewhere
        if reference_norm is None or not math.isclose(norm, reference_norm, rel_tol=1e-4, abs_tol=1e-6):
            # The gradient left is not the one the reference's change leaves: nothing says it was changed at all (a
            # mean's gradient, under the limit, is never clipped, and its norm is what such an answer returns).
            continue
        return Hint(
            f"This number is the norm of {name}.grad as your function leaves it, after the gradient was changed "
            "(clipped or rescaled): the prompt asks for the norm before that change. Take it (or keep what the "
            "clipping call returns) before the gradient is changed.",
            ("order", "operation"),
        )
    return None


def zeros_recorded(ctx: Context) -> Hint | None:
    """A recorded gradient that is all zeros where the reference's is not: taken after the reset, or zeroed by it."""
    m = ctx.mismatch
    if m.kind != "value" or not m.path.startswith("[") or not isinstance(m.found, TensorValue) or m.found.alias:
        return None
    if not isinstance(m.expected, TensorValue) or m.found.data is None or m.expected.data is None or not _about_gradients(ctx):
        return None
    if any(x != 0 for x in m.found.data) or all(x == 0 for x in m.expected.data):
        return None
    # Not known to be .grad itself, but it may still be (a copy's storage is not always told apart): both causes.
    return Hint(
        "This recorded gradient is all zeros where the expected one is not: it was copied after .grad was reset "
        "(zero_grad() or .zero_()) or before backward() filled it, or it is .grad itself, which the reset zeroed. "
        "Copy it (.grad.clone()) between backward() and the reset.",
        ("order", "stored_reference"),
    )


def nan_replaced(ctx: Context) -> Hint | None:
    """Finite numbers where autograd's result has NaN: the NaN was replaced or avoided, not kept."""
    m = ctx.mismatch
    if m.kind != "value" or not isinstance(m.found, TensorValue) or not isinstance(m.expected, TensorValue):
        return None
    found, expected = m.found.data, m.expected.data
    if found is None or expected is None or len(found) != len(expected):
        return None
    nan_where = [i for i, e in enumerate(expected) if isinstance(e, float) and math.isnan(e)]
    if not nan_where or any(isinstance(found[i], float) and math.isnan(found[i]) for i in nan_where):
        return None
    return Hint(
        "Your result has numbers where the expected one has NaN: keep what autograd gives (the NaN is part of the answer); "
        "do not replace it (nan_to_num, masking, where) or step around it.",
        ("operation",),
    )


@_recognising
def unweighted(ctx: Context) -> Hint | None:
    """A gradient off by the entries of an input of its shape: the weighting by that input is missing, or extra."""
    m = ctx.mismatch
    if m.kind != "value" or not isinstance(m.found, TensorValue) or not isinstance(m.expected, TensorValue) or not _about_gradients(ctx):
        return None
    found, expected = m.found.data, m.expected.data
    if found is None or expected is None or len(found) != len(expected):
        return None
    for name, value in ctx.found_inputs.items():
        weights = value.data if isinstance(value, TensorValue) and value.shape == m.found.shape else None
        if weights is None or name == ctx.target.root or len(set(weights)) < 2 or any(w == 0 for w in weights):
            continue
        if all(math.isclose(f * w, e, rel_tol=1e-4, abs_tol=1e-6) for f, w, e in zip(found, weights, expected)):
            return Hint(
                f"Your gradient is the expected one with each entry divided by the matching entry of {name}: the weighting "
                f"by {name} is missing (z.backward({name}) weights each output's gradient by {name}; z.sum().backward() or "
                "torch.ones_like do not).",
                ("operation",),
            )
    return None


RULES: tuple[Rule, ...] = (
    reshaped,
    rows_added_up,
    batch_gradient_in_every_row,
    rows_missing,
    wrong_type,
    grad_is_none,
    grad_left_over,
    no_grad_fn,
    kept_grad,
    wrong_grad_fn,
    changed_input,
    wrong_shape,
    transposed,
    backward_count,
    grad_requests,
    autograd_runs,
    autograd_passes,
    none_variable,
    near_miss,
    grad_mode,
    shared_entries,
    shifted_record,
    stale_result,
    optimizer_steps,
    length,
    not_raised,
    wrong_dtype,
    other_error,
    read_too_late,
    norm_too_late,
    zeros_recorded,
    nan_replaced,
    unweighted,
    stored_reference,
    running_total,
    last_entry_everywhere,
    unfilled_entries,
    sum_or_mean,
    accumulated,
    flipped_sign,
)


MAX_REORDERED = 8
"""Entries of a returned tuple the hints try to match in another order, at most (larger ones are not results listed)."""


def swapped_entries(ctx: Context) -> Hint | None:
    """Entries of the returned tuple (or list) hold each other's results: the order differs, not the work."""
    steps = ctx.target.steps
    found, expected = ctx.found_return, ctx.expected_return
    if not ctx.is_return or ctx.target.call is not None:
        return None
    if not isinstance(found, SequenceValue) or not isinstance(expected, SequenceValue) or found.kind != expected.kind:
        return None
    if len(found.items) != len(expected.items) or found.truncated or expected.truncated:
        return None
    if not steps:
        return _reordered(found.items, expected.items)
    i = steps[0]
    if not isinstance(i, int):
        return None
    rest = Target(text="entry", root="entry", steps=steps[1:])

    def same(a: Value, b: Value) -> bool:
        try:
            return compare(resolve(a, rest), resolve(b, rest), tolerances=_LOOSE) is None
        except Unresolved:
            return False

    for j in range(len(found.items)):
        if j != i and same(found.items[i], expected.items[j]) and same(found.items[j], expected.items[i]):
            if same(expected.items[i], expected.items[j]):
                continue  # two equal results: swapping them changes nothing
            return Hint(
                f"Entries {min(i, j)} and {max(i, j)} of what you return hold each other's results: the work is right, "
                "the order is not. Return the results in the order the prompt lists them.",
                ("order",),
            )
    return None


def _reordered(found: Sequence[Value], expected: Sequence[Value]) -> Hint | None:
    """The whole returned tuple: every result is there, but not in its place (``(out, z, y)`` for ``(y, z, out)``)."""
    n = len(found)
    if not 1 < n <= MAX_REORDERED:
        return None
    fits = [[j for j in range(n) if compare(expected[j], found[i], tolerances=_LOOSE) is None] for i in range(n)]
    if all(i in fits[i] for i in range(n)) or any(not f for f in fits):
        return None

    def placed(i: int, used: frozenset[int]) -> bool:
        return i == n or any(j not in used and placed(i + 1, used | {j}) for j in fits[i])

    if not placed(0, frozenset()):
        return None
    return Hint(
        "Every result you return is right, but not in its place: the work is right, the order is not. Return the "
        "results in the order the prompt lists them.",
        ("order",),
    )


def diagnose(ctx: Context) -> list[Hint]:
    """Every hint the evidence supports (most specific first), without repeats.

    Two returned results in each other's places explain every difference
    alone, as a backward pass that raised inside the call explains a gradient
    or a count of passes. When no rule names a mistake, :func:`formula` may
    still say, by elimination, that the formula itself differs.
    """
    caught = caught_backward_error(ctx)
    if (alone := _recognised(swapped_entries(ctx)) or (caught if caught is not None and _short_by_caught_passes(ctx) else None)) is not None:
        return [alone]
    hints: list[Hint] = []
    for rule in RULES:
        hint = rule(ctx)
        if hint is not None and all(h.text != hint.text for h in hints):
            hints.append(hint)
    if not hints and (by_elimination := formula(ctx)) is not None:
        hints.append(by_elimination)
    if caught is not None and all(h.text != caught.text for h in hints):
        hints.append(caught)  # true, but not the whole story: after what explains the rest
    return hints


# -- what raised exceptions say ------------------------------------------------------

_RAISED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        re.compile(r"does not require grad and does not have a grad_fn"),
        "backward() (or torch.autograd.grad) was called on a result that is not connected to autograd: it was computed "
        "under torch.no_grad(), detached (detach(), .data, .item()), or from tensors that do not require grad. A gradient "
        "is itself connected, for a second derivative, only when the call that computed it passed create_graph=True.",
        ("broken_graph", "requires_grad"),
    ),
    (
        re.compile(r"Trying to backward through the graph a second time"),
        "backward() ran twice through the same graph: compute the result again before each backward, "
        "or pass retain_graph=True to the first call if you really need a second pass.",
        ("backward_count", "stale"),
    ),
    (
        re.compile(r"grad can be implicitly created only for scalar outputs"),
        "backward() without an argument needs a single value: reduce the result first (sum or mean), "
        "or pass a gradient tensor of the same shape (z.backward(v)).",
        ("shape",),
    ),
    (
        re.compile(r"Only Tensors of floating point (and complex )?dtype can require gradients"),
        "Only floating-point tensors can require grad: write the values as floats (1.0, not 1), or pass dtype=torch.float32.",
        ("dtype",),
    ),
    (
        re.compile(r"both arguments to matmul need to be at least 1D"),
        "@ (matmul) is a matrix product and fails on 0-d tensors (single numbers): for a product of numbers, or "
        "element by element, write *.",
        ("operation", "shape"),
    ),
    (
        re.compile(r"Mismatch in shape: grad_output\[\d+\] has a shape of"),
        "The gradient passed to backward() must have the shape of the tensor backward() is called on.",
        ("shape",),
    ),
    (
        re.compile(r"appears to not have been used in the graph"),
        "torch.autograd.grad refuses an input the output does not depend on, unless you pass allow_unused=True; "
        "that input's gradient is then None.",
        ("exception",),
    ),
    (
        re.compile(r"a leaf Variable that requires grad is being used in an in-place operation"),
        "A tensor that requires grad (an input, or a layer's parameter) was changed in place while autograd was recording: "
        "compute a new tensor, or make the change inside torch.no_grad().",
        ("input_mutated", "grad_mode"),
    ),
)


# PyTorch's words for sizes that do not fit together: on one input's shape and not another's, a size written into the
# code (torch.ones(4, 4), range(3)) where it should come from the input.
_SHAPE_ERRORS = re.compile(
    "|".join(
        (
            r"Mismatch in shape: grad_output\[\d+\] has a shape of",
            r"The size of tensor a \(\d+\) must match the size of tensor b",
            r"The expanded size of the tensor \(\d+\) must match the existing size",
            r"shape '\[[\d, -]*\]' is invalid for input of size",
            r"shapes cannot be multiplied",
            r"size mismatch",
            r"inconsistent tensor size",
            r"is out of bounds for dimension \d+ with size",
        )
    )
)


def shape_error(message: str, origin: str) -> bool:
    """Whether PyTorch raised ``message`` because sizes did not fit together (a message a student raised is not)."""
    return origin == "library" and _SHAPE_ERRORS.search(message) is not None


SHAPE_BOUND = Hint(
    "Your code gives the right values for inputs of some shapes and raises a size error for others: a size or shape "
    "is written into it (torch.ones(4, 4), range(3), a reshape to fixed sizes) where it should come from the input "
    "(torch.ones_like(f), len(x), x.shape).",
    ("shape",),
    recognised=True,
)
"""The work right wherever the sizes written into it fit: recognised, since it was right on a case only hidden checks
run too (see :meth:`grader.checks._Verdict.shape_bound`)."""


def for_uncaught(error_type: str, message: str, expected_return: Value | None) -> Hint | None:
    """A hint when the student's call raised the very error the reference catches and returns."""
    for caught in _within(expected_return, ExceptionValue):
        if caught.type == error_type and (caught.message or "")[:40] == message[:40]:
            return Hint(
                f"Your function let the {error_type} escape, where it is the error you are asked to catch: run the step "
                f"that raises inside try / except {error_type} as err, keep err, and return it.",
                ("exception",),
            )
    return None


def for_exception(message: str, origin: str = "library") -> Hint | None:
    """A hint for an error raised by the student's code, when PyTorch's message names a known mistake.

    Only for errors PyTorch raised: a message a student typed into a raise
    statement is evidence of nothing.
    """
    if origin != "library":
        return None
    for pattern, text, mistakes in _RAISED:
        if pattern.search(message):
            # What made the error is the mistake the table names; that the code raised is one too.
            return Hint(text, (*mistakes, "exception") if "exception" not in mistakes else mistakes)
    return None
