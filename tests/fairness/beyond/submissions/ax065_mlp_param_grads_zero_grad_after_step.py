"""mlp_param_grads: calls optimizer.zero_grad() after step() (mistake: order, the gradients the grader reads are gone)."""
import torch


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    return loss
