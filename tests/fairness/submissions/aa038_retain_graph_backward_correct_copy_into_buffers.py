import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = rgraph_p.mul(10)

rgraph_grad_first = torch.empty_like(rgraph_p, requires_grad=False)
rgraph_grad_second = torch.empty_like(rgraph_p, requires_grad=False)

rgraph_w.backward(retain_graph=True)
rgraph_grad_first.copy_(rgraph_p.grad)

rgraph_w.backward(retain_graph=False)
rgraph_grad_second.copy_(rgraph_p.grad)

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
else:
    rgraph_error = None
