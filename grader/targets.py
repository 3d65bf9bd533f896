"""Check targets: a path into what one run of an exercise case produced.

Grammar::

    target   := root ( "." attribute | "[" integer "]" )*
    root     := "return" | "raised" | <parameter> | <variable> | <returns alias>
    attribute:= grad | grad_fn | requires_grad | is_leaf | retains_grad
              | shape | dtype | backward_calls | changed | optimizer_steps
              | under_no_grad | len | distinct
    call     := callable "." ( call | args_after_call | gradcheck | gradgradcheck ) "(" <probe> ")" step*
    callable := ( "return" | <returns alias> ) ( "[" integer "]" )* | "module." <name>

Examples: ``return``, ``x.grad``, ``out.grad_fn``, ``return[2]``, ``grads.len``,
``w.backward_calls``, ``return.call(p1)``, ``module.Cube.gradcheck(p64)``,
``module.Cube.call(p64).grad_fn``. A call target's value is what the child
observed when it called the callable on the probe's inputs (:mod:`grader.probes`),
and its steps continue from there. ``args_after_call`` calls it as ``call`` does
and gives what its arguments hold afterwards: per tensor argument, a tuple of its
values, its ``requires_grad`` and whether its ``.grad`` is None (a callable that
must leave its inputs alone, ``return.args_after_call(p1)``).

A module input (``module:`` in the case's inputs) is a root of its own kind:
the steps right after it name a child module or a parameter, by name or by
index, as ``named_parameters()`` spells them (``model.0.weight.grad``,
``model.bias``); the attributes above follow::

    target   := module_root ( "." ( name | digits ) )* ( "." attribute | "[" integer "]" )*

Resolution works on observed values (the records of
:mod:`grader.values`), never on live objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from grader.values import (
    NONE,
    BoolValue,
    DictValue,
    DtypeValue,
    IntValue,
    ModuleValue,
    SequenceValue,
    StrValue,
    TensorValue,
    TupleValue,
    Value,
    describe_kind,
)

ATTRIBUTES = (
    "grad",
    "grad_fn",
    "requires_grad",
    "is_leaf",
    "retains_grad",
    "shape",
    "dtype",
    "backward_calls",
    "grad_requests",
    "changed",
    "optimizer_steps",
    "under_no_grad",
    "len",
    "distinct",
)

_ROOT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(-?\d+)\]")
_MODULE_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*|\d+)")


@dataclass(frozen=True)
class Target:
    """A parsed target path."""

    text: str
    """The path as written in the exercise file."""
    root: str
    """The first name: return, raised, a parameter or a variable."""
    steps: tuple[str | int, ...]
    """Attributes (str) and indexes (int) applied in order (after the call, for a call target)."""
    call: Call | None = None
    """The callable called on a probe's inputs, for ``return.call(p1).grad_fn``-style targets: ``root`` is its root."""
    module_steps: int = 0
    """How many of the first steps name a child module or parameter of a module root (``model.0.weight``: 2)."""

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
        base = self.root if self.call is None else self.call.text
        text = base + "".join(f".{s}" if isinstance(s, str) else f"[{s}]" for s in steps)
        return Target(text=text, root=self.root, steps=steps, call=self.call, module_steps=min(self.module_steps, len(steps)))


def parameter_of(target: Target) -> Target:
    """The part of a module target that names the parameter (``model.0.weight.grad`` -> ``model.0.weight``)."""
    steps = target.steps[: target.module_steps]
    return Target(text=target.root + "".join(f".{s}" for s in steps), root=target.root, steps=steps, module_steps=len(steps))


def parse_target(text: str, modules: Collection[str] = ()) -> Target:
    """Parse a target path; raises ValueError with the reason.

    ``modules``: the roots that are module inputs, after which names and
    digits name a child module or a parameter (until the first attribute).
    """
    text = text.strip()
    called = _CALL.match(text)
    if called:
        return _parse_call(text, called)
    m = _ROOT.match(text)
    if not m:
        raise ValueError(f"{text!r} does not start with a name")
    _module_name_without_call(text)
    root, pos, steps = m.group(0), m.end(), []
    module_steps = 0
    if root in modules:
        while (step := _MODULE_STEP.match(text, pos)) is not None and step.group(1) not in ATTRIBUTES:
            steps.append(step.group(1))
            pos = step.end()
        module_steps = len(steps)
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
    return Target(text=text, root=root, steps=tuple(steps), module_steps=module_steps)


class Unresolved(Exception):
    """The target does not exist in this observation; the message says why."""


def resolve(value: Value, target: Target, *, label: str | None = None) -> Value:
    """Follow ``target.steps`` from the root's ``value``; raise :class:`Unresolved`."""
    where = label or target.root
    if target.module_steps or isinstance(value, ModuleValue):
        value, where = _in_module(value, target, where)
    for step in target.steps[target.module_steps:]:
        if isinstance(step, int):
            value = _entry(value, step, where)
            where = f"{where}[{step}]"
        elif step == "len":
            value = _length(value, where)
            where = f"len({where})"
        elif step == "distinct":
            if not isinstance(value, SequenceValue):
                raise Unresolved(f"{where} is {describe_kind(value)}, not a list")
            value = BoolValue(_distinct(value.items))
            where = f"{where}.distinct"
        else:
            if not isinstance(value, TensorValue):
                raise Unresolved(f"{where} is {describe_kind(value)}, not a tensor, so it has no .{step}")
            value = _attribute(value, step, where)
            where = f"{where}.{step}"
    return value


def _in_module(value: Value, target: Target, where: str) -> tuple[Value, str]:
    """Follow a module root's first steps to the child module or parameter they name."""
    if not isinstance(value, ModuleValue):
        raise Unresolved(f"{where} is {describe_kind(value)}, not a module")
    path = ".".join(str(step) for step in target.steps[: target.module_steps])
    if not path:
        if len(target.steps) > target.module_steps:
            raise Unresolved(f"{where} is a module: name one of its parameters ({_parameter_names(value)}) before .{target.steps[target.module_steps]}")
        return value, where
    found: Value | None = value.parameter(path) or value.submodule(path)
    if found is None:
        raise Unresolved(f"{where} has no parameter or layer {path!r} (its parameters: {_parameter_names(value)})")
    if isinstance(found, ModuleValue) and len(target.steps) > target.module_steps:
        raise Unresolved(f"{where}.{path} is a layer: name one of its parameters ({_parameter_names(found)})")
    return found, f"{where}.{path}"


def _parameter_names(module: ModuleValue) -> str:
    return ", ".join(name for name, _ in module.parameters) or "none"


def _entry(value: Value, step: int, where: str) -> Value:
    if not isinstance(value, SequenceValue):
        raise Unresolved(f"{where} is {describe_kind(value)}, not a list, so {where}[{step}] does not exist")
    if not -len(value.items) <= step < len(value.items):
        raise Unresolved(f"{where} has {value.length} entries, so {where}[{step}] does not exist")
    return value.items[step]


def _length(value: Value, where: str) -> Value:
    if isinstance(value, (SequenceValue, DictValue)):
        return IntValue(value.length)
    if isinstance(value, TensorValue) and value.shape:
        return IntValue(value.shape[0])
    raise Unresolved(f"{where} is {describe_kind(value)}, which has no length")


_ALWAYS: dict[str, Callable[[TensorValue], Value]] = {
    "grad": lambda t: t.grad or NONE,
    "grad_fn": lambda t: NONE if t.grad_fn is None else StrValue(t.grad_fn),
    "requires_grad": lambda t: BoolValue(t.requires_grad),
    "is_leaf": lambda t: BoolValue(t.is_leaf),
    "retains_grad": lambda t: BoolValue(t.retains_grad),
    "shape": lambda t: TupleValue(items=tuple(IntValue(s) for s in t.shape), length=len(t.shape)),
    "dtype": lambda t: DtypeValue(t.dtype),
}
"""Attributes every tensor has."""

_RECORDED: dict[str, tuple[Callable[[TensorValue], Value | None], str]] = {
    "backward_calls": (
        lambda t: None if t.backward_calls is None else IntValue(t.backward_calls),
        "{where} is not a tensor the grader created, so its backward calls were not counted",
    ),
    "grad_requests": (
        lambda t: None if t.grad_requests is None else IntValue(t.grad_requests),
        "{where} is not an input the grader created that requires grad, so the requests for its gradient were not counted",
    ),
    "changed": (
        lambda t: None if t.changed is None else BoolValue(t.changed),
        "{where} is not an input the grader created, so whether its values changed is not known",
    ),
    "optimizer_steps": (
        lambda t: None if t.optimizer_steps is None else IntValue(t.optimizer_steps),
        "{where} is not an input the grader created that requires grad, so its optimizer steps were not counted",
    ),
    "under_no_grad": (
        lambda t: None if t.under_no_grad is None else BoolValue(t.under_no_grad),
        "how {where} was made was not recorded",
    ),
}
"""Attributes recorded only on some tensors (inputs the grader made), with why one is not there."""


def _attribute(value: TensorValue, step: str, where: str) -> Value:
    if step in _ALWAYS:
        return _ALWAYS[step](value)
    read, missing = _RECORDED[step]  # parse_target admits no other attribute
    found = read(value)
    if found is None:
        raise Unresolved(missing.format(where=where))
    return found


def _distinct(items: tuple[Value, ...]) -> bool:
    """No two entries are one tensor the grader can name (``w.grad`` stored twice, refilled in place by each backward)."""
    seen: set[str] = set()
    for item in items:
        alias = item.alias if isinstance(item, TensorValue) else None
        if alias is not None:
            if alias in seen:
                return False
            seen.add(alias)
    return True


CALLS = ("call", "args_after_call", "gradcheck", "gradgradcheck")
"""What a call target does with a callable: call it (and read its result, or its arguments after the calls), or run
``torch.autograd.gradcheck``/``gradgradcheck`` on it."""
GRADCHECKS = ("gradcheck", "gradgradcheck")
"""The call methods that run a gradcheck: float64 probes, one input requiring grad, a verdict as their value."""
MODULE_ROOT = "module"
"""The root of a name the student's code defines (``module.Cube``), allowed only before a call step."""

_CALL = re.compile(r"(?P<head>[^()]*?)\.(?P<method>" + "|".join(CALLS) + r")\((?P<probe>[^()]*)\)(?P<tail>.*)\Z", re.S)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(frozen=True)
class Call:
    """The call step of a target: which callable, what is done with it, on which probe."""

    root: str
    """``return``, the returns alias, or ``module``."""
    name: str | None
    """The name in the student's module (``module.Cube``); None for a returned callable."""
    index: tuple[int, ...]
    """Indexes from the return value to the callable (``return[1]``)."""
    method: str
    """One of :data:`CALLS`."""
    probe: str
    """The probe (``probes:`` of the exercise) whose inputs it is called on."""

    @property
    def callable_text(self) -> str:
        """The callable's path (``return[1]``, ``module.Cube``)."""
        if self.name is not None:
            return f"{self.root}.{self.name}"
        return self.root + "".join(f"[{i}]" for i in self.index)

    @property
    def text(self) -> str:
        """The call as written (``return.call(p1)``): the key of its observation."""
        return f"{self.callable_text}.{self.method}({self.probe})"


def _module_name_without_call(text: str) -> None:
    """``module.Cube`` alone: a name of the student's code is read only through a call step."""
    m = re.match(rf"{MODULE_ROOT}\.([A-Za-z_][A-Za-z0-9_]*)", text)
    if m and m.group(1) not in ATTRIBUTES:
        raise ValueError(f"{MODULE_ROOT}.<name> is a target only before .{'(...), .'.join(CALLS)}(...)")


def _parse_call(text: str, m: re.Match[str]) -> Target:
    head, probe, tail = m.group("head").strip(), m.group("probe").strip(), m.group("tail")
    if not _NAME.match(probe):
        raise ValueError(f"{m.group('method')}(...) takes the name of one probe, found {probe!r}")
    if head.startswith(f"{MODULE_ROOT}."):
        name = head[len(MODULE_ROOT) + 1 :]
        if not _NAME.match(name):
            raise ValueError(f"{head!r}: {MODULE_ROOT}. is followed by one name the student's code defines")
        call = Call(root=MODULE_ROOT, name=name, index=(), method=m.group("method"), probe=probe)
    else:
        callable_path = parse_target(head)
        if callable_path.call is not None or not all(isinstance(s, int) for s in callable_path.steps):
            raise ValueError(f"{head!r}: a callable is the return value, or an entry of it (return[1]), or {MODULE_ROOT}.<name>")
        index = tuple(s for s in callable_path.steps if isinstance(s, int))
        call = Call(root=callable_path.root, name=None, index=index, method=m.group("method"), probe=probe)
    after = parse_target(f"value{tail}") if tail else None
    if after is not None and after.call is not None:
        raise ValueError(f"{text!r}: a target makes one call")
    steps = after.steps if after is not None else ()
    return Target(text=f"{call.text}{tail}", root=call.root, steps=steps, call=call)
