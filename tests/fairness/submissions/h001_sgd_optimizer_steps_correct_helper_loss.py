import torch

def loss_fn(p):
    return (p - p.pow(2)).pow(2).sum()


def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for i in range(steps):
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(p)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        print(f"step {i}: loss={losses[-1]:.4f}, p={p.detach().tolist()}")
    return losses
