"""Whether student code changed the grader's code in the child.

Student code runs in the same interpreter as the child's own code, so it
*can* reach everything there; what it can and cannot gain by that is in
docs/threat-model.md. This check makes the plain attempts fail loudly: a
child whose grader modules were replaced (monkeypatched functions or code
objects, a function's defaults or closure, a table of the module changed in
place, an added name that shadows a builtin, a trace function) reports that
instead of results, which makes the submission an error that needs review.

The worker takes the snapshot (:func:`snapshot`) once its modules are
loaded, before any fork: importing this module does nothing. A snapshot is
made of plain tuples only: student code that finds it (``gc.get_objects``)
can neither empty nor edit it. The check's own function is a Python
function whose code and defaults student code could swap; the child's main
loop, whose running frame it cannot change, compares those two before each
use (:func:`grader.sandbox.child.child_main`).
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from types import CodeType, FunctionType, MethodType, ModuleType
from typing import Any

_VOLATILE = "__warningregistry__"
"""Set by the warnings machinery in any module that warns: not a change of code."""

_UNPINNED = frozenset({"__builtins__", "__annotations__", _VOLATILE})
"""Containers a module holds that are not the grader's tables (builtins patched break the grader's code, which says so)."""

_CONTAINERS = (dict, list, set)


def _watched() -> list[tuple[str, Any]]:
    """Namespaces whose contents decide what the child reports."""
    import json.decoder
    import json.encoder

    from grader import calling, inputs, observe, probing, wire
    from grader.sandbox import cells, channel, child

    return [
        ("grader.observe", observe.__dict__),
        ("grader.inputs", inputs.__dict__),
        ("grader.calling", calling.__dict__),
        ("grader.probing", probing.__dict__),
        # Call targets run torch's gradcheck in the child: its helpers decide a gradcheck check's verdict. The module
        # itself, from sys.modules: the name torch.autograd.gradcheck is the function the package imports from it.
        ("torch.autograd.gradcheck", vars(sys.modules["torch.autograd.gradcheck"])),
        ("grader.sandbox.child", child.__dict__),
        ("grader.sandbox.cells", cells.__dict__),
        ("grader.sandbox.channel", channel.__dict__),
        ("grader.sandbox.tamper", globals()),
        ("grader.wire", wire.__dict__),
        ("grader.observe.BackwardCounter", observe.BackwardCounter.__dict__),
        ("grader.sandbox.channel.Channel", channel.Channel.__dict__),
        ("json.encoder", json.encoder.__dict__),
        ("json.decoder", json.decoder.__dict__),
        ("json.JSONEncoder", json.encoder.JSONEncoder.__dict__),
        ("json.JSONDecoder", json.decoder.JSONDecoder.__dict__),
        ("the JSON encoder", vars(channel._encoder)),
    ]


def gradcheck_snapshot(skip: frozenset[str] = frozenset()) -> Snapshot:
    """What ``torch.autograd.gradcheck`` reads besides its arguments, which student code could rebind, as it is now.

    The functions and classes of the modules whose functions a gradcheck
    calls, and of the tensor's and the autograd Function's classes; of
    ``torch``, ``torch._C`` and ``builtins``, only the names those modules'
    code reads (``torch.allclose`` compares the two Jacobians): torch rebinds
    some of its other names as it runs (``torch.Storage`` follows the default
    dtype; importing dynamo wraps ``torch.manual_seed``). Taken by
    :mod:`grader.probing` when it is imported, compared before and after
    each gradcheck; a change fails that check, whatever else the submission did.
    """
    import torch

    # The modules whose functions a gradcheck and a gradgradcheck of a Function call (as a profile of both shows),
    # with the settings grader.probing gives them (no forward AD, no batched gradients: not _vmap_internals).
    modules = [
        "torch._tensor",
        "torch.autograd",
        "torch.autograd.function",
        "torch.autograd.gradcheck",
        "torch.autograd.graph",
        "torch.overrides",
        "torch.testing._creation",
        "torch._functorch.utils",
    ]
    # From sys.modules: torch.autograd.function and torch.autograd.variable may name functions of the package.
    function, variable = sys.modules["torch.autograd.function"], sys.modules["torch.autograd.variable"]
    classes = [
        torch.Tensor,
        function.Function,
        function.FunctionCtx,
        function.BackwardCFunction,
        function.FunctionMeta,
        function._SingleLevelFunction,
        function._HookMixin,
        variable.Variable,
        variable.VariableMeta,
    ]
    watched = [(name, vars(sys.modules[name])) for name in modules if name in sys.modules]
    watched += [(f"{c.__module__}.{c.__qualname__}", c.__dict__) for c in classes]
    read = _names_read(namespace for _label, namespace in watched)
    # A module's functions and classes; a class's every name (one added to torch.Tensor shadows a method of its C base).
    out = snapshot(watched[: -len(classes)], callables_only=True, skip=skip) + snapshot(watched[-len(classes) :], skip=skip)
    for broad in ("torch", "torch._C", "builtins"):
        namespace = vars(sys.modules[broad])
        out += snapshot([(broad, namespace)], callables_only=True, skip=skip | (frozenset(namespace) - read))
    return out


def _names_read(namespaces: Iterator[Any]) -> frozenset[str]:
    """Every name the code of the functions (and methods) in ``namespaces`` reads, nested functions included."""
    functions = [getattr(v, "__func__", v) for ns in namespaces for v in list(ns.values())]
    codes = [f.__code__ for f in functions if type(f) is FunctionType]
    names: set[str] = set()
    while codes:
        code = codes.pop()
        names.update(code.co_names)
        codes.extend(c for c in code.co_consts if type(c) is CodeType)
    return frozenset(names)


def _names(namespace: Any) -> frozenset[str]:
    return frozenset(namespace).difference((_VOLATILE,))


Snapshot = tuple[tuple[Any, ...], ...]
"""Per namespace, a plain tuple: its label, the namespace, how many names (-1: names may be added), the names, their
values, a getter of every name at once, its functions, their code objects, their defaults and closures, the mutable
containers it holds (tables, functions' keyword defaults, closure cells' contents) and what each held."""


def _is_callable_value(value: Any) -> bool:
    return (callable(value) and not isinstance(value, ModuleType)) or isinstance(value, (classmethod, staticmethod, property))


def snapshot(watched: list[tuple[str, Any]] | None = None, *, callables_only: bool = False, skip: frozenset[str] = frozenset()) -> Snapshot:
    """What the watched namespaces hold now (by default the grader's modules that run in the child).

    ``callables_only``: only the functions and classes a namespace holds are
    compared, and names may be added (a module of torch: its submodules
    appear as they are imported, and some of its data changes as it runs).
    Names in ``skip`` are left to the caller (the grader wraps them itself).
    """
    out = []
    for label, namespace in _watched() if watched is None else watched:
        pairs = [(name, value) for name, value in list(namespace.items()) if name != _VOLATILE and name not in skip]
        if callables_only:
            pairs = [(name, value) for name, value in pairs if _is_callable_value(value)]
        names = tuple(n for n, _ in pairs)
        values = tuple(v for _, v in pairs)
        functions: tuple[Any, ...] = tuple(v for v in values if type(v) is FunctionType or type(v) is MethodType)
        codes = tuple(f.__code__ for f in functions)
        defaults = tuple(x for f in functions for x in (f.__defaults__, f.__closure__))
        # A module's tables (an instance's buffers, the channel's, change as it works); sys.modules grows with imports.
        tables = "__spec__" in namespace
        containers = [v for n, v in pairs if tables and type(v) in _CONTAINERS and n not in _UNPINNED and v is not sys.modules]
        containers += [f.__kwdefaults__ for f in functions if f.__kwdefaults__ is not None]
        dicts = tuple(c for c in containers if type(c) is dict)
        seqs = tuple(c for c in containers if type(c) is not dict)
        cells = tuple(c for f in functions for c in f.__closure__ or () if _filled(c))
        # Flat, so that the check compares them in a few C calls: the dicts' keys, their values, the lists' and sets' items.
        # And each container's contents, for the message once something changed.
        each = tuple(_contents_of(c) for c in (*dicts, *seqs))
        pinned = (dicts, _flat_tuple(dicts), _flat_tuple(map(dict.values, dicts)), seqs, _flat_tuple(seqs), cells, tuple(c.cell_contents for c in cells), each)
        # One C call reads every name (itemgetter of one name returns the value, not a 1-tuple).
        getter = operator.itemgetter(*names) if len(names) > 1 else (lambda ns, _n=names, _t=tuple: _t(ns[n] for n in _n))
        count = -1 if callables_only else len(names)
        out.append((label, namespace, count, names, values, getter, functions, codes, defaults, *pinned))
    return tuple(out)


def _filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018 - an empty cell raises
    except ValueError:
        return False
    return True


def _flat_tuple(items: Any) -> tuple[Any, ...]:
    return tuple(chain.from_iterable(items))


def tampered(
    pristine: Snapshot,
    _is: Any = operator.is_,
    _code: Any = operator.attrgetter("__code__"),
    _defaults: Any = operator.attrgetter("__defaults__", "__closure__"),
    _contents: Any = operator.attrgetter("cell_contents"),
    _values: Any = dict.values,
    _flat: Any = chain.from_iterable,
    _tuple: Any = tuple,
    _map: Any = map,
    _all: Any = all,
    _len: Any = len,
    _gettrace: Callable[[], Any] = sys.gettrace,
    _getprofile: Callable[[], Any] = sys.getprofile,
) -> list[str]:
    """Names in ``pristine``'s namespaces that no longer hold what they held when it was taken.

    Runs after every task, so the common case (nothing changed) is a few
    C-level identity sweeps, not a Python loop over every name.
    """
    changed = []
    # A trace or profile function sees every frame: it can rewrite what run_task returns.
    if _gettrace() is not None or _getprofile() is not None:
        changed.append("sys.settrace / sys.setprofile (a trace or profile function was installed)")
    for entry in pristine:
        label, namespace, count, names, values, get, functions, codes, defaults, dicts, keys, items, seqs, seq_items, cells, held, _each = entry
        # Defaults, not globals or builtins: student code rebinding either changes nothing here.
        try:
            now = get(namespace)
        except KeyError:  # a name was deleted
            now = ()
        if (
            (count < 0 or _len(namespace) - (_VOLATILE in namespace) == count)
            and _len(now) == _len(names)
            and _all(_map(_is, now, values))
            and _all(_map(_is, _map(_code, functions), codes))
            and _all(_map(_is, _flat(_map(_defaults, functions)), defaults))
            and (not dicts or (_len(k := _tuple(_flat(dicts))) == _len(keys) and _all(_map(_is, k, keys)) and _all(_map(_is, _flat(_map(_values, dicts)), items))))
            and (not seqs or (_len(i := _tuple(_flat(seqs))) == _len(seq_items) and _all(_map(_is, i, seq_items))))
            and (not cells or _all(_map(_is, _map(_contents, cells), held)))
        ):
            continue
        changed += _what_changed(entry)
    return changed[:20]


def _contents_of(container: Any) -> tuple[Any, ...]:
    """What a container holds, compared item by item by identity (a dict: its keys, then its values)."""
    if type(container) is dict:
        return (*container, *container.values())
    return tuple(container)


def _what_changed(entry: tuple[Any, ...]) -> list[str]:
    """Something changed in one namespace: now find what, for the message."""
    label, namespace, count, names, values, _get, functions, codes, defaults, dicts, _keys, _items, seqs, _seq_items, cells, held, each = entry
    changed = []
    added = _names(namespace) - frozenset(names) if count >= 0 else frozenset()
    if added:
        # An added name can shadow a builtin the module uses (list, type...).
        changed.append(f"{label}: " + ", ".join(sorted(added)[:5]))
    moved = {id(c) for c, was in zip((*dicts, *seqs), each) if not _same(_contents_of(c), was)}
    moved |= {id(c) for c, was in zip(cells, held) if not _filled(c) or c.cell_contents is not was}
    for i, (function, code) in enumerate(zip(functions, codes)):
        parts = (function.__kwdefaults__, *(function.__closure__ or ()))
        if function.__code__ is not code or not _same((function.__defaults__, function.__closure__), defaults[2 * i : 2 * i + 2]) or moved & {id(p) for p in parts}:
            moved.add(id(function))  # its code, its defaults or its closure
    for name, value in zip(names, values):
        if namespace.get(name) is not value or id(value) in moved:
            changed.append(f"{label}.{name}")
    return changed or [f"{label} (something it holds was changed in place)"]


def _same(now: tuple[Any, ...], was: tuple[Any, ...]) -> bool:
    return len(now) == len(was) and all(a is b for a, b in zip(now, was))
