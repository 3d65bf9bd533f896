import torch


def clipped_gradient(w, x):
    pred = torch.einsum("bd,d->b", x, w)
    loss = (pred * pred).sum()
    loss.backward()
    print("grad before:", w.grad, "norm:", w.grad.norm().item())
    norm_before = torch.nn.utils.clip_grad_norm_(parameters=[w], max_norm=1.0)
    print("grad after:", w.grad, "norm:", w.grad.norm().item())
    return norm_before
