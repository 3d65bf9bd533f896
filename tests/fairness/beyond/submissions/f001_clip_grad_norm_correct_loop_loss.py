import torch


def clipped_gradient(w, x):
    loss = 0.0
    for row in x:
        loss = loss + (row * w).sum() ** 2
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0, error_if_nonfinite=True)
    return norm
