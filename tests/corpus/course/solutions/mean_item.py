def mean_item(x):
    return x.mean().item()
