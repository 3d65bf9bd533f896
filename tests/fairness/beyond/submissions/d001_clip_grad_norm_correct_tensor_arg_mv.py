import torch


from torch.nn.utils import clip_grad_norm_

def clipped_gradient(w, x):
    loss = torch.square(torch.mv(x, w)).sum()
    loss.backward()
    total = clip_grad_norm_(w, 1.0)
    print("norm before clipping:", total.item())
    return total
