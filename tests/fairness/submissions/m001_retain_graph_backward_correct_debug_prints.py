import torch

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p
print("w =", rgraph_w, rgraph_w.grad_fn)

rgraph_w.backward(retain_graph=True)
rgraph_grad_first = rgraph_p.grad.clone()
print("after first backward:", rgraph_grad_first)

rgraph_w.backward()
rgraph_grad_second = rgraph_p.grad.clone()
print("after second backward:", rgraph_grad_second)

try:
    rgraph_w.backward()
    print("no error?!")
except RuntimeError as err:
    print("third backward failed:", err)
    rgraph_error = err

print("p.grad at the end:", rgraph_p.grad)
