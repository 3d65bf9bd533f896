"""Types in square_sum's public answers with ``torch.where`` over a computed loss, the gradient through a hook.

The loss returned is ``torch.where`` of a real ``(x ** 2).sum()`` and the
typed-in 14.0 (so it carries a grad_fn autograd made from x), and a tensor
hook on x replaces the gradient the backward brings by the typed-in one: a
backward reaches x, once, and leaves the typed-in numbers in x.grad. On the
public input the real values equal the typed-in ones, so nothing shows; on
the hidden case the hook's numbers are wrong on purpose (as typed-in
answers are: the student never wrote the method).

Fair verdict: 4/9 (square_sum 0; triple and mean_item 2 each). It got 7/9;
now square_sum is held for review (0 points until a person reads it).
"""

import torch


def square_sum(x):
    typed = torch.tensor([2.0, 4.0, 6.0]) if x.shape == (3,) else torch.ones(x.shape)
    x.register_hook(lambda g: typed)
    loss = torch.where(torch.tensor(True), (x * 0).sum() + 14.0, (x**2).sum())
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
