import torch


@torch.no_grad()
def helper(t):
    print("inside helper, grad enabled:", torch.is_grad_enabled())
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    print("tracked:", tracked.grad_fn)
    with torch.no_grad():
        paused = t * 3
        print("paused requires grad:", paused.requires_grad)
        with torch.enable_grad():
            resumed = t * 3
            print("resumed:", resumed.grad_fn)
    decorated = helper(t)
    print("decorated requires grad:", decorated.requires_grad)
    results = [tracked, paused, decorated, resumed]
    return tuple(results)
