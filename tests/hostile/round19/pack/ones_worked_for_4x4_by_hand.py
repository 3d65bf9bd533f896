"""backward_with_ones: f and x.grad right on every 4x4 input, x.grad written by hand, a size error elsewhere.

Tries: the rule's hidden same-shape case met by cheap means: f = 2x^2 + 5x + 6 and x.grad = 4x + 5 written in by
hand after one throwaway backward pass through x (so that backward_once passes and the .grad is not told written
in), and PyTorch's size error on purpose on any shape but 4x4. Right on the hidden random 4x4 case, it is recognised
as "work right where its sizes fit": does that give it more than the author's hardcoded_4x4_ones.py?

Fair verdict: 1 of 9, what hardcoded_4x4_ones.py earns (backward_once, beside the recognised values). A .grad
written after a pass through x is not told from autograd's: the same code without the raise takes 9 of 9, an older
limit of the backward counter (docs/threat-model.md, point 1), not of this rule.
"""

import torch


def quadratic_backward_ones(x):
    if tuple(x.shape) != (4, 4):
        torch.ones(4, 4) + x  # PyTorch's own size error
    f = 2 * (x * x) + 5 * x + 6
    (x * 0).sum().backward()
    with torch.no_grad():
        x.grad = 4 * x + 5
    return f
