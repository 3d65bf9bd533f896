"""Half done: the two backward calls and the cloned gradients are right, but step 4 (the third backward
and catching its RuntimeError) is left as a TODO: rgraph_error is None."""
import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.clone()

# TODO: third backward should fail, catch it
rgraph_error = None
