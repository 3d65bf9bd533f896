"""Right answer: a helper builds the layer and copies w and b in under torch.no_grad() (in the dtype of
w); the loss uses F.linear via the model; clones the grads before model.zero_grad()."""
import torch


def _make_layer(w, b):
    model = torch.nn.Linear(3, 2, dtype=w.dtype)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    return model


def linear_layer_grads(x, w, b):
    assert w.shape == (2, 3) and b.shape == (2,), "unexpected parameter shapes"
    model = _make_layer(w, b)
    loss = model(x).pow(2).mean()
    loss.backward()
    weight_grad = model.weight.grad.clone()
    bias_grad = model.bias.grad.clone()
    model.zero_grad()
    after = model.weight.grad
    return weight_grad, bias_grad, after
