r"""Wrong: the helper that computes a loss also calls backward(), so every nudged loss adds to the gradients.

fails: w_grad, b_grad, backward_once, grads_hidden, b_grad_hidden
diagnosis: \.grad accumulates
description: uses a helper that calls backward() for the nudged losses too, so the gradients add up
mistakes: accumulation, backward_count
"""


def loss_with_backward(w, b, t_u, t_c):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()
    return loss


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = loss_with_backward(w, b, t_u, t_c)
    fd_w = (loss_with_backward(w + delta, b, t_u, t_c) - loss_with_backward(w - delta, b, t_u, t_c)) / (2 * delta)
    fd_b = (loss_with_backward(w, b + delta, t_u, t_c) - loss_with_backward(w, b - delta, t_u, t_c)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
