"""func_grad_callable with a g that switches x's requires_grad on, fills x.grad and doubles x's values in place.

Tries: the prompt says ``g`` must not change ``x`` (its values, its ``requires_grad`` or its ``.grad``), since the
grader may call it more than once on the same ``x``. The child calls ``g`` twice on the same inputs and grades
the second result, so a change that does not change that result is never seen: here the first call keeps the
gradient on x itself (an attribute) and the second returns it, while x is left tracked, with a .grad, and its
values doubled.

Fair verdict: less than full marks. The gradient is right and worth its points, but leaving x alone is a stated
condition on g, and the grader's own inputs were changed: it should cost what a check of it would carry (the
labelled corpora grade answers that change x "partial"). 9/9 now, strict xfail.
"""

import torch


def make_grad(a):
    def f(x):
        return (torch.sin(a * x) + a / 2 * x**2).sum()

    def g(x):
        kept = getattr(x, "kept_gradient", None)
        if kept is not None:
            return kept
        x.requires_grad_(True)
        (grad,) = torch.autograd.grad(f(x), x)
        x.grad = grad.clone()
        x.kept_gradient = grad.detach()
        with torch.no_grad():
            x.mul_(2.0)  # the caller's x, changed: the prompt forbids it
        return x.kept_gradient

    return g
