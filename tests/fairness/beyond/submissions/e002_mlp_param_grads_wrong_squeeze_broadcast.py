import torch


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    pred = model(x).squeeze()          # (n,)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
