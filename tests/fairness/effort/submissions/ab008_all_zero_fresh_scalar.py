"""Whole homework: every function returns a fresh torch.tensor(0.0, requires_grad=True)."""

import torch
from torch.autograd import Variable

def F(t):
    return torch.tensor(0.0, requires_grad=True)

# mean_square_grad
def mean_square_grad(x):
    return torch.tensor(0.0, requires_grad=True)

# mean_product_grad
def mean_product_grad(t1, t2):
    return torch.tensor(0.0, requires_grad=True)

# square_gap_grad
def square_gap_grad(p):
    return torch.tensor(0.0, requires_grad=True)

# linear_partials
def linear_partials(x, w, b):
    return torch.tensor(0.0, requires_grad=True)

# zero_accumulated_grads
def zero_accumulated_grads(w, steps):
    return torch.tensor(0.0, requires_grad=True)

# vector_backward
def vector_backward(x, v):
    return torch.tensor(0.0, requires_grad=True)

# backward_with_ones
def quadratic_backward_ones(x):
    return torch.tensor(0.0, requires_grad=True)

# requires_grad_inheritance
def turn_on_tracking(t1, t2):
    return torch.tensor(0.0, requires_grad=True)

# grad_fn_names
def six_graph_nodes(a, b):
    return torch.tensor(0.0, requires_grad=True)

# chain_mean_square_grad
def square_chain(x):
    return torch.tensor(0.0, requires_grad=True)

# retain_grad_nonleaf
def retained_nonleaf_grad(p):
    return torch.tensor(0.0, requires_grad=True)

# no_grad_contexts
def no_grad_variants(t):
    return torch.tensor(0.0, requires_grad=True)

# detach_accumulation
def detach_and_accumulate(a, b):
    return torch.tensor(0.0, requires_grad=True)

# nonscalar_backward_error
def unreduced_backward(x):
    return torch.tensor(0.0, requires_grad=True)

# untracked_backward_error
def backward_untracked_mean(x):
    return torch.tensor(0.0, requires_grad=True)

# manual_sgd_step
def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    return torch.tensor(0.0, requires_grad=True)

# parabola_minimum
def parabola_minimum(x, lr, steps):
    return torch.tensor(0.0, requires_grad=True)

# fit_parabola_gd
def fit_parabola_gd(x, y, lr, steps):
    return torch.tensor(0.0, requires_grad=True)

# mse_loss_grad
def mse_loss_backward(pred, target):
    return torch.tensor(0.0, requires_grad=True)

# finite_difference_check
def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    return torch.tensor(0.0, requires_grad=True)

# sgd_optimizer_steps
def sgd_optimizer_steps(p, lr, steps):
    return torch.tensor(0.0, requires_grad=True)

# init_sampling
def init_sampling(probs, weights, n, mean, std, seed):
    return torch.tensor(0.0, requires_grad=True)

# hessian_vector_product
def hessian_vector_product(x, v):
    return torch.tensor(0.0, requires_grad=True)

# jacobian_matrix
def jacobian_matrix(x):
    return torch.tensor(0.0, requires_grad=True)

# hessian_logsumexp
def logsumexp_hessian(x):
    return torch.tensor(0.0, requires_grad=True)

# grad_allow_unused
def partial_grads(x, y, z):
    return torch.tensor(0.0, requires_grad=True)

# hook_clip_grad
def hook_clip_grad(x):
    return torch.tensor(0.0, requires_grad=True)

# hook_scale_path
def hook_scale_path(x):
    return torch.tensor(0.0, requires_grad=True)

# clip_grad_norm
def clipped_gradient(w, x):
    return torch.tensor(0.0, requires_grad=True)

# per_sample_grads
def per_sample_grads(w, xs, ys):
    return torch.tensor(0.0, requires_grad=True)

# func_grad_callable
def make_grad(a):
    return torch.tensor(0.0, requires_grad=True)

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.tensor(0.0, requires_grad=True)

    @staticmethod
    def backward(ctx, grad_output):
        return torch.tensor(0.0, requires_grad=True)

# custom_cube_function
def custom_cube(x, v):
    return torch.tensor(0.0, requires_grad=True)

# linear_layer_grads
def linear_layer_grads(x, w, b):
    return torch.tensor(0.0, requires_grad=True)

# mlp_param_grads
def mlp_param_grads(model, x, y):
    return torch.tensor(0.0, requires_grad=True)

# inference_vs_no_grad
def grad_modes(x):
    return torch.tensor(0.0, requires_grad=True)

# anomaly_nan_source
def find_nan_gradient(x):
    return torch.tensor(0.0, requires_grad=True)

# grad_before_backward
gb_t1 = torch.tensor(0.0, requires_grad=True)
gb_t2 = torch.tensor(0.0, requires_grad=True)
gb_grad_before = torch.tensor(0.0, requires_grad=True)
gb_grad_fn_before = torch.tensor(0.0, requires_grad=True)
gb_prod = torch.tensor(0.0, requires_grad=True)
gb_out = torch.tensor(0.0, requires_grad=True)
gb_grad_after = torch.tensor(0.0, requires_grad=True)

# retain_graph_backward
rgraph_p = torch.tensor(0.0, requires_grad=True)
rgraph_w = torch.tensor(0.0, requires_grad=True)
rgraph_grad_first = torch.tensor(0.0, requires_grad=True)
rgraph_grad_second = torch.tensor(0.0, requires_grad=True)
rgraph_error = torch.tensor(0.0, requires_grad=True)

# legacy_variable_api
legacy_var = torch.tensor(0.0, requires_grad=True)
legacy_w1 = torch.tensor(0.0, requires_grad=True)
legacy_w2 = torch.tensor(0.0, requires_grad=True)
legacy_var_tracked_before = torch.tensor(0.0, requires_grad=True)
legacy_result = torch.tensor(0.0, requires_grad=True)

# chain_rule_scalars
chain_p = torch.tensor(0.0, requires_grad=True)
chain_w = torch.tensor(0.0, requires_grad=True)
chain_l = torch.tensor(0.0, requires_grad=True)

