"""make_grad returns an object that lies: a __class__ property claiming to be a function,
__getattr__/__eq__/__bool__/__reduce__/__del__ tricks, a __repr__ that recurses forever, and a
__call__ that returns a tensor subclass whose tolist/__torch_function__ lie.
Fair verdict: the func_grad_callable checks fail (what it returns is not a plain tensor); the
batch survives; other exercises full marks."""

import types

import torch


class _Liar(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return super().__torch_function__(func, types, args, kwargs or {})

    def tolist(self):
        return [2.0, 2.0806046117362795, -2.8322936730942847]


class _Callable:
    @property
    def __class__(self):
        return types.FunctionType

    def __getattr__(self, name):
        return lambda *a, **k: True

    def __eq__(self, other):
        return True

    def __bool__(self):
        raise RuntimeError("no truth for you")

    def __repr__(self):
        return repr(self)

    def __reduce__(self):
        raise RuntimeError("no pickling")

    def __del__(self):
        print("collected")

    def __call__(self, x):
        return torch.zeros_like(x).as_subclass(_Liar)

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
    return _Callable()


def mlp_param_grads(model, x, y):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss
