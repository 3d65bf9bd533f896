import torch


def grad_modes(x):
    with torch.no_grad():
        a = 2 * x
    with torch.inference_mode():
        b = 2 * x
    with torch.enable_grad():
        loss = (a * x).sum()
        loss.backward()
        err = None
        try:
            loss_b = (b * x).sum()
            loss_b.backward()
        except RuntimeError as e:
            err = e
    return a, b, err
