"""Wrong: a training-loop habit: optimizer.step() moves w, which this exercise leaves alone.

fails: w_unchanged
diagnosis: changed the values of w
description: also takes an optimizer step, which changes w although the prompt has no update
mistakes: input_mutated
"""

import torch


def zero_accumulated_grads(w, steps):
    optimizer = torch.optim.SGD([w], lr=0.1)
    grads = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        optimizer.step()
    return grads
