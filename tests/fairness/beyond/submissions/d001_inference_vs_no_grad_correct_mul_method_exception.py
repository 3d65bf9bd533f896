import torch


def grad_modes(x):
    with torch.no_grad():
        a = x.mul(2)
    with torch.inference_mode():
        b = x.mul(2)
    torch.autograd.backward(torch.sum(a * x))
    try:
        torch.autograd.backward(torch.sum(b * x))
        err = None
    except Exception as exc:
        print("caught:", exc)
        err = exc
    return (a, b, err)
