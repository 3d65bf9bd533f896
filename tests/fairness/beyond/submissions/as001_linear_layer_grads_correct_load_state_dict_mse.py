import torch
import torch.nn.functional as F


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    # load_state_dict copies the values into the parameters without recording it
    model.load_state_dict({"weight": w.clone(), "bias": b.clone()})
    y = model(x)
    loss = F.mse_loss(y, torch.zeros_like(y))  # mean of the squared outputs
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad()
    after = model.weight.grad
    return weight_grad, bias_grad, after
