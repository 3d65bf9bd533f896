import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    model.load_state_dict({"weight": w.clone(), "bias": b.clone()})
    out = model(x)
    loss = (out ** 2).mean()
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters()}
    model.zero_grad()
    print(grads)
    return grads["weight"], grads["bias"], model.weight.grad
