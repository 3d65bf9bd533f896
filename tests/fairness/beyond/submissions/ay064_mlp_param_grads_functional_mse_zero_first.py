"""Correct: optimizer.zero_grad() before backward (allowed), F.mse_loss, one backward, one SGD step, gradients
left in place, the pre-step loss tensor returned."""
import torch
import torch.nn.functional as F


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    return loss
