import torch

rgraph_p = torch.ones(1, requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)
rgraph_w.backward(retain_graph=True)
rgraph_grad_first = torch.clone(rgraph_p.grad)
rgraph_w.backward()
rgraph_grad_second = torch.clone(rgraph_p.grad)
try:
    rgraph_w.backward()
except Exception as err:   # RuntimeError: graph already freed
    rgraph_error = err
