import torch


def unreduced_backward(x: torch.Tensor) -> torch.Tensor:
    y = torch.add(x, 2)
    z = 3 * y * y
    print("z has", z.numel(), "element(s)")
    torch.autograd.backward(z)
    return z
