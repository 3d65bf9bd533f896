"""Autograd homework, my answers.
"""

import math
import torch


def sgd_optimizer_steps(p, lr, steps):
    """Exercise `sgd_optimizer_steps`.

    >>> import torch
    >>> r = torch.tensor(sgd_optimizer_steps(torch.tensor([2., 2., 2., 2.], requires_grad=True), 1.0, 1))
    >>> bool(torch.allclose(torch.as_tensor(r).double(), (torch.tensor([16.], dtype=torch.float64)).double(), atol=1e-4))
    True
    """
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = ((p - p ** 2) ** 2).sum()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
