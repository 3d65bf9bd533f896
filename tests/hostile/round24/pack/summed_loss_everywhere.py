"""per_sample_grads: the control, the summed loss's gradient in every row on every input, the examples included.

Tries: nothing beyond the honest mistake (``solutions/wrong/per_sample_grads/summed_loss.py``'s values): after round
24's change a known mistake that shows on the public examples no longer turns the hold for review off, and this
checks that it is still recognised work where the examples show it too (it unlocks ``uses_autograd`` and the inputs
left alone, as before).

Fair verdict: 4 of 11, not held: one backward pass through the summed loss, a mistake the prompt warns of, with the
checks it guards (round 23's one sample's gradient everywhere earns the same).
"""


def per_sample_grads(w, xs, ys):
    wr = w.detach().clone().requires_grad_(True)
    ((xs @ wr - ys) ** 2).sum().backward()
    return wr.grad.expand(xs.shape[0], -1).clone()
