import torch


def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: 0.5 * g)
    out = torch.dot(h.flatten(), x.flatten())
    out.backward()
    print("x.grad =", x.grad)
    return out
