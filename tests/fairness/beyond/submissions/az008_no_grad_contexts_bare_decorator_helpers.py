"""Right answer: helper decorated with the bare @torch.no_grad, separate no_grad blocks for paused and
for the nested enable_grad, plus asserts on the flags."""
import torch


@torch.no_grad
def _double_untracked(t):
    return t * 2


def no_grad_variants(t):
    assert t.requires_grad, "t should require grad"
    tracked = t * 2

    with torch.no_grad():
        paused = t * 3
    assert not paused.requires_grad

    decorated = _double_untracked(t)

    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    assert resumed.grad_fn is not None

    return tracked, paused, decorated, resumed
