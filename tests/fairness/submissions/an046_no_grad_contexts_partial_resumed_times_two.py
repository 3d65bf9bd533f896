import torch

@torch.no_grad()
def helper(t):
    return t * 2

def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
        with torch.enable_grad():
            resumed = t * 2
    return tracked, paused, helper(t), resumed
