"""sgd_optimizer_steps: the loss and its backward pass once per step, but no optimizer and no update at all.

Tries: the same known mistake (step_before_backward.py: p never moves) reached with less work than its author's: the
loop computes the loss and calls backward() each step, and nothing ever updates p (no optimizer is built). p as given
is what a do-nothing answer gives too, so it shows nothing of an update; yet recognised, it unlocks p_is_leaf.

Fair verdict: 1 of 11 (the backward pass per step is real work, backward_per_step; p being a leaf shows nothing when
p was never updated).
"""


def sgd_optimizer_steps(p, lr, steps):
    losses = []
    for _ in range(steps):
        p.grad = None
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        losses.append(loss.item())
    return losses
