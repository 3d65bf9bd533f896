import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.detach().clone()

rgraph_w.backward()
rgraph_grad_second = torch.clone(rgraph_p.grad)

rgraph_error = None
try:
    rgraph_w.backward()
except RuntimeError as e:
    rgraph_error = e
