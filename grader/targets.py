"""Check targets: a path into what one run of an exercise case produced.

Grammar::

    target   := root ( "." attribute | "[" integer "]" )*
    root     := "return" | "raised" | <parameter> | <variable> | <returns alias>
    attribute:= grad | grad_fn | requires_grad | is_leaf | retains_grad
              | shape | dtype | backward_calls | changed | optimizer_steps
              | under_no_grad | len | distinct

Examples: ``return``, ``x.grad``, ``out.grad_fn``, ``return[2]``, ``grads.len``,
``w.backward_calls``. Resolution works on plain observations (see
:mod:`grader.observe`), never on live objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ATTRIBUTES = (
    "grad",
    "grad_fn",
    "requires_grad",
    "is_leaf",
    "retains_grad",
    "shape",
    "dtype",
    "backward_calls",
    "changed",
    "optimizer_steps",
    "under_no_grad",
    "len",
    "distinct",
)

_ROOT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(-?\d+)\]")


@dataclass(frozen=True)
class Target:
    """A parsed target path."""

    text: str
    """The path as written in the exercise file."""
    root: str
    """The first name: return, raised, a parameter or a variable."""
    steps: tuple[str | int, ...]
    """Attributes (str) and indexes (int) applied in order."""

    @property
    def last_attribute(self) -> str | None:
        for step in reversed(self.steps):
            if isinstance(step, str):
                return step
        return None

    @property
    def attribute(self) -> str | None:
        """The final step when it is an attribute (``x.grad`` -> ``grad``)."""
        return self.steps[-1] if self.steps and isinstance(self.steps[-1], str) else None

    def parent(self) -> Target:
        """The target without its final step (``x.grad`` -> ``x``)."""
        steps = self.steps[:-1]
        text = self.root + "".join(f".{s}" if isinstance(s, str) else f"[{s}]" for s in steps)
        return Target(text=text, root=self.root, steps=steps)


def parse_target(text: str) -> Target:
    """Parse a target path; raises ValueError with the reason."""
    text = text.strip()
    m = _ROOT.match(text)
    if not m:
        raise ValueError(f"{text!r} does not start with a name")
    root, pos, steps = m.group(0), m.end(), []
    while pos < len(text):
        m = _STEP.match(text, pos)
        if not m:
            raise ValueError(f"cannot read {text[pos:]!r} in {text!r}")
        if m.group(1) is not None:
            if m.group(1) not in ATTRIBUTES:
                raise ValueError(
                    f"unknown attribute .{m.group(1)} (one of {', '.join(ATTRIBUTES)})"
                )
            steps.append(m.group(1))
        else:
            steps.append(int(m.group(2)))
        pos = m.end()
    return Target(text=text, root=root, steps=tuple(steps))


class Unresolved(Exception):
    """The target does not exist in this observation; the message says why."""


_KIND_WORDS = {
    "none": "None",
    "bool": "a bool",
    "int": "an int",
    "float": "a float",
    "str": "a string",
    "list": "a list",
    "tuple": "a tuple",
    "dict": "a dict",
    "tensor": "a tensor",
    "dtype": "a dtype",
    "exception": "an exception",
    "missing": "not defined",
}


def describe_kind(value: dict[str, Any]) -> str:
    if value["kind"] == "object":
        return f"a {value['type']} object"
    return _KIND_WORDS.get(value["kind"], value["kind"])


def resolve(value: dict[str, Any], target: Target, *, label: str | None = None) -> dict[str, Any]:
    """Follow ``target.steps`` from the root's ``value``; raise :class:`Unresolved`."""
    where = label or target.root
    for step in target.steps:
        kind = value["kind"]
        if isinstance(step, int):
            if kind not in ("list", "tuple"):
                raise Unresolved(f"{where} is {describe_kind(value)}, not a list, so {where}[{step}] does not exist")
            items = value["items"]
            if not -len(items) <= step < len(items):
                raise Unresolved(f"{where} has {value['length']} entries, so {where}[{step}] does not exist")
            value = items[step]
            where = f"{where}[{step}]"
            continue
        if step == "len":
            if kind in ("list", "tuple", "dict"):
                value = {"kind": "int", "value": value["length"]}
            elif kind == "tensor" and value["shape"]:
                value = {"kind": "int", "value": value["shape"][0]}
            else:
                raise Unresolved(f"{where} is {describe_kind(value)}, which has no length")
            where = f"len({where})"
            continue
        if step == "distinct":
            if kind not in ("list", "tuple"):
                raise Unresolved(f"{where} is {describe_kind(value)}, not a list")
            value = {"kind": "bool", "value": _distinct(value["items"])}
            where = f"{where}.distinct"
            continue
        if kind != "tensor":
            raise Unresolved(f"{where} is {describe_kind(value)}, not a tensor, so it has no .{step}")
        if step == "grad":
            value = value["grad"] or {"kind": "none"}
        elif step == "grad_fn":
            name = value["grad_fn"]
            value = {"kind": "none"} if name is None else {"kind": "str", "value": name}
        elif step in ("requires_grad", "is_leaf", "retains_grad"):
            value = {"kind": "bool", "value": value[step]}
        elif step == "shape":
            value = {
                "kind": "tuple",
                "items": [{"kind": "int", "value": s} for s in value["shape"]],
                "length": len(value["shape"]),
            }
        elif step == "dtype":
            value = {"kind": "dtype", "value": value["dtype"]}
        elif step == "backward_calls":
            if value["backward_calls"] is None:
                raise Unresolved(f"{where} is not a tensor the grader created, so its backward calls were not counted")
            value = {"kind": "int", "value": value["backward_calls"]}
        elif step == "changed":
            if value.get("changed") is None:
                raise Unresolved(f"{where} is not an input the grader created, so whether its values changed is not known")
            value = {"kind": "bool", "value": value["changed"]}
        elif step == "optimizer_steps":
            if value.get("optimizer_steps") is None:
                raise Unresolved(f"{where} is not an input the grader created that requires grad, so its optimizer steps were not counted")
            value = {"kind": "int", "value": value["optimizer_steps"]}
        elif step == "under_no_grad":
            if value.get("under_no_grad") is None:
                raise Unresolved(f"how {where} was made was not recorded")
            value = {"kind": "bool", "value": value["under_no_grad"]}
        where = f"{where}.{step}"
    return value


def _distinct(items: list[dict[str, Any]]) -> bool:
    """No two entries are one tensor the grader can name (``w.grad`` stored twice, refilled in place by each backward)."""
    seen: set[str] = set()
    for item in items:
        alias = item.get("alias") if item["kind"] == "tensor" else None
        if alias is not None:
            if alias in seen:
                return False
            seen.add(alias)
    return True
