"""Prints 8 MB while loading, and more in an exercise."""
print("start of output")
for _ in range(8):
    print("x" * (1 << 20))

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    print("y" * (1 << 20))
    return 3 * x


def mean_item(x):
    return x.mean().item()
