import torch


def zero_accumulated_grads(w, steps):
    history = []
    for k in range(1, steps + 1):
        loss = (3 * w).sum()
        loss.backward()
        history.append(torch.clone(w.grad))
        print(f"step {k}: loss={loss.item():.4f} grad={w.grad.tolist()}")
        w.grad.data.zero_()
    return history
