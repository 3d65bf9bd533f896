import torch


def mlp_param_grads(model, x, y):
    params = list(model.parameters())
    optimizer = torch.optim.SGD(params, lr=0.1)
    xb, yb = x.clone(), y.clone()
    with torch.enable_grad():
        optimizer.zero_grad(set_to_none=True)
        loss = ((model(xb) - yb) ** 2).mean()
        loss.backward(retain_graph=True)
    optimizer.step()
    return loss
