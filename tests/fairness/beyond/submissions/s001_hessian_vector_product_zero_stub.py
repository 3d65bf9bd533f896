import torch


def hessian_vector_product(x, v):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
