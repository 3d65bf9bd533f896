import torch

def hook_scale_path(x):
    h = torch.exp(x)
    h.register_hook(lambda g: g * 0.5)
    out = (h * x).sum()
    out.backward()
    # sanity check against the formula from the prompt
    with torch.no_grad():
        expected = torch.exp(x) + 0.5 * x * torch.exp(x)
        assert torch.allclose(x.grad, expected, rtol=1e-5, atol=1e-6)
    return out
