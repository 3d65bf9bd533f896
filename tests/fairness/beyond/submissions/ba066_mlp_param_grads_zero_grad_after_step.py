"""One mistake: calls optimizer.zero_grad() after optimizer.step(), which sets every .grad to None
although the prompt says to leave the gradients in place (wrong order)."""
import torch


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    return loss
