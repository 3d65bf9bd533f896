"""backward() called a second time (to "make sure"), with the graph retained: the gradients add up.

fails: first_weight_grad, last_bias_grad
diagnosis: a backward.. call too many
description: calls loss.backward() twice (retain_graph=True the first time) without zeroing in between, so every gradient doubles
mistakes: accumulation, backward_count
"""

import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward(retain_graph=True)
    loss.backward()
    opt.step()
    return loss
