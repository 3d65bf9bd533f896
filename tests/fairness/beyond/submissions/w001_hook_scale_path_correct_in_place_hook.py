import torch


def hook_scale_path(x):
    h = torch.exp(x)

    def halve_(g):
        g.mul_(0.5)  # scale the incoming gradient in place

    h.register_hook(halve_)
    out = (h * x).sum()
    out.backward()
    return out
