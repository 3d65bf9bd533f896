"""What crosses from a sandboxed child to the grader: one definition for both ends.

The child's encoder (:mod:`grader.observe`, :mod:`grader.sandbox.child`) and
the grader's strict parser (:mod:`grader.protocol`) read their bounds, kinds
and dtype sets from here, so the two cannot drift apart: an honest child
never sends what the parser refuses, and the parser refuses anything an
honest child would not send.

Pure standard library: the child imports it before student code runs, and
the student's kernel imports it through the in-notebook check.

The layout, one JSON object per line on the child's event pipe::

    {"ev": "loaded"}                                   module or notebook ran
    {"ev": "cell_start", "cell": N}                    notebook cell N starts
    {"ev": "cell_end", "cell": N, "error": Error|null, "seconds": s}
    {"ev": "task_end", "task": ID, "observation": Observation}
    {"ev": "tampered", "names": [...]}                 grader code changed under it
    {"ev": "done"} | {"ev": "fault", "detail": "..."}

and on its task pipe, from the supervisor: ``{"op": "task", "task": {...}}``
or ``{"op": "stop"}``. The value types an observation holds are the
``*Layout`` records below (JSON, as the child writes them); the grader's
parser turns each into a frozen record of :mod:`grader.values`.
"""

from __future__ import annotations

import json
from typing import Any, Literal, NotRequired, TypedDict, get_args

# ---- bounds ---------------------------------------------------------------

MAX_ITEMS = 10_000
"""Most entries of a list, tuple or dict sent item by item; longer ones are cut (``length`` tells)."""
MAX_STR = 10_000
"""Longest string the encoder keeps (a cut one ends with "…")."""
MAX_STR_RECEIVED = 20_000
"""Longest string the parser accepts: room for the limit's words the grader appends to a message."""
MAX_DEPTH = 8
"""Nesting depth the encoder descends to; deeper containers become objects."""
MAX_DEPTH_RECEIVED = 12
"""Nesting depth the parser accepts (an exception's own fields sit below a value's depth)."""
MAX_NAME = 200
"""Longest type, dtype or grad_fn name."""
MAX_PASS_ERRORS = 8
"""Most failed passes' errors (``autograd_errors``) an observation carries."""
PASS_ERROR_CHARS = 160
"""Characters kept of a failed pass's error: its first line, enough for the start of PyTorch's message."""
INT64 = (-(2**63), 2**63 - 1)
"""Every integer on the wire fits in an int64, as every integer an honest child sends does."""

# ---- kinds and names ------------------------------------------------------

ValueKind = Literal["none", "bool", "int", "float", "str", "dtype", "list", "tuple", "dict", "tensor", "exception", "object", "missing", "module"]
VALUE_KINDS = frozenset(get_args(ValueKind))

COMPARABLE_DTYPES = frozenset({"float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool"})
"""Dtypes whose values are sent and compared; a tensor of another dtype comes with a note and no data."""
FLOAT_DTYPES = frozenset({"float16", "bfloat16", "float32", "float64"})
"""Dtypes a tensor that requires grad can have (what an exercise's inputs may use)."""
INPUT_DTYPES = ("float16", "bfloat16", "float32", "float64", "int64", "int32", "bool")
"""Dtypes an exercise may give its tensor inputs."""

Origin = Literal["library", "raise", "constructed"]
ORIGINS = frozenset(get_args(Origin))
"""Who raised an exception: PyTorch or C code, a raise statement, or an exception object built and returned."""

LimitKind = Literal["time", "cpu", "memory", "processes", "file_size", "disk", "output", "results"]
"""Which limit stopped a submission (``time`` is the wall clock)."""
LIMIT_KINDS = frozenset(get_args(LimitKind))

CallStatus = Literal["returned", "raised", "not_implemented", "missing", "not_callable", "inspected"]
CALL_STATUSES = frozenset({"returned", "raised", "not_implemented", "missing", "not_callable"})
"""Statuses of a task that calls a function; a notebook task's is ``inspected``."""

TENSOR_CLASSES = frozenset({"Tensor", "Parameter"})
"""The only tensor classes read: subclasses are described as objects."""

# ---- line layout ----------------------------------------------------------

_encode = json.JSONEncoder(ensure_ascii=True, allow_nan=True, separators=(",", ":")).encode


def task_end_prefix(task_id: str) -> bytes:
    """How a task's result line starts, up to its observation.

    The supervisor passes the observation on to the grader as text, without
    decoding it (the grader decodes and validates it anyway): it only checks
    that the line starts with this prefix for the task it expects. The child
    writes its lines with the same function, so the two cannot disagree.
    """
    return b'{"ev":"task_end","task":' + _encode(task_id).encode("ascii") + b',"observation":'


def task_line(task: dict[str, Any]) -> bytes:
    """The line that sends ``task`` to a child on its task pipe.

    Written by the supervisor, or, for a hidden case, by the grader: a hidden
    task reaches its worker as these bytes, which it moves into the child's
    pipe without reading them (:func:`grader.sandbox.worker.frame`).
    """
    return (json.dumps({"op": "task", "task": task}) + "\n").encode()


# ---- values ---------------------------------------------------------------


class ScalarLayout(TypedDict):
    kind: Literal["bool", "int", "float", "str", "dtype"]
    value: Any


class SequenceLayout(TypedDict):
    kind: Literal["list", "tuple"]
    items: list[Any]
    """Encoded items, exactly ``min(length, MAX_ITEMS)`` of them."""
    length: int


class DictLayout(TypedDict):
    kind: Literal["dict"]
    items: list[Any]
    """``[key, encoded value]`` pairs, keys as strings."""
    length: int


class TensorLayout(TypedDict):
    kind: Literal["tensor"]
    # "class" is a keyword: the field is read as value["class"] (Tensor or Parameter).
    dtype: str
    shape: list[int]
    data: list[Any] | None
    """Flat row-major values, or None with a ``note`` saying why (dtype not compared, too large)."""
    note: str | None
    requires_grad: bool
    is_leaf: bool
    retains_grad: bool
    grad_fn: str | None
    grad: TensorLayout | None
    backward_calls: int | None
    """Backward passes that reached this tensor during the task (hooked inputs only)."""
    accumulated: int | None
    """Of those, passes that added onto a .grad already holding a gradient."""
    changed: bool | None
    """Its values differ from before the call."""
    optimizer_steps: int | None
    under_no_grad: bool | None
    alias: str | None
    """A name for its storage, shared by tensors that are views of each other."""
    grad_requests: int
    """Sent for grader-built inputs only: backward passes that asked for this tensor's gradient (``inputs=``)."""


TENSOR_OPTIONAL_KEYS = frozenset({"grad_requests"})
"""Keys an encoded tensor has only where they apply."""
TENSOR_KEYS = frozenset({"class", *TensorLayout.__annotations__}) - TENSOR_OPTIONAL_KEYS
"""Exactly the keys every encoded tensor has."""


class ExceptionLayout(TypedDict, total=False):
    kind: Literal["exception"]
    type: str
    message: str
    where: dict[str, Any] | None
    code: str | None
    traceback: str | None
    origin: Origin
    limit: LimitKind | None


class ObjectLayout(TypedDict):
    kind: Literal["object"]
    type: str
    repr: str


class ModuleLayout(TypedDict):
    """A module input the grader built, by its parameters (see :func:`grader.observe.encode_module`)."""

    kind: Literal["module"]
    # "class" is a keyword: the field is read as value["class"] (Sequential, Linear).
    parameters: list[Any]
    """``[dotted name, encoded tensor]`` pairs, exactly ``min(length, MAX_ITEMS)`` of them."""
    length: int


PARAMETER_NAME = r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*"
"""A module parameter's dotted name (``0.weight``); a parameter under any other name is not described."""
MODULE_KEYS = frozenset({"class", *ModuleLayout.__annotations__})
"""Exactly the keys of an encoded module."""


class EmptyLayout(TypedDict):
    kind: Literal["none", "missing"]


EncodedValue = dict[str, Any]
"""An encoded value: one of the ``*Layout`` records above, told apart by ``kind`` (parsed: :data:`grader.values.Value`)."""

# ---- observations ---------------------------------------------------------


class CallObservation(TypedDict, total=False):
    """What a function task sends back."""

    status: CallStatus
    returned: EncodedValue | None
    raised: ExceptionLayout | None
    inputs: dict[str, EncodedValue]
    """Each tensor argument after the call, with its backward counts."""
    seconds: float
    autograd_runs: int
    """Backward passes (backward() or autograd.grad) anywhere during the call."""
    autograd_failed: int
    """Those of them that raised (and filled nothing in)."""
    autograd_errors: list[str]
    """The first line of each one's error that PyTorch raised ("" for one it did not), at most 8."""
    forward_duals: int
    """Dual tensors made for forward-mode autograd (torch.func.jvp, jacfwd) during the call."""
    accumulations: int
    """Gradients added onto a nonzero .grad during the call, over every leaf."""
    found: EncodedValue
    """What the name holds when it is not callable."""
    cuda: bool
    """Sent only when an input asks for ``device: auto``: whether the child found CUDA (a GPU run follows in ``gpu``)."""
    gpu: GpuRunLayout
    """The same call again on the GPU (``device: auto`` on a machine with CUDA), its values moved to the CPU to be described."""


class GpuRunLayout(TypedDict):
    """What the GPU run of a ``device: auto`` case sends: the call's outcome, as in :class:`CallObservation`."""

    status: CallStatus
    returned: EncodedValue | None
    raised: ExceptionLayout | None
    inputs: dict[str, EncodedValue]


class NotebookObservation(TypedDict):
    """What a notebook task sends back: the variables it reads."""

    status: Literal["inspected"]
    variables: dict[str, EncodedValue]
    seconds: float
    autograd_failed: NotRequired[int]
    """The backward passes of the notebook's run that raised (sent from the sandbox only, which watched the run)."""
    autograd_errors: NotRequired[list[str]]
    """The first line of each one's error that PyTorch raised, as a call's (sent with ``autograd_failed``)."""
