"""The squared errors summed over the batch instead of averaged.

fails: first_weight_grad, last_bias_grad, first_weight_grad_hidden
diagnosis: a sum where a mean was meant
description: sums the squared errors over the batch instead of averaging them
mistakes: sum_vs_mean
"""

import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).sum()
    loss.backward()
    opt.step()
    return loss
