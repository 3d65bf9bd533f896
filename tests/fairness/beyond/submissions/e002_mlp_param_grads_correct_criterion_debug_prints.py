import torch
from torch import nn


def mlp_param_grads(model, x, y):
    criterion = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    model.train()
    output = model(x)
    print("output shape:", output.shape, "target shape:", y.shape)
    loss = criterion(output, y)
    print("loss:", loss.item())

    optimizer.zero_grad()
    loss.backward()
    for name, p in model.named_parameters():
        print(name, "grad norm:", p.grad.norm().item())

    optimizer.step()
    return loss
