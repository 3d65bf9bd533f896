"""no_grad_contexts: detach instead of no grad."""

import torch


def no_grad_variants(t):
    tracked = t * 2
    paused = (t * 3).detach()

    def helper(u):
        return (u * 2).detach()

    decorated = helper(t)
    resumed = t * 3
    return tracked, paused, decorated, resumed
