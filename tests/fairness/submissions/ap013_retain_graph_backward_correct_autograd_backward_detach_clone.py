import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = rgraph_p * 10
torch.autograd.backward(rgraph_w, retain_graph=True)
rgraph_grad_first = rgraph_p.grad.detach().clone()
torch.autograd.backward(rgraph_w)
rgraph_grad_second = rgraph_p.grad.detach().clone()
rgraph_error = None
try:
    torch.autograd.backward(rgraph_w)
except RuntimeError as e:
    rgraph_error = e
