"""Pausing autograd with torch.no_grad, as a block and as a decorator."""
from typing import Tuple

import torch
from torch import Tensor

DEBUG = False


def _log(label: str, value: Tensor) -> None:
    if DEBUG:
        print(f"{label:>9}: grad_enabled={torch.is_grad_enabled()} "
              f"requires_grad={value.requires_grad} grad_fn={value.grad_fn}")


@torch.no_grad()
def helper(t: Tensor) -> Tensor:
    """Doubles t without recording anything."""
    assert not torch.is_grad_enabled()
    return t * 2


def no_grad_variants(t: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
    assert t.is_leaf and t.requires_grad, "t must be a leaf that requires grad"
    t_before = t.detach().clone()

    tracked = t * 2
    _log("tracked", tracked)

    with torch.no_grad():
        assert not torch.is_grad_enabled()
        paused = t * 3
        _log("paused", paused)

        with torch.enable_grad():
            assert torch.is_grad_enabled()
            resumed = t * 3
            _log("resumed", resumed)

    decorated = helper(t)
    _log("decorated", decorated)

    assert tracked.requires_grad and resumed.requires_grad
    assert not paused.requires_grad and not decorated.requires_grad
    assert t.requires_grad and torch.equal(t.detach(), t_before), "t must stay as it was"
    return tracked, paused, decorated, resumed
