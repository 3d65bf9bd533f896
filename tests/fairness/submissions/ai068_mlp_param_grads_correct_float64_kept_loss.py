"""Answer to mlp_param_grads (float64_kept_loss)."""

import torch

def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x).double() - y.double()) ** 2).mean()
    loss.backward()
    opt.step()
    return loss
