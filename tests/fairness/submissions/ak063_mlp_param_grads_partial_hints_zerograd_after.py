"""Autograd homework, my answers.
"""

import math
from typing import Callable, Optional
import torch

torch.manual_seed(0)
torch.use_deterministic_algorithms(True)


def mlp_param_grads(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    opt.zero_grad()   # tidy up
    return loss
