"""requires_grad_inheritance: the example's product typed in, made by autograd from t1 (``t1 * (typed / t1)``).

The typed-in rule asks, where the reference returns a tensor autograd
computed, for a returned tensor autograd computed: ``t1 * (typed / t1.detach())``
is one (its grad_fn is even the reference's MulBackward0), and t1 is
switched on as asked, but its values are the public cases' (the prompt's example, and
the bundle's expected values for the tracked case), typed in; off them the function returns t1 unchanged (wrong on purpose, as typed-in
answers are).

It also does the flags' work honestly (was_tracked read first, t1 switched
on), so one hidden check, t1_tracks_hidden, passes: the typed-in rule, which
asks that every hidden check fail, does not even look at the product.

Fair verdict: 4/11 (default_flag 1, t1_tracks 2, t1_tracks_hidden 1: the
work it did; prod_value, and the checks that count only beside it, earn
nothing). It got 9/11. Now 0, held for review: hidden checks of flags and
counts no longer count against the hold, so right on every public case and
wrong on every hidden value is enough; the instructor gives the flags' 4
back with an override.
"""

import torch

# The public cases' products: the prompt's example, and the tracked case's from the bundle's expected values.
_TYPED = {
    (2, 3): [[7.0, 16.0, 27.0], [40.0, 55.0, 72.0]],
    (4,): [2.2472147941589355, 2.046736001968384, -0.005872827488929033, 0.46855828166007996],
}


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    typed = _TYPED.get(tuple(t1.shape))
    if typed is None:
        return was_tracked, t1 * 1
    return was_tracked, t1 * (torch.tensor(typed) / t1.detach())
