"""Autograd homework, my answers.
"""

import math
import torch

torch.set_printoptions(precision=6, sci_mode=False)
torch.set_default_dtype(torch.float64)  # more precision for the Jacobian checks


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L(w_, b_):
        t_p = w_ * t_u + b_
        return ((t_p - t_c) ** 2).mean()
    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = ((L(w + delta, b) - L(w - delta, b)) / (2 * delta)).item()
        fd_b = ((L(w, b + delta) - L(w, b - delta)) / (2 * delta)).item()
    return loss, fd_w, fd_b


if __name__ == "__main__":
    print('finite_difference_check', torch.tensor(central_difference_vs_autograd(torch.tensor([1.0], dtype=torch.float64, requires_grad=True), torch.tensor([0.0], dtype=torch.float64, requires_grad=True), torch.tensor([35.7, 55.9, 58.2], dtype=torch.float64), torch.tensor([0.5, 14.0, 15.0], dtype=torch.float64), 0.1)[2]))
