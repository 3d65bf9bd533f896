"""mean_product_grad: the gradient copied from an input (t1.grad = t2), never computed by autograd.

Tries: recognised mistakes. The gradient is t2 / n; t2 itself is n times it, which the sum-for-mean rule
(``hints.sum_or_mean``: the factor is the element count, the prompt says mean) recognises on every case, hidden
ones included. So ``t1_grad`` and ``t1_grad_hidden`` fail as recognised work, and the checks beside it count:
``t1_unchanged``, ``t2_unchanged`` (which require ``t1_grad``) and the free ``t1_backward_calls`` (a backward
through ``t1 * 0``). ``out`` is the sum (also a recognised sum for a mean), returned tracked. A right gradient
written by hand fails ("a gradient written in, not computed by autograd"); a wrong one written by hand was graded
as the work with a constant wrong.

Fair verdict: no gradient computed (the prompt: "let autograd fill in t1.grad ... do not write the gradient by
hand"): 0 of 9. Graded 3 of 9 (out_requires_grad, t1_backward_calls, t1_unchanged, t2_unchanged), not stopped: after
the backward through ``t1 * 0`` nothing observed tells the written .grad from autograd's, and
``(t1 * t2).sum().backward()`` gives the same .grad through autograd, as the honest sum-for-mean mistake does
(point 3 of docs/threat-model.md). Without the backward it is ``gradient_written_in_as_a_sum_for_a_mean.py``, 0.
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).sum()
    (t1 * 0).sum().backward()
    t1.grad = t2.clone()
    return out
