"""Returns a tensor that requires grad where a plain Python number is asked for."""
def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean()
