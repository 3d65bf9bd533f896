import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)

torch.autograd.backward(rgraph_w, retain_graph=True)
rgraph_grad_first = torch.clone(rgraph_p.grad)

torch.autograd.backward(rgraph_w)
rgraph_grad_second = torch.clone(rgraph_p.grad)

rgraph_error = None
try:
    torch.autograd.backward(rgraph_w)
except RuntimeError as err:
    rgraph_error = err
