"""Name the mistake behind a failed check, from the numbers.

Each rule looks at one failed comparison (the mismatch, the target, and what
else the run observed, such as whether an input required grad or how often a
gradient flowed into it) and, if it recognises a typical autograd mistake,
says so in words a student can act on. Rules never quote hidden expected
values: with ``reveal=False`` they name the mistake without numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from grader.compare import Mismatch, common_ratio
from grader.targets import Target

Value = dict[str, Any]

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
    found_inputs: dict[str, Value]
    """The student's run: every input (or notebook variable) after the call."""
    reveal: bool
    """False for hidden checks: no numbers from the expected side."""
    expected_inputs: dict[str, Value] = field(default_factory=dict)
    """The reference run: every input (or notebook variable), for comparison."""
    is_return: bool = False
    """True when the target's root is the function's return value."""
    label: str = ""
    """The check's name and description (words like "grad" in them help)."""

    @property
    def attribute(self) -> str | None:
        return self.target.attribute

    @property
    def name(self) -> str:
        return self.target.parent().text if self.target.attribute else self.target.text


Rule = Callable[[Context], "str | None"]


def _numel(shape: list[int]) -> int:
    return math.prod(shape) if shape else 1


def _element_counts(ctx: Context) -> set[int]:
    counts = set()
    for value in (*ctx.found_inputs.values(), ctx.found_parent, ctx.mismatch.expected):
        if value and value.get("kind") == "tensor":
            n = _numel(value["shape"])
            if n > 1:
                counts.add(n)
    return counts


def _step_evidence(ctx: Context, k: float) -> bool:
    """Entry [i] of a per-step record being (i+1)x the expected one: accumulation, for sure."""
    step = re.fullmatch(r"\[(\d+)\]", ctx.mismatch.path)
    return bool(step) and math.isclose(k, int(step.group(1)) + 1, rel_tol=1e-4)  # type: ignore[union-attr]


_NOT_VALUES = ("shape", "len", "dtype", "backward_calls", "requires_grad", "is_leaf", "retains_grad", "grad_fn")


def _numeric(ctx: Context) -> bool:
    """Ratios between values mean something; between shapes or counts they do not."""
    return ctx.mismatch.kind == "value" and ctx.target.last_attribute not in _NOT_VALUES


def sum_or_mean(ctx: Context) -> str | None:
    m = ctx.mismatch
    if not _numeric(ctx):
        return None
    k = common_ratio(m.found, m.expected)
    if k is None or k == 0 or _step_evidence(ctx, k):
        return None
    for n in _element_counts(ctx):
        if math.isclose(k, n, rel_tol=1e-3):
            return _say(ctx, f"Your result is {n}× the expected one, and {n} is the number of elements: a sum where a mean was meant (mean = sum / number of elements).",
                        "Your result is larger by a factor equal to the number of elements: a sum where a mean was meant.")
        if math.isclose(k, 1 / n, rel_tol=1e-3):
            return _say(ctx, f"Your result is 1/{n} of the expected one, and {n} is the number of elements: a mean where a sum was meant.",
                        "Your result is smaller by a factor equal to the number of elements: a mean where a sum was meant.")
    return None


def accumulated(ctx: Context) -> str | None:
    m = ctx.mismatch
    if not _numeric(ctx):
        return None
    k = common_ratio(m.found, m.expected)
    if k is None or k < 1.5 or not math.isclose(k, round(k), rel_tol=1e-4):
        return None
    k = round(k)
    if stored_reference(ctx):
        return None  # not accumulated by mistake: a reference that kept changing
    evidence = _step_evidence(ctx, k)
    if not evidence and any(k == n for n in _element_counts(ctx)):
        return None  # sum_or_mean explains it better
    if not (evidence or _about_gradients(ctx)):
        return None
    where = f" (entry {m.path})" if m.path else ""
    return _say(
        ctx,
        f"The gradient{where} is {k}× the expected one: gradients from {k} backward() calls added up, "
        "because .grad accumulates. Zero it before each backward (x.grad.zero_() or optimizer.zero_grad()).",
        "The gradient looks accumulated over several backward() calls (.grad adds up): zero it before each backward.",
    )


def _final_grad(value: Value | None) -> list[Any] | None:
    if value and value.get("kind") == "tensor" and value["grad"] is not None:
        return value["grad"]["data"]  # type: ignore[no-any-return]
    return None


def stored_reference(ctx: Context) -> str | None:
    """A recorded gradient that is really .grad itself, which changed after it was recorded."""
    m = ctx.mismatch
    if m.kind != "value" or m.found["kind"] != "tensor" or m.found["data"] is None:
        return None
    data = m.found["data"]
    for name, value in ctx.found_inputs.items():
        grad = _final_grad(value)
        # The reference kept a copy that differs from its own final .grad; the student's
        # "copy" is the final .grad: a reference that changed after it was recorded.
        expected_final = _final_grad(ctx.expected_inputs.get(name))
        if grad is not None and grad == data and expected_final is not None and expected_final != m.expected.get("data"):
            return (
                f"This recorded value equals the final {name}.grad: you stored a reference to .grad itself, "
                f"and later backward() or zero_() calls changed it. Store a copy: {name}.grad.clone()."
            )
    if m.path and not any(data) and any(m.expected.get("data") or []):
        return (
            "This recorded entry is all zeros: it is a reference to .grad itself, which a later zero_() cleared. "
            "Store a copy instead: x.grad.clone()."
        )
    return None


def flipped_sign(ctx: Context) -> str | None:
    m = ctx.mismatch
    if not _numeric(ctx):
        return None
    k = common_ratio(m.found, m.expected)
    if k is not None and math.isclose(k, -1.0, rel_tol=1e-4):
        return "The sign is flipped. A gradient-descent step subtracts: p = p - lr * p.grad."
    return None


def grad_is_none(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute != "grad" or m.found["kind"] != "none" or m.expected["kind"] != "tensor":
        return None
    parent = ctx.found_parent
    name = ctx.name
    if parent is None or parent.get("kind") != "tensor":
        return None
    if not parent["is_leaf"]:
        return (
            f"{name} is not a leaf (it was computed from other tensors), and PyTorch keeps .grad only for leaves. "
            f"Call {name}.retain_grad() before backward(), or read the gradient of the leaf it came from."
        )
    if not parent["requires_grad"]:
        return (
            f"{name}.grad is None because {name} does not require grad: create it with requires_grad=True "
            f"or call {name}.requires_grad_() before using it."
        )
    if parent["backward_calls"] == 0:
        return (
            f"No gradient reached {name}: backward() was not called, or the graph from {name} to the output was broken "
            "(detach(), .data, .item(), torch.no_grad(), or a new tensor built from its values)."
        )
    return f"{name}.grad is None: backward() was not called on a result computed from {name}."


def _is_leaf(value: Value | None) -> bool | None:
    return value["is_leaf"] if value and value.get("kind") == "tensor" else None


def no_grad_fn(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute not in ("grad_fn", "requires_grad"):
        return None
    lost = (ctx.attribute == "grad_fn" and m.found["kind"] == "none" and m.expected["kind"] == "str") or (
        ctx.attribute == "requires_grad" and m.expected.get("value") is True and m.found.get("value") is False
    )
    if not lost:
        return None
    if _is_leaf(ctx.expected_parent) and ctx.attribute == "requires_grad":
        # A leaf that should be tracked: the fix is on the tensor itself.
        return f"{ctx.name} does not require grad: call {ctx.name}.requires_grad_() (or create it with requires_grad=True)."
    return (
        f"{ctx.name} has no grad_fn, so it is not connected to the graph: it was computed under torch.no_grad(), "
        "detached (detach(), .data), or from inputs that do not require grad."
    )


def kept_grad(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute == "requires_grad" and m.expected.get("value") is False and m.found.get("value") is True:
        if _is_leaf(ctx.found_parent):
            return f"{ctx.name} should not require grad here: do not switch requires_grad on for it."
        return f"{ctx.name} still requires grad: compute it inside torch.no_grad(), or call .detach() on it."
    if ctx.attribute == "grad_fn" and m.expected["kind"] == "none" and m.found["kind"] == "str":
        return f"{ctx.name} has grad_fn {m.found['value']}, so it is tracked by autograd; a leaf or a result computed under torch.no_grad() has none."
    return None


def wrong_grad_fn(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute != "grad_fn" or m.found["kind"] != "str" or m.expected["kind"] != "str":
        return None
    return (
        f"The last operation that produced {ctx.name} was {operation(m.found['value'])}, "
        f"but {operation(m.expected['value'])} was expected."
    )


def no_longer_leaf(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute == "is_leaf" and m.expected.get("value") is True and m.found.get("value") is False:
        return (
            f"{ctx.name} is no longer a leaf: it was modified in place (+=, *=, .add_(), ...) or replaced by a computed tensor. "
            "Leave the input as it is and compute a new tensor from it."
        )
    return None


def wrong_shape(ctx: Context) -> str | None:
    m = ctx.mismatch
    if m.kind != "shape":
        return None
    e, f = _numel(m.facts["expected_shape"]), _numel(m.facts["found_shape"])
    if f == 1 and e > 1:
        return "Your result was reduced to a single value (by sum/mean) where it should keep one value per element."
    if e == 1 and f > 1:
        return "Your result has one value per element where a single number was expected: reduce it (mean or sum) first."
    return None


def wrong_type(ctx: Context) -> str | None:
    m = ctx.mismatch
    if m.kind not in ("type", "none"):
        return None
    found = m.found
    if m.expected["kind"] == "tensor":
        if found["kind"] == "none" and ctx.is_return and not ctx.target.steps:
            return "Nothing was returned (None): did you forget the `return` statement?"
        if found["kind"] in ("float", "int"):
            return "A Python number was found where a tensor was expected: keep the tensor (no .item() or float())."
        if found["kind"] == "object" and "numpy" in found["type"]:
            return "A NumPy array was found where a torch tensor was expected: keep working with torch (no .numpy())."
        if found["kind"] == "object" and found["type"] not in ("Tensor", "Parameter"):
            return f"{found['type']} is not a plain torch.Tensor; the grader only accepts torch.Tensor (and nn.Parameter)."
        if found["kind"] in ("list", "tuple"):
            return "A list was found where a tensor was expected: return the tensor itself (or torch.stack the list)."
    if m.expected["kind"] in ("float", "int") and found["kind"] == "tensor":
        return "A tensor was found where a plain Python number was expected: use .item()."
    return None


def backward_count(ctx: Context) -> str | None:
    m = ctx.mismatch
    if ctx.attribute != "backward_calls" or m.kind != "value":
        return None
    found, expected = m.found["value"], m.expected["value"]
    if found == 0:
        return (
            f"backward() never ran through {ctx.name}. Even if your numbers are right, they must come from autograd: "
            "call backward() on the result."
        )
    if ctx.reveal:
        return f"A gradient flowed into {ctx.name} {found} time(s) but {expected} were expected: call backward() once per step."
    return f"A gradient flowed into {ctx.name} a different number of times than expected: call backward() once per step."


def length(ctx: Context) -> str | None:
    m = ctx.mismatch
    if m.kind != "length":
        return None
    return "The number of entries differs: record one entry per step, no more, no less."


def not_raised(ctx: Context) -> str | None:
    m = ctx.mismatch
    if m.kind != "not_raised":
        return None
    if ctx.target.root == "raised":
        return f"The call was expected to fail with {m.expected['type']}, but it completed: let the error happen (do not catch it)."
    kind = m.expected["type"]
    return (
        f"No {kind} was raised, so {ctx.name} holds nothing: the code is expected to raise {kind} here. "
        f"Catch it (except {kind} as err) and keep the exception object in {ctx.name}."
    )


def wrong_dtype(ctx: Context) -> str | None:
    m = ctx.mismatch
    if m.kind == "dtype":
        return "Use the dtype of the inputs (float32 by default): a tensor made from Python floats with dtype=torch.float64, or from NumPy, is float64."
    return None


RULES: tuple[Rule, ...] = (
    wrong_type,
    grad_is_none,
    no_grad_fn,
    kept_grad,
    wrong_grad_fn,
    no_longer_leaf,
    wrong_shape,
    backward_count,
    length,
    not_raised,
    wrong_dtype,
    stored_reference,
    sum_or_mean,
    accumulated,
    flipped_sign,
)


def _say(ctx: Context, revealing: str, plain: str) -> str:
    return revealing if ctx.reveal else plain


def _about_gradients(ctx: Context) -> bool:
    if "grad" in ctx.target.steps:
        return True
    # A target or check named like a gradient (a returned snapshot of .grad, say).
    return bool(re.search(r"grad", ctx.target.root) or re.search(r"grad", ctx.label))


def diagnose(ctx: Context) -> str | None:
    """All the diagnoses that apply, joined (most specific first), or None."""
    found = [text for rule in RULES if (text := rule(ctx))]
    return " ".join(dict.fromkeys(found)) if found else None
