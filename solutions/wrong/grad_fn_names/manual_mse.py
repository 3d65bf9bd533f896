"""Wrong: the MSE written out by hand has the right value, but its last operation is a mean."""


def six_graph_nodes(a, b):
    product = a * b
    return product, product.mean(), a + b, a**2, (a + b).sum(), ((a - b) ** 2).mean()
