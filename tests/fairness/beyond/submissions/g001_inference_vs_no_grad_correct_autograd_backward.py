import torch


def grad_modes(x):
    with torch.no_grad():
        a = x.mul(2)
    with torch.inference_mode(mode=True):
        b = x.mul(2)
    torch.autograd.backward(torch.sum(a * x))
    err = None
    try:
        torch.autograd.backward(torch.sum(b * x))
    except RuntimeError as caught:
        err = caught
    assert "Inference tensors" in str(err)
    return a, b, err
