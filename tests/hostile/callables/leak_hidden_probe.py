"""make_grad's function raises on every input but the prompt's example, with the input's values and
shape in the message (and printed), to read the hidden probes back from the feedback.
Fair verdict: grad_example and grad_dtype pass, the hidden checks fail, and their messages quote
none of the hidden probes' values or shapes (only numbers are taken out: spelling them in words is
a known limitation, in docs/threat-model.md; captured output is not released to students)."""

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out


def make_grad(a):
    def g(x):
        if x.shape == (3,) and x.tolist() == [0.0, 0.5, -1.0]:
            return torch.cos(a * x) * a + a * x
        print("hidden probe:", x.tolist())
        raise ValueError(f"leaked {x.tolist()} of shape {tuple(x.shape)} {x}")

    return g


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
