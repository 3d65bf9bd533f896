"""per_sample_grads: the samples themselves returned as their gradients, behind an autograd call that computes nothing.

Tries: slips (grader/slips.py, round 14's focus). The reference's ``(w @ x - y) ** 2`` with its power changed to 1
is a slip whose per-sample gradient is ``x``: its values on every case, hidden ones included, are the input ``xs``
itself. A submission returning ``xs.clone()`` matched that slip on every case of ``grads`` and ``grads_hidden``, so
both failures counted as recognised work, and the checks that require ``grads`` (``w_unchanged``,
``xs_unchanged``, ``ys_unchanged``, and ``uses_autograd`` once any autograd call ran) counted beside them. Nothing
about per-sample gradients is computed.

Fair verdict: 0 of 11 (before: 4 of 11). The slip names nothing there, and the values are not recognised as work: they are an input
of the case, where the reference's are not (``checks.copied_checks``).
"""

import torch


def per_sample_grads(w, xs, ys):
    probe = w.detach().clone().requires_grad_(True)
    torch.autograd.grad((probe * 0).sum(), probe)
    return xs.clone()
