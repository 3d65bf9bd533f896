import torch


rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = torch.mul(rgraph_p, 10)
torch.autograd.backward(rgraph_w, retain_graph=True)
rgraph_grad_first = rgraph_p.grad.detach().clone()
torch.autograd.backward(rgraph_w)
rgraph_grad_second = torch.clone(rgraph_p.grad)
try:
    torch.autograd.backward(rgraph_w)
except RuntimeError as exc:
    rgraph_error = exc
