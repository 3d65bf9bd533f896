"""grad_allow_unused: y and x returned as the partial derivatives by x and y, beside a backward pass through x * y.

Tries: slips. The reference's ``out = (x ** 2 * y).sum()`` with its power changed to 1 is a slip whose partials are
``d/dx = y`` and ``d/dy = x``: the inputs themselves, swapped, on every case (hidden ones included), and whose
``x.grad``/``y.grad`` are the same. Returning ``(y.clone(), x.clone(), None)`` behind ``(x * y).sum().backward()``
matched that slip on gx, gy, x_grad, y_grad and x_grad_hidden (recognised), aiming at the five free checks
(``gz_none``, ``x_unchanged``, ``y_unchanged``, ``z_unchanged``, ``z_untouched``). No ``torch.autograd.grad`` call,
no ``allow_unused``: nothing the exercise is about.

Fair verdict: 0 of 16. Before the fix 0 of 16 too, by luck: ``grads_hidden`` (the whole returned tuple, None in
it) was not matched, so not every failed value was recognised. Now the slip names nothing on gx either: its values
are an input of the case, where the reference's are not (``checks.copied_checks``; the .grad checks are left out).
"""


def partial_grads(x, y, z):
    (x * y).sum().backward()
    return y.detach().clone(), x.detach().clone(), None
