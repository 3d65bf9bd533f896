import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward(gradient=torch.ones_like(rgraph_w), retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_w.backward(gradient=torch.ones_like(rgraph_w))
rgraph_grad_second = rgraph_p.grad.clone()

try:
    rgraph_w.backward(gradient=torch.ones_like(rgraph_w))
except Exception as exc:
    rgraph_error = exc
