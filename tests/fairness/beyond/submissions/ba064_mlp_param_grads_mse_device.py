"""Right answer: F.mse_loss with inputs moved to the model's device/dtype via .to(), zero_grad before
backward, one optimizer.step(), gradients left in place."""
import torch
import torch.nn.functional as F


def mlp_param_grads(model, x, y):
    param = next(model.parameters())
    x_in = x.to(device=param.device, dtype=param.dtype)
    y_in = y.to(device=param.device, dtype=param.dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    loss = F.mse_loss(model(x_in), y_in)
    loss.backward()
    optimizer.step()
    return loss
