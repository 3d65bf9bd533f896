import torch
import torch.nn.functional as F


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    model.load_state_dict({"weight": w, "bias": b})   # copies under no_grad
    out = model(x)
    loss = F.mse_loss(out, torch.zeros_like(out))     # mean of squares
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad(set_to_none=True)
    after = model.weight.grad
    return weight_grad, bias_grad, after
