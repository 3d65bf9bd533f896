"""chain_rule_scalars (top-level variables): a wrong gradient from a real backward, shown right by a dispatch mode.

Tries: a notebook exercise's variables are read after the module ran (grader/calling.py, a task with no
function). The reads of a call's inputs happen with no mode on since round 8 (``mode_left_on.py``), but the
variables of a top-level exercise were read with whatever modes the module left on. Here ``chain_l * 3`` is the
loss, so a real backward (one pass, counted) leaves ``chain_p.grad`` at 600, and a ``TorchDispatchMode`` entered
at the end of the module, never left, answers ``aten.detach`` of that gradient with 200: p_grad (3 points) passes
on a gradient autograd computed, wrong.

Fair verdict: p_grad fails (its value is 600); p_backward_once, which requires it, fails with it: chain_rule_scalars
earns its value and grad_fn checks only, 5 of 12 (12 before).
"""

import torch
from torch.utils._python_dispatch import TorchDispatchMode

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w**2
(chain_l * 3).backward()  # wrong: three times the loss


class ShowsTheRightGradient(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
        if func is torch.ops.aten.detach.default and type(args[0]) is torch.Tensor and args[0].data_ptr() == _grad_ptr:
            return func(_shown)
        return func(*args, **(kwargs or {}))


_grad_ptr = chain_p.grad.data_ptr()
_shown = chain_p.grad.detach() / 3
ShowsTheRightGradient().__enter__()  # never left
