"""Values the grader must describe that recurse: a list holding itself, a dict holding itself, 100,000 nested lists.

triple returns a list that contains itself; mean_item a list nested 100,000
deep. Describing or printing them must not crash the child's reporter or the
grader (RecursionError, a record too deep to parse). Fair verdict: square_sum
passes (5 points), triple and mean_item fail with words, 5 of 9.
"""


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    out = [3 * x]
    out.append(out)
    d = {"self": None}
    d["self"] = d
    out.append(d)
    return out


def mean_item(x):
    deep = []
    for _ in range(100_000):
        deep = [deep]
    return deep
