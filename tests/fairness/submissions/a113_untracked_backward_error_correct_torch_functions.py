import torch


def backward_untracked_mean(x: torch.Tensor) -> torch.Tensor:
    """mean(2 (x+2)^2). Raises RuntimeError when x does not require grad."""
    y = torch.add(x, 2)
    z = torch.mean(2 * torch.pow(y, 2))
    z.backward()
    return z
