import torch


def grad_modes(x):
    # inference tensor first, then the no_grad one: the order does not matter
    with torch.inference_mode():
        b = 2 * x
    print("b is inference:", b.is_inference(), "requires_grad:", b.requires_grad)
    with torch.no_grad():
        a = 2 * x
    print("a is inference:", a.is_inference(), "requires_grad:", a.requires_grad)

    err = None
    try:
        out_b = (b * x).sum()
        out_b.backward()
    except RuntimeError as e:
        print("got the expected error:", e)
        err = e

    out_a = (a * x).sum()
    out_a.backward()
    print("x.grad =", x.grad)
    return (a, b, err)
