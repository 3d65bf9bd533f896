import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    print("before:", was_tracked)
    t1.requires_grad_(True)
    print("after:", t1.requires_grad, "t2:", t2.requires_grad)
    prod = t1.mul(t2)
    print(prod, prod.grad_fn)
    return (was_tracked, prod)
