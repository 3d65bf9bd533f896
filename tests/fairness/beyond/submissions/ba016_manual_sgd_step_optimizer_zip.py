"""Right answer: torch.optim.SGD with zero_grad() at the start of each sample, a cloned gradient
recorded before optimizer.step()."""
import torch


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    opt = torch.optim.SGD([w], lr=lr)
    recorded = []
    for i in range(x_data.shape[0]):
        opt.zero_grad()
        loss = (w * x_data[i] - y_data[i]).pow(2).sum()
        loss.backward()
        recorded.append(w.grad.detach().clone())
        opt.step()
    return recorded
