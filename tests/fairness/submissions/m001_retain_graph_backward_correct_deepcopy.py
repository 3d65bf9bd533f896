import copy
import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = rgraph_p * 10

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = copy.deepcopy(rgraph_p.grad)
rgraph_w.backward()
rgraph_grad_second = copy.deepcopy(rgraph_p.grad)

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err
else:
    rgraph_error = None
