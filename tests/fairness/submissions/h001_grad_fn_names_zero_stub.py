import torch

def six_graph_nodes(a, b):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
