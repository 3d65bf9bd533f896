import torch


def hook_scale_path(x):
    h = torch.exp(x)
    print("h =", h, "is_leaf:", h.is_leaf)

    def hook(g):
        print("gradient flowing into h:", g)
        new_g = g * 0.5
        print("after the hook:", new_g)
        return new_g

    h.register_hook(hook)
    out = (h * x).sum()
    print("out =", out.item())
    out.backward()
    print("x.grad =", x.grad)
    return out
