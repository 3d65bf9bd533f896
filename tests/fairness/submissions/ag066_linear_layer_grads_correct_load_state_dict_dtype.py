import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2, dtype=x.dtype)
    model.load_state_dict({"weight": w, "bias": b})
    loss = model(x).square().mean()
    loss.backward()
    grads = [p.grad.clone() for p in (model.weight, model.bias)]
    model.zero_grad()
    return grads[0], grads[1], model.weight.grad
