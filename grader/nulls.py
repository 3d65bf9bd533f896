"""Null submissions: answers that do no work, which must earn nothing.

A check that a do-nothing answer passes (a leaf left alone, ``.grad`` still
None, an input handed back) gives points for nothing. ``grader validate``
grades these for every exercise and reports any point they earn:

- ``starter``: the student starter as handed out (``grader assign``'s stub);
- ``returns_none``: a function whose body only returns None;
- ``returns_first_input``: a function that returns its first input unchanged
  (functions with parameters);
- ``backward_on_inputs``: a function that runs one backward pass on the
  sum of every input autograd tracks (a module's parameters, a list's
  tensors too) and returns None: each gets a .grad of ones, and a count of
  backward passes is right;
- ``returns_zeros``: a function that returns zeros shaped like the
  reference's result (built from its observations: ``zeros_like`` of an
  input when the shapes follow an input, else the reference's shape); where
  the reference returns a function that checks call, a function returning
  zeros like its first argument;
- ``first_input_on_graph``: a function that returns its first input times
  one (functions with parameters): a result on autograd's graph, not a
  leaf, with a grad_fn and the input's requires_grad, and no work done;
- ``typed_in``: a function that returns the reference's result of the
  public case its arguments look like (tensors' shapes, plain numbers'
  values), typed in: what a student who copies the examples' answers hands in;
- ``all_none``: every variable of a notebook-flow exercise set to None;
- ``all_zeros``: every variable set to zeros of the reference's shape and
  dtype (None where the reference's value is not a tensor or a number).

The checks these pass (the typed-in one aside) are an exercise's free
checks (:func:`grader.checks.free_checks`), which count only beside work
of value. The names depend only on the exercise, so the pytest plugin can list them
before anything runs; only ``returns_zeros`` and ``all_zeros`` read the
reference's observations (without them their values are None).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from grader.checks import work_shown
from grader.protocol import Observation
from grader.spec import Exercise
from grader.values import (
    BoolValue,
    FloatValue,
    IntValue,
    ListValue,
    SequenceValue,
    StrValue,
    TensorValue,
    Value,
)

Observations = dict[str, Observation]


@dataclass(frozen=True)
class NullSubmission:
    """An answer that does no work."""

    name: str
    """Its name, the same for every exercise of its kind (``returns_none``)."""
    description: str
    """What it does, in words."""
    source: str
    """The module graded."""
    excused: str = ""
    """Why points it earns are no fault of the exercise's checks (empty: it must earn nothing)."""


def null_submissions(ex: Exercise, expected: Observations | None = None, *, starter: bool = True) -> list[NullSubmission]:
    """The null submissions of an exercise (``expected``: the reference's observations, for the zeros).

    ``starter=False`` leaves out the starter, which raises everywhere and passes nothing: building it needs
    :mod:`grader.assign` and nbformat, which a student's check never imports otherwise.
    """
    header = "import torch\n\n\n"
    out = []
    if starter:
        from grader.assign import stub

        out.append(NullSubmission("starter", "the starter left untouched", header + stub(ex) + "\n"))
    if ex.function is None:
        first = (expected or {}).get(next(iter(c.name for c in ex.cases)))
        variables = first.variables if first is not None else {}
        out.append(NullSubmission("all_none", "every variable set to None", header + "".join(f"{n} = None\n" for n in ex.variables)))
        zeros = "".join(f"{n} = {_zeros([variables[n]] if n in variables else [], [{}])}\n" for n in ex.variables)
        out.append(NullSubmission("all_zeros", "every variable set to zeros shaped like the reference's", header + zeros))
        return out
    fn = ex.function

    def body(returned: str) -> str:
        return f"{header}def {fn.signature}:\n    return {returned}\n"

    out.append(NullSubmission("returns_none", "the function only returns None", body("None")))
    if fn.params:
        out.append(NullSubmission("returns_first_input", f"the function only returns its first input, {fn.params[0]}", body(fn.params[0])))
    out.append(NullSubmission("backward_on_inputs", "the function calls backward() on the sum of its inputs that require grad, and returns None", _backward_on_inputs(fn.signature, fn.params)))
    runs = [obs for obs in (expected or {}).values() if obs.returned is not None]
    zeros = _zeros([r.returned for r in runs if r.returned is not None], [r.inputs for r in runs])
    if zeros == "None" and _returns_callable(ex, runs):
        # The reference returns a function: its null is a function that does no work either.
        zeros = "lambda *args, **kwargs: torch.zeros_like(args[0])"
    out.append(NullSubmission("returns_zeros", "the function only returns zeros shaped like the reference's result", body(zeros)))
    if fn.params:
        param = fn.params[0]
        times_one = f"{param} * 1 if isinstance({param}, torch.Tensor) else {param}"
        out.append(NullSubmission("first_input_on_graph", f"the function only returns its first input times one ({param} * 1)", body(times_one)))
    shows_work = any(work_shown(obs) for obs in (expected or {}).values())
    excused = "" if shows_work or not expected else (
        "the reference does no autograd work (no backward pass, no tensor autograd tracks), so the grader cannot tell "
        "answers typed in for the examples from computed ones: only hidden checks stand against them (an exercise right "
        "on every public case and wrong on every hidden one is held for review)"
    )
    out.append(NullSubmission("typed_in", "the function returns the examples' results, typed in", _typed_in(ex, expected or {}), excused))
    return out


def _backward_on_inputs(signature: str, params: tuple[str, ...] | list[str]) -> str:
    """A module whose function runs one backward pass through every input that requires grad, and returns None."""
    return (
        "import torch\n\n\n"
        "def _leaves(a):\n"
        "    if isinstance(a, torch.nn.Module):\n"
        "        return list(a.parameters())\n"
        "    if isinstance(a, (list, tuple)):\n"
        "        return [t for item in a for t in _leaves(item)]\n"
        "    return [a] if isinstance(a, torch.Tensor) and a.requires_grad else []\n\n\n"
        f"def {signature}:\n"
        f"    leaves = [t for a in ({''.join(f'{p}, ' for p in params)}) for t in _leaves(a)]\n"
        "    if leaves:\n"
        "        sum(t.sum() for t in leaves).backward()\n"
        "    return None\n"
    )


def _typed_in(ex: Exercise, expected: Observations) -> str:
    """A module whose function returns, typed in, the reference's result of the public case its arguments look like."""
    assert ex.function is not None
    answers: dict[tuple[tuple[int, ...] | str, ...], str] = {}
    for case in ex.cases:
        run = expected.get(case.name)
        if ex.case_visibility(case.name) == "hidden" or run is None or run.returned is None:
            continue
        key = tuple(_key(run.inputs.get(p)) for p in ex.function.params)
        answers.setdefault(key, _literal(run.returned))
    table = "".join(f"    {key!r}: lambda: {value},\n" for key, value in answers.items())
    fallback = "next(iter(_ANSWERS.values()))()" if answers else "None"
    return (
        "import torch\n\n\n"
        f"_ANSWERS = {{\n{table}}}\n\n\n"
        "def _key(a):\n"
        "    if isinstance(a, torch.Tensor):\n"
        "        return tuple(a.shape)\n"
        "    return repr(a) if isinstance(a, (bool, int, float, str)) else '?'\n\n\n"
        f"def {ex.function.signature}:\n"
        f"    key = ({''.join(f'_key({p}), ' for p in ex.function.params)})\n"
        f"    return _ANSWERS[key]() if key in _ANSWERS else {fallback}\n"
    )


def _key(value: Value | None) -> tuple[int, ...] | str:
    """What the typed-in null's ``_key`` gives for an argument, from its value."""
    if isinstance(value, TensorValue):
        return tuple(value.shape)
    if isinstance(value, (BoolValue, IntValue, FloatValue, StrValue)):
        return repr(value.value)
    return "?"


def _literal(value: Value) -> str:
    """Python source that makes ``value`` again (None where it cannot be typed in)."""
    if isinstance(value, TensorValue):
        if value.data is None:
            return "None"
        data = "[" + ", ".join(_number(x) for x in value.data) + "]"
        return f"torch.tensor({data}, dtype=torch.{value.dtype}).reshape({tuple(value.shape)!r})"
    if isinstance(value, FloatValue):
        return _number(value.value)
    if isinstance(value, (BoolValue, IntValue, StrValue)):
        return repr(value.value)
    if isinstance(value, SequenceValue) and len(value.items) == value.length:
        items = [_literal(v) for v in value.items]
        if isinstance(value, ListValue):
            return f"[{', '.join(items)}]"
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    return "None"


def _number(x: float) -> str:
    return repr(x) if isinstance(x, bool) or math.isfinite(x) else f"float({str(x)!r})"


def _returns_callable(ex: Exercise, runs: list[Observation]) -> bool:
    """The reference's return value is called by the checks (``return.call(p)``), and the calls gave tensors."""
    called = [
        outcome.value
        for run in runs
        for key, outcome in run.probes.items()
        if key.startswith(("return.", "return[")) or (ex.function is not None and ex.function.returns and key.startswith((f"{ex.function.returns}.", f"{ex.function.returns}[")))
    ]
    return bool(called) and all(isinstance(v, TensorValue) for v in called)


def _zeros(values: list[Value], inputs: list[Mapping[str, Value]]) -> str:
    """An expression for zeros like each of ``values`` (one per case; ``inputs``: that case's inputs), else ``None``."""
    if not values or len({type(v) for v in values}) != 1:
        return "None"
    first = values[0]
    if isinstance(first, TensorValue):
        shapes = [v.shape for v in values if isinstance(v, TensorValue)]
        for name in inputs[0]:
            if all(_shape(case.get(name)) == shape for case, shape in zip(inputs, shapes)):
                return f"torch.zeros_like({name}, dtype=torch.{first.dtype})"
        return f"torch.zeros({shapes[0]!r}, dtype=torch.{first.dtype})"
    if isinstance(first, SequenceValue):
        sequences = [v for v in values if isinstance(v, SequenceValue)]
        lengths = {len(v.items) for v in sequences}
        if len(lengths) != 1:
            return "[]" if isinstance(first, ListValue) else "()"
        items = [_zeros([v.items[i] for v in sequences], inputs) for i in range(lengths.pop())]
        if isinstance(first, ListValue):
            return f"[{', '.join(items)}]"
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    return _ZERO.get(type(first), "None")


_ZERO: dict[type, str] = {FloatValue: "0.0", IntValue: "0", BoolValue: "False", StrValue: '""'}
"""Zero of each kind of plain value."""


def _shape(value: Value | None) -> tuple[int, ...] | None:
    return value.shape if isinstance(value, TensorValue) else None
