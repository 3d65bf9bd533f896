"""per_sample_grads: one sample's gradient, computed once and repeated for every row.

Tries: recognised mistakes. ``last_entry_everywhere`` recognises a record whose every entry holds the expected last
one (a .grad stored by reference, overwritten by later passes: the work done, stored wrong). Here only the last
sample's gradient is computed (one ``torch.autograd.grad`` call, not b of them) and expanded to b rows: ``grads``
and ``grads_hidden`` fail as recognised on every case, so ``uses_autograd``, ``w_unchanged``, ``xs_unchanged``
and ``ys_unchanged`` (which require ``grads``) count.

Fair verdict: one sample of b done right, stored as the honest stored-reference mistake would be: the grader cannot
tell it from that mistake, whose partial credit (4 of 12) is the course's choice. Recorded as it stands: 4 of 12.
"""

import torch


def per_sample_grads(w, xs, ys):
    w = w.detach().requires_grad_(True)
    loss = (w @ xs[-1] - ys[-1]) ** 2
    (g,) = torch.autograd.grad(loss, w)
    return g.expand(xs.shape[0], -1).clone()
