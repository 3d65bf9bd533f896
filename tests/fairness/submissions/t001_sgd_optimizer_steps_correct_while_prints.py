import torch


def sgd_optimizer_steps(p, lr, steps):
    opt = torch.optim.SGD([p], lr=lr)
    losses = []
    i = 0
    while i < steps:
        opt.zero_grad(set_to_none=True)
        loss = torch.sum(torch.square(p - torch.square(p)))
        torch.autograd.backward(loss)
        print(f"step {i}: loss={loss.item():.5f} grad={p.grad.tolist()}")
        opt.step()
        losses.append(loss.detach().item())
        i += 1
    return losses
