"""func_grad_callable: g adds 1 to x in place, and leaves on a dispatch mode that shows x's old values to the grader.

Tries: ``args_after_call`` (hostile round 9) reads what two calls of g left of x: its values by a captured
``detach`` and reading of the result, its ``requires_grad`` and ``.grad`` through torch's descriptors. Round 8
found that captured functions still go through PyTorch's dispatcher, and the task's own reads now happen with no
mode on; a call target's probes are read elsewhere (grader/probing.py), after the callable ran. Here g computes the
right gradient (at the values x had before its first call), then adds 1 to x, and enters once, never leaving, a
``TorchDispatchMode`` that answers ``aten.detach`` of a changed x with a copy of its values from before: x reads as
left alone.

Fair verdict: 8 of 9: x_left_alone (1) fails, as for any g that changes its argument's values.
"""

import torch
from torch.utils._python_dispatch import TorchDispatchMode

_before: dict[int, torch.Tensor] = {}  # x's storage -> its values before g first changed them
_alive: list[torch.Tensor] = []  # every x g changed, kept so that no later tensor is allocated at its address


class ShowsOldValues(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
        if func is torch.ops.aten.detach.default and type(args[0]) is torch.Tensor and args[0].data_ptr() in _before:
            return func(_before[args[0].data_ptr()])
        return func(*args, **(kwargs or {}))


_mode = []


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x**2).sum()

    def g(x):
        original = _before.get(x.data_ptr())
        if original is None:
            original = _before[x.data_ptr()] = x.clone()
            _alive.append(x)
        grad = torch.func.grad(f)(original)
        with torch.no_grad():
            x.add_(1.0)  # the caller's x, changed: the prompt forbids it
        if not _mode:
            _mode.append(ShowsOldValues())
            _mode[0].__enter__()  # never left
        return grad

    return g
