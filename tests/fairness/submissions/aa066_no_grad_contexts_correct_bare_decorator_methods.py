import torch


@torch.no_grad
def helper(t):
    return t.mul(2)


def no_grad_variants(t):
    results = [t.mul(2)]
    paused_ctx = torch.no_grad()
    with paused_ctx:
        results.append(t.mul(3))
        with torch.enable_grad():
            resumed = t.mul(3)
    results.append(helper(t))
    results.append(resumed)
    return tuple(results)
