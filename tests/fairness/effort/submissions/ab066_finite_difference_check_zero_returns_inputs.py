"""finite_difference_check: returns inputs."""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    scales = [delta * k for k in (1, 2, 4)]
    print("trying deltas", scales)
    return w.sum(), float(delta), float(delta)
