import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    model.load_state_dict({"weight": w, "bias": b})
    print("weights:", model.weight.data, model.bias.data)
    loss = model(x).pow(2).mean()
    print("loss:", loss.item())
    loss.backward()
    weight_grad = model.weight.grad.clone()
    bias_grad = model.bias.grad.clone()
    print("grads:", weight_grad, bias_grad)
    model.zero_grad()
    after = model.weight.grad
    print("after zero_grad:", after)
    return weight_grad, bias_grad, after
