import torch


import torch.nn.functional as F

def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(params=list(model.parameters()), lr=0.1)
    opt.zero_grad()
    loss = F.mse_loss(model(x), y, reduction='mean')
    loss.backward()
    opt.step()
    return loss
