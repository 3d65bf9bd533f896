"""Whole homework: every function body is `pass` (the NotImplementedError lines deleted, nothing written)."""

import torch
from torch.autograd import Variable



# mean_square_grad
def mean_square_grad(x):
    pass

# mean_product_grad
def mean_product_grad(t1, t2):
    pass

# square_gap_grad
def square_gap_grad(p):
    pass

# linear_partials
def linear_partials(x, w, b):
    pass

# zero_accumulated_grads
def zero_accumulated_grads(w, steps):
    pass

# vector_backward
def vector_backward(x, v):
    pass

# backward_with_ones
def quadratic_backward_ones(x):
    pass

# requires_grad_inheritance
def turn_on_tracking(t1, t2):
    pass

# grad_fn_names
def six_graph_nodes(a, b):
    pass

# chain_mean_square_grad
def square_chain(x):
    pass

# retain_grad_nonleaf
def retained_nonleaf_grad(p):
    pass

# no_grad_contexts
def no_grad_variants(t):
    pass

# detach_accumulation
def detach_and_accumulate(a, b):
    pass

# nonscalar_backward_error
def unreduced_backward(x):
    pass

# untracked_backward_error
def backward_untracked_mean(x):
    pass

# manual_sgd_step
def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    pass

# parabola_minimum
def parabola_minimum(x, lr, steps):
    pass

# fit_parabola_gd
def fit_parabola_gd(x, y, lr, steps):
    pass

# mse_loss_grad
def mse_loss_backward(pred, target):
    pass

# finite_difference_check
def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    pass

# sgd_optimizer_steps
def sgd_optimizer_steps(p, lr, steps):
    pass

# init_sampling
def init_sampling(probs, weights, n, mean, std, seed):
    pass

# hessian_vector_product
def hessian_vector_product(x, v):
    pass

# jacobian_matrix
def jacobian_matrix(x):
    pass

# hessian_logsumexp
def logsumexp_hessian(x):
    pass

# grad_allow_unused
def partial_grads(x, y, z):
    pass

# hook_clip_grad
def hook_clip_grad(x):
    pass

# hook_scale_path
def hook_scale_path(x):
    pass

# clip_grad_norm
def clipped_gradient(w, x):
    pass

# per_sample_grads
def per_sample_grads(w, xs, ys):
    pass

# func_grad_callable
def make_grad(a):
    pass

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        pass

    @staticmethod
    def backward(ctx, grad_output):
        pass

# custom_cube_function
def custom_cube(x, v):
    pass

# linear_layer_grads
def linear_layer_grads(x, w, b):
    pass

# mlp_param_grads
def mlp_param_grads(model, x, y):
    pass

# inference_vs_no_grad
def grad_modes(x):
    pass

# anomaly_nan_source
def find_nan_gradient(x):
    pass

# grad_before_backward
gb_t1 = ...
gb_t2 = ...
gb_grad_before = ...
gb_grad_fn_before = ...
gb_prod = ...
gb_out = ...
gb_grad_after = ...

# retain_graph_backward
rgraph_p = ...
rgraph_w = ...
rgraph_grad_first = ...
rgraph_grad_second = ...
rgraph_error = ...

# legacy_variable_api
legacy_var = ...
legacy_w1 = ...
legacy_w2 = ...
legacy_var_tracked_before = ...
legacy_result = ...

# chain_rule_scalars
chain_p = ...
chain_w = ...
chain_l = ...

