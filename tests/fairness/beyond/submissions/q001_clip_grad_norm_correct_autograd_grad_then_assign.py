import torch


def clipped_gradient(w, x):
    y = x.mv(w)
    loss = (y * y).sum()
    loss.backward()
    params = [w]
    norm_before = torch.nn.utils.clip_grad_norm_(params, max_norm=1.0, foreach=False)
    return norm_before
