"""Whole homework: call backward() on the sum of every input that requires grad, return None."""

import torch
from torch.autograd import Variable

def _backward_everything(*args):
    total = None
    for a in args:
        ts = list(a.parameters()) if isinstance(a, torch.nn.Module) else [a]
        for t in ts:
            if torch.is_tensor(t) and t.requires_grad:
                total = t.sum() if total is None else total + t.sum()
    if total is not None:
        total.backward()
    return None

# mean_square_grad
def mean_square_grad(x):
    _backward_everything(x)
    return None

# mean_product_grad
def mean_product_grad(t1, t2):
    _backward_everything(t1, t2)
    return None

# square_gap_grad
def square_gap_grad(p):
    _backward_everything(p)
    return None

# linear_partials
def linear_partials(x, w, b):
    _backward_everything(x, w, b)
    return None

# zero_accumulated_grads
def zero_accumulated_grads(w, steps):
    _backward_everything(w, steps)
    return None

# vector_backward
def vector_backward(x, v):
    _backward_everything(x, v)
    return None

# backward_with_ones
def quadratic_backward_ones(x):
    _backward_everything(x)
    return None

# requires_grad_inheritance
def turn_on_tracking(t1, t2):
    _backward_everything(t1, t2)
    return None

# grad_fn_names
def six_graph_nodes(a, b):
    _backward_everything(a, b)
    return None

# chain_mean_square_grad
def square_chain(x):
    _backward_everything(x)
    return None

# retain_grad_nonleaf
def retained_nonleaf_grad(p):
    _backward_everything(p)
    return None

# no_grad_contexts
def no_grad_variants(t):
    _backward_everything(t)
    return None

# detach_accumulation
def detach_and_accumulate(a, b):
    _backward_everything(a, b)
    return None

# nonscalar_backward_error
def unreduced_backward(x):
    _backward_everything(x)
    return None

# untracked_backward_error
def backward_untracked_mean(x):
    _backward_everything(x)
    return None

# manual_sgd_step
def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    _backward_everything(w, x_data, y_data, lr)
    return None

# parabola_minimum
def parabola_minimum(x, lr, steps):
    _backward_everything(x, lr, steps)
    return None

# fit_parabola_gd
def fit_parabola_gd(x, y, lr, steps):
    _backward_everything(x, y, lr, steps)
    return None

# mse_loss_grad
def mse_loss_backward(pred, target):
    _backward_everything(pred, target)
    return None

# finite_difference_check
def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    _backward_everything(w, b, t_u, t_c, delta)
    return None

# sgd_optimizer_steps
def sgd_optimizer_steps(p, lr, steps):
    _backward_everything(p, lr, steps)
    return None

# init_sampling
def init_sampling(probs, weights, n, mean, std, seed):
    _backward_everything(probs, weights, n, mean, std, seed)
    return None

# hessian_vector_product
def hessian_vector_product(x, v):
    _backward_everything(x, v)
    return None

# jacobian_matrix
def jacobian_matrix(x):
    _backward_everything(x)
    return None

# hessian_logsumexp
def logsumexp_hessian(x):
    _backward_everything(x)
    return None

# grad_allow_unused
def partial_grads(x, y, z):
    _backward_everything(x, y, z)
    return None

# hook_clip_grad
def hook_clip_grad(x):
    _backward_everything(x)
    return None

# hook_scale_path
def hook_scale_path(x):
    _backward_everything(x)
    return None

# clip_grad_norm
def clipped_gradient(w, x):
    _backward_everything(w, x)
    return None

# per_sample_grads
def per_sample_grads(w, xs, ys):
    _backward_everything(w, xs, ys)
    return None

# func_grad_callable
def make_grad(a):
    _backward_everything(a)
    return None

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return None

    @staticmethod
    def backward(ctx, grad_output):
        return None

# custom_cube_function
def custom_cube(x, v):
    _backward_everything(x, v)
    return None

# linear_layer_grads
def linear_layer_grads(x, w, b):
    _backward_everything(x, w, b)
    return None

# mlp_param_grads
def mlp_param_grads(model, x, y):
    _backward_everything(model, x, y)
    return None

# inference_vs_no_grad
def grad_modes(x):
    _backward_everything(x)
    return None

# anomaly_nan_source
def find_nan_gradient(x):
    _backward_everything(x)
    return None

# grad_before_backward
gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
gb_t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])
_backward_everything(gb_t1, gb_t2)
gb_grad_before = None
gb_grad_fn_before = None
gb_prod = None
gb_out = None
gb_grad_after = None

# retain_graph_backward
rgraph_p = torch.tensor([1.0], requires_grad=True)
_backward_everything(rgraph_p)
rgraph_w = None
rgraph_grad_first = None
rgraph_grad_second = None
rgraph_error = None

# legacy_variable_api
legacy_var = Variable(torch.FloatTensor([9.]))
legacy_w1 = Variable(torch.FloatTensor([3.]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7.]), requires_grad=True)
_backward_everything(legacy_var, legacy_w1, legacy_w2)
legacy_var_tracked_before = None
legacy_result = None

# chain_rule_scalars
chain_p = torch.tensor([1.0], requires_grad=True)
_backward_everything(chain_p)
chain_w = None
chain_l = None

