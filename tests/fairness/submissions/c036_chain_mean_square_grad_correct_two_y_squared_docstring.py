import torch


def square_chain(x: torch.Tensor):
    """Three recorded steps: add, multiply, mean."""
    y = x + 2
    z = 2 * y ** 2          # last op is the multiplication by 2
    out = z.mean()
    out.backward()
    for name, t in (("y", y), ("z", z), ("out", out)):
        print(name, type(t.grad_fn).__name__)
    return y, z, out
