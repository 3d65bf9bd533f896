import torch


def per_sample_grads(w, xs, ys):
    w_ = w.detach().requires_grad_()
    losses = (xs @ w_ - ys).square()
    b = losses.shape[0]
    # one backward pass per one-hot vector, batched
    (g,) = torch.autograd.grad(losses, w_, grad_outputs=torch.eye(b, dtype=losses.dtype), is_grads_batched=True)
    return g
