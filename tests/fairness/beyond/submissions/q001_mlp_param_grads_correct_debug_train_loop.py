import torch


def mlp_param_grads(model, x, y):
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(1):
        optimizer.zero_grad(set_to_none=True)
        out = model(x)
        loss = (out - y).pow(2).mean()
        loss.backward()
        for name, p in model.named_parameters():
            print(name, tuple(p.shape), "grad norm", p.grad.norm().item())
        optimizer.step()
        print(f"step {step}: loss {loss.item():.4f}")
    return loss
