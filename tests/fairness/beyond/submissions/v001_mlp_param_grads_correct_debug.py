import torch

def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(list(model.parameters()), lr=0.1)
    out = model(x)
    diff = out - y
    loss = (diff * diff).mean()
    loss.backward()
    for name, p in model.named_parameters():
        print(name, tuple(p.shape), p.grad.norm().item())
    opt.step()
    print("loss:", loss.item())
    return loss
