import torch


def clipped_gradient(w, x):
    loss = torch.sum((x @ w) ** 2)
    loss.backward()
    # the two halves of clip_grad_norm_: measure, then rescale in place
    total = torch.nn.utils.get_total_norm([w.grad], norm_type=2.0)
    torch.nn.utils.clip_grads_with_norm_([w], max_norm=1.0, total_norm=total)
    return total
