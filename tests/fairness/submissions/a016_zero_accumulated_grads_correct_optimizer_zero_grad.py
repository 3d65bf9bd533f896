import torch


def zero_accumulated_grads(w, steps):
    opt = torch.optim.SGD([w], lr=0.1)   # only used for zero_grad()
    grads = []
    for i in range(steps):
        opt.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
        print(f"step {i}: grad = {w.grad.tolist()}")
    return grads
