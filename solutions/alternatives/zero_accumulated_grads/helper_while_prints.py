"""A helper for one step, a while loop, torch.clone and prints."""

import torch


def _one_step(w: torch.Tensor) -> torch.Tensor:
    loss = (w * 3).sum()
    loss.backward()
    return torch.clone(w.grad)


def zero_accumulated_grads(w: torch.Tensor, steps: int) -> list[torch.Tensor]:
    grads: list[torch.Tensor] = []
    while len(grads) < steps:
        grads.append(_one_step(w))
        print(f"step {len(grads)}: {grads[-1].tolist()}")
        if w.grad is not None:
            w.grad.zero_()
    return grads
