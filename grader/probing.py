"""Call targets in the child: call the student's callables on probes' inputs and describe what came back.

Runs where student code runs, right after a task's own call
(:func:`grader.calling.run_task`), within the same time limit. Each request
(made by :func:`grader.probes.requests`) names a callable (the value the
function returned, an entry of it, or a name the student's code defines), a
method and the probe's input recipes. ``call`` calls the callable twice on
fresh copies of the probe's inputs and describes the second result as a
return value is described (a function of its inputs returns it twice); ``gradcheck`` and ``gradgradcheck`` run torch's own checks on it
(``raise_exception=False``), whose verdict is a bool. A
``torch.autograd.Function`` subclass is called through its ``apply``.

What each call gave, by the call's text::

    {"status": "returned", "value": value}        the result, or gradcheck's bool
    {"status": "raised", "error": error}          the callable (or gradcheck through it) raised
    {"status": "not_callable", "value": value}    what stood where a callable was expected
    {"status": "missing"}                         no such name, or no such entry of the return value
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch.autograd.gradcheck import gradcheck as _gradcheck
from torch.autograd.gradcheck import gradgradcheck as _gradgradcheck

from grader import inputs, observe

# Captured at import (before student code exists): a submission that replaces torch.autograd.gradcheck changes nothing here.
_Function = torch.autograd.Function
_callable = callable
_isinstance = isinstance
_issubclass = issubclass
_type = type
_len = len
_getattr = getattr

_METHODS: dict[str, Callable[[Any, tuple[Any, ...]], Any]] = {
    # Twice on the same inputs, and the second result is what counts: a function of its inputs gives the same
    # result again, one that leaves state behind (a .grad it accumulates into, a flag it sets) does not.
    "call": lambda fn, args: (fn(*args), fn(*args))[1],
    "gradcheck": lambda fn, args: _gradcheck(fn, args, raise_exception=False),
    "gradgradcheck": lambda fn, args: _gradgradcheck(fn, args, raise_exception=False),
}
"""What each call step does with the callable and the probe's inputs."""

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
    for request in requests:
        if request["root"] == "return" and not has_returned:
            continue
        out[request["key"]] = _probe(request, returned, namespace, describe_error, max_elements)
    return out


def _probe(
    request: dict[str, Any], returned: Any, namespace: dict[str, Any], describe_error: Callable[[BaseException], dict[str, Any]], max_elements: int
) -> dict[str, Any]:
    target = _callable_at(request, returned, namespace)
    if target is _MISSING:
        return {"status": "missing"}
    fn = _as_function(target)
    if fn is None:
        return {"status": "not_callable", "value": observe.encode(target, max_elements=max_elements)}
    try:
        # Fresh inputs for each call: what one call did to them cannot reach another.
        args = tuple(inputs.build(recipe) for recipe in request["args"])
        result = _METHODS[request["method"]](fn, args)
    except BaseException as exc:  # the student's SystemExit is a result, as in the task's own call
        return {"status": "raised", "error": describe_error(exc)}
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
