import torch


def grad_modes(x):
    with torch.no_grad():
        a = x * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    out_b = (b * x).sum()
    try:
        out_b.backward()
    except RuntimeError as e:
        err = e
    return (a, b, err)
