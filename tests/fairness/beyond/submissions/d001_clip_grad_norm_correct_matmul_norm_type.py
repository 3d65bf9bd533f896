import torch


def clipped_gradient(w, x):
    y = torch.matmul(x, w)
    loss = y.pow(2).sum()
    torch.autograd.backward(loss)
    return torch.nn.utils.clip_grad_norm_([w], max_norm=1.0, norm_type=2.0, error_if_nonfinite=True)
