import torch


def grad_modes(x):
    with torch.no_grad():
        a = torch.mul(x, 2)
    with torch.inference_mode():
        b = torch.mul(x, 2)
    print("a.requires_grad:", a.requires_grad, "b is inference:", b.is_inference())

    loss_a = (a * x).sum()
    loss_a.backward()
    print("x.grad:", x.grad)

    try:
        loss_b = (b * x).sum()
        loss_b.backward()
        err = None
    except Exception as exc:  # the error about inference tensors
        print("caught:", exc)
        err = exc
    return (a, b, err)
