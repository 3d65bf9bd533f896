import torch


def mean_product_grad(t1, t2):
    out = torch.Tensor.mean(torch.Tensor.mul(t2, t1))
    torch.autograd.backward(out, inputs=[t1])
    return out
