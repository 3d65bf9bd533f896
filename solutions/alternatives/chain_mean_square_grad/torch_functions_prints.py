"""torch.add / torch.mean, 2 * y ** 2, a helper that prints the grad_fn names, returns a list."""

import torch


def describe(**tensors):
    for name, t in tensors.items():
        print(f"{name}: {type(t.grad_fn).__name__}")


def square_chain(x):
    y = torch.add(x, 2)
    z = 2 * y**2
    out = torch.mean(z)
    describe(y=y, z=z, out=out)
    out.backward()
    print("x.grad =", x.grad)
    return [y, z, out]
