from typing import Tuple

import torch
from torch import Tensor


def detach_and_accumulate(a: Tensor, b: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
    # 1. first pass
    first = (a + b).mean()
    first.backward()
    # 2. copy the gradient now, a.grad is updated in place later
    snapshot = torch.clone(a.grad)
    # 3. a copy of a that is cut off from the graph
    frozen = a.detach()
    # 4. second pass, no zeroing: a.grad accumulates
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
