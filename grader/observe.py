"""Turn live Python/torch objects into plain, JSON-ready observations.

This module runs where student code runs (the sandboxed child, or the student's
own kernel for the in-notebook check). It only *describes* objects; it never
compares them: comparison happens in the grader's process, on these plain
records, so nothing student code patches can change a verdict.

Every torch method used here is captured when this module is imported, which
in the sandbox happens in the worker before any student code exists. A student
replacing ``torch.Tensor.tolist`` (or ``__torch_function__`` on a subclass)
later changes nothing we read.

Only objects whose class is exactly ``torch.Tensor`` or ``nn.Parameter`` are
read as tensors. A subclass (which can lie through ``tolist``, ``__eq__``,
``__torch_function__`` or ``__torch_dispatch__``) or an object imitating a
tensor is described as an object, never read, and fails any tensor check with
a message saying so. Nothing here calls a student's ``__repr__``, and a
tensor that cannot be read (sparse, meta, an exotic dtype) is described with a
note instead of failing the whole observation.

Encoding (a "value")::

    {"kind": "none"}
    {"kind": "bool"|"int"|"str"|"dtype", "value": ...}
    {"kind": "float", "value": 1.5}              # NaN and inf allowed
    {"kind": "list"|"tuple", "items": [value...], "length": n}
    {"kind": "dict", "items": [[key_repr, value], ...], "length": n}
    {"kind": "tensor", "class": "Tensor", "dtype": "float32", "shape": [2, 2],
     "data": [flat numbers] | null, "note": str | null,
     "requires_grad": bool, "is_leaf": bool, "retains_grad": bool,
     "grad_fn": "MeanBackward0" | null, "grad": value | null,
     "backward_calls": int | null, "accumulated": int | null,
     "changed": bool | null, "optimizer_steps": int | null,
     "under_no_grad": bool | null, "alias": "w.grad" | null}
    {"kind": "exception", "type": "RuntimeError", "message": "...",
     "origin": "library" | "raise" | "constructed"}
    {"kind": "object", "type": "numpy.ndarray", "repr": "..."}
    {"kind": "missing"}                           # a variable that is not defined
    {"kind": "module", "class": "Sequential", "parameters": [["0.weight", tensor], ...],
     "length": n}                                 # a module input the grader built
"""

from __future__ import annotations

import os
import re
import sys
import weakref
from collections.abc import Iterator
from typing import Any, cast

import torch
from torch.optim.optimizer import register_optimizer_step_pre_hook
from torch.overrides import TorchFunctionMode

from grader.wire import (
    COMPARABLE_DTYPES,
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_NAME,
    MAX_STR,
    PARAMETER_NAME,
    PASS_ERROR_CHARS,
)

# Captured at import: see the module docstring.
_Tensor = torch.Tensor
_Parameter = torch.nn.Parameter
_tolist = torch.Tensor.tolist
_detach = torch.Tensor.detach
_ravel = torch.Tensor.ravel
_to = torch.Tensor.to
_getsets: Any = torch.Tensor  # its attributes are C descriptors, typed in the stubs as the values they give
_grad_get = _getsets.grad.__get__
_grad_fn_get = _getsets.grad_fn.__get__
_requires_grad_get = _getsets.requires_grad.__get__
_is_leaf_get = _getsets.is_leaf.__get__
_retains_grad_get = _getsets.retains_grad.__get__
_shape_get = _getsets.shape.__get__
_dtype_get = _getsets.dtype.__get__
_numel = torch.Tensor.numel
_is_complex = torch.Tensor.is_complex
_count_nonzero = torch.count_nonzero
_clone = torch.Tensor.clone
_equal = torch.equal
_no_grad = torch.no_grad
_autograd: Any = torch.autograd  # _engine_run_backward is private: not in its stubs
_forward_ad: Any = torch.autograd.forward_ad  # torch.func's jvp and jacfwd make their duals through its make_dual
_grad_enabled = torch.is_grad_enabled
_inference_enabled = torch.is_inference_mode_enabled
_ref = weakref.ref
_id = id
_item = torch.Tensor.item
_untyped_storage = torch.Tensor.untyped_storage
_storage_ptr = torch.UntypedStorage.data_ptr
_no_torch_function = torch._C.DisableTorchFunction
_type = type
_isinstance = isinstance
_issubclass = issubclass
_type_module = type.__dict__["__module__"].__get__
_type_qualname = type.__dict__["__qualname__"].__get__
_type_name = type.__dict__["__name__"].__get__
_type_flags = type.__dict__["__flags__"].__get__
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by Python code, whose __name__ can be set
_len = len
_repr = repr
_str = str
_float = float
_stored_float = float.__float__  # on a subclass: the value it holds, past any __float__ it defines
_int = int
_bool = bool
_sorted = sorted


_ACCEPTED_TENSOR_CLASSES = (_Tensor, _Parameter)
_named_parameters = torch.nn.Module.named_parameters
_parameter_name = re.compile(PARAMETER_NAME).fullmatch
_strided = torch.strided
_layout_get = _getsets.layout.__get__
_device_get = torch.Tensor.device.__get__
_dispatch_modes = torch._C._len_torch_dispatch_stack
_pop_dispatch_mode = torch._C._pop_torch_dispatch_stack
_push_dispatch_mode = torch._C._push_on_torch_dispatch_stack
_function_modes = torch._C._len_torch_function_stack
_pop_function_mode = torch._C._pop_torch_function_stack
_push_function_mode = torch._C._push_on_torch_function_stack


_TORCH_DIR = os.path.dirname(os.path.realpath(torch.__file__)) + os.sep
_modules = sys.modules
def _raise_opcodes() -> frozenset[int]:
    import dis

    return frozenset(dis.opmap[name] for name in ("RAISE_VARARGS", "RERAISE") if name in dis.opmap)


_RAISE_OPCODES = _raise_opcodes()


def _thrown_opcodes() -> frozenset[int]:
    import dis

    # Where a generator or coroutine stands when ``throw()`` puts an exception in it: not started, or suspended.
    names = ("RETURN_GENERATOR", "YIELD_VALUE", "SEND", "CLEANUP_THROW")
    return frozenset(dis.opmap[name] for name in names if name in dis.opmap)


_THROWN_OPCODES = _thrown_opcodes()

# PyTorch's own autograd nodes (MulBackward0, PowBackward0...): C types, whose names cannot be changed.
_NODE_NAMES = frozenset(name for name, value in vars(torch._C._functions).items() if _isinstance(value, _type))


_AccumulateGrad: Any = vars(torch._C._functions)["AccumulateGrad"]
_python_next_functions = torch._C._FunctionBase.__dict__["next_functions"].__get__


def grad_fn_name(node: object) -> str:
    """The class name of a ``grad_fn``, as ``type(t.grad_fn).__name__`` gives it, unless a custom Function forged it.

    A custom autograd Function's node is a Python class (``CubeBackward``)
    whose ``__name__`` can be set: ``Square._backward_cls.__name__ =
    "PowBackward0"`` gave ``a * a`` the name of PyTorch's power
    (tests/hostile/round8/pack/renamed_custom_function.py). PyTorch's nodes
    are C types, named for good; a Python class named like one says so.
    """
    cls = _type(node)
    name: str = _type_name(cls)
    if _type_flags(cls) & _HEAP_TYPE and name in _NODE_NAMES:
        return f"{name} (a custom Function)"
    return name


_DTYPE_NAMES = {d: _str(d).replace("torch.", "") for d in vars(torch).values() if _type(d) is torch.dtype}


def dtype_name(dtype: torch.dtype) -> str:
    name = _DTYPE_NAMES.get(dtype)
    return name if name is not None else _str(dtype).replace("torch.", "")


def _short(text: str, limit: int = MAX_STR) -> str:
    return text if _len(text) <= limit else text[:limit] + "…"


_SAFE_REPR_TYPES = (str, int, float, bool, bytes, type(None), complex)


def _safe_repr(obj: object) -> str:
    # A class's own __repr__ is student code (it could loop, print or lie): only
    # built-in scalars are rendered, anything else is named by its type.
    if _type(obj) in _SAFE_REPR_TYPES:
        return _short(_repr(obj), 300)
    return f"<{_qualified_type(obj)} object>"


def _qualified_type(obj: object) -> str:
    cls = _type(obj)
    try:
        # type's own descriptors: a metaclass cannot make these run student code.
        module = _type_module(cls)
        name = _type_qualname(cls)
        if not (_type(module) is _str and _type(name) is _str):
            raise TypeError
    except BaseException:
        module, name = "", "object"
    text = name if module in ("builtins", "") else f"{module}.{name}"
    return _short(text, MAX_NAME)


def _operation_name(node: Any, dtype: torch.dtype) -> str:
    """The class name of the node that made a tensor (of ``dtype``), looking through a cast back (``ToCopyBackward0``).

    ``(w.double() * x.double() + b.double()).float()`` is an addition computed in float64, then cast back: its
    operation is the addition (AddBackward0), which is what a check of the node asks. A cast of a leaf itself
    (``x.double()``) stays a cast, and so does a cast on top, to a dtype none of the tracked tensors the result
    comes from has: ``(a * b).double()`` of float32 ``a`` and ``b`` reports ToCopyBackward0, as
    ``type(t.grad_fn).__name__`` does; grad_fn_names teaches that the last operation names the node
    (tests/hostile/round9/pack/cast_on_top_of_each_result.py got all seven grad_fn points).
    """
    top = node
    # PyTorch's own cast only (a C type): a custom Function's node named so is no cast to look through.
    while _type_name(_type(node)) == "ToCopyBackward0" and not _type_flags(_type(node)) & _HEAP_TYPE:
        try:
            below = node.next_functions
            under = below[0][0] if _type(below) is tuple and _len(below) == 1 and _type(below[0]) is tuple else None
        except Exception:  # noqa: BLE001 - a node we cannot walk is named as it is
            break
        if under is None or _type_name(_type(under)) == "AccumulateGrad":
            break
        node = under
    if node is not top and not _reaches_leaf_of(node, dtype):
        node = top  # a cast on top of the operation, not back to where the computation started
    return grad_fn_name(node)


_MAX_WALK = 100_000
"""Nodes :func:`_reaches_leaf_of` reads at most (a graph longer than that is named by its cast)."""


def _reaches_leaf_of(node: Any, dtype: torch.dtype) -> bool:
    """Whether the graph under ``node`` reaches a tracked leaf of ``dtype`` (a node it cannot read reaches nothing)."""
    return any(_dtype_get(leaf) is dtype for leaf in _leaves_under([node], limit=_MAX_WALK, skip_unreadable=True))


def encode_tensor(
    t: torch.Tensor,
    *,
    max_elements: int,
    backward_calls: int | None = None,
    accumulated: int | None = None,
    changed: bool | None = None,
    optimizer_steps: int | None = None,
    with_grad: bool = True,
    aliases: dict[int, str] | None = None,
    recorder: GradModeRecorder | None = None,
    watch: AutogradWatch | None = None,
    grad_requests: int | None = None,
) -> dict[str, Any]:
    """Describe a plain tensor; anything else goes to :func:`encode`.

    ``backward_calls`` and ``accumulated`` are what a :class:`BackwardCounter`
    on a grader-built input counted, ``changed`` whether the call changed that
    input's values (:func:`snapshot`, :func:`differs`), ``optimizer_steps`` how
    many optimizer.step() calls updated it (:class:`OptimizerSteps`);
    ``recorder`` knows which tensors were made with gradient recording off; ``watch`` counts the backward passes
    that reached a leaf the student made (notebook tensors, which have no hook); ``aliases`` names the storages of the
    inputs' gradients, so a returned tensor that *is* ``w.grad`` (or a view of
    it) says so instead of merely holding its current values.
    """
    if _type(t) not in _ACCEPTED_TENSOR_CLASSES:
        return encode(t, max_elements=max_elements, aliases=aliases, recorder=recorder, watch=watch)
    with _no_torch_function():
        dtype = dtype_name(_dtype_get(t))
        shape = [_int(s) for s in _shape_get(t)]
        grad_fn = _grad_fn_get(t)
        data: list[Any] | None = None
        note: str | None = None
        count = _numel(t)
        if _is_complex(t):
            note = f"complex tensors ({dtype}) cannot be compared"
        elif dtype not in COMPARABLE_DTYPES:
            note = f"tensors of dtype {dtype} cannot be compared"
        elif _layout_get(t) is not _strided:
            note = f"a {_str(_layout_get(t)).replace('torch.', '')} tensor cannot be compared: convert it with .to_dense()"
        elif _device_get(t).type != "cpu" and not (_CUDA_READ.on and _device_get(t).type == "cuda"):
            note = f"a tensor on device {_device_get(t)} cannot be compared: move it with .cpu()"
        elif count > max_elements:
            note = f"{count} elements is more than the {max_elements} the grader compares"
        else:
            try:
                plain = _detach(t)
                if _device_get(plain).type != "cpu":  # a GPU run's tensor (see reading_cuda)
                    plain = _to(plain, "cpu")
                if dtype in ("float16", "bfloat16"):
                    plain = _to(plain, torch.float32)
                data = _tolist(_ravel(plain))
            except Exception as exc:  # a tensor torch itself cannot read (a functorch wrapper...)
                note = _short(f"its values cannot be read: {type(exc).__name__}: {exc}", 300)
        is_leaf, retains_grad = _bool(_is_leaf_get(t)), _bool(_retains_grad_get(t))
        if watch is not None and backward_calls is None and is_leaf and _requires_grad_get(t):
            backward_calls, accumulated = watch.reached(t) or (0, 0)
            if grad_requests is None:
                grad_requests = watch.requested(t)
        # A non-leaf keeps no .grad unless it retains it; reading it anyway would
        # only raise a warning (and a warnings context per tensor is not free).
        grad: Any = _grad_get(t) if with_grad and (is_leaf or retains_grad) else None
        described = {
            "kind": "tensor",
            "class": _type(t).__name__,
            "dtype": _short(dtype, 40),
            "shape": shape,
            "data": data,
            "note": note,
            "requires_grad": _bool(_requires_grad_get(t)),
            "is_leaf": is_leaf,
            "retains_grad": retains_grad,
            "grad_fn": None if grad_fn is None else _short(_operation_name(grad_fn, _dtype_get(t)), MAX_NAME),
            # A .grad that is not a plain tensor is not read (None: the check fails).
            "grad": (
                encode_tensor(grad, max_elements=max_elements, with_grad=False)
                if _type(grad) in _ACCEPTED_TENSOR_CLASSES
                else None
            ),
            "backward_calls": backward_calls,
            "accumulated": accumulated,
            "changed": changed,
            "optimizer_steps": optimizer_steps,
            "under_no_grad": None if recorder is None else recorder.made_under_no_grad(t),
            "alias": _alias(t, aliases) if aliases else None,
        }
        if grad_requests is not None:
            described["grad_requests"] = grad_requests
        return described


class _CudaRead:
    """Whether tensors on the GPU are read (copied to the CPU) rather than described with a note."""

    on = False


_CUDA_READ = _CudaRead()


class reading_cuda:  # noqa: N801 - a context manager named for what it does while it is open
    """While open, :func:`encode_tensor` reads a CUDA tensor's values through a copy on the CPU.

    Only the GPU run of a ``device: auto`` case opens it: there the grader put
    the inputs on the GPU itself, so a result on the GPU is expected. In every
    other run a tensor left on the GPU keeps its note ("move it with .cpu()").
    """

    def __enter__(self) -> None:
        _CUDA_READ.on = True

    def __exit__(self, *exc: object) -> None:
        _CUDA_READ.on = False


def encode_module(
    module: torch.nn.Module,
    *,
    max_elements: int,
    counters: dict[str, BackwardCounter] | None = None,
    before: dict[str, torch.Tensor | None] | None = None,
    optimizer_steps: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Describe a module input the grader built, by its parameters after the call.

    ``counters``, ``before`` and ``optimizer_steps`` hold, by parameter name, what
    :func:`grader.calling.run_task` recorded: the backward passes that reached
    each parameter, its values before the call (:func:`snapshot`), the
    optimizer steps that updated it. Parameters are listed with
    ``torch.nn.Module.named_parameters`` captured at import, so a student's
    override of the method on their copy is never called.
    """
    counters = counters or {}
    before = before or {}
    optimizer_steps = optimizer_steps or {}
    try:
        # Names a child could not send (a submodule the student added as "a-b") are left out, as if absent.
        pairs = [
            (name, param)
            for name, param in _named_parameters(module)
            if _type(name) is _str and _len(name) <= MAX_NAME and _parameter_name(name)
        ]
    except Exception:  # noqa: BLE001 - a module the call took apart (its _modules replaced): described, not read
        return encode(module, max_elements=max_elements)
    params = []
    for name, param in pairs[:MAX_ITEMS]:
        counter = counters.get(name)
        described = encode_tensor(
            param,
            max_elements=max_elements,
            backward_calls=None if counter is None else counter.count,
            accumulated=None if counter is None else counter.accumulated,
            changed=differs(before[name], param) if name in before else None,
            optimizer_steps=optimizer_steps.get(name),
        )
        params.append([name, described])
    return {"kind": "module", "class": _qualified_type(module).rsplit(".", 1)[-1], "parameters": params, "length": _len(pairs)}


def snapshot(t: torch.Tensor) -> torch.Tensor | None:
    """A private copy of an input's values before the student's code runs."""
    try:
        with _no_torch_function(), _no_grad():
            return _clone(_detach(t))
    except Exception:  # noqa: BLE001 - a tensor that cannot be copied cannot be compared either
        return None


def differs(before: torch.Tensor | None, t: torch.Tensor) -> bool | None:
    """Whether ``t`` no longer holds the values :func:`snapshot` copied (None: cannot tell)."""
    if before is None or _type(t) not in _ACCEPTED_TENSOR_CLASSES:
        return None
    try:
        with _no_torch_function(), _no_grad():
            after = _detach(t)
            if _shape_get(after) != _shape_get(before) or _dtype_get(after) != _dtype_get(before):
                return True
            return not _bool(_equal(before, after))
    except Exception:  # noqa: BLE001
        return None


def storage_key(t: torch.Tensor) -> int | None:
    """Where a tensor's values live (views of one tensor share it); None for an empty one."""
    try:
        with _no_torch_function():
            ptr = _storage_ptr(_untyped_storage(t))
    except Exception:  # noqa: BLE001 - a tensor without storage (meta, functorch wrappers)
        return None
    return _int(ptr) or None


def grad_storage_key(t: torch.Tensor) -> int | None:
    """:func:`storage_key` of ``t.grad``, read with the captured descriptor (None without a plain gradient)."""
    with _no_torch_function():
        grad = _grad_get(t)
    return storage_key(grad) if _type(grad) in _ACCEPTED_TENSOR_CLASSES else None


def _alias(t: torch.Tensor, aliases: dict[int, str]) -> str | None:
    key = storage_key(t)
    return None if key is None else aliases.get(key)


def encode(
    obj: object,
    *,
    max_elements: int = 1_000_000,
    aliases: dict[int, str] | None = None,
    recorder: GradModeRecorder | None = None,
    watch: AutogradWatch | None = None,
    _depth: int = 0,
) -> dict[str, Any]:
    """Describe ``obj`` as a plain value (see the module docstring)."""
    cls = _type(obj)
    if obj is None:
        return {"kind": "none"}
    if cls is _bool:
        return {"kind": "bool", "value": obj}
    if cls is _int:
        if -(2**63) <= obj < 2**63:  # type: ignore[operator]
            return {"kind": "int", "value": obj}
        try:
            return {"kind": "float", "value": _float(obj)}  # type: ignore[arg-type]
        except OverflowError:
            return {"kind": "object", "type": "int", "repr": "(an integer too large for a float)"}
    if cls is _float:
        return {"kind": "float", "value": obj}
    if cls is _str:
        return {"kind": "str", "value": _short(obj)}  # type: ignore[arg-type]
    if cls in _ACCEPTED_TENSOR_CLASSES:
        return encode_tensor(obj, max_elements=max_elements, aliases=aliases, recorder=recorder, watch=watch)  # type: ignore[arg-type]
    if cls is torch.dtype:
        return {"kind": "dtype", "value": dtype_name(obj)}  # type: ignore[arg-type]
    if cls is torch.Size:
        obj = tuple(cast("torch.Size", obj))
        cls = tuple
    if cls in (list, tuple):
        kind = "list" if cls is list else "tuple"
        if _depth >= MAX_DEPTH:
            return {"kind": "object", "type": kind, "repr": "(nested too deeply)"}
        items = cast("list[Any] | tuple[Any, ...]", obj)[:MAX_ITEMS]  # exactly list or tuple: no student __getitem__
        return {
            "kind": kind,
            "items": [encode(i, max_elements=max_elements, aliases=aliases, recorder=recorder, watch=watch, _depth=_depth + 1) for i in items],
            "length": _len(obj),  # type: ignore[arg-type]
        }
    if cls is dict:
        if _depth >= MAX_DEPTH:
            return {"kind": "object", "type": "dict", "repr": "(nested too deeply)"}
        pairs: list[tuple[Any, Any]] = list(dict.items(cast("dict[Any, Any]", obj)))[:MAX_ITEMS]
        return {
            "kind": "dict",
            "items": [
                [_safe_repr(k), encode(v, max_elements=max_elements, aliases=aliases, recorder=recorder, watch=watch, _depth=_depth + 1)]
                for k, v in pairs
            ],
            "length": _len(obj),  # type: ignore[arg-type]
        }
    # The real type, not isinstance: an object can claim any class through a __class__ property.
    if _issubclass(cls, BaseException):
        return encode_exception(obj)  # type: ignore[arg-type]
    # Anything else, tensor subclasses included, is described but never trusted:
    # a subclass can lie through tolist, __eq__ or __torch_function__.
    if _issubclass(cls, _Tensor):
        return {"kind": "object", "type": _short(f"{_qualified_type(obj)} (a subclass of torch.Tensor)", MAX_NAME), "repr": "<not read: only plain torch.Tensor values are graded>"}
    # numpy.float64 is a float: the number it holds is read as a float's, whatever its class says of itself.
    if _issubclass(cls, _float):
        return {"kind": "float", "value": _stored_float(obj)}  # type: ignore[arg-type]
    return {"kind": "object", "type": _qualified_type(obj), "repr": _safe_repr(obj)}


def encode_exception(exc: BaseException) -> dict[str, Any]:
    try:
        message = _str(exc)
    except BaseException:
        message = "(the exception's message could not be read)"
    return {
        "kind": "exception",
        "type": _short(_qualified_type(exc).rsplit(".", 1)[-1], MAX_NAME),
        "message": _short(message, 2000),
        "origin": exception_origin(exc),
    }


MAX_ERRORS_KEPT = 256
"""Failed passes whose error a watch keeps (an honest answer fails one or two per call; a task sends the first
:data:`grader.wire.MAX_PASS_ERRORS` of its own)."""


def pass_error(exc: BaseException) -> str:
    """What a watch keeps of a failed pass's error: the first line of its message when PyTorch raised it (a hook's
    own ``raise`` typed with PyTorch's words is no error of PyTorch's), else the empty string."""
    try:
        if exception_origin(exc) != "library":
            return ""
        text = _str(exc)
        if _type(text) is not _str:
            return ""
        return text.strip().split("\n", 1)[0][:PASS_ERROR_CHARS]
    except BaseException:  # a message we cannot read proves nothing
        return ""


def exception_origin(exc: BaseException) -> str:
    """Who raised ``exc``: ``library`` (torch, or C code a line called), ``raise`` (a raise statement outside torch), or ``constructed`` (never raised).

    An expected error must come from PyTorch: a ``raise RuntimeError("...")``
    typed with the right message is not the error the exercise is about. The
    innermost frame of the traceback tells: a frame of a torch module (its
    real namespace, not code compiled under a borrowed file name), or a frame
    stopped at a call, which means C code raised (an exception of a builtin or
    torch class); a frame stopped at a raise statement anywhere else is
    somebody typing it in, and so is one a generator stands in when an
    exception is thrown into it (tests/hostile/round5/pack/).
    """
    try:
        tb = exc.__traceback__
        if tb is None:
            return "constructed"
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        code = frame.f_code.co_code
        lasti = tb.tb_lasti
        op = code[lasti] if 0 <= lasti < _len(code) else None
        # An exception thrown into a generator (`(_ for _ in ()).throw(RuntimeError(...))`, torch's own generators
        # too) stops there at no call and no raise: its innermost frame ran nothing that raised it.
        if op in _THROWN_OPCODES:
            return "raise"
        if _library_frame(frame):
            return "library"
        if op in _RAISE_OPCODES:
            return "raise"
        # C code a line called raised it: PyTorch's exceptions are builtins' or torch's own classes. One of the
        # submission's (a `class RuntimeError(UserWarning)` that warnings.warn raises as an error) is its own doing.
        return "library" if _library_type(exc) else "raise"
    except BaseException:  # a traceback we cannot read proves nothing
        return "raise"


def _library_type(exc: BaseException) -> bool:
    module = _type_module(_type(exc))
    return _type(module) is _str and (module == "builtins" or module == "torch" or module.startswith("torch."))


def _library_frame(frame: Any) -> bool:
    filename = frame.f_code.co_filename
    if _type(filename) is not _str or not filename.startswith(_TORCH_DIR):
        return False
    namespace = frame.f_globals
    name = namespace.get("__name__")
    module = _modules.get(name) if _type(name) is _str else None
    # The module's own namespace: exec(code, {...}) under torch's file name is not torch.
    return module is not None and _type(module) is _type(sys) and module.__dict__ is namespace


class BackwardCounter:
    """Counts gradients flowing into a grader-built tensor (a tensor hook).

    An answer typed in by hand, or computed without calling backward, has the
    right numbers but a count of zero. ``accumulated`` counts the flows that
    found a nonzero ``.grad`` already there (the hook runs before the new
    gradient is added): gradients that added up because nothing reset them in
    between, which is the evidence a hint about accumulation needs.
    """

    def __init__(self, tensor: torch.Tensor | None = None, watch: AutogradWatch | None = None) -> None:
        self.count = 0
        self.accumulated = 0
        self.tensor = tensor
        self.watch = watch

    def __call__(self, grad: torch.Tensor) -> None:
        # The hook sits in the input's own `_backward_hooks`, in the student's reach: called by hand (or hung on a
        # tensor of their own) it counted passes that never reached the input (round8/pack/counter_called_by_hand.py).
        # With a watch, only a call during a backward pass whose graph holds the tensor counts.
        if self.watch is not None and self.tensor is not None and not self.watch.passing(self.tensor):
            return None
        self.count += 1
        if self.tensor is not None:
            with _no_torch_function():
                before = _grad_get(self.tensor)
                if _type(before) in _ACCEPTED_TENSOR_CLASSES and _item(_count_nonzero(before)):
                    self.accumulated += 1
        return None


class GradModeRecorder(TorchFunctionMode):
    """Remembers the tensors made while gradient recording was off (torch.no_grad(), a @torch.no_grad() function).

    ``(t * 3).detach()`` and ``t * 3`` under ``torch.no_grad()`` hold the same
    values and flags; only how they were made differs, and a prompt that asks
    for ``no_grad`` asks about that. Installed around one call, when an
    exercise checks it (every torch operation then passes through here).
    """

    def __init__(self) -> None:
        super().__init__()
        self.made: dict[int, Any] = {}

    def __torch_function__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        out = func(*args, **(kwargs or {}))
        # inference_mode() turns recording off too, but its tensors can never join a graph later:
        # a prompt that asks for no_grad does not get them.
        if not _grad_enabled() and not _inference_enabled():
            for t in out if _type(out) in (tuple, list) else (out,):
                if _type(t) in _ACCEPTED_TENSOR_CLASSES:
                    self.made[_id(t)] = _ref(t)
        return out

    def made_under_no_grad(self, t: torch.Tensor) -> bool:
        ref = self.made.get(_id(t))
        return ref is not None and ref() is t


class OptimizerSteps:
    """Counts, per grader-built input, the optimizer.step() calls that updated it (a global step hook).

    A prompt that asks for torch.optim.SGD asks for more than the numbers a
    hand-written update also gives.
    """

    def __init__(self, tensors: dict[str, torch.Tensor]) -> None:
        self.ids = {_id(t): name for name, t in tensors.items()}
        self.steps = dict.fromkeys(tensors, 0)
        self._handle: Any = None

    def __enter__(self) -> OptimizerSteps:
        self._handle = register_optimizer_step_pre_hook(self._hook)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._handle.remove()
        except Exception:  # noqa: BLE001 - a student who cleared the global hooks removed it already
            pass

    def _hook(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        for group in optimizer.param_groups:
            for param in group["params"]:
                name = self.ids.get(_id(param))
                if name is not None:
                    self.steps[name] += 1


class AutogradWatch:
    """Sees every backward pass: how many ran, and which leaves each one filled in.

    Both ``torch.autograd.backward`` (``Tensor.backward``) and
    ``torch.autograd.grad`` start the engine through the module-level
    ``_engine_run_backward`` of ``torch.autograd``, looked up when they run:
    wrapping that one name sees every pass, however the student imported
    ``grad`` or ``backward``.

    * ``runs``: the passes so far (a gradient typed in by formula for a tensor
      the student's function builds itself shows as no pass at all), and
      ``failed``: those of them that raised;
    * :meth:`reached`: how many ``backward`` passes accumulated into a leaf, and
      how many of those found a nonzero ``.grad`` already there. Notebook
      tensors have no grader hook (the grader did not make them): this is
      their counter, found by walking each pass's graph to its leaves.

    The sandbox installs it in the child before student code exists; the
    in-notebook check installs it for one call (:meth:`__enter__`).
    """

    def __init__(self) -> None:
        self.runs = 0
        self.failed = 0
        """Passes that raised (a second pass through a freed graph, a non-scalar output...): they filled nothing in."""
        self.errors: list[str] = []
        """The first line of each failed pass's error that PyTorch raised (at most :data:`MAX_ERRORS_KEPT`): an
        error's message kept as text is the work only beside a pass that raised that very error (a backward on a
        throwaway tensor raises another; tests/hostile/round18/pack/)."""
        self.errors_loading: list[str] | None = None
        """:attr:`errors` of the submission's cells' run (see :attr:`failed_loading`)."""
        self.failed_loading: int | None = None
        """The passes that raised while the submission's cells ran (a notebook's or a module's top level), set by the
        sandbox once they have: a notebook's variables are read after its run, so these are its passes that raised
        (None: not counted, as in the in-notebook check)."""
        self.forward_duals = 0
        """Dual tensors made for forward-mode autograd (``torch.func.jvp``, ``jacfwd``, ``forward_ad.make_dual``)."""
        self.accumulations = 0
        """Leaves a pass added to while their .grad was nonzero (summed over passes): gradients adding up."""
        self._reached = _PerTensor()
        """Per leaf: backward passes into it, and how many of those added to a nonzero .grad."""
        self._requested = _PerTensor()
        """Per tensor: passes that asked for its gradient by name."""
        self._original: Any = None
        self._original_dual: Any = None
        self._passes: list[frozenset[int] | None] = []
        """The passes running now (a pass can start in another's hook), each with the ids of the leaves its graph
        holds; None where the graph could not be walked."""

    def install(self) -> None:
        self._original = original = _autograd._engine_run_backward
        self._original_dual = original_dual = _forward_ad.make_dual

        def dual(*args: Any, **kwargs: Any) -> Any:
            self.forward_duals += 1
            return original_dual(*args, **kwargs)

        def watched(t_outputs: Any, *args: Any, **kwargs: Any) -> Any:
            self.runs += 1
            accumulating = kwargs.get("accumulate_grad", True)
            asked = args[3] if len(args) > 3 else kwargs.get("inputs") or ()
            self._note_requests(asked)
            leaves = self._graph_leaves(t_outputs)
            reaching = self._reaching(leaves, asked) if accumulating else []
            self._passes.append(None if leaves is None else frozenset(_id(leaf) for leaf in leaves))
            try:
                result = original(t_outputs, *args, **kwargs)
            except BaseException as exc:
                self.failed += 1
                if _len(self.errors) < MAX_ERRORS_KEPT:
                    self.errors.append(pass_error(exc))
                raise
            finally:
                self._passes.pop()
            self._note(reaching)  # only a pass that did not raise filled anything in
            return result

        _autograd._engine_run_backward = watched
        _forward_ad.make_dual = dual

    def uninstall(self) -> None:
        if self._original is not None:
            _autograd._engine_run_backward = self._original
            self._original = None
        if self._original_dual is not None:
            _forward_ad.make_dual = self._original_dual
            self._original_dual = None

    def __enter__(self) -> AutogradWatch:
        self.install()
        return self

    def __exit__(self, *exc: object) -> None:
        self.uninstall()

    def requested(self, t: torch.Tensor) -> int:
        """How many passes asked for this tensor's gradient by name (``inputs=`` of grad or backward)."""
        counts = self._requested.counts(t)
        return 0 if counts is None else counts[0]

    def _note_requests(self, inputs: Any) -> None:
        try:
            for t in inputs or ():
                if _type(t) in _ACCEPTED_TENSOR_CLASSES:
                    self._requested.add(t, 1)
        except Exception:  # noqa: BLE001 - inputs we cannot walk are inputs we report nothing about
            pass

    def reached(self, t: torch.Tensor) -> tuple[int, int] | None:
        """(backward passes into this leaf, how many added to a nonzero .grad), or None when none did."""
        counts = self._reached.counts(t)
        return None if counts is None else (counts[0], counts[1])

    def passing(self, t: torch.Tensor) -> bool:
        """Whether a backward pass is running now whose graph holds the leaf ``t`` (or one whose graph is unknown)."""
        return any(leaves is None or _id(t) in leaves for leaves in self._passes)

    @staticmethod
    def _graph_leaves(outputs: Any) -> list[torch.Tensor] | None:
        """The leaves a pass from ``outputs`` reaches (None: its graph could not be walked)."""
        try:
            with _no_torch_function():
                return _leaves(outputs)
        except Exception:  # noqa: BLE001 - a graph we cannot walk: the pass's counts are taken on trust
            return None

    def _reaching(self, leaves: list[torch.Tensor] | None, inputs: Any) -> list[tuple[torch.Tensor, int]]:
        """The leaves a pass will accumulate into, each with 1 when its .grad is nonzero before the pass."""
        if leaves is None:
            return []
        try:
            with _no_torch_function():
                only = {_id(t) for t in inputs if _type(t) in _ACCEPTED_TENSOR_CLASSES} if inputs else None
                out = []
                for leaf in leaves:
                    if only is None or _id(leaf) in only:
                        before = _grad_get(leaf)
                        out.append((leaf, int(_type(before) in _ACCEPTED_TENSOR_CLASSES and bool(_item(_count_nonzero(before))))))
                return out
        except Exception:  # noqa: BLE001 - a graph we cannot walk is one we report nothing about
            return []

    def _note(self, reaching: list[tuple[torch.Tensor, int]]) -> None:
        for leaf, added in reaching:
            self.accumulations += added
            self._reached.add(leaf, 1, added)


class _PerTensor:
    """Counts kept per tensor, by id and a weak reference: a tensor that reuses a freed one's id starts from zero."""

    def __init__(self) -> None:
        self._table: dict[int, tuple[Any, tuple[int, ...]]] = {}

    def counts(self, t: torch.Tensor) -> tuple[int, ...] | None:
        """The counts added for ``t``, None when none were."""
        entry = self._table.get(_id(t))
        return None if entry is None or entry[0]() is not t else entry[1]

    def add(self, t: torch.Tensor, *amounts: int) -> None:
        before = self.counts(t)
        total = amounts if before is None else tuple(a + b for a, b in zip(before, amounts))
        self._table[_id(t)] = (_ref(t), total)


def _leaves(outputs: Any) -> list[torch.Tensor]:
    """The leaves a backward pass from ``outputs`` accumulates into (their AccumulateGrad nodes' variables)."""
    roots = outputs if _type(outputs) in (tuple, list) else (outputs,)
    # A leaf that is itself an output (`x.backward(gradient)`) is reached too.
    leaves = [t for t in roots if _type(t) in _ACCEPTED_TENSOR_CLASSES and _grad_fn_get(t) is None and _requires_grad_get(t)]
    return leaves + list(_leaves_under([_grad_fn_get(t) for t in roots if _type(t) in _ACCEPTED_TENSOR_CLASSES]))


def _leaves_under(nodes: list[Any], *, limit: int | None = None, skip_unreadable: bool = False) -> Iterator[torch.Tensor]:
    """The leaves of the graph under ``nodes`` (their AccumulateGrad nodes' variables), each node read once.

    Read as torch defines them: a custom Function's node is a Python class, whose `variable` or `next_functions`
    could name a leaf its pass never reaches (PyTorch's own nodes are C types, fixed). ``limit``: nodes read at most;
    ``skip_unreadable``: a node that raises when read is passed over (else the error propagates).
    """
    stack, seen = list(nodes), set[int]()
    while stack and (limit is None or _len(seen) < limit):
        node = stack.pop()
        if node is None or _id(node) in seen:
            continue
        seen.add(_id(node))
        kind = _type(node)
        try:
            if kind is _AccumulateGrad:
                variable = node.variable
                if _type(variable) in _ACCEPTED_TENSOR_CLASSES:
                    yield cast(torch.Tensor, variable)
                continue
            following = _python_next_functions(node) if _type_flags(kind) & _HEAP_TYPE else node.next_functions
            stack.extend(next_node for next_node, _ in following)
        except Exception:
            if not skip_unreadable:
                raise


class ModesOff:
    """While open, no torch function or dispatch mode is on: the student's are put back, as they were, on leaving.

    A mode the student's code enters and never leaves sees every operation
    after it, the grader's own included (captured functions still go
    through the dispatcher): a dispatch mode answering ``aten.equal`` with
    True made an input changed in place read as unchanged
    (tests/hostile/round8/pack/mode_left_on.py). The grader builds inputs
    and reads what a call left with none on; the student's code finds its
    modes where it left them (``torch.set_default_device`` keeps one).
    """

    def __enter__(self) -> None:
        self.dispatch = [_pop_dispatch_mode(None) for _ in range(_dispatch_modes())]
        self.function = [_pop_function_mode() for _ in range(_function_modes())]

    def __exit__(self, *exc: object) -> None:
        for mode in reversed(self.function):
            _push_function_mode(mode)
        for mode in reversed(self.dispatch):
            _push_dispatch_mode(mode)
        self.dispatch, self.function = [], []

