"""One mistake: rgraph_grad_first stores rgraph_p.grad itself (no clone), so the second backward()
changes it to [20.]; the rest is right."""
import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad

rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.clone()

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
