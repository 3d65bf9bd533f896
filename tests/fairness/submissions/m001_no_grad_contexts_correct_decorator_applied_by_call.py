import torch


def no_grad_variants(t):
    def double(u):
        return u * 2

    helper = torch.no_grad()(double)  # same as writing @torch.no_grad() above def double

    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
