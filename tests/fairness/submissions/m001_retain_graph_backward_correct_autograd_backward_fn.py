import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

torch.autograd.backward(rgraph_w, retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()
torch.autograd.backward(rgraph_w)
rgraph_grad_second = rgraph_p.grad.clone()

try:
    torch.autograd.backward(rgraph_w)
except RuntimeError as err:
    rgraph_error = err
