import torch


def _snapshot(t):
    return t.grad.detach().clone()


rgraph_p = torch.ones(1, requires_grad=True)
rgraph_w = rgraph_p * 10
rgraph_w.backward(retain_graph=True)
rgraph_grad_first = _snapshot(rgraph_p)
rgraph_w.backward()
rgraph_grad_second = _snapshot(rgraph_p)
rgraph_error = None
try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
