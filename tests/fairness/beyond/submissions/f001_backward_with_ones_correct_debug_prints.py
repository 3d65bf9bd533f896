import torch


def quadratic_backward_ones(x):
    print("x shape:", x.shape)
    a = torch.mul(torch.square(x), 2)
    b = torch.mul(x, 5)
    f = torch.add(a + b, 6)
    print("f:", f)
    v = f.new_ones(f.size())
    f.backward(v)
    print("x.grad:", x.grad)
    return f
