import torch


def clipped_gradient(w, x):
    xc = x.clone()
    pred = torch.einsum("bd,d->b", xc, w)
    loss = pred.pow(2).sum()
    loss.backward(retain_graph=True)
    total = torch.nn.utils.clip_grad_norm_(
        [w], max_norm=1.0, norm_type=2.0, error_if_nonfinite=False, foreach=None
    )
    return total
