"""One mistake: calls optimizer.zero_grad() after the step, "to clean up", so the gradients the grader
reads are gone (None); loss and the update are right."""
import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    opt.zero_grad()
    return loss
