"""retain_graph_backward: correct; copies with detach().clone() and catches the third backward's error with `except Exception`."""
import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = rgraph_p * 10
rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.detach().clone()
rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.detach().clone()
rgraph_error = None
try:
    rgraph_w.backward()
except Exception as err:
    rgraph_error = err
print(rgraph_grad_first, rgraph_grad_second, type(rgraph_error).__name__)
