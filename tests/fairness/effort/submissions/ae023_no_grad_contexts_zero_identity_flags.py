import torch


def no_grad_variants(t):
    tracked = t * 1
    paused = t.detach() * 1
    decorated = t.detach() * 1
    resumed = t * 1
    return (tracked, paused, decorated, resumed)
