import torch


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    pred = model(x)
    loss = ((pred - y.view(-1)) ** 2).mean()
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    return loss
