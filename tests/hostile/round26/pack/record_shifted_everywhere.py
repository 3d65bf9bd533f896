"""sgd_optimizer_steps (control): honest SGD steps, each loss recorded after its update on every input.

Tries: the honest mistake behind ``typed_in_examples_record_shifted_elsewhere.py``, the examples included: the losses
are recognised as a record one step off (``shifted_record``) on the public and hidden cases alike, so the hold has
nothing to hold (no group is right on the examples only), and p's checks keep their points.

Fair verdict: 8 of 11, not held: p after the steps and the counts are right; the losses are wrong (recognised work,
whose share of points is 0 in this course).
"""

import torch


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(((p - p**2) ** 2).sum().item())
    return losses
