"""mean_product_grad: the gradient written in by hand as t2 (no backward at all), out a sum where a mean is asked.

Tries: recognised mistakes. The gradient is t2 / n; ``t1.grad = t2.clone()`` is n times it, which the
sum-for-mean rule (``hints.sum_or_mean``) and the known mistake ``sum_instead_of_mean.py`` recognise on every case,
hidden ones included. A right gradient written by hand fails ("a gradient written in, not computed by autograd"),
but a wrong one counted as recognised work, so ``t1_unchanged`` and ``t2_unchanged`` (which require ``t1_grad``)
and ``out_requires_grad`` (beside the recognised sum) counted.

Fair verdict: no gradient computed (the prompt: "let autograd fill in t1.grad ... do not write the gradient by
hand"): a value that is neither right nor recognised work, and none count: 0 of 9 (before: 2 of 9,
out_requires_grad, t1_unchanged, t2_unchanged).
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).sum()
    t1.grad = t2.clone()
    return out
