"""The training-loop habit of zero_grad() after the step: the gradients the prompt asks for are gone.

fails: first_weight_grad, last_bias_grad
diagnosis: cleared after the step
description: calls optimizer.zero_grad() after step(), which sets every .grad to None: leave the gradients in place after the step
mistakes: order
"""

import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    opt.zero_grad()
    return loss
