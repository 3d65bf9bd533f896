import torch


def squared_error(w, x, y):
    return (w * x - y) ** 2


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for step, (x, y) in enumerate(zip(x_data, y_data)):
        loss = squared_error(w, x, y)
        torch.autograd.backward(loss.sum())
        grads.append(w.grad.detach().clone())
        with torch.no_grad():
            w.add_(w.grad, alpha=-lr)
        print(f"step {step}: loss={loss.item():.4f} grad={grads[-1].item():.4f} w={w.item():.4f}")
        w.grad.zero_()
    return grads
