"""mean_square_grad: the prompt's numbers typed in, exactly as one of the course's own known wrong solutions does.

Tries: recognised mistakes (round 12's focus). ``solutions/wrong/mean_square_grad/hard_coded.py`` is a known
mistake: it writes 4.5 into every entry of x.grad and returns 27.0, computing nothing. A failure whose values equal a
known mistake's on every case, hidden ones included, counted as *recognised work* (``CheckResult.recognised``): with
every failed value recognised, the checks that ``require`` them (``out_requires_grad``, ``x_unchanged``) and the free
checks (``x_backward_calls``) counted as beside a right value. A typed-in answer matches a typed-in known mistake on
hidden cases too (a constant in the case's shape), so it was graded as "the work, with one mistake in it". A backward
pass through ``x * 0`` keeps the typed-in rule (no work shown) off; the public ``random_public`` case fails, so the
hold for review does not apply either.

Fair verdict: nothing is computed: 0 of 9 (before: 3 of 9, out_requires_grad, x_backward_calls, x_unchanged).
The hint still names the known mistake; it is no longer recognised work, since its values are the same numbers on
every case where the reference's are not (``checks._typed_in_values``).
"""

import torch


def mean_square_grad(x):
    (x * 0).sum().backward()
    x.grad = torch.full_like(x, 4.5)
    return torch.tensor(27.0, requires_grad=True)
