import torch


def backward_error(t):
    try:
        t.backward()
    except RuntimeError as exc:
        return exc
    return None


rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)
rgraph_w.backward(torch.ones_like(rgraph_w), retain_graph=True)
rgraph_grad_first = torch.clone(rgraph_p.grad)
rgraph_w.backward(torch.ones_like(rgraph_w))
rgraph_grad_second = torch.clone(rgraph_p.grad)
rgraph_error = backward_error(rgraph_w)
