import torch

def turn_on_tracking(t1, t2):
    was_tracked = bool(t1.requires_grad)
    if not was_tracked:
        t1.requires_grad = True
    return was_tracked, torch.mul(t1, t2)
