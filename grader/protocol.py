"""Check, on arrival, everything a sandbox run sends back.

A record from a worker carries observations that student code could have
tampered with, so it is validated field by field (types, sizes, counts) before
anything reads it. Anything malformed raises :class:`ProtocolError`, and the
submission is graded as an error: never as a pass. Nothing is unpickled.

Sizes are bounded as the child's encoder bounds them (items per container,
elements per tensor, string lengths), so a record can only be as large and
as slow to compare as an honest one. Exceptions that mean a limit was hit
(``MemoryError``, ``EAGAIN`` from fork, ``EFBIG``...) get the limit's words
added to their message here, where the job's limits are known.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, overload

from grader.errors import ProtocolError
from grader.sandbox.outcomes import error_limit, hidden_place, limit_words
from grader.values import (
    MISSING,
    NONE,
    BoolValue,
    DictValue,
    DtypeValue,
    ExceptionValue,
    FloatValue,
    IntValue,
    ListValue,
    ModuleValue,
    ObjectValue,
    StrValue,
    TensorValue,
    TupleValue,
    Value,
    Wire,
)
from grader.wire import (
    CALL_STATUSES,
    COMPARABLE_DTYPES,
    INT64,
    LIMIT_KINDS,
    MAX_DEPTH_RECEIVED,
    MAX_ITEMS,
    MAX_NAME,
    MAX_PASS_ERRORS,
    MAX_STR_RECEIVED,
    MODULE_KEYS,
    ORIGINS,
    PARAMETER_NAME,
    PASS_ERROR_CHARS,
    TENSOR_CLASSES,
    TENSOR_KEYS,
    TENSOR_OPTIONAL_KEYS,
    VALUE_KINDS,
    LimitKind,
    Origin,
)

CellStatus = Literal["ok", "error", "timeout", "crashed"]
TaskStatus = Literal["done", "timeout", "crashed", "not_run"]
CallStatus = Literal["returned", "raised", "not_implemented", "missing", "not_callable", "inspected"]

MAX_STR = MAX_STR_RECEIVED
MAX_DEPTH = MAX_DEPTH_RECEIVED
DEFAULT_MAX_ELEMENTS = 1_000_000
"""Most tensor elements when the job does not say."""
MAX_OBSERVATION_CHARS = 64 << 20
"""Longest observation text (the supervisor refuses longer messages before this)."""

_DTYPE_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class ErrorInfo:
    """An exception raised by student code."""

    type: str
    """Exception class name (``RuntimeError``)."""
    message: str
    """Its message."""
    file: str | None
    """Student file or ``<cell N>`` where it was raised, if known."""
    line: int | None
    """Line in that file or cell."""
    code: str | None
    """The offending line of code."""
    traceback: str | None
    """The student's part of the traceback."""
    limit: LimitKind | None = None
    """The limit this exception comes from (``MemoryError``: memory), if any; its message says so."""
    origin: Origin = "raise"
    """Who raised it: ``library`` (PyTorch, or C code), ``raise`` (a raise statement), ``constructed``."""

    def to_wire(self) -> Wire:
        """The layout the child sent (``limit`` only when one is named)."""
        wire: Wire = {
            "kind": "exception",
            "type": self.type,
            "message": self.message,
            "where": None if self.file is None or self.line is None else {"file": self.file, "line": self.line},
            "code": self.code,
            "traceback": self.traceback,
            "origin": self.origin,
        }
        if self.limit is not None:
            wire["limit"] = self.limit
        return wire

    def as_value(self) -> ExceptionValue:
        """The exception as a value (what a ``raised`` target compares)."""
        return ExceptionValue(type=self.type, message=self.message, origin=self.origin)

    def summary(self) -> str:
        return f"{self.type}: {self.message}" if self.message else self.type

    def place(self) -> str | None:
        """Where it happened, in the student's words: ``cell 9, line 3: z.backward()``."""
        if self.line is None or self.file is None:
            return None
        m = re.fullmatch(r"<((?:code )?cell (?:\d+|\[\d+\]))>", self.file)
        where = f"{m.group(1)}, line {self.line}" if m else f"{self.file}, line {self.line}"
        return f"{where}: {self.code}" if self.code else where


@dataclass(frozen=True)
class CellOutcome:
    """What happened when one cell (or the whole module) ran."""

    number: int
    status: CellStatus
    error: ErrorInfo | None
    detail: str | None
    """For timeouts and crashes: what the sandbox saw."""
    limit: LimitKind | None = None
    """For timeouts and crashes: the limit that stopped it, if one did."""


ProbeStatus = Literal["returned", "raised", "not_callable", "missing"]


@dataclass(frozen=True)
class ProbeOutcome:
    """What one call target's call gave in the child (:mod:`grader.probing`)."""

    status: ProbeStatus
    """returned (``value``: the result, or a gradcheck's verdict and two Jacobians), raised (``error``), not_callable (``value``: what it is), missing."""
    value: Value | None = None
    """The call's result (returned), or what stood where a callable was expected (not_callable)."""
    error: ErrorInfo | None = None
    """What the call raised."""

    def to_wire(self) -> Wire:
        wire: Wire = {"status": self.status}
        if self.value is not None:
            wire["value"] = self.value.to_wire()
        if self.error is not None:
            wire["error"] = self.error.to_wire()
        return wire


@dataclass(frozen=True)
class Observation:
    """What one task observed, validated: a function call's result and inputs, or a notebook's variables."""

    status: CallStatus
    """returned, raised, not_implemented (a function task), missing, not_callable; inspected (a notebook task)."""
    seconds: float
    """How long the call took."""
    returned: Value | None = None
    """What the function returned (status ``returned``)."""
    raised: ErrorInfo | None = None
    """What it raised (status ``raised`` or ``not_implemented``)."""
    inputs: Mapping[str, Value] = field(default_factory=dict)
    """Each argument after the call (a function task that ran), tensors with their backward counts."""
    variables: Mapping[str, Value] = field(default_factory=dict)
    """Each variable the task reads (a notebook task)."""
    found: Value | None = None
    """What the name holds when it is not callable."""
    autograd_runs: int | None = None
    """Backward passes (backward() or autograd.grad) anywhere during the call; None when not counted."""
    autograd_failed: int | None = None
    """Those of them that raised (an error the call may have caught); None when not counted."""
    autograd_errors: tuple[str, ...] | None = None
    """The first line of each one's error that PyTorch raised ("" for one it did not; at most 8); None when not sent."""
    forward_duals: int | None = None
    """Dual tensors made for forward-mode autograd during the call; None when not counted."""
    accumulations: int | None = None
    """Gradients added onto a nonzero .grad during the call, over every leaf; None when not counted."""
    probes: Mapping[str, ProbeOutcome] = field(default_factory=dict)
    """What the task's call targets gave, by the call's text (``return.call(p1)``)."""
    cuda: bool | None = None
    """Whether the child found CUDA, told only when an input asks for ``device: auto`` (None: none asks)."""
    gpu: Observation | None = None
    """The same call run again on the GPU (``device: auto`` where CUDA exists): its status, return, error and inputs."""

    @property
    def ran(self) -> bool:
        """The function was called and returned or raised (``inputs`` and the counts are there)."""
        return self.status in ("returned", "raised", "not_implemented")

    @property
    def names(self) -> Mapping[str, Value]:
        """The inputs of a function task, the variables of a notebook task."""
        return self.variables if self.status == "inspected" else self.inputs

    def to_wire(self) -> Wire:
        """The layout the child sent (what caches and frozen files hold)."""
        wire: Wire = {"status": self.status}
        if self.status == "inspected":
            wire["variables"] = {name: value.to_wire() for name, value in self.variables.items()}
        elif self.status == "not_callable":
            wire["found"] = None if self.found is None else self.found.to_wire()
        elif self.ran:
            wire["returned"] = None if self.returned is None else self.returned.to_wire()
            wire["raised"] = None if self.raised is None else self.raised.to_wire()
            wire["inputs"] = {name: value.to_wire() for name, value in self.inputs.items()}
            for key in ("autograd_runs", "autograd_failed", "forward_duals", "accumulations"):
                if getattr(self, key) is not None:
                    wire[key] = getattr(self, key)
            if self.autograd_errors is not None:
                wire["autograd_errors"] = list(self.autograd_errors)
            if self.probes:
                wire["probes"] = {key: outcome.to_wire() for key, outcome in self.probes.items()}
            if self.cuda is not None:
                wire["cuda"] = self.cuda
            if self.gpu is not None:
                wire["gpu"] = {key: value for key, value in self.gpu.to_wire().items() if key in ("status", "returned", "raised", "inputs")}
        wire["seconds"] = self.seconds
        return wire


@dataclass(frozen=True)
class TaskOutcome:
    """What happened to one task."""

    id: str
    status: TaskStatus
    observation: Observation | None
    """Validated observation when ``status == 'done'``."""
    detail: str | None
    limit: LimitKind | None = None
    """For timeouts and crashes: the limit that stopped it, if one did."""

    @property
    def error(self) -> ErrorInfo | None:
        return None if self.observation is None else self.observation.raised


@dataclass(frozen=True)
class Incident:
    """Something the sandbox had to step in for (timeout, crash, bad data)."""

    kind: str
    where: str
    detail: str


@dataclass(frozen=True)
class RunRecord:
    """A validated sandbox run of one submission."""

    cells: dict[int, CellOutcome]
    tasks: dict[str, TaskOutcome]
    incidents: tuple[Incident, ...]
    output: str
    output_bytes: int
    output_truncated: bool
    attempts: int
    seconds: float
    protocol_error: str | None
    isolation: dict[str, Any] | None = None
    """How the children were isolated (uid, hidden course folder); notes say what was not possible."""


def _fail(where: str, problem: str) -> ProtocolError:
    """An error about a record, in words that quote nothing the record holds: the record comes from a process the
    student controlled, and these words reach the student (an error result's message), after a hidden case too: a
    status made up of a hidden input's numbers came back as "unknown status '...'"
    (tests/hostile/round22/pack/hidden_input_in_a_forged_result.py). Key paths name keys the job or the wire defines."""
    return ProtocolError(f"malformed data from the sandbox at {where}: {problem}")


def _expect(cond: bool, where: str, problem: str) -> None:
    if not cond:
        raise _fail(where, problem)


@overload
def _str(value: Any, where: str, *, optional: Literal[False] = False, limit: int = MAX_STR) -> str: ...
@overload
def _str(value: Any, where: str, *, optional: bool, limit: int = MAX_STR) -> str | None: ...
def _str(value: Any, where: str, *, optional: bool = False, limit: int = MAX_STR) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _fail(where, "expected a string")
    _expect(len(value) <= limit, where, "string too long")
    return value


@overload
def _int(value: Any, where: str, *, optional: Literal[False] = False) -> int: ...
@overload
def _int(value: Any, where: str, *, optional: bool) -> int | None: ...
def _int(value: Any, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if type(value) is not int:
        raise _fail(where, "expected an integer")
    _expect(INT64[0] <= value <= INT64[1], where, "integer out of range")
    return value


def _count(obs: Wire, key: str, where: str) -> int | None:
    """An observation's optional count: a non-negative integer, or None where it is absent (not counted, as the hints
    read it)."""
    if key not in obs:
        return None
    count = _int(obs[key], f"{where}.{key}")
    _expect(count >= 0, where, f"negative {key}")
    return count


def _pass_errors(obs: Wire, where: str, failed: int | None) -> tuple[str, ...] | None:
    """An observation's optional failed passes' errors (``autograd_errors``): at most :data:`MAX_PASS_ERRORS` short
    strings, no more than the ``failed`` passes (its validated ``autograd_failed``; None where absent)."""
    if "autograd_errors" not in obs:
        return None
    raw = obs["autograd_errors"]
    _expect(isinstance(raw, list) and len(raw) <= MAX_PASS_ERRORS, where, "autograd_errors must be a short list")
    _expect(failed is not None and len(raw) <= failed, where, "more autograd_errors than failed passes")
    return tuple(_str(item, f"{where}.autograd_errors", limit=PASS_ERROR_CHARS) for item in raw)


def _number(value: Any, where: str) -> float:
    _expect(type(value) in (int, float), where, "expected a number")
    if type(value) is int:
        _int(value, where)
    return float(value)


def _finite(value: Any, where: str) -> float:
    number = _number(value, where)
    _expect(math.isfinite(number), where, "not a finite number")
    return number


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "expected true/false")
    return value


def _mapping(value: Any, where: str, keys: set[str] | frozenset[str], optional: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    if type(value) is dict and value.keys() == keys:
        return value  # the common case, decided without building sets
    if not isinstance(value, dict):
        raise _fail(where, "expected a mapping")
    missing = keys - value.keys()
    extra = value.keys() - keys - optional
    _expect(not missing, where, f"missing {sorted(missing)}")
    _expect(not extra, where, f"{len(extra)} unexpected key{'s' if len(extra) > 1 else ''}")
    return value


def validate_value(value: Any, where: str, depth: int = 0, *, max_elements: int | None = DEFAULT_MAX_ELEMENTS) -> Value:
    """Check one encoded value (see :mod:`grader.observe`) recursively and build its record.

    ``max_elements``: most elements of a tensor (None: no bound, for files the grader wrote itself).
    """
    _expect(depth <= MAX_DEPTH, where, "nested too deeply")
    _expect(isinstance(value, dict) and value.get("kind") in VALUE_KINDS, where, "unknown value kind")
    return _VALUE_PARSERS[value["kind"]](value, where, depth, max_elements)


def _empty(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    _mapping(value, where, {"kind"})
    return NONE if value["kind"] == "none" else MISSING


def _scalar(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    raw = _mapping(value, where, {"kind", "value"})["value"]
    kind = value["kind"]
    if kind == "bool":
        return BoolValue(_bool(raw, where))
    if kind == "int":
        return IntValue(_int(raw, where))
    if kind == "float":
        return FloatValue(_number(raw, where))
    text = _str(raw, where)
    return StrValue(text) if kind == "str" else DtypeValue(text)


def _counted_items(value: Wire, where: str) -> list[Any]:
    _mapping(value, where, {"kind", "items", "length"})
    items = value["items"]
    if not isinstance(items, list):
        raise _fail(where, "items must be a list")
    length = _int(value["length"], where)
    # The child sends every item up to the cap: a container holding fewer than it claims is forged.
    _expect(len(items) == min(length, MAX_ITEMS), where, "items do not match its length")
    return items


def _sequence(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    items = tuple(
        validate_value(item, f"{where}[{i}]", depth + 1, max_elements=max_elements)
        for i, item in enumerate(_counted_items(value, where))
    )
    cls = ListValue if value["kind"] == "list" else TupleValue
    return cls(items=items, length=value["length"])


def _dict(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    pairs = []
    for i, pair in enumerate(_counted_items(value, where)):
        _expect(isinstance(pair, list) and len(pair) == 2, where, "dict items are pairs")
        key = _str(pair[0], f"{where}.key{i}")
        pairs.append((key, validate_value(pair[1], f"{where}[key {i}]", depth + 1, max_elements=max_elements)))
    return DictValue(items=tuple(pairs), length=value["length"])


def _tensor(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    return validate_tensor(value, where, with_grad=True, max_elements=max_elements)


def _exception(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    # where, code and traceback may come along (an error's own fields); a value is its type, message and origin.
    _mapping(value, where, {"kind", "type", "message"}, {"where", "code", "traceback", "origin"})
    origin = value.get("origin", "raise")
    _expect(origin in ORIGINS, where, "unknown origin")
    return ExceptionValue(type=_str(value["type"], where, limit=200), message=_str(value["message"], where), origin=origin)


def _object(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    _mapping(value, where, {"kind", "type", "repr"})
    return ObjectValue(type=_str(value["type"], where, limit=500), repr=_str(value["repr"], where))


_PARAMETER_NAME = re.compile(PARAMETER_NAME)


def _module(value: Wire, where: str, depth: int, max_elements: int | None) -> Value:
    _mapping(value, where, MODULE_KEYS)
    module_class = _str(value["class"], where, limit=MAX_NAME)
    raw = value["parameters"]
    _expect(isinstance(raw, list), where, "parameters must be a list")
    length = _int(value["length"], where)
    # As for a list: every parameter up to the cap, so a module holding fewer than it claims is forged.
    _expect(len(raw) == min(length, MAX_ITEMS), where, "parameters do not match its length")
    parameters: list[tuple[str, TensorValue | ObjectValue]] = []
    names: set[str] = set()
    for i, pair in enumerate(raw):
        _expect(isinstance(pair, list) and len(pair) == 2, where, "parameters are [name, tensor] pairs")
        name = _str(pair[0], f"{where}.parameters[{i}]", limit=MAX_NAME)
        _expect(_PARAMETER_NAME.fullmatch(name) is not None and name not in names, where, f"a bad or repeated parameter name (parameter {i})")
        names.add(name)
        param = validate_value(pair[1], f"{where}.parameters[{i}]", depth + 1, max_elements=max_elements)
        # A parameter that is not a plain one is described as an object (never read), as anywhere else.
        _expect(isinstance(param, (TensorValue, ObjectValue)), f"{where}.parameters[{i}]", "a parameter is a tensor")
        assert isinstance(param, (TensorValue, ObjectValue))
        parameters.append((name, param))
    return ModuleValue(module_class=module_class, parameters=tuple(parameters), length=length)


_VALUE_PARSERS: dict[str, Callable[[Wire, str, int, int | None], Value]] = {
    "none": _empty,
    "missing": _empty,
    "bool": _scalar,
    "int": _scalar,
    "float": _scalar,
    "str": _scalar,
    "dtype": _scalar,
    "list": _sequence,
    "tuple": _sequence,
    "dict": _dict,
    "tensor": _tensor,
    "exception": _exception,
    "object": _object,
    "module": _module,
}
assert _VALUE_PARSERS.keys() == VALUE_KINDS


def validate_tensor(value: Any, where: str, *, with_grad: bool, max_elements: int | None = DEFAULT_MAX_ELEMENTS) -> TensorValue:
    """Check one encoded tensor and build its record."""
    # Runs for every tensor of every submission: checks first, words for the
    # message only when one fails.
    _mapping(value, where, TENSOR_KEYS, TENSOR_OPTIONAL_KEYS)
    _expect(value["class"] in TENSOR_CLASSES, where, "not a plain tensor")
    _expect(isinstance(value["dtype"], str) and _DTYPE_NAME.fullmatch(value["dtype"]) is not None, where, "bad dtype")
    shape = value["shape"]
    _expect(isinstance(shape, list) and len(shape) <= 32, where, "bad shape")
    count = 1
    for s in shape:
        _expect(type(s) is int and 0 <= s <= INT64[1], where, "bad shape")
        count *= s
    data = value["data"]
    if data is None:
        _str(value["note"], where)
    else:
        _check_data(value["dtype"], value["note"], data, count, where, max_elements)
    for key in ("requires_grad", "is_leaf", "retains_grad"):
        if type(value[key]) is not bool:
            _bool(value[key], f"{where}.{key}")
    grad_fn = value["grad_fn"]
    if grad_fn is not None and not (type(grad_fn) is str and len(grad_fn) <= 200):
        _str(grad_fn, f"{where}.grad_fn", optional=True, limit=200)
    calls = value["backward_calls"]
    if calls is not None and not (type(calls) is int and calls >= 0):
        _int(calls, f"{where}.backward_calls")
        _expect(False, where, "negative backward count")
    added = value["accumulated"]
    if added is not None:
        _expect(type(added) is int and calls is not None and 0 <= added <= calls, where, "accumulated must count some of the backward calls")
    if value["changed"] is not None:
        _bool(value["changed"], f"{where}.changed")
    if value["under_no_grad"] is not None:
        _bool(value["under_no_grad"], f"{where}.under_no_grad")
    steps = value["optimizer_steps"]
    if steps is not None:
        _expect(type(steps) is int and 0 <= steps <= 1 << 31, where, "bad optimizer step count")
    if value["alias"] is not None:
        _str(value["alias"], f"{where}.alias", limit=200)
    requests = value.get("grad_requests")
    if requests is not None:
        _expect(type(requests) is int and 0 <= requests <= 1 << 31, where, "bad count of gradient requests")
    grad = value["grad"]
    if grad is not None:
        _expect(with_grad, where, "a gradient cannot have a gradient here")
        grad = validate_tensor(grad, f"{where}.grad", with_grad=False, max_elements=max_elements)
    return TensorValue(
        tensor_class=value["class"],
        dtype=value["dtype"],
        shape=tuple(shape),
        data=data,
        note=value["note"],
        requires_grad=value["requires_grad"],
        is_leaf=value["is_leaf"],
        retains_grad=value["retains_grad"],
        grad_fn=grad_fn,
        grad=grad,
        backward_calls=calls,
        accumulated=added,
        changed=value["changed"],
        optimizer_steps=steps,
        under_no_grad=value["under_no_grad"],
        alias=value["alias"],
        grad_requests=requests,
    )


def _check_data(dtype: str, note: Any, data: Any, count: int, where: str, max_elements: int | None) -> None:
    _expect(dtype in COMPARABLE_DTYPES, where, "data sent for a dtype that is never compared")
    _expect(note is None, where, "a note with data")
    _expect(max_elements is None or count <= max_elements, where, "more elements than the grader compares")
    _expect(isinstance(data, list) and len(data) == count, where, "data does not match the shape")
    # Exact types (set of types: fast on long lists); JSON gives only these.
    types = set(map(type, data))
    if dtype == "bool":
        _expect(types <= {bool}, where, "non-boolean data")
    elif dtype.startswith(("int", "uint")):
        _expect(types <= {int}, where, "non-integer data")
        _expect(not data or (INT64[0] <= min(data) and max(data) <= INT64[1]), where, "integer out of range")
    else:
        _expect(types <= {int, float}, where, "non-numeric data")
        if int in types:  # an honest child sends floats here; an int must still fit a float comparison
            ints = [v for v in data if type(v) is int]
            _expect(INT64[0] <= min(ints) and max(ints) <= INT64[1], where, "integer out of range")


def _error_info(value: Any, where: str) -> ErrorInfo:
    _mapping(value, where, {"kind", "type", "message", "where", "code", "traceback"}, {"limit", "origin"})
    loc = value["where"]
    file = line = None
    if loc is not None:
        _mapping(loc, where, {"file", "line"})
        file = _str(loc["file"], where, limit=500)
        line = _int(loc["line"], where)
    limit = value.get("limit")
    _expect(limit is None or limit in LIMIT_KINDS, where, "unknown limit")
    origin = value.get("origin", "raise")
    _expect(origin in ORIGINS, where, "unknown origin")
    return ErrorInfo(
        type=_str(value["type"], where, limit=200),
        message=_str(value["message"], where),
        file=file,
        line=line,
        code=_str(value["code"], where, optional=True),
        traceback=_str(value["traceback"], where, optional=True),
        limit=limit,
        origin=origin,
    )


def _word_limit(error: ErrorInfo, limits: dict[str, Any] | None) -> ErrorInfo:
    """The error with the limit it comes from added to its message, when it comes from one."""
    if limits is None or error.limit is not None:
        return error
    kind = error_limit(error.type, error.message)
    if kind is None:
        return error
    words = f"the submission {limit_words(kind, limits)}"
    return replace(error, message=f"{error.message} ({words})" if error.message else words, limit=kind)


def _values(raw: Any, where: str, max_elements: int | None) -> dict[str, Value]:
    return {name: validate_value(value, f"{where}.{name}", max_elements=max_elements) for name, value in raw.items()}


def validate_observation(
    obs: Any, where: str, task: dict[str, Any], limits: dict[str, Any] | None = None, *, max_elements: int | None = DEFAULT_MAX_ELEMENTS
) -> Observation:
    """Check one task's observation against the task (in its wire form) and build its record.

    ``limits``: the job's limits (their ``max_tensor_elements`` in place of
    ``max_elements``); an error that comes from one gets its words.
    """
    _expect(isinstance(obs, dict), where, "expected a mapping")
    status = obs.get("status")
    seconds = _finite(obs.get("seconds", 0.0), where)
    # A task either calls a function or reads notebook variables: its status says which, and must agree.
    expected = {"inspected"} if task.get("function") is None else CALL_STATUSES
    _expect(status in expected, where, "a status that does not fit this task")
    if limits is not None:
        max_elements = int(limits.get("max_tensor_elements", DEFAULT_MAX_ELEMENTS))
    if status == "inspected":
        _mapping(obs, where, {"status", "variables", "seconds"}, {"autograd_failed", "autograd_errors"})
        variables = obs["variables"]
        _expect(isinstance(variables, dict) and set(variables) == set(task["variables"]), where, "variables do not match the task")
        # Present: the passes of the whole run that raised (a notebook counts no call's).
        failed = _count(obs, "autograd_failed", where)
        errors = _pass_errors(obs, where, failed)
        return Observation(
            status=status, seconds=seconds, variables=_values(variables, where, max_elements), autograd_failed=failed, autograd_errors=errors
        )
    if status == "missing":
        _mapping(obs, where, {"status", "seconds"})
        return Observation(status=status, seconds=seconds)
    if status == "not_callable":
        _mapping(obs, where, {"status", "found", "seconds"})
        return Observation(status=status, seconds=seconds, found=validate_value(obs["found"], f"{where}.found", max_elements=max_elements))
    if status in ("returned", "raised", "not_implemented"):
        return _call_observation(obs, where, task, limits, seconds, max_elements)
    raise _fail(where, "an unknown status")


def _call_observation(obs: Wire, where: str, task: dict[str, Any], limits: dict[str, Any] | None, seconds: float, max_elements: int | None) -> Observation:
    status = obs["status"]
    _mapping(
        obs, where, {"status", "returned", "raised", "inputs", "seconds"}, {"autograd_runs", "autograd_failed", "autograd_errors", "forward_duals", "accumulations", "probes", "cuda", "gpu"},
    )
    counts = {key: _count(obs, key, where) for key in ("autograd_runs", "autograd_failed", "forward_duals", "accumulations")}
    returned: Value | None = None
    raised: ErrorInfo | None = None
    if status == "returned":
        returned = validate_value(obs["returned"], f"{where}.returned", max_elements=max_elements)
        _expect(obs["raised"] is None, where, "returned and raised at once")
    else:
        _expect(obs["returned"] is None, where, "raised and returned at once")
        raised = _word_limit(_error_info(obs["raised"], f"{where}.raised"), limits)
    inputs = obs["inputs"]
    names = [a[0] for a in task["args"]]
    _expect(isinstance(inputs, dict) and sorted(inputs) == sorted(names), where, "inputs do not match the task")
    return Observation(
        status=status,
        seconds=seconds,
        returned=returned,
        raised=raised,
        inputs=_values(inputs, f"{where}.inputs", max_elements),
        autograd_runs=counts["autograd_runs"],
        autograd_failed=counts["autograd_failed"],
        autograd_errors=_pass_errors(obs, where, counts["autograd_failed"]),
        forward_duals=counts["forward_duals"],
        accumulations=counts["accumulations"],
        probes=_probes(obs.get("probes"), f"{where}.probes", task, max_elements),
        **_device_runs(obs, where, task, limits, max_elements),
    )


_PROBE_FIELDS: dict[str, set[str]] = {"returned": {"status", "value"}, "raised": {"status", "error"}, "not_callable": {"status", "value"}, "missing": {"status"}}
"""The fields of a call target's outcome, by status."""


def _probes(raw: Any, where: str, task: dict[str, Any], max_elements: int | None) -> dict[str, ProbeOutcome]:
    """The outcomes of the task's call targets: only calls the task asked for (some may be absent: not made)."""
    if raw is None:
        return {}
    asked = {request["key"] for request in task.get("probes") or ()}
    _expect(isinstance(raw, dict) and raw.keys() <= asked, where, "calls the task did not ask for")
    out = {}
    for key, outcome in raw.items():
        at = f"{where}[{key!r}]"
        _expect(isinstance(outcome, dict) and outcome.get("status") in _PROBE_FIELDS, at, "unknown call status")
        status = outcome["status"]
        _mapping(outcome, at, _PROBE_FIELDS[status])
        value = validate_value(outcome["value"], f"{at}.value", max_elements=max_elements) if "value" in outcome else None
        error = _error_info(outcome["error"], f"{at}.error") if status == "raised" else None
        out[key] = ProbeOutcome(status=status, value=value, error=error)
    return out


def _device_runs(obs: Wire, where: str, task: dict[str, Any], limits: dict[str, Any] | None, max_elements: int | None) -> dict[str, Any]:
    """``cuda`` and ``gpu`` of a ``device: auto`` case: only for a task that asks, a GPU run only where CUDA was found."""
    if "cuda" not in obs and "gpu" not in obs:
        return {}
    # An expected-values file's task has no recipes (None): the grader wrote that file itself.
    asks = any(recipe is None or recipe.get("device") == "auto" for _name, recipe in task["args"])
    _expect(asks, where, "a GPU run for a task that asks for none")
    cuda = _bool(obs.get("cuda"), f"{where}.cuda")
    gpu = obs.get("gpu")
    if gpu is None:
        return {"cuda": cuda}
    _expect(cuda, where, "a GPU run without CUDA")
    _mapping(gpu, f"{where}.gpu", {"status", "returned", "raised", "inputs"})
    _expect(gpu["status"] in ("returned", "raised", "not_implemented"), f"{where}.gpu", "bad status")
    run = _call_observation({**gpu, "seconds": 0.0}, f"{where}.gpu", task, limits, 0.0, max_elements)
    return {"cuda": cuda, "gpu": run}


def _isolation(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    value = _mapping(raw, "isolation", {"user", "course_hidden", "private_tmp", "notes"})
    _str(value["user"], "isolation", optional=True, limit=100)
    _bool(value["course_hidden"], "isolation")
    _bool(value["private_tmp"], "isolation")
    _expect(isinstance(value["notes"], list) and len(value["notes"]) <= 20, "isolation", "notes must be a short list")
    for note in value["notes"]:
        _str(note, "isolation", limit=1000)
    return value


_raw_decode = json.JSONDecoder().raw_decode
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
CHARS_PER_LIST, CHARS_PER_OBJECT = 6, 12
"""What an observation may hold, once past :data:`DENSE_FROM` characters: at most one list per 6 of its characters
and one object per 12, together (``6 * lists + 12 * objects <= characters``). Decoding costs the grader its containers
(an object about 200 bytes, a list 64), not its characters. The child's encoder writes each value as an object with its
kind, so an honest observation keeps well inside (a dict of short keys to None, its densest, uses about three
quarters); bare empty lists cost the grader 28 times their text (473 MB for the 16 MiB budget,
tests/hostile/round15/pack/record_of_empty_lists.py), and within the bound a forgery costs about what the densest
honest result does."""
DENSE_FROM = 1 << 16


def _containers(text: str) -> tuple[int, int]:
    """The lists and the objects JSON decoding ``text`` would build: its brackets and braces outside strings."""
    lists, objects = text.count("["), text.count("{")
    if lists * CHARS_PER_LIST + objects * CHARS_PER_OBJECT > len(text):
        bare = _JSON_STRING.sub("", text)  # only then: brackets in strings build nothing
        lists, objects = bare.count("["), bare.count("{")
    return lists, objects


def _decoded(text: Any, where: str) -> Any:
    # The worker passes each observation on as the child wrote it, JSON in a string.
    _expect(isinstance(text, str) and len(text) <= MAX_OBSERVATION_CHARS, where, "the observation must be JSON text")
    if len(text) > DENSE_FROM:
        # Counted before decoding: what decoding costs is the containers, not the characters.
        lists, objects = _containers(text)
        _expect(
            lists * CHARS_PER_LIST + objects * CHARS_PER_OBJECT <= len(text),
            where,
            "the observation holds more lists or objects for its length than the child's encoder writes (at most one list "
            f"per {CHARS_PER_LIST} characters and one object per {CHARS_PER_OBJECT})",
        )
    try:
        value, end = _raw_decode(text)
    except ValueError:
        raise _fail(where, "the observation is not valid JSON") from None
    except RecursionError:  # a value nested past the decoder's depth
        raise _fail(where, "the observation is nested too deeply") from None
    _expect(end == len(text), where, "the observation is not valid JSON (more than one value)")
    return value


def parse_record(record: Any, job: dict[str, Any]) -> RunRecord:
    """Validate a worker's record for ``job``; raise :class:`ProtocolError`."""
    _expect(isinstance(record, dict), "record", "expected a mapping")
    cells: dict[int, CellOutcome] = {}
    numbers = {c["number"] for c in job["source"]["cells"]}
    raw_cells = record.get("cells")
    _expect(isinstance(raw_cells, dict), "cells", "expected a mapping")
    limits = job.get("limits")
    for key, cell in raw_cells.items():
        _expect(key.isdigit() and int(key) in numbers, "cells", "a cell the job does not have")
        _mapping(cell, f"cell {key}", {"status", "error", "detail", "seconds"}, {"limit"})
        _expect(cell["status"] in ("ok", "error", "timeout", "crashed"), f"cell {key}", "bad status")
        if cell["seconds"] is not None:
            _finite(cell["seconds"], f"cell {key}")
        error = None
        if cell["error"] is not None:
            error = _word_limit(_error_info(cell["error"], f"cell {key}"), limits)
        limit = cell.get("limit")
        _expect(limit is None or limit in LIMIT_KINDS, f"cell {key}", "unknown limit")
        cells[int(key)] = CellOutcome(
            number=int(key),
            status=cell["status"],
            error=error,
            detail=_str(cell["detail"], f"cell {key}", optional=True),
            limit=limit if limit is not None else (error.limit if error else None),
        )
    by_id = {t["id"]: t for t in job["tasks"]}
    raw_tasks = record.get("tasks")
    _expect(isinstance(raw_tasks, dict) and set(raw_tasks) == set(by_id), "tasks", "tasks do not match the job")
    tasks: dict[str, TaskOutcome] = {}
    for tid, outcome in raw_tasks.items():
        at = hidden_place(by_id[tid]) or tid
        _expect(isinstance(outcome, dict), at, "expected a mapping")
        status = outcome.get("status")
        if status == "done":
            _mapping(outcome, at, {"status", "observation"})
            obs = validate_observation(_decoded(outcome["observation"], at), at, by_id[tid], limits)
            limit = obs.raised.limit if obs.raised is not None else None
            tasks[tid] = TaskOutcome(id=tid, status="done", observation=obs, detail=None, limit=limit)
        else:
            _expect(status in ("timeout", "crashed", "not_run"), at, "bad status")
            _mapping(outcome, at, {"status", "detail"}, {"limit"})
            limit = outcome.get("limit")
            _expect(limit is None or limit in LIMIT_KINDS, at, "unknown limit")
            tasks[tid] = TaskOutcome(id=tid, status=status, observation=None, detail=_str(outcome["detail"], at), limit=limit)
    incidents = []
    _expect(isinstance(record.get("incidents"), list), "incidents", "expected a list")
    for i, inc in enumerate(record["incidents"]):
        _mapping(inc, f"incident {i}", {"kind", "where", "detail"})
        incidents.append(Incident(kind=_str(inc["kind"], "incident"), where=_str(inc["where"], "incident"), detail=_str(inc["detail"], "incident")))
    output = _mapping(record.get("output"), "output", {"text", "bytes", "truncated"})
    seconds = _finite(record.get("seconds"), "seconds")
    return RunRecord(
        cells=cells,
        tasks=tasks,
        incidents=tuple(incidents),
        output=_str(output["text"], "output", limit=1 << 24),
        output_bytes=_int(output["bytes"], "output"),
        output_truncated=_bool(output["truncated"], "output"),
        attempts=_int(record.get("attempts"), "attempts"),
        seconds=seconds,
        protocol_error=_str(record.get("protocol_error"), "protocol_error", optional=True),
        isolation=_isolation(record.get("isolation")),
    )
