import torch

def unreduced_backward(x):
    y = x + 2
    z = 3 * y.pow(2)
    print("z shape:", z.shape, "numel:", z.numel())
    z.backward()
    print("x.grad:", x.grad)
    return z
