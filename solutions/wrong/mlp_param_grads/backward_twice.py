"""backward() called a second time (to "make sure"), with the graph retained: the gradients add up.

fails: first_weight_grad, last_bias_grad
diagnosis: a backward.. call too many
description: two backward passes without zeroing in between double every gradient
"""

import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward(retain_graph=True)
    loss.backward()
    opt.step()
    return loss
