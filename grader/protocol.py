"""Check, on arrival, everything a sandbox run sends back.

A record from a worker carries observations that student code could have
tampered with, so it is validated field by field (types, sizes, counts) before
anything reads it. Anything malformed raises :class:`ProtocolError`, and the
submission is graded as an error: never as a pass. Nothing is unpickled.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from grader.errors import ProtocolError

CellStatus = Literal["ok", "error", "timeout", "crashed"]
TaskStatus = Literal["done", "timeout", "crashed", "not_run"]
CallStatus = Literal["returned", "raised", "not_implemented", "missing", "not_callable", "inspected"]

MAX_STR = 20_000
MAX_DEPTH = 12

_VALUE_KINDS = {"none", "bool", "int", "float", "str", "dtype", "list", "tuple", "dict", "tensor", "exception", "object", "missing"}
_TENSOR_DTYPES = {"float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool", "complex64", "complex128"}


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

    def summary(self) -> str:
        return f"{self.type}: {self.message}" if self.message else self.type

    def place(self) -> str | None:
        """Where it happened, in the student's words: ``cell 9, line 3: z.backward()``."""
        if self.line is None or self.file is None:
            return None
        m = re.fullmatch(r"<cell (\d+)>", self.file)
        where = f"cell {m.group(1)}, line {self.line}" if m else f"{self.file}, line {self.line}"
        return f"{where}: {self.code}" if self.code else where


@dataclass(frozen=True)
class CellOutcome:
    """What happened when one cell (or the whole module) ran."""

    number: int
    status: CellStatus
    error: ErrorInfo | None
    detail: str | None
    """For timeouts and crashes: what the sandbox saw."""


@dataclass(frozen=True)
class TaskOutcome:
    """What happened to one task."""

    id: str
    status: TaskStatus
    observation: dict[str, Any] | None
    """Validated observation (see :mod:`grader.observe`) when ``status == 'done'``."""
    detail: str | None

    @property
    def call_status(self) -> CallStatus | None:
        return None if self.observation is None else self.observation["status"]

    @property
    def error(self) -> ErrorInfo | None:
        if self.observation is None or self.observation.get("raised") is None:
            return None
        return _error_info(self.observation["raised"], "raised")


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


def _fail(where: str, problem: str) -> ProtocolError:
    return ProtocolError(f"malformed data from the sandbox at {where}: {problem}")


def _expect(cond: bool, where: str, problem: str) -> None:
    if not cond:
        raise _fail(where, problem)


def _str(value: Any, where: str, *, optional: bool = False, limit: int = MAX_STR) -> str | None:
    if value is None and optional:
        return None
    _expect(isinstance(value, str), where, "expected a string")
    _expect(len(value) <= limit, where, "string too long")
    return value  # type: ignore[no-any-return]


def _int(value: Any, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    _expect(isinstance(value, int) and not isinstance(value, bool), where, "expected an integer")
    return value  # type: ignore[no-any-return]


def _number(value: Any, where: str) -> float:
    _expect(isinstance(value, (int, float)) and not isinstance(value, bool), where, "expected a number")
    return float(value)


def _bool(value: Any, where: str) -> bool:
    _expect(isinstance(value, bool), where, "expected true/false")
    return value  # type: ignore[no-any-return]


def _mapping(value: Any, where: str, keys: set[str], optional: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    _expect(isinstance(value, dict), where, "expected a mapping")
    missing = keys - value.keys()
    extra = value.keys() - keys - optional
    _expect(not missing, where, f"missing {sorted(missing)}")
    _expect(not extra, where, f"unexpected {sorted(extra)}")
    return value  # type: ignore[no-any-return]


def validate_value(value: Any, where: str, depth: int = 0) -> None:
    """Check one encoded value (see :mod:`grader.observe`) recursively."""
    _expect(depth <= MAX_DEPTH, where, "nested too deeply")
    _expect(isinstance(value, dict) and value.get("kind") in _VALUE_KINDS, where, "unknown value kind")
    kind = value["kind"]
    if kind in ("none", "missing"):
        _mapping(value, where, {"kind"})
    elif kind == "bool":
        _bool(_mapping(value, where, {"kind", "value"})["value"], where)
    elif kind == "int":
        _int(_mapping(value, where, {"kind", "value"})["value"], where)
    elif kind == "float":
        _number(_mapping(value, where, {"kind", "value"})["value"], where)
    elif kind in ("str", "dtype"):
        _str(_mapping(value, where, {"kind", "value"})["value"], where)
    elif kind in ("list", "tuple"):
        _mapping(value, where, {"kind", "items", "length"})
        items = value["items"]
        _expect(isinstance(items, list), where, "items must be a list")
        length = _int(value["length"], where)
        _expect(len(items) <= length, where, "more items than its length")  # type: ignore[operator]
        for i, item in enumerate(items):
            validate_value(item, f"{where}[{i}]", depth + 1)
    elif kind == "dict":
        _mapping(value, where, {"kind", "items", "length"})
        _expect(isinstance(value["items"], list), where, "items must be a list")
        _int(value["length"], where)
        for i, pair in enumerate(value["items"]):
            _expect(isinstance(pair, list) and len(pair) == 2, where, "dict items are pairs")
            _str(pair[0], f"{where}.key{i}")
            validate_value(pair[1], f"{where}[{pair[0]!r}]", depth + 1)
    elif kind == "tensor":
        validate_tensor(value, where, with_grad=True)
    elif kind == "exception":
        _mapping(value, where, {"kind", "type", "message"}, {"where", "code", "traceback"})
        _str(value["type"], where, limit=200)
        _str(value["message"], where)
    elif kind == "object":
        _mapping(value, where, {"kind", "type", "repr"})
        _str(value["type"], where, limit=500)
        _str(value["repr"], where)


def validate_tensor(value: Any, where: str, *, with_grad: bool) -> None:
    keys = {"kind", "class", "dtype", "shape", "data", "note", "requires_grad", "is_leaf", "retains_grad", "grad_fn", "grad", "backward_calls"}
    _mapping(value, where, keys)
    _expect(value["class"] in ("Tensor", "Parameter"), where, "not a plain tensor")
    _expect(value["dtype"] in _TENSOR_DTYPES, where, "unknown dtype")
    shape = value["shape"]
    _expect(isinstance(shape, list) and len(shape) <= 32, where, "bad shape")
    count = 1
    for s in shape:
        _expect(isinstance(s, int) and not isinstance(s, bool) and s >= 0, where, "bad shape")
        count *= s
    data = value["data"]
    if data is None:
        _str(value["note"], where)
    else:
        _expect(isinstance(data, list) and len(data) == count, where, "data does not match the shape")
        # Exact types (set of types: fast on long lists); JSON gives only these.
        types = set(map(type, data))
        if value["dtype"] == "bool":
            _expect(types <= {bool}, where, "non-boolean data")
        elif value["dtype"].startswith(("int", "uint")):
            _expect(types <= {int}, where, "non-integer data")
        else:
            _expect(types <= {int, float}, where, "non-numeric data")
    for key in ("requires_grad", "is_leaf", "retains_grad"):
        _bool(value[key], f"{where}.{key}")
    _str(value["grad_fn"], f"{where}.grad_fn", optional=True, limit=200)
    calls = _int(value["backward_calls"], f"{where}.backward_calls", optional=True)
    _expect(calls is None or calls >= 0, where, "negative backward count")
    grad = value["grad"]
    if grad is not None:
        _expect(with_grad, where, "a gradient cannot have a gradient here")
        validate_tensor(grad, f"{where}.grad", with_grad=False)


def _error_info(value: Any, where: str) -> ErrorInfo:
    _mapping(value, where, {"kind", "type", "message", "where", "code", "traceback"})
    loc = value["where"]
    file = line = None
    if loc is not None:
        _mapping(loc, where, {"file", "line"})
        file = _str(loc["file"], where, limit=500)
        line = _int(loc["line"], where)
    return ErrorInfo(
        type=_str(value["type"], where, limit=200),  # type: ignore[arg-type]
        message=_str(value["message"], where),  # type: ignore[arg-type]
        file=file,
        line=line,
        code=_str(value["code"], where, optional=True),
        traceback=_str(value["traceback"], where, optional=True),
    )


def validate_observation(obs: Any, where: str, task: dict[str, Any]) -> dict[str, Any]:
    _expect(isinstance(obs, dict), where, "expected a mapping")
    status = obs.get("status")
    _number(obs.get("seconds", 0.0), where)
    if status == "inspected":
        _mapping(obs, where, {"status", "variables", "seconds"})
        variables = obs["variables"]
        _expect(isinstance(variables, dict) and set(variables) == set(task["variables"]), where, "variables do not match the task")
        for name, value in variables.items():
            validate_value(value, f"{where}.{name}")
    elif status in ("missing",):
        _mapping(obs, where, {"status", "seconds"})
    elif status == "not_callable":
        _mapping(obs, where, {"status", "found", "seconds"})
        validate_value(obs["found"], f"{where}.found")
    elif status in ("returned", "raised", "not_implemented"):
        _mapping(obs, where, {"status", "returned", "raised", "inputs", "seconds"})
        if status == "returned":
            validate_value(obs["returned"], f"{where}.returned")
            _expect(obs["raised"] is None, where, "returned and raised at once")
        else:
            _expect(obs["returned"] is None, where, "raised and returned at once")
            _error_info(obs["raised"], f"{where}.raised")
        inputs = obs["inputs"]
        names = [a[0] for a in task["args"]]
        _expect(isinstance(inputs, dict) and sorted(inputs) == sorted(names), where, "inputs do not match the task")
        for name, value in inputs.items():
            validate_value(value, f"{where}.inputs.{name}")
    else:
        raise _fail(where, f"unknown status {status!r}")
    return obs  # type: ignore[no-any-return]


def parse_record(record: Any, job: dict[str, Any]) -> RunRecord:
    """Validate a worker's record for ``job``; raise :class:`ProtocolError`."""
    _expect(isinstance(record, dict), "record", "expected a mapping")
    cells: dict[int, CellOutcome] = {}
    numbers = {c["number"] for c in job["source"]["cells"]}
    raw_cells = record.get("cells")
    _expect(isinstance(raw_cells, dict), "cells", "expected a mapping")
    for key, cell in raw_cells.items():
        _expect(key.isdigit() and int(key) in numbers, "cells", f"unknown cell {key!r}")
        _mapping(cell, f"cell {key}", {"status", "error", "detail", "seconds"})
        _expect(cell["status"] in ("ok", "error", "timeout", "crashed"), f"cell {key}", "bad status")
        error = _error_info(cell["error"], f"cell {key}") if cell["error"] is not None else None
        cells[int(key)] = CellOutcome(
            number=int(key), status=cell["status"], error=error, detail=_str(cell["detail"], f"cell {key}", optional=True)
        )
    by_id = {t["id"]: t for t in job["tasks"]}
    raw_tasks = record.get("tasks")
    _expect(isinstance(raw_tasks, dict) and set(raw_tasks) == set(by_id), "tasks", "tasks do not match the job")
    tasks: dict[str, TaskOutcome] = {}
    for tid, outcome in raw_tasks.items():
        _expect(isinstance(outcome, dict), tid, "expected a mapping")
        status = outcome.get("status")
        if status == "done":
            _mapping(outcome, tid, {"status", "observation"})
            obs = validate_observation(outcome["observation"], tid, by_id[tid])
            tasks[tid] = TaskOutcome(id=tid, status="done", observation=obs, detail=None)
        else:
            _expect(status in ("timeout", "crashed", "not_run"), tid, "bad status")
            _mapping(outcome, tid, {"status", "detail"})
            tasks[tid] = TaskOutcome(id=tid, status=status, observation=None, detail=_str(outcome["detail"], tid))
    incidents = []
    _expect(isinstance(record.get("incidents"), list), "incidents", "expected a list")
    for i, inc in enumerate(record["incidents"]):
        _mapping(inc, f"incident {i}", {"kind", "where", "detail"})
        incidents.append(Incident(kind=_str(inc["kind"], "incident"), where=_str(inc["where"], "incident"), detail=_str(inc["detail"], "incident")))  # type: ignore[arg-type]
    output = _mapping(record.get("output"), "output", {"text", "bytes", "truncated"})
    seconds = _number(record.get("seconds"), "seconds")
    _expect(math.isfinite(seconds), "seconds", "not finite")
    return RunRecord(
        cells=cells,
        tasks=tasks,
        incidents=tuple(incidents),
        output=_str(output["text"], "output", limit=1 << 24),  # type: ignore[arg-type]
        output_bytes=_int(output["bytes"], "output"),  # type: ignore[arg-type]
        output_truncated=_bool(output["truncated"], "output"),
        attempts=_int(record.get("attempts"), "attempts"),  # type: ignore[arg-type]
        seconds=seconds,
        protocol_error=_str(record.get("protocol_error"), "protocol_error", optional=True),
    )
