import torch


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    first_loss = None
    for epoch in range(5):
        optimizer.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        if first_loss is None:
            first_loss = loss
        loss.backward()
        optimizer.step()
    return first_loss
