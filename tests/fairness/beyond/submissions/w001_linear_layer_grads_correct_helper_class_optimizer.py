import torch


class LinearProbe:
    """Small helper that wraps a Linear layer and records its gradients."""

    def __init__(self, w, b):
        self.model = torch.nn.Linear(w.shape[1], w.shape[0])
        with torch.no_grad():
            self.model.weight.copy_(w)
            self.model.bias.copy_(b)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)

    def grads(self, x):
        loss = self.model(x).pow(2).mean()
        loss.backward()
        return {n: p.grad.clone() for n, p in self.model.named_parameters()}


def linear_layer_grads(x, w, b):
    probe = LinearProbe(w, b)
    g = probe.grads(x)
    print(f"loss gradients: weight {tuple(g['weight'].shape)}, bias {tuple(g['bias'].shape)}")
    probe.opt.zero_grad()  # same default (set_to_none=True) as model.zero_grad()
    after = probe.model.weight.grad
    return g["weight"], g["bias"], after
