"""sgd_optimizer_steps: the loss formula evaluated once, repeated `steps` times, p never touched.

Tries: the author's wrong solution step_before_backward.py (optimizer.step() before loss.backward(), so p never
moves) has two values a do-nothing answer gives for free: p as it was given, and one loss repeated. Both match the
known mistake on every case, hidden ones included (p differs from case to case, so the typed-in guard does not see
them), so every failed value is "recognised work" and p_is_leaf (free, gated on p_after_steps) unlocks.
No optimizer, no backward pass, no step: one line of forward arithmetic.

Fair verdict: 0 of 11 (nothing of the exercise was done; the honest step_before_backward keeps the steps it
really ran).
"""


def sgd_optimizer_steps(p, lr, steps):
    return [((p - p**2) ** 2).sum().item()] * steps
