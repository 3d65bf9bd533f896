import torch

def clipped_gradient(w, x):
    pred = torch.einsum("bd,d->b", x, w)
    loss = (pred * pred).sum()
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return norm
