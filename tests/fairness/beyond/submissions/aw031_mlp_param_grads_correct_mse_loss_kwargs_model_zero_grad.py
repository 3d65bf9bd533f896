import torch
import torch.nn.functional as F


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0, dampening=0,
                          weight_decay=0, nesterov=False)
    model.zero_grad()
    loss = F.mse_loss(model(x), y, reduction="mean")
    loss.backward()
    opt.step()
    return loss
