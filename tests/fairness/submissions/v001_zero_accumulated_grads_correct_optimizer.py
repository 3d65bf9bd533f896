import torch

def zero_accumulated_grads(w, steps):
    opt = torch.optim.SGD([w], lr=0.1)
    grads = []
    for i in range(steps):
        opt.zero_grad()
        loss = (w * 3).sum()
        loss.backward()
        print(f"step {i}: grad = {w.grad}")
        grads.append(w.grad.clone())
    return grads
