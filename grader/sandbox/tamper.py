"""Whether student code changed the grader's code in the child.

Student code runs in the same interpreter as the child's own code, so it
*can* reach everything there; what it can and cannot gain by that is in
docs/threat-model.md. This check makes the plain attempts fail loudly: a
child whose grader modules were replaced (monkeypatched functions or code
objects, an added name that shadows a builtin, a trace function) reports
that instead of results, which makes the submission an error that needs
review.

The worker takes the snapshot (:func:`snapshot`) once its modules are
loaded, before any fork: importing this module does nothing.
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Callable
from typing import Any, cast

_gettrace = sys.gettrace
_getprofile = sys.getprofile


def _watched() -> list[tuple[str, Any]]:
    """Namespaces whose contents decide what the child reports."""
    import json.decoder
    import json.encoder

    import torch.autograd.gradcheck

    from grader import calling, inputs, observe, probing, wire
    from grader.sandbox import cells, channel, child

    return [
        ("grader.observe", observe.__dict__),
        ("grader.inputs", inputs.__dict__),
        ("grader.calling", calling.__dict__),
        ("grader.probing", probing.__dict__),
        # Call targets run torch's gradcheck in the child: its helpers decide a gradcheck check's verdict.
        ("torch.autograd.gradcheck", torch.autograd.gradcheck.__dict__),
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


_VOLATILE = "__warningregistry__"
"""Set by the warnings machinery in any module that warns: not a change of code."""


def _names(namespace: Any) -> frozenset[str]:
    return frozenset(namespace).difference((_VOLATILE,))


Snapshot = list[tuple[str, Any, int, tuple[str, ...], tuple[Any, ...], tuple[Any, ...], tuple[Any, ...], Callable[[Any], Any]]]
"""Per namespace: its label, the namespace, how many names, the names, their values, its functions, their code objects, and a getter of every name at once."""


def snapshot(watched: list[tuple[str, Any]] | None = None) -> Snapshot:
    """What the watched namespaces hold now (by default the grader's modules that run in the child)."""
    out: Snapshot = []
    for label, namespace in _watched() if watched is None else watched:
        pairs = [(name, value) for name, value in list(namespace.items()) if name != _VOLATILE]
        names = tuple(n for n, _ in pairs)
        values = tuple(v for _, v in pairs)
        functions = tuple(v for v in values if hasattr(v, "__code__"))
        codes = tuple(f.__code__ for f in functions)
        # One C call reads every name (itemgetter of one name returns the value, not a 1-tuple).
        getter = cast(
            "Callable[[Any], Any]",
            operator.itemgetter(*names) if len(names) > 1 else (lambda ns, _n=names, _t=tuple: _t(ns[n] for n in _n)),
        )
        out.append((label, namespace, len(names), names, values, functions, codes, getter))
    return out


def tampered(
    pristine: Snapshot,
    _is: Any = operator.is_,
    _code: Any = operator.attrgetter("__code__"),
    _map: Any = map,
    _all: Any = all,
    _len: Any = len,
) -> list[str]:
    """Names in ``pristine``'s namespaces that no longer hold what they held when it was taken.

    Runs after every task, so the common case (nothing changed) is a few
    C-level identity sweeps, not a Python loop over every name.
    """
    changed = []
    # A trace or profile function sees every frame: it can rewrite what run_task returns.
    if _gettrace() is not None or _getprofile() is not None:
        changed.append("sys.settrace / sys.setprofile (a trace or profile function was installed)")
    for label, namespace, count, names, values, functions, codes, get in pristine:
        # Defaults, not globals or builtins: student code rebinding either changes nothing here.
        try:
            now = get(namespace)
        except KeyError:  # a name was deleted
            now = ()
        if (
            _len(namespace) - (_VOLATILE in namespace) == count
            and _len(now) == count
            and _all(_map(_is, now, values))
            and _all(_map(_is, _map(_code, functions), codes))
        ):
            continue
        # Something changed: now find what, for the message.
        added = _names(namespace) - frozenset(names)
        if added:
            # An added name can shadow a builtin the module uses (list, type...).
            changed.append(f"{label}: " + ", ".join(sorted(added)[:5]))
        swapped = {id(f) for f, c in zip(functions, codes) if f.__code__ is not c}
        for name, value in zip(names, values):
            now = namespace.get(name)
            if now is not value or id(value) in swapped:
                changed.append(f"{label}.{name}")
    return changed[:20]
