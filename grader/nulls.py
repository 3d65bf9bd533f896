"""Null submissions: answers that do no work, which must earn nothing.

A check that a do-nothing answer passes (a leaf left alone, ``.grad`` still
None, an input handed back) gives points for nothing. ``grader validate``
grades these for every exercise and reports any point they earn:

- ``starter``: the student starter as handed out (``grader assign``'s stub);
- ``returns_none``: a function whose body only returns None;
- ``returns_first_input``: a function that returns its first input unchanged
  (functions with parameters);
- ``returns_zeros``: a function that returns zeros shaped like the
  reference's result (built from its observations: ``zeros_like`` of an
  input when the shapes follow an input, else the reference's shape);
- ``all_none``: every variable of a notebook-flow exercise set to None;
- ``all_zeros``: every variable set to zeros of the reference's shape and
  dtype (None where the reference's value is not a tensor or a number).

The names depend only on the exercise, so the pytest plugin can list them
before anything runs; only ``returns_zeros`` and ``all_zeros`` read the
reference's observations (without them their values are None).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader.assign import stub
from grader.spec import Exercise

Value = dict[str, Any]
Observations = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class NullSubmission:
    """An answer that does no work."""

    name: str
    """Its name, the same for every exercise of its kind (``returns_none``)."""
    description: str
    """What it does, in words."""
    source: str
    """The module graded."""


def null_submissions(ex: Exercise, expected: Observations | None = None) -> list[NullSubmission]:
    """The null submissions of an exercise (``expected``: the reference's observations, for the zeros)."""
    header = "import torch\n\n\n"
    out = [NullSubmission("starter", "the starter left untouched", header + stub(ex) + "\n")]
    if ex.function is None:
        variables = (expected or {}).get(next(iter(c.name for c in ex.cases)), {}).get("variables") or {}
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
    runs = [obs for obs in (expected or {}).values() if obs.get("status") == "returned"]
    zeros = _zeros([r["returned"] for r in runs], [r.get("inputs") or {} for r in runs])
    out.append(NullSubmission("returns_zeros", "the function only returns zeros shaped like the reference's result", body(zeros)))
    return out


def _zeros(values: list[Value], inputs: list[dict[str, Value]]) -> str:
    """An expression for zeros like each of ``values`` (one per case; ``inputs``: that case's inputs), else ``None``."""
    if not values or len({v.get("kind") for v in values}) != 1:
        return "None"
    kind = values[0]["kind"]
    if kind == "tensor":
        dtype = values[0]["dtype"]
        shapes = [v["shape"] for v in values]
        for name in inputs[0]:
            if all(case.get(name, {}).get("kind") == "tensor" and case[name]["shape"] == shape for case, shape in zip(inputs, shapes)):
                return f"torch.zeros_like({name}, dtype=torch.{dtype})"
        return f"torch.zeros({tuple(shapes[0])!r}, dtype=torch.{dtype})"
    if kind in ("list", "tuple"):
        lengths = {len(v["items"]) for v in values}
        if len(lengths) != 1:
            return "[]" if kind == "list" else "()"
        items = [_zeros([v["items"][i] for v in values], inputs) for i in range(lengths.pop())]
        if kind == "list":
            return f"[{', '.join(items)}]"
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    return {"float": "0.0", "int": "0", "bool": "False", "str": '""'}.get(kind, "None")
