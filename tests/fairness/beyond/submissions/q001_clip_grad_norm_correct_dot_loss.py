import torch


def clipped_gradient(w, x):
    xw = x @ w
    loss = torch.dot(xw, xw)
    loss.backward()
    return torch.nn.utils.clip_grad_norm_([w], 1.0)
