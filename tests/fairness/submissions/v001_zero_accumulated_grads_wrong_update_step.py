import torch

def zero_accumulated_grads(w, steps):
    opt = torch.optim.SGD([w], lr=0.1)
    grads = []
    for _ in range(steps):
        opt.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        opt.step()
    return grads
