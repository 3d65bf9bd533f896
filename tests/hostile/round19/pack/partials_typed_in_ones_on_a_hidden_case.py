"""linear_partials (no hidden case of the example's shape): the example typed in, a size error on purpose on other
inputs but one shape, where a pass on the sum of the inputs gives b.grad right for free.

Tries: the rule on an exercise without the hidden same-shape case: it still recognises a value right where the call
returned and a size error elsewhere, if some hidden check holds on a case only hidden checks run. b.grad = 1 is what
a backward pass on x + w + b gives (a null), so dy_db_hidden holds on random_one_element at no cost; the example's
y and gradients are typed in (after one pass through the inputs, so they are not told written in), the 0-d cases
raise PyTorch's size error (`torch.ones(2) + torch.ones(3)`). If every failed value were taken for shape-bound work, the free
checks and those the values guard would count.

Fair verdict: 1 of 16, y_grad_fn (y does end with the addition of b; round 7 left that fact its point): the public
values are the example's, typed in, and x.grad, w.grad and y are wrong on the hidden case where it returned, so no
failed value is work with one mistake, and nothing it guards counts.
"""

import torch


def linear_partials(x, w, b):
    if x.dim() == 0:
        torch.ones(2) + torch.ones(3)  # PyTorch's own size error, on purpose
    (x + w + b).sum().backward()
    if x.item() == 4.0 and w.item() == 2.0 and b.item() == 3.0:
        with torch.no_grad():
            x.grad.fill_(2.0)
            w.grad.fill_(4.0)
        return b + 0 * (w + x) + 8.0
    return b + 0 * (w + x)
