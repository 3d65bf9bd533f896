"""Right answer: F.mse_loss, optimizer.zero_grad() before backward (allowed), one SGD step; the loss
tensor from before the step is returned and the gradients are left in place."""
import torch
import torch.nn.functional as F


def mlp_param_grads(model, x, y):
    assert x.dim() == 2 and y.shape == (x.shape[0], 1), "x must be (n, 3), y (n, 1)"
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    return loss
