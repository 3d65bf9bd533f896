import torch

def hook_clip_grad(x):
    handle = x.register_hook(lambda grad: grad.clamp(-1, 1))
    first = None
    for i in range(2):
        out = (x * x * x - 4 * x).sum()
        out.backward()
        print("pass", i, "grad", x.grad)
        if i == 0:
            first = x.grad.clone()
            handle.remove()
    return first
