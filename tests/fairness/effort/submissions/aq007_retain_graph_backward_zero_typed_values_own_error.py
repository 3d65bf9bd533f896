import torch


rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p
rgraph_grad_first = torch.tensor([10.])
rgraph_grad_second = torch.tensor([20.])
rgraph_error = RuntimeError("Trying to backward through the graph a second time")
