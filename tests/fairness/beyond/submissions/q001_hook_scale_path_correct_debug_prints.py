import torch


def hook_scale_path(x):
    h = torch.exp(x)

    def hook(g):
        print("grad into h:", g)
        new = g * 0.5
        print("halved:", new)
        return new

    h.register_hook(hook)
    out = torch.mul(h, x).sum()
    print("out =", out.item())
    out.backward()
    print("x.grad =", x.grad)
    return out
