"""Call targets in the child: call the student's callables on probes' inputs and describe what came back.

Runs where student code runs, right after a task's own call
(:func:`grader.calling.run_task`), within the same time limit. Each request
(made by :func:`grader.probes.requests`) names a callable (the value the
function returned, an entry of it, or a name the student's code defines), a
method and the probe's input recipes. ``call`` calls the callable twice on
fresh copies of the probe's inputs and describes the second result as a
return value is described (a function of its inputs returns it twice); ``gradcheck`` and ``gradgradcheck`` run torch's own checks on it
(``raise_exception=False``, every setting given) and send its verdict with
the two Jacobians the grader compares itself (:func:`_jacobians`): the
backward's, taken before anything else runs, and central differences of the
callable's values. A comparison made in the grader's process is one no
thread, finalizer or tensor subclass of the student's can answer. A
``torch.autograd.Function`` subclass is called through its ``apply``; under
gradcheck, its results must carry the node the same callable's results
carried in a plain call of the task, else its own backward node (an
``apply`` that answers gradcheck, and only gradcheck, with plain autograd
operations fails). Since gradcheck compares in
this process, a gradcheck is refused (the call raises
:class:`GradcheckRefused`) when what it reads of torch (``torch.allclose``,
the tensor's methods, the gradcheck module) is not as it was before student
code ran, or a torch function or dispatch mode is active, before or after it.

What each call gave, by the call's text::

    {"status": "returned", "value": value}        the result; for gradcheck (verdict, backward's Jacobian, differences')
    {"status": "raised", "error": error}          the callable (or gradcheck through it) raised
    {"status": "not_callable", "value": value}    what stood where a callable was expected
    {"status": "missing"}                         no such name, or no such entry of the return value
"""

from __future__ import annotations

import functools
import sys as _sys
from collections.abc import Callable
from types import CodeType as _CodeType
from types import FunctionType as _FunctionType
from typing import Any

import torch
from torch.autograd.gradcheck import gradcheck as _gradcheck
from torch.autograd.gradcheck import gradgradcheck as _gradgradcheck

from grader import inputs, observe
from grader.sandbox import tamper

# Captured at import (before student code exists): a submission that replaces torch.autograd.gradcheck changes nothing here.
_Function = torch.autograd.Function
_Tensor = torch.Tensor
_class_dict = type.__dict__["__dict__"].__get__  # a class's own names, read past any metaclass
_no_torch_function = torch._C.DisableTorchFunction
_function_modes = torch._C._len_torch_function_stack
_dispatch_modes = torch._C._len_torch_dispatch_stack
_callable = callable
_isinstance = isinstance
_issubclass = issubclass
_type = type
_len = len
_partial = functools.partial
_grad = torch.autograd.grad
_zeros = torch.zeros
_stack = torch.stack
_matmul = torch.matmul
_allclose = torch.allclose
_reshape = torch.reshape
_detach = torch.Tensor.detach
_to = torch.Tensor.to
_numel = torch.Tensor.numel
_id = id
_getsets: Any = torch._C.TensorBase  # its attributes are C descriptors, typed in the stubs as the values they give
_grad_fn_of = _getsets.grad_fn.__get__
_requires_grad_of = _getsets.requires_grad.__get__
_grad_of = _getsets.grad.__get__
_dtype_of = _getsets.dtype.__get__
_shape_of = _getsets.shape.__get__
_getattr = getattr
_tuple: type[tuple[Any, ...]] = tuple
_float64 = torch.float64
_float32 = torch.float32
_abs = torch.abs
_amax = torch.amax
_tensor = torch.tensor
_tolist = torch.Tensor.tolist
_add = torch.add
_cat = torch.cat
_rand = torch.rand
_zeros_like = torch.zeros_like
_requires_grad_ = torch.Tensor.requires_grad_
_Generator = torch.Generator
_eye = torch.eye
_select = torch.select
_mul = torch.mul
_range = range
_float = float

_EPS = 1e-6
"""The step of the central differences, gradcheck's own for float64."""

_ENGINE = "_engine_run_backward"
"""The name in torch.autograd every backward pass goes through, which the child's AutogradWatch wraps (after this import)."""
_autograd_module = _sys.modules["torch.autograd"]  # the module, not its dict: a dict held here would be pinned by the tamper check
_engine = _autograd_module.__dict__[_ENGINE]
_watched_code = next(c for c in observe.AutogradWatch.install.__code__.co_consts if _type(c) is _CodeType and c.co_name == "watched")
_TORCH = tamper.gradcheck_snapshot(skip=frozenset({_ENGINE}))
"""What torch's gradcheck reads (torch.allclose, the tensor's methods...), as it was before student code ran."""


def _engine_intact() -> bool:
    """Whether backward passes reach torch's engine: through nothing, or through the grader's own watches only."""
    fn = _autograd_module.__dict__.get(_ENGINE)
    for _ in range(8):
        if fn is _engine:
            return True
        if _type(fn) is not _FunctionType or fn.__code__ is not _watched_code or fn.__closure__ is None:
            return False
        fn = fn.__closure__[_watched_code.co_freevars.index("original")].cell_contents
    return False


class GradcheckRefused(RuntimeError):
    """Torch was changed where gradcheck reads it, or the backward is not the one used: its verdict would not be about the student's backward."""


def _plain(fn: Callable[..., Any], node: type | None, own: _Jacobians | None = None) -> Callable[..., Any]:
    """``fn``, refusing a result gradcheck would not check the student's backward on.

    A tensor subclass could answer gradcheck's own operations; and the result
    of a ``torch.autograd.Function`` (``node``: its backward's class) must come
    from that backward, not from plain autograd operations an ``apply`` of the
    student's returns when it sees gradcheck call it. ``own``: the gradients
    its backward gave when called on its own (:func:`_own_jacobians`), which
    each of its backward calls under gradcheck must give again.
    """
    hook = _after_backward if own is None else _partial(_after_backward, own)

    typed = _typed(fn, node)

    def checked(*args: Any) -> Any:
        out = typed(*args)
        for item in out if _type(out) is _tuple else (out,):
            grad_fn = _grad_fn_of(item)
            if grad_fn is not None:
                # Right after each backward the student's code ran: torch changed there (and put back later, before
                # gradcheck returns) would otherwise be seen by gradcheck's comparison and by neither check around it.
                grad_fn.register_hook(hook)
        _refuse_if_changed("while")
        return out

    return checked


def _changed_torch() -> list[str]:
    """What of torch a gradcheck relies on is not as it was when this module was imported (empty: all of it is)."""
    changed = tamper.tampered(_TORCH)
    if not _engine_intact():
        changed.append(f"torch.autograd.{_ENGINE}")
    if _function_modes() or _dispatch_modes():
        changed.append("a TorchFunctionMode or TorchDispatchMode left active")
    return changed


def _checked(check: Callable[..., bool], fn: Callable[..., Any], args: tuple[Any, ...], node: type | None, *, same_backward: bool) -> Any:
    """Torch's own check on ``fn``, refused when torch was changed before or during it (its verdict would be the submission's).

    Gives ``(verdict, backward's Jacobian, central differences)``: the
    grader's own comparison of the last two stands beside torch's verdict.
    For gradgradcheck they are those of the function it checks, the
    gradients ``fn``'s backward gives as a function of ``args`` and of the
    gradient flowing in. ``same_backward`` (gradcheck, whose backward calls
    are all at ``args``): the backward's gradients there, computed first on
    their own, must come again under gradcheck, whose numerical Jacobian a
    backward could otherwise read from its caller's frames and return.
    """
    _refuse_if_changed("before")
    # A TorchFunctionMode or tensor subclass of the student's would see gradcheck's own operations (allclose...).
    with _no_torch_function():
        # Checked once around them, not after each call: the grader compares them, out of the student's reach.
        typed = _typed(fn, node)
        own = None
        if same_backward:
            analytic, numerical = _jacobians(typed, args)
            own = _own_jacobians(fn, args)
            _same_in_float32(fn, args, own)
        else:
            as_function = _backward_as_function(typed, args)
            analytic, numerical = _jacobians(*as_function)
            _same_in_float32(*as_function)
        verdict = check(_plain(fn, node, own), args)
    _refuse_if_changed("while")
    return (verdict, analytic, numerical)


def _typed(fn: Callable[..., Any], node: type | None) -> Callable[..., Any]:
    """``fn``, refusing a result that is not a plain tensor (a subclass could answer gradcheck's own operations) or that
    carries another node than ``node``, the Function's (see :func:`_plain`, which adds the checks on torch)."""

    def checked(*args: Any) -> Any:
        out = fn(*args)
        for item in out if _type(out) is _tuple else (out,):
            if _type(item) is not _Tensor:
                raise TypeError(f"gradcheck needs plain torch.Tensor results; this returned {_type(item).__qualname__}")
            grad_fn = _grad_fn_of(item)
            if node is not None and grad_fn is not None and _type(grad_fn) is not node:
                raise TypeError(f"gradcheck checks {node.__name__}, but this result's grad_fn is {_type(grad_fn).__name__}")
        return out

    return checked


def _flat(out: Any) -> Any:
    """A callable's result as one flat tensor, its tensors one after the other."""
    outs = out if _type(out) is _tuple else (out,)
    if not outs or any(_type(o) is not _Tensor for o in outs):
        raise TypeError("gradcheck needs plain torch.Tensor results")
    parts = [_reshape(o, (-1,)) for o in outs]
    return parts[0] if _len(parts) == 1 else _cat(parts)


def _values(out: Any) -> list[float]:
    return _tolist(_to(_detach(_flat(out)), _float64))


def _jacobians(fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, Any]:
    """``fn``'s Jacobian at ``args``, by its backward and by central differences of its values, as float64 matrices.

    A row per element of the result, a column per element of the arguments
    that require grad. The backward's is taken first and kept as floats:
    no difference quotient exists yet that a backward could read from its
    caller's frames, and nothing the student's code runs later can change it.
    """
    wrt = [a for a in args if _type(a) is _Tensor and _requires_grad_of(a)]
    flat = _flat(fn(*args))
    size = _numel(flat)
    analytic = _tuple(_backward_row(flat, k, wrt) for k in _range(size))
    columns: list[list[float]] = []
    for position, arg in enumerate(args):
        if not (_type(arg) is _Tensor and _requires_grad_of(arg)):
            continue
        eye = _eye(_numel(arg), dtype=_dtype_of(arg))
        for e in _range(_numel(arg)):
            step = _mul(_select(eye, 0, e), _EPS)
            sides = []
            for sign in (1.0, -1.0):
                moved = _requires_grad_(_add(_detach(arg), _reshape(step, _shape_of(arg)), alpha=sign), True)
                sides.append(_values(fn(*args[:position], moved, *args[position + 1 :])))
            columns.append([(p - m) / (2 * _EPS) for p, m in zip(sides[0], sides[1])])
            if _len(columns[-1]) != size:
                raise TypeError("the callable's result changed size when its input moved by a small step")
    numerical = [[column[k] for column in columns] for k in _range(size)]
    width = _len(columns)
    return _reshape(_tensor(analytic, dtype=_float64), (size, width)), _reshape(_tensor(numerical, dtype=_float64), (size, width))


def _backward_row(flat: Any, k: int, wrt: list[Any]) -> tuple[float, ...]:
    """The gradients of entry ``k`` of ``flat`` with respect to ``wrt``, one after the other (zeros where none flows)."""
    if not _requires_grad_of(flat):
        return _tuple(0.0 for t in wrt for _ in _range(_numel(t)))
    onehot = _select(_eye(_numel(flat), dtype=_dtype_of(flat)), 0, k)
    grads: Any = _grad(flat, wrt, onehot, retain_graph=True, allow_unused=True)  # None where no gradient flows
    row: list[float] = []
    for g, t in zip(grads, wrt):
        if g is None:
            row += [0.0] * _numel(t)
        elif _type(g) is not _Tensor:
            raise TypeError(f"the backward gave a {_type(g).__qualname__} as a gradient, not a plain torch.Tensor")
        else:
            row += [_float(v) for v in _tolist(_reshape(_to(_detach(g), _float64), (-1,)))]
    return _tuple(row)


def _backward_as_function(fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """What gradgradcheck checks: the gradients ``fn``'s backward gives (with their graph), as a function of ``args`` and of
    the gradient flowing into each result that requires grad; and the arguments to take its Jacobian at (those fed in
    drawn from a generator of their own, so the global one is left as it was)."""
    count = _len(args)
    wrt = [i for i, a in enumerate(args) if _type(a) is _Tensor and _requires_grad_of(a)]
    outs = fn(*args)
    outs = outs if _type(outs) is _tuple else (outs,)
    generator = _Generator().manual_seed(0)
    fed = _tuple(
        _requires_grad_(_add(_rand(_shape_of(o), generator=generator, dtype=_float64), -0.5), True)
        for o in outs
        if _type(o) is _Tensor and _requires_grad_of(o)
    )

    def backward(*all_args: Any) -> Any:
        outs = fn(*all_args[:count])
        outs = outs if _type(outs) is _tuple else (outs,)
        differentiable = [o for o in outs if _type(o) is _Tensor and _requires_grad_of(o)]
        grads = _grad(differentiable, [all_args[i] for i in wrt], all_args[count:], create_graph=True, allow_unused=True)
        return _tuple(_zeros_like(all_args[i]) if g is None else g for g, i in zip(grads, wrt))

    return backward, (*args, *fed)


_Jacobians = tuple[tuple[int, ...], tuple[Any, ...]]
"""The positions among the callable's tensor arguments (a node's gradients come one per tensor input) of those that
require grad, and the backward's Jacobian for each."""


def _own_jacobians(fn: Callable[..., Any], args: tuple[Any, ...]) -> _Jacobians | None:
    """The backward's Jacobian at ``args`` (one backward per entry of the result), or None when there is no single result to take it of."""
    tensors = [a for a in args if _type(a) is _Tensor]
    where = _tuple(i for i, t in enumerate(tensors) if _requires_grad_of(t))
    out = fn(*args)
    if not where or _type(out) is not _Tensor or _grad_fn_of(out) is None:
        return None
    rows = []
    for k in range(_numel(out)):
        onehot = _zeros(_numel(out), dtype=_dtype_of(out))
        onehot[k] = 1
        grads = _grad(out, [tensors[i] for i in where], _reshape(onehot, _shape_of(out)), retain_graph=True, allow_unused=True)
        rows.append(_tuple(None if g is None else _reshape(_detach(g), (-1,)) for g in grads))
    jacobians = _tuple(None if any(r[j] is None for r in rows) else _stack([r[j] for r in rows]) for j in range(len(where)))
    return where, jacobians


def _same_in_float32(fn: Callable[..., Any], args: tuple[Any, ...], own: _Jacobians | None = None) -> None:
    """Refuse ``fn`` when its derivatives in float32 are not, to float32's precision, those on gradcheck's float64 probe.

    Finite differences need float64, so gradcheck's probe is float64 while
    the tasks may run in float32: a backward right only in float64 would
    pass gradcheck and be wrong where it is used
    (tests/hostile/round4/pack/backward_right_only_for_gradcheck.py). For
    gradgradcheck, ``fn`` is the backward as a function (its derivatives are
    the backward's own). ``own``: its Jacobians at ``args``, when already taken.
    """
    fn = _single_result(fn)
    own = own if own is not None else _own_jacobians(fn, args)
    if own is None:
        return
    where, jacobians = own
    narrowed = _tuple(
        _requires_grad_(_to(_detach(a), _float32), _requires_grad_of(a)) if _type(a) is _Tensor and _dtype_of(a) is _float64 else a
        for a in args
    )
    try:
        single = _own_jacobians(fn, narrowed)
    except Exception as exc:  # noqa: BLE001 - a backward that works only in float64 is not the one the tasks use
        raise GradcheckRefused(
            f"gradcheck was not run: on the same input in single precision your function or its backward raised {_type(exc).__name__}"
        ) from None
    # What cannot be compared is refused, not skipped: a float32 result with no grad_fn, or a backward that returns
    # None (no gradient) in float32 only, passed gradcheck on the float64 probe while x.grad stayed None wherever the
    # function was used (tests/hostile/round6/pack/backward_none_in_float32.py). An honest function gives, in single
    # precision, a gradient wherever it gives one in double.
    differs = single is None or single[0] != where
    for wide, narrow in zip(jacobians, () if differs or single is None else single[1]):
        if wide is None and narrow is None:
            continue
        if wide is None or narrow is None:
            differs = True
            break
        scale = 1.0 + _float(_amax(_abs(wide))) if _numel(wide) else 1.0
        if not _allclose(_to(narrow, _float64), wide, rtol=1e-3, atol=1e-4 * scale):
            differs = True
            break
    if differs:
        raise GradcheckRefused(
            "gradcheck was not run: your backward gives other derivatives in single precision than on gradcheck's "
            "double-precision probe at the same input (where your function is used, its inputs may be single precision)"
        )


def _single_result(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, its result unpacked when it is a tuple of one tensor (a backward of one input, as a function)."""

    def one(*args: Any) -> Any:
        out = fn(*args)
        return out[0] if _type(out) is _tuple and _len(out) == 1 else out

    return one


def _after_backward(*hook_args: Any) -> None:
    """After each backward under gradcheck: torch as it was, and (with the Jacobians it gave on its own first) the same gradients."""
    _refuse_if_changed("while")
    if _len(hook_args) != 3:
        return
    (where, jacobians), grad_inputs, grad_outputs = hook_args
    incoming = grad_outputs[0] if _len(grad_outputs) == 1 else None
    if incoming is None or _len(grad_inputs) < _len(where):
        return
    flat = _reshape(_detach(incoming), (-1,))
    for position, jacobian in zip(where, jacobians):
        given = grad_inputs[position] if _len(grad_inputs) > position else None
        if jacobian is None or given is None or _type(given) is not _Tensor:
            continue
        expected = _matmul(_to(flat, _dtype_of(jacobian)), jacobian)
        if not _allclose(_reshape(_detach(given), (-1,)), _to(expected, _dtype_of(given)), rtol=1e-6, atol=1e-9):
            raise GradcheckRefused("gradcheck was not run: your backward gave other gradients under gradcheck than on its own at the same input")


def _refuse_if_changed(when: str) -> None:
    changed = _changed_torch()
    if changed:
        raise GradcheckRefused(f"gradcheck was not run: your code changed what it relies on ({', '.join(changed[:3])}) {when} it ran")


# Every setting given, none left to the functions' defaults (which are dicts that code could change in place).
def _run_gradcheck(fn: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    return _gradcheck(
        fn, args, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=False, nondet_tol=0.0, check_undefined_grad=True,
        check_grad_dtypes=False, check_batched_grad=False, check_batched_forward_grad=False, check_forward_ad=False,
        check_backward_ad=True, fast_mode=False, masked=None,
    )


def _run_gradgradcheck(fn: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    # Fast mode: torch compares one random projection of the two Jacobians of the backward, not every entry, and so
    # differentiates it a few times instead of once per entry of its inputs; _checked compares every entry itself.
    # Not for gradcheck: its backward calls are checked one by one against the backward's own Jacobian
    # (_after_backward), which holds for the one-hot gradients of the slow mode, not for a random one when an honest
    # wrong backward ignores the gradient flowing in.
    return _gradgradcheck(
        fn, args, None, eps=1e-6, atol=1e-5, rtol=1e-3, gen_non_contig_grad_outputs=False, raise_exception=False,
        nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
        check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=True, masked=False,
    )


def _call(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    # Twice on the same inputs, and the second result is what counts: a function of its inputs gives the same
    # result again, one that leaves state behind (a .grad it accumulates into, a flag it sets) does not.
    fn(*args)
    return fn(*args)


def _left_of(arg: Any) -> Any:
    """What a call left of one argument: a tensor's values (detached), its requires_grad, whether its .grad is None."""
    if _type(arg) is not _Tensor:
        return arg
    return (_detach(arg), _requires_grad_of(arg), _grad_of(arg) is None)


def _method(name: str, fn: Callable[..., Any], args: tuple[Any, ...], node: type | None = None) -> Any:
    """What a call step does with the callable and the probe's inputs (no table: a dict could be changed in place).

    A call gives the callable's result; a gradcheck, its verdict and two Jacobians (:func:`_checked`).

    ``node``: the backward class of the ``torch.autograd.Function`` called, which gradcheck's calls must reach.
    """
    if name == "call":
        return _call(fn, args)
    if name == "args_after_call":
        _call(fn, args)
        with observe.ModesOff():
            return _tuple(_left_of(arg) for arg in args)
    if name == "gradcheck":
        return _checked(_run_gradcheck, fn, args, node, same_backward=True)
    if name == "gradgradcheck":
        # Its backward calls are at perturbed inputs too: only torch's state is checked around them.
        return _checked(_run_gradgradcheck, fn, args, node, same_backward=False)
    raise ValueError(f"unknown call method {name!r}")  # probes.requests makes only the four above


_MISSING = object()


def run_probes(
    requests: list[dict[str, Any]],
    returned: Any,
    has_returned: bool,
    namespace: dict[str, Any],
    describe_error: Callable[[BaseException], dict[str, Any]],
    max_elements: int,
) -> dict[str, dict[str, Any]]:
    """Make each requested call; a call on the return value is made only when the function returned.

    ``describe_error`` describes what a call raised, as the task's own error is described.
    """
    out: dict[str, dict[str, Any]] = {}
    # Plain calls first: the node each callable's result carried there is the one its gradchecks must check.
    nodes: dict[int, type] = {}
    for request in sorted(requests, key=lambda r: r["method"] != "call"):
        if request["root"] == "return" and not has_returned:
            continue
        out[request["key"]] = _probe(request, returned, namespace, describe_error, max_elements, nodes)
    return out


def _probe(
    request: dict[str, Any],
    returned: Any,
    namespace: dict[str, Any],
    describe_error: Callable[[BaseException], dict[str, Any]],
    max_elements: int,
    nodes: dict[int, type],
) -> dict[str, Any]:
    """One call; ``nodes`` (by the callable's id) records the class of the node a plain call's result carried."""
    target = _callable_at(request, returned, namespace)
    if target is _MISSING:
        return {"status": "missing"}
    fn = _as_function(target)
    modes_off = observe.ModesOff()
    if fn is None:
        with modes_off:
            return {"status": "not_callable", "value": observe.encode(target, max_elements=max_elements)}
    # No mode of the student's is on while the grader builds a probe's inputs or reads what a call left (as for a
    # task's own call, grader.observe.ModesOff): a dispatch mode that g entered and never left answered the detach of
    # an x that g had changed with its old values, and x read as left alone
    # (tests/hostile/round10/pack/callable_changes_its_argument_under_a_mode.py).
    try:
        # Fresh inputs for each call: what one call did to them cannot reach another.
        with modes_off:
            args = tuple(inputs.build(recipe) for recipe in request["args"])
        # Under gradcheck, the node a plain call gave (an apply that always answers with plain autograd is checked
        # as it is, and fails the node check instead); without one, the Function's own backward.
        result = _method(request["method"], fn, args, nodes.get(_id(target), _backward_node(target)))
        with modes_off:  # a function mode answers Tensor's getters too (one could name another node, then leave)
            if request["method"] == "call" and _type(result) is _Tensor and (grad_fn := _grad_fn_of(result)) is not None:
                nodes[_id(target)] = _type(grad_fn)
    except BaseException as exc:  # the student's SystemExit is a result, as in the task's own call
        return {"status": "raised", "error": describe_error(exc)}
    with modes_off:
        return {"status": "returned", "value": observe.encode(result, max_elements=max_elements)}


def _callable_at(request: dict[str, Any], returned: Any, namespace: dict[str, Any]) -> Any:
    if request["root"] == "module":
        return namespace.get(request["name"], _MISSING)
    value = returned
    for i in request["index"]:
        # Only exact lists and tuples are indexed: a student's __getitem__ is not asked where the callable is.
        if _type(value) not in (list, tuple) or not -_len(value) <= i < _len(value):
            return _MISSING
        value = value[i]
    return value


def _as_function(value: Any) -> Callable[..., Any] | None:
    """What to call: a torch.autograd.Function subclass through ``apply``, any other callable itself; None when not callable."""
    if _isinstance(value, _type) and _issubclass(value, _Function):
        apply: Callable[..., Any] = _getattr(value, "apply")
        return apply
    return value if _callable(value) else None


def _backward_node(value: Any) -> type | None:
    """The class of the backward node a ``torch.autograd.Function`` subclass's results carry (``CubeBackward``); None for another callable."""
    if not (_isinstance(value, _type) and _issubclass(value, _Function)):
        return None
    node = _class_dict(value).get("_backward_cls")
    return node if _isinstance(node, _type) else None
