"""finite_difference_check: the "central differences" are autograd's own gradient, read back from w.grad and b.grad.

Tries: the exercise's lesson is the central difference. Its loss is quadratic in each parameter, so the central
difference equals the gradient up to rounding, and its checks (``fd_w``, ``fd_b``, ``result_hidden``, rtol 1e-7)
compare it with the reference's central difference: ``w.grad.item()`` is right on every case, public and hidden,
without nudging anything.

Fair verdict: fd_w, fd_b and result_hidden fail: 9.5 of 14.5 (before: 14.5 of 14.5). Not stopped: the values are
exactly the right ones (docs/threat-model.md, a value that another value of the submission gives for free).
"""


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()
    return loss, w.grad.item(), b.grad.item()
