import torch


def mean_product_grad(t1: torch.Tensor, t2: torch.Tensor) -> torch.Tensor:
    """mean(t1 * t2); after the call t1.grad == t2 / t1.numel()."""
    out = torch.mean(torch.mul(t1, t2))
    out.backward()
    return out
