r"""Wrong: writes each sample's gradient, 2 r_k x_k, out by hand instead of letting autograd compute it.

fails: uses_autograd
description: writes the per-sample gradient 2 (w . x_k - y_k) x_k out by hand: the right numbers, but no autograd
mistakes: no_backward
"""

import torch


def per_sample_grads(w, xs, ys):
    residuals = xs @ w - ys
    return 2 * residuals.unsqueeze(1) * xs
