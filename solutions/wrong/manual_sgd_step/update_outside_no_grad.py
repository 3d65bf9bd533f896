"""Wrong: an in-place update of a leaf that requires grad, outside torch.no_grad().

fails: first_grad, grads, w_after, grads_hidden
diagnosis: a leaf Variable that requires grad is being used in an in-place operation
description: updates w in place outside torch.no_grad(), which autograd refuses for a leaf that requires grad
mistakes: grad_mode
"""


def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        w -= lr * w.grad
        w.grad.zero_()
    return grads
