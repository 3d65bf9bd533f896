import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode(mode=True):
        b = torch.mul(x, 2)
    torch.autograd.backward(torch.sum(a * x))
    result = {}
    try:
        torch.autograd.backward(torch.sum(b * x))
    except Exception as exc:
        result["err"] = exc
    return a, b, result.get("err")
