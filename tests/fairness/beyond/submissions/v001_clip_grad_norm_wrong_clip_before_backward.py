import torch

def clipped_gradient(w, x):
    w.grad = torch.zeros_like(w)
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    return norm
