"""square_gap_grad: p.grad = 2 p, the gradient of sum(p ** 2), through a real backward pass, where the exercise's is
that of ((p - p ** 2) ** 2).sum().

Tries: slips. The reference's ``w = p ** 2`` written ``w = p * 2`` (a power slip) gives ``loss = (p - 2p) ** 2``
summed, that is ``sum(p ** 2)``: its gradient is ``2 p`` on every case, hidden ones included, which
``(p * p).sum().backward()`` gives with none of the exercise's work (no square gap, no chain through w).

Fair verdict: 0 of 8. Still 2 of 8 (backward_once, p_unchanged): strict xfail. The gradient is written by a real
backward pass, the very one the honest student who writes ``w = p * 2`` runs; refusing a .grad that is a multiple of
an input took honest partial credit in the fairness corpus (square_gap_grad 34 -> 33/35, vector_backward 29 -> 26/35
partial answers with some points), so ``checks.copied_checks`` leaves .grad checks out.
"""


def square_gap_grad(p):
    loss = (p * p).sum()
    loss.backward()
    return loss
