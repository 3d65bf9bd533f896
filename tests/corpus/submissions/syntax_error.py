def square_sum(x)
    return (x ** 2).sum()
