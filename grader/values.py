"""Observed values, typed: what the grader reads once :mod:`grader.protocol` has checked them.

A child sends each value as JSON (the layouts of :mod:`grader.wire`); the
strict parser turns every one into one of the frozen records below, and
comparisons, targets, hints and checks read attributes, never dict keys.
Expected values (reference runs cached on disk, the frozen file of a student
bundle) come through the same parser, so both sides of a comparison are
records. ``to_wire()`` gives the JSON layout back, for those files.

Pure standard library: no torch here (the grader's process never needs it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from grader.wire import Origin

Wire = dict[str, Any]
"""A value in its JSON layout (see :mod:`grader.wire`)."""


def numel(shape: Iterable[int]) -> int:
    """Elements of a tensor of this shape (1 for a 0-d tensor)."""
    return math.prod(shape)


@dataclass(frozen=True, slots=True)
class NoneValue:
    """``None``."""

    kind: ClassVar[Literal["none"]] = "none"

    def to_wire(self) -> Wire:
        return {"kind": "none"}


@dataclass(frozen=True, slots=True)
class MissingValue:
    """A notebook variable that is not defined."""

    kind: ClassVar[Literal["missing"]] = "missing"

    def to_wire(self) -> Wire:
        return {"kind": "missing"}


@dataclass(frozen=True, slots=True)
class BoolValue:
    """``True`` or ``False``."""

    kind: ClassVar[Literal["bool"]] = "bool"
    value: bool
    """The flag."""

    def to_wire(self) -> Wire:
        return {"kind": "bool", "value": self.value}


@dataclass(frozen=True, slots=True)
class IntValue:
    """A Python integer (within int64)."""

    kind: ClassVar[Literal["int"]] = "int"
    value: int
    """The number."""

    def to_wire(self) -> Wire:
        return {"kind": "int", "value": self.value}


@dataclass(frozen=True, slots=True)
class FloatValue:
    """A Python float (NaN and infinities allowed)."""

    kind: ClassVar[Literal["float"]] = "float"
    value: float
    """The number."""

    def to_wire(self) -> Wire:
        return {"kind": "float", "value": self.value}


@dataclass(frozen=True, slots=True)
class StrValue:
    """A string (a grad_fn name, once a target resolves it, is one too)."""

    kind: ClassVar[Literal["str"]] = "str"
    value: str
    """The text (a long one cut, ending with "…")."""

    def to_wire(self) -> Wire:
        return {"kind": "str", "value": self.value}


@dataclass(frozen=True, slots=True)
class DtypeValue:
    """A ``torch.dtype``."""

    kind: ClassVar[Literal["dtype"]] = "dtype"
    value: str
    """Its name without ``torch.`` (``float32``)."""

    def to_wire(self) -> Wire:
        return {"kind": "dtype", "value": self.value}


@dataclass(frozen=True, slots=True)
class SequenceValue:
    """A list or a tuple (see :class:`ListValue`, :class:`TupleValue`)."""

    kind: ClassVar[Literal["list", "tuple"]]
    items: tuple[Value, ...]
    """Its entries, exactly ``min(length, MAX_ITEMS)`` of them."""
    length: int
    """How many entries it has (more than ``items`` holds when it was cut)."""

    @property
    def truncated(self) -> bool:
        """Cut at :data:`grader.wire.MAX_ITEMS`: it can never be shown equal to anything."""
        return len(self.items) < self.length

    def to_wire(self) -> Wire:
        return {"kind": self.kind, "items": [item.to_wire() for item in self.items], "length": self.length}


@dataclass(frozen=True, slots=True)
class ListValue(SequenceValue):
    """A list."""

    kind: ClassVar[Literal["list"]] = "list"


@dataclass(frozen=True, slots=True)
class TupleValue(SequenceValue):
    """A tuple."""

    kind: ClassVar[Literal["tuple"]] = "tuple"


@dataclass(frozen=True, slots=True)
class DictValue:
    """A dict (keys as strings)."""

    kind: ClassVar[Literal["dict"]] = "dict"
    items: tuple[tuple[str, Value], ...]
    """(key, value) pairs in order, exactly ``min(length, MAX_ITEMS)`` of them."""
    length: int
    """How many entries it has."""

    @property
    def truncated(self) -> bool:
        """Cut at :data:`grader.wire.MAX_ITEMS`."""
        return len(self.items) < self.length

    def to_wire(self) -> Wire:
        return {"kind": "dict", "items": [[k, v.to_wire()] for k, v in self.items], "length": self.length}


@dataclass(frozen=True, slots=True)
class TensorValue:
    """A plain ``torch.Tensor`` (or ``nn.Parameter``), with its autograd facts."""

    kind: ClassVar[Literal["tensor"]] = "tensor"
    tensor_class: Literal["Tensor", "Parameter"]
    """Its class (``class`` on the wire)."""
    dtype: str
    """Dtype name without ``torch.``."""
    shape: tuple[int, ...]
    """Its size."""
    data: Sequence[float] | None
    """Flat row-major values (bools, ints or floats by dtype), or None with a ``note`` saying why."""
    note: str | None
    """Why there is no data (a dtype never compared, too many elements)."""
    requires_grad: bool
    """``.requires_grad``."""
    is_leaf: bool
    """``.is_leaf``."""
    retains_grad: bool
    """``.retains_grad``."""
    grad_fn: str | None
    """The name of ``.grad_fn`` (``MeanBackward0``), None for a leaf."""
    grad: TensorValue | None
    """``.grad`` (a gradient has no gradient of its own)."""
    backward_calls: int | None
    """Backward passes that reached this tensor during the task (inputs the grader made only)."""
    accumulated: int | None
    """Of those, passes that added onto a .grad already holding a gradient."""
    changed: bool | None
    """Its values differ from before the call (inputs only)."""
    optimizer_steps: int | None
    """Optimizer steps that updated it (inputs that require grad only)."""
    under_no_grad: bool | None
    """Made with gradient recording off (recorded only where a check asks)."""
    alias: str | None
    """A name for its storage, shared by tensors that are views of each other (``w.grad``)."""
    grad_requests: int | None = None
    """Backward passes that asked for its gradient by name (``torch.autograd.grad(out, [x, y, z])``; inputs only)."""

    @property
    def numel(self) -> int:
        return numel(self.shape)

    def to_wire(self) -> Wire:
        return {
            "kind": "tensor",
            "class": self.tensor_class,
            "dtype": self.dtype,
            "shape": list(self.shape),
            "data": None if self.data is None else list(self.data),
            "note": self.note,
            "requires_grad": self.requires_grad,
            "is_leaf": self.is_leaf,
            "retains_grad": self.retains_grad,
            "grad_fn": self.grad_fn,
            "grad": None if self.grad is None else self.grad.to_wire(),
            "backward_calls": self.backward_calls,
            "accumulated": self.accumulated,
            "changed": self.changed,
            "optimizer_steps": self.optimizer_steps,
            "under_no_grad": self.under_no_grad,
            "alias": self.alias,
        } | ({} if self.grad_requests is None else {"grad_requests": self.grad_requests})


@dataclass(frozen=True, slots=True)
class ExceptionValue:
    """An exception object held as a value (caught and kept, or returned)."""

    kind: ClassVar[Literal["exception"]] = "exception"
    type: str
    """Its class name (``RuntimeError``)."""
    message: str
    """Its message."""
    origin: Origin = "raise"
    """Who raised it: ``library`` (PyTorch, or C code), ``raise`` (a raise statement), ``constructed`` (never raised)."""

    def summary(self) -> str:
        return f"{self.type}: {self.message}" if self.message else self.type

    def to_wire(self) -> Wire:
        return {"kind": "exception", "type": self.type, "message": self.message, "origin": self.origin}


@dataclass(frozen=True, slots=True)
class ObjectValue:
    """Anything else, described by its type and repr (a NumPy array, a tensor subclass...)."""

    kind: ClassVar[Literal["object"]] = "object"
    type: str
    """Its qualified type name."""
    repr: str
    """Its repr, cut."""

    def to_wire(self) -> Wire:
        return {"kind": "object", "type": self.type, "repr": self.repr}


@dataclass(frozen=True, slots=True)
class ModuleValue:
    """A ``torch.nn.Module`` the grader built as an input, seen through its parameters after the call.

    Only the grader's own module inputs are described this way (a module a
    student returns is an object): their parameters are what checks read
    (``model.0.weight.grad``), each a tensor with the facts an input has.
    """

    kind: ClassVar[Literal["module"]] = "module"
    module_class: str
    """Its class name (``Sequential``, ``Linear``; ``class`` on the wire)."""
    parameters: tuple[tuple[str, TensorValue | ObjectValue], ...]
    """(dotted name as ``named_parameters()`` gives it, the parameter), exactly ``min(length, MAX_ITEMS)`` of them."""
    length: int
    """How many parameters it has."""

    @property
    def truncated(self) -> bool:
        """Cut at :data:`grader.wire.MAX_ITEMS`."""
        return len(self.parameters) < self.length

    def parameter(self, name: str) -> TensorValue | ObjectValue | None:
        """The parameter of this dotted name (``0.weight``), None when there is none."""
        return next((value for key, value in self.parameters if key == name), None)

    def submodule(self, prefix: str) -> ModuleValue | None:
        """The parameters under a child module's dotted name (``0``), renamed relative to it; None when none are."""
        start = prefix + "."
        inside = tuple((key[len(start):], value) for key, value in self.parameters if key.startswith(start))
        if not inside:
            return None
        return ModuleValue(module_class="Module", parameters=inside, length=len(inside))

    def to_wire(self) -> Wire:
        return {
            "kind": "module",
            "class": self.module_class,
            "parameters": [[name, value.to_wire()] for name, value in self.parameters],
            "length": self.length,
        }


Value = (
    NoneValue
    | MissingValue
    | BoolValue
    | IntValue
    | FloatValue
    | StrValue
    | DtypeValue
    | ListValue
    | TupleValue
    | DictValue
    | TensorValue
    | ExceptionValue
    | ObjectValue
    | ModuleValue
)
"""An observed value: one record per kind on the wire."""

NONE = NoneValue()
MISSING = MissingValue()

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
    "module": "a module",
}


def describe_kind(value: Value) -> str:
    """The kind of a value in words: "a tensor", "a numpy.ndarray object"."""
    if isinstance(value, ObjectValue):
        return f"a {value.type} object"
    return _KIND_WORDS[value.kind]


def as_tensor(value: Value | None) -> TensorValue | None:
    """``value`` when it is a tensor, else None."""
    return value if isinstance(value, TensorValue) else None

